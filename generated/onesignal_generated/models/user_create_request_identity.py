from __future__ import annotations

from onesignal import _model as _m


class UserCreateRequestIdentity(_m.FreeForm):
    """Alias label to alias value. Include `external_id` (your own user id) whenever you can; `onesignal_id` is assigned by
    OneSignal and cannot be set.

    """

    __slots__ = ()
