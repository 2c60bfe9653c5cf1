from __future__ import annotations

from onesignal import _model as _m


class JourneyStatsNodes(_m.FreeForm):
    """Counts per node id, for every node at any depth."""

    __slots__ = ()
