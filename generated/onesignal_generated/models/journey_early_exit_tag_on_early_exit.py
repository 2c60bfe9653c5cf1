from __future__ import annotations

from onesignal import _model as _m


class JourneyEarlyExitTagOnEarlyExit(_m.FreeForm):
    """Tags set on a user who exits early."""

    __slots__ = ()
