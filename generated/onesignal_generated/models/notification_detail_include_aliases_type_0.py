from __future__ import annotations

from onesignal import _model as _m


class NotificationDetailIncludeAliasesType0(_m.FreeForm):
    __slots__ = ()
