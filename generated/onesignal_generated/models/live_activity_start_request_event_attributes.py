from __future__ import annotations

from onesignal import _model as _m


class LiveActivityStartRequestEventAttributes(_m.FreeForm):
    """The static attributes of the `ActivityAttributes` struct (set once at start, such as team names or an order number)."""

    __slots__ = ()
