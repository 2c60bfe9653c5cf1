from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_message_stats import JourneyMessageStats


class JourneyNodeStats(_m.Model):
    """Counts for one node."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "waiting": "waiting",
        "completed": "completed",
        "exited_early": "exited_early",
        "message_stats": "message_stats",
    }

    kind: str | None = _m.field("kind", None)
    """ The node's kind, repeated for convenience. """
    waiting: int | None = _m.field("waiting", None)
    """ Users held at this node now. """
    completed: int | None = _m.field("completed", None)
    """ Users who moved past this node. """
    exited_early: int | None = _m.field("exited_early", None)
    """ Users who left the journey from this node through an early-exit rule. """
    message_stats: JourneyMessageStats | None = _m.field(
        "message_stats",
        _m.model(
            "onesignal_generated.models.journey_message_stats", "JourneyMessageStats"
        ),
    )
    """ Delivery totals of a send step (push, email, SMS, in-app or webhook). The stat names depend on the channel.
    """

    def __init__(
        self,
        *,
        kind: str | None = None,
        waiting: int | None = None,
        completed: int | None = None,
        exited_early: int | None = None,
        message_stats: JourneyMessageStats | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "kind": kind,
                "waiting": waiting,
                "completed": completed,
                "exited_early": exited_early,
                "message_stats": message_stats,
            },
        )
