from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID


class TemplateCopyRequest(_m.Model):
    """Where to copy a template to."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "target_app_id": "target_app_id",
    }

    target_app_id: str | None = _m.field("target_app_id", None)
    """ The app to create the copy in; a different app of the same organization. """

    def __init__(
        self,
        *,
        target_app_id: str | UUID,
    ) -> None:
        _m.init(
            self,
            {
                "target_app_id": target_app_id,
            },
        )
