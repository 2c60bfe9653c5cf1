from __future__ import annotations

from onesignal import _model as _m


class NotificationDetailDataType0(_m.FreeForm):
    """The key-value data the push carried, if any."""

    __slots__ = ()
