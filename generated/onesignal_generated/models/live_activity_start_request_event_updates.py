from __future__ import annotations

from onesignal import _model as _m


class LiveActivityStartRequestEventUpdates(_m.FreeForm):
    """The initial content state; its keys and types must match the app's `ContentState` struct exactly."""

    __slots__ = ()
