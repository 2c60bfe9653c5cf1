from __future__ import annotations

from onesignal import _model as _m


class LiveActivityStartRequestIncludeAliases(_m.FreeForm):
    """Target users by alias: alias label (`external_id`, `onesignal_id` or a custom label) to a list of alias values, up
    to 20,000 values in all.

    """

    __slots__ = ()
