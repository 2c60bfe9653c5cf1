from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class JourneyBranchStats(_m.Model):
    """Counts for one branch."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "completed": "completed",
    }

    completed: int | None = _m.field("completed", None)
    """ Users who took this branch. """

    def __init__(
        self,
        *,
        completed: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "completed": completed,
            },
        )
