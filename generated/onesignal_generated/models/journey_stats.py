from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_stats_branches import JourneyStatsBranches
    from ..models.journey_stats_nodes import JourneyStatsNodes


T = TypeVar("T", bound="JourneyStats")


@_attrs_define
class JourneyStats:
    """Lifetime counts for a journey, with node and branch counts keyed by the ids from View journey."""

    id: UUID | Unset = UNSET
    """ The journey these counts belong to. """
    started: int | Unset = UNSET
    """ Users who entered (re-entries count again). """
    completed: int | Unset = UNSET
    """ Users who reached the end. """
    exited_early: int | Unset = UNSET
    """ Users who left through an early-exit rule. """
    nodes: JourneyStatsNodes | Unset = UNSET
    """ Counts per node id, for every node at any depth. """
    branches: JourneyStatsBranches | Unset = UNSET
    """ Counts per branch id; empty when the journey has no branching node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        started = self.started

        completed = self.completed

        exited_early = self.exited_early

        nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes.to_dict()

        branches: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = self.branches.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if started is not UNSET:
            field_dict["started"] = started
        if completed is not UNSET:
            field_dict["completed"] = completed
        if exited_early is not UNSET:
            field_dict["exited_early"] = exited_early
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if branches is not UNSET:
            field_dict["branches"] = branches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_stats_branches import JourneyStatsBranches  # noqa: PLC0415
        from ..models.journey_stats_nodes import JourneyStatsNodes  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        started = d.pop("started", UNSET)

        completed = d.pop("completed", UNSET)

        exited_early = d.pop("exited_early", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: JourneyStatsNodes | Unset
        if isinstance(_nodes, Unset):
            nodes = UNSET
        else:
            nodes = JourneyStatsNodes.from_dict(_nodes)

        _branches = d.pop("branches", UNSET)
        branches: JourneyStatsBranches | Unset
        if isinstance(_branches, Unset):
            branches = UNSET
        else:
            branches = JourneyStatsBranches.from_dict(_branches)

        journey_stats = cls(
            id=id,
            started=started,
            completed=completed,
            exited_early=exited_early,
            nodes=nodes,
            branches=branches,
        )

        journey_stats.additional_properties = d
        return journey_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
