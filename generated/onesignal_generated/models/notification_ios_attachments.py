from __future__ import annotations

from onesignal import _model as _m


class NotificationIosAttachments(_m.FreeForm):
    """iOS rich media, as an id of your choice -> URL of an image, GIF or video."""

    __slots__ = ()
