from __future__ import annotations

from onesignal import _model as _m


class JourneyNodeAssignments(_m.FreeForm):
    """`tag` nodes: tags to set on the user; an empty string removes the tag. Keys up to 255 characters, values up to 1024."""

    __slots__ = ()
