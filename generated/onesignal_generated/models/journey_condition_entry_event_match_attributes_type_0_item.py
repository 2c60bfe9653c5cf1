from __future__ import annotations

from onesignal import _model as _m


class JourneyConditionEntryEventMatchAttributesType0Item(_m.FreeForm):
    __slots__ = ()
