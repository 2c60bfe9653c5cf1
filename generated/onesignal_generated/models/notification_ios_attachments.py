from __future__ import annotations

from onesignal import _model as _m


class NotificationIosAttachments(_m.FreeForm):
    """iOS media of a push, as an id of your choice -> media URL."""

    __slots__ = ()
