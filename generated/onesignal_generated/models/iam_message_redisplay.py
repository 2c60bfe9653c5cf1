from __future__ import annotations

from onesignal import _model as _m


class IamMessageRedisplay(_m.FreeForm):
    """How often the message may show again (`limit`) and after how many seconds (`delay`)."""

    __slots__ = ()
