from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class NotificationBackgroundLayout(_m.Model):
    """A custom background of an Android notification."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "image": "image",
        "headings_color": "headings_color",
        "contents_color": "contents_color",
    }

    image: str | None = _m.field("image", None)
    """ The background image, as a URL or a drawable resource name. """
    headings_color: str | None = _m.field("headings_color", None)
    """ Color of the title, as ARGB hex (`FFFFFFFF`). """
    contents_color: str | None = _m.field("contents_color", None)
    """ Color of the text, as ARGB hex. """

    def __init__(
        self,
        *,
        image: str | None = None,
        headings_color: str | None = None,
        contents_color: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "image": image,
                "headings_color": headings_color,
                "contents_color": contents_color,
            },
        )
