from __future__ import annotations

from onesignal import _model as _m


class NotificationEstimateRequestIncludeAliases(_m.FreeForm):
    """Alias label -> alias values; narrows the count to these users."""

    __slots__ = ()
