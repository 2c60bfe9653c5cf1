from __future__ import annotations

from onesignal import _model as _m


class NotificationApnsAlert(_m.FreeForm):
    """Keys for the APNs `alert` dictionary, as Apple names them."""

    __slots__ = ()
