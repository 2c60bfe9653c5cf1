from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_condition import JourneyCondition
    from ..models.journey_node import JourneyNode


T = TypeVar("T", bound="JourneyBranch")


@_attrs_define
class JourneyBranch:
    """One branch of a branching node and the steps it runs."""

    id: str | Unset = UNSET
    """ Server-assigned branch id; send it back on update to keep the branch. """
    condition: JourneyCondition | Unset = UNSET
    """ What decides a branch. `segment_membership` tests segments; `on_notification_action` tests what the user did
    with an earlier send step; `event_trigger` waits for a custom event. """
    weight: float | Unset = UNSET
    """ `split_range` branches: share of users, in percent. """
    nodes: list[JourneyNode] | Unset = UNSET
    """ Steps run on this branch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        weight = self.weight

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if condition is not UNSET:
            field_dict["condition"] = condition
        if weight is not UNSET:
            field_dict["weight"] = weight
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_condition import JourneyCondition  # noqa: PLC0415
        from ..models.journey_node import JourneyNode  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _condition = d.pop("condition", UNSET)
        condition: JourneyCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = JourneyCondition.from_dict(_condition)

        weight = d.pop("weight", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[JourneyNode] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = JourneyNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        journey_branch = cls(
            id=id,
            condition=condition,
            weight=weight,
            nodes=nodes,
        )

        journey_branch.additional_properties = d
        return journey_branch

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
