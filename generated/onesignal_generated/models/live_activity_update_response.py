from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class LiveActivityUpdateResponse(_m.Model):
    """The push that carried a Live Activity update."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "errors": "errors",
    }

    id: str | None = _m.field("id", None)
    """ The id of the notification OneSignal created for this update. """
    errors: list[str] | None = _m.field("errors", None)
    """ Warnings about the audience, present only when something went wrong. """

    def __init__(
        self,
        *,
        id: str | None = None,
        errors: list[str] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "errors": errors,
            },
        )
