from __future__ import annotations

from onesignal import _model as _m


class NotificationInvalidTargetsInvalidAliases(_m.FreeForm):
    """Alias label -> alias values that matched no user."""

    __slots__ = ()
