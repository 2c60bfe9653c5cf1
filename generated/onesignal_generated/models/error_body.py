from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.error_object import ErrorObject


class ErrorBody(_m.Model):
    """OneSignal's error envelope. Older endpoints put plain strings in `errors`; the user-model endpoints put objects with
    `code`, `title` and `meta`. Some answers also say `success: false`, point at the documentation in `reference`, or,
    on a 429, name the limit that was reached in `limit`.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "errors": "errors",
        "success": "success",
        "reference": "reference",
        "limit": "limit",
    }

    errors: list[str | ErrorObject] | None = _m.field(
        "errors",
        _m.list_of(_m.model("onesignal_generated.models.error_object", "ErrorObject")),
    )
    success: bool | None = _m.field("success", None)
    """ Always false on an error answer that carries it. """
    reference: list[str] | None = _m.field("reference", None)
    """ Links to the documentation of what went wrong. """
    limit: str | None = _m.field("limit", None)
    """ On a 429, which rate limit was exceeded. """

    def __init__(
        self,
        *,
        errors: list[str | ErrorObject] | None = None,
        success: bool | None = None,
        reference: list[str] | None = None,
        limit: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "errors": errors,
                "success": success,
                "reference": reference,
                "limit": limit,
            },
        )
