from __future__ import annotations

from onesignal import _model as _m


class NotificationCustomData(_m.FreeForm):
    """Data for Liquid personalization of the content, such as `{{ custom_data.first_name }}` (2 KB for push and SMS, 10 KB
    for email).

    """

    __slots__ = ()
