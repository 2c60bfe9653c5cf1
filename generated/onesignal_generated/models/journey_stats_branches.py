from __future__ import annotations

from onesignal import _model as _m


class JourneyStatsBranches(_m.FreeForm):
    """Counts per branch id; empty when the journey has no branching node."""

    __slots__ = ()
