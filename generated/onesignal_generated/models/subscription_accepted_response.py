from __future__ import annotations

from onesignal import _model as _m


class SubscriptionAcceptedResponse(_m.FreeForm):
    """An empty acknowledgement that a subscription change was accepted."""

    __slots__ = ()
