from __future__ import annotations

from onesignal import _model as _m


class NotificationDetailIncludeAliasesType0(_m.FreeForm):
    """The aliases the message was sent to, by alias label, if sent that way."""

    __slots__ = ()
