from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class CustomEventErrorDetail(_m.Model):
    """Why an event failed."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "code": "code",
        "title": "title",
    }

    code: str | None = _m.field("code", None)
    """ A short error code, such as `not found`. """
    title: str | None = _m.field("title", None)
    """ A human-readable explanation. """

    def __init__(
        self,
        *,
        code: str | None = None,
        title: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "code": code,
                "title": title,
            },
        )
