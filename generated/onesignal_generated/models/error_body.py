from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


class ErrorBody(_m.Model):
    """OneSignal's error envelope. Older endpoints put plain strings in `errors`; the user-model endpoints put objects with
    `code`, `title` and `meta`.

        Example:
            {'errors': ['The app_id field is required.']}

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "errors": "errors",
    }

    errors: list[str | ErrorObject] | None = _m.field(
        "errors",
        _m.list_of(_m.model("onesignal_generated.models.error_object", "ErrorObject")),
    )

    def __init__(
        self,
        *,
        errors: list[str | ErrorObject] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "errors": errors,
            },
        )
