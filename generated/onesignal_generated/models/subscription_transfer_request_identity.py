from __future__ import annotations

from onesignal import _model as _m


class SubscriptionTransferRequestIdentity(_m.FreeForm):
    """Exactly one alias of the target user, label to value, such as `{"external_id": "customer-9034"}` or
    `{"onesignal_id": "..."}`.

    """

    __slots__ = ()
