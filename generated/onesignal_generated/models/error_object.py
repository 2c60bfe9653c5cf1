from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class ErrorObject(_m.Model):
    """One structured error, as the user-model endpoints return them."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "code": "code",
        "title": "title",
        "meta": "meta",
    }

    code: str | None = _m.field("code", None)
    """ A short machine-readable error code. """
    title: str | None = _m.field("title", None)
    """ A human-readable explanation. """
    meta: dict[str, Any] | None = _m.field("meta", None)
    """ Extra context, such as the field or alias that caused the error. """

    def __init__(
        self,
        *,
        code: str | None = None,
        title: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "code": code,
                "title": title,
                "meta": meta,
            },
        )
