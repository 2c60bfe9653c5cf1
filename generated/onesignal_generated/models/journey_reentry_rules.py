from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class JourneyReentryRules(_m.Model):
    """Lets users enter the journey again after a minimum delay. A null `reentry_rules` means a user can enter only once."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "duration_seconds": "duration_seconds",
    }

    duration_seconds: int | None = _m.field("duration_seconds", None)
    """ Seconds before the same user may enter again (at least 600). """

    def __init__(
        self,
        *,
        duration_seconds: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "duration_seconds": duration_seconds,
            },
        )
