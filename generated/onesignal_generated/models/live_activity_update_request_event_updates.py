from __future__ import annotations

from onesignal import _model as _m


class LiveActivityUpdateRequestEventUpdates(_m.FreeForm):
    """The new content state. Its keys and value types must match the `ContentState` struct of the app's
    `ActivityAttributes` exactly (for example `homeScore`, `awayScore`), or iOS silently drops the update.

    """

    __slots__ = ()
