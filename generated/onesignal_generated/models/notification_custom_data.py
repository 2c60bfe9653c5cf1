from __future__ import annotations

from onesignal import _model as _m


class NotificationCustomData(_m.FreeForm):
    """Personalization data of a message, by name; any JSON values."""

    __slots__ = ()
