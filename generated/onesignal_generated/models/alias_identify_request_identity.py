from __future__ import annotations

from onesignal import _model as _m


class AliasIdentifyRequestIdentity(_m.FreeForm):
    """Alias label to new alias value; one or more entries. `onesignal_id` cannot be set."""

    __slots__ = ()
