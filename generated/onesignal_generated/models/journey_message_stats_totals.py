from __future__ import annotations

from onesignal import _model as _m


class JourneyMessageStatsTotals(_m.FreeForm):
    """All-time totals by stat name, such as `sent`, `delivered` or `clicked`."""

    __slots__ = ()
