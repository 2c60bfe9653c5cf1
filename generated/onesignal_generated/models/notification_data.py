from __future__ import annotations

from onesignal import _model as _m


class NotificationData(_m.FreeForm):
    """Key-value data handed to your app with the push, not shown to the user (about 2 KB at most)."""

    __slots__ = ()
