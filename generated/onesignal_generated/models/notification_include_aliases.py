from __future__ import annotations

from onesignal import _model as _m


class NotificationIncludeAliases(_m.FreeForm):
    """Users to send to, by alias: alias label (`external_id`, `onesignal_id` or a custom label) -> list of alias values,
    at most 20,000 in all. Needs `target_channel`.

    """

    __slots__ = ()
