from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class JourneyWaitUntilExpiration(_m.Model):
    """A timeout for a `wait_until` node; without one the node waits indefinitely."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "duration_seconds": "duration_seconds",
        "exits": "exits",
    }

    duration_seconds: int | None = _m.field("duration_seconds", None)
    """ Seconds before the timeout fires, 60 seconds to one year. """
    exits: bool | None = _m.field("exits", None)
    """ True to take the user out of the journey on timeout, false to carry on. """

    def __init__(
        self,
        *,
        duration_seconds: int | None = None,
        exits: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "duration_seconds": duration_seconds,
                "exits": exits,
            },
        )
