from __future__ import annotations

from onesignal import _model as _m


class AliasIdentityMap(_m.FreeForm):
    """A user's aliases: alias label to alias value, such as `external_id`, `onesignal_id` or a custom label like `crm_id`.
    A user may carry up to 20 custom aliases besides these.

        Example:
            {'external_id': 'customer-5213', 'onesignal_id': '3f6a2b1e-9c4d-4e7a-8b2f-5d1c0e9a7b64'}

    """

    __slots__ = ()
