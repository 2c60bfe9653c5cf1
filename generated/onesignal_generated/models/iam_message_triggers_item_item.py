from __future__ import annotations

from onesignal import _model as _m


class IamMessageTriggersItemItem(_m.FreeForm):
    __slots__ = ()
