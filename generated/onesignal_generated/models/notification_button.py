from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class NotificationButton(_m.Model):
    """One action button of a push."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "text": "text",
        "icon": "icon",
        "url": "url",
    }

    id: str | None = _m.field("id", None)
    """ Your id for the button, reported back when it is tapped. """
    text: str | None = _m.field("text", None)
    """ The button's label. """
    icon: str | None = _m.field("icon", None)
    """ Icon resource name (Android) or icon URL (web). """
    url: str | None = _m.field("url", None)
    """ Web push only; the URL opened by this button. """

    def __init__(
        self,
        *,
        id: str,
        text: str | None = None,
        icon: str | None = None,
        url: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "text": text,
                "icon": icon,
                "url": url,
            },
        )
