from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID


class JourneyStats(_m.Model):
    """Lifetime counts for a journey, with node and branch counts keyed by the ids from View journey."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "started": "started",
        "completed": "completed",
        "exited_early": "exited_early",
        "nodes": "nodes",
        "branches": "branches",
    }

    id: str | None = _m.field("id", None)
    """ The journey these counts belong to. """
    started: int | None = _m.field("started", None)
    """ Users who entered (re-entries count again). """
    completed: int | None = _m.field("completed", None)
    """ Users who reached the end. """
    exited_early: int | None = _m.field("exited_early", None)
    """ Users who left through an early-exit rule. """
    nodes: dict[str, Any] | None = _m.field("nodes", None)
    """ Counts per node id, for every node at any depth. """
    branches: dict[str, Any] | None = _m.field("branches", None)
    """ Counts per branch id; empty when the journey has no branching node. """

    def __init__(
        self,
        *,
        id: str | UUID | None = None,
        started: int | None = None,
        completed: int | None = None,
        exited_early: int | None = None,
        nodes: dict[str, Any] | None = None,
        branches: dict[str, Any] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "started": started,
                "completed": completed,
                "exited_early": exited_early,
                "nodes": nodes,
                "branches": branches,
            },
        )
