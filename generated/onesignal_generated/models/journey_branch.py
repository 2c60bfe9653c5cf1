from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_condition import JourneyCondition
    from ..models.journey_node import JourneyNode


class JourneyBranch(_m.Model):
    """One branch of a branching node and the steps it runs."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "condition": "condition",
        "weight": "weight",
        "nodes": "nodes",
    }

    id: str | None = _m.field("id", None)
    """ Server-assigned branch id; send it back on update to keep the branch. """
    condition: JourneyCondition | None = _m.field(
        "condition",
        _m.model("onesignal_generated.models.journey_condition", "JourneyCondition"),
    )
    """ What decides a branch. `segment_membership` tests segments; `on_notification_action` tests what the user did
    with an earlier send step; `event_trigger` waits for a custom event. """
    weight: float | None = _m.field("weight", None)
    """ `split_range` branches: share of users, in percent. """
    nodes: list[JourneyNode] | None = _m.field(
        "nodes",
        _m.list_of(_m.model("onesignal_generated.models.journey_node", "JourneyNode")),
    )
    """ Steps run on this branch. """

    def __init__(
        self,
        *,
        id: str | None = None,
        condition: JourneyCondition | None = None,
        weight: float | None = None,
        nodes: list[JourneyNode] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "condition": condition,
                "weight": weight,
                "nodes": nodes,
            },
        )
