from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_message_stats import JourneyMessageStats


T = TypeVar("T", bound="JourneyNodeStats")


@_attrs_define
class JourneyNodeStats:
    """Counts for one node."""

    kind: str | Unset = UNSET
    """ The node's kind, repeated for convenience. """
    waiting: int | Unset = UNSET
    """ Users held at this node now. """
    completed: int | Unset = UNSET
    """ Users who moved past this node. """
    exited_early: int | Unset = UNSET
    """ Users who left the journey from this node through an early-exit rule. """
    message_stats: JourneyMessageStats | Unset = UNSET
    """ Delivery totals of a send step (push, email, SMS, in-app or webhook). The stat names depend on the channel.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        waiting = self.waiting

        completed = self.completed

        exited_early = self.exited_early

        message_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_stats, Unset):
            message_stats = self.message_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if completed is not UNSET:
            field_dict["completed"] = completed
        if exited_early is not UNSET:
            field_dict["exited_early"] = exited_early
        if message_stats is not UNSET:
            field_dict["message_stats"] = message_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_message_stats import JourneyMessageStats  # noqa: PLC0415

        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        waiting = d.pop("waiting", UNSET)

        completed = d.pop("completed", UNSET)

        exited_early = d.pop("exited_early", UNSET)

        _message_stats = d.pop("message_stats", UNSET)
        message_stats: JourneyMessageStats | Unset
        if isinstance(_message_stats, Unset):
            message_stats = UNSET
        else:
            message_stats = JourneyMessageStats.from_dict(_message_stats)

        journey_node_stats = cls(
            kind=kind,
            waiting=waiting,
            completed=completed,
            exited_early=exited_early,
            message_stats=message_stats,
        )

        journey_node_stats.additional_properties = d
        return journey_node_stats

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
