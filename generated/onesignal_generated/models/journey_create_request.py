from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_audience import JourneyAudience
    from ..models.journey_early_exit import JourneyEarlyExit
    from ..models.journey_node import JourneyNode
    from ..models.journey_reentry_rules import JourneyReentryRules
    from ..models.journey_schedule import JourneySchedule


T = TypeVar("T", bound="JourneyCreateRequest")


@_attrs_define
class JourneyCreateRequest:
    """The body of Create journey. Node and branch ids are assigned by the server."""

    name: str
    """ The journey's name. """
    description: str | Unset = UNSET
    """ Optional free-text description. """
    audience: JourneyAudience | Unset = UNSET
    """ Who enters the journey. `kind: segment` admits users of the included segments; `kind: event_trigger` admits
    users when a custom event with `name` arrives. """
    early_exit: JourneyEarlyExit | Unset = UNSET
    """ Rules that take a user out of the journey before the end. At least one rule is needed; send null instead of
    this object to remove early exit. """
    reentry_rules: JourneyReentryRules | Unset = UNSET
    """ Lets users enter the journey again after a minimum delay. A null `reentry_rules` means a user can enter only
    once. """
    schedule: JourneySchedule | Unset = UNSET
    """ A future start and/or stop time; null means the journey is not scheduled. """
    nodes: list[JourneyNode] | Unset = UNSET
    """ The steps in order. Do not send node or branch `id`s on create. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        audience: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience.to_dict()

        early_exit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.early_exit, Unset):
            early_exit = self.early_exit.to_dict()

        reentry_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reentry_rules, Unset):
            reentry_rules = self.reentry_rules.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if audience is not UNSET:
            field_dict["audience"] = audience
        if early_exit is not UNSET:
            field_dict["early_exit"] = early_exit
        if reentry_rules is not UNSET:
            field_dict["reentry_rules"] = reentry_rules
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_audience import JourneyAudience  # noqa: PLC0415
        from ..models.journey_early_exit import JourneyEarlyExit  # noqa: PLC0415
        from ..models.journey_node import JourneyNode  # noqa: PLC0415
        from ..models.journey_reentry_rules import JourneyReentryRules  # noqa: PLC0415
        from ..models.journey_schedule import JourneySchedule  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _audience = d.pop("audience", UNSET)
        audience: JourneyAudience | Unset
        if isinstance(_audience, Unset):
            audience = UNSET
        else:
            audience = JourneyAudience.from_dict(_audience)

        _early_exit = d.pop("early_exit", UNSET)
        early_exit: JourneyEarlyExit | Unset
        if isinstance(_early_exit, Unset):
            early_exit = UNSET
        else:
            early_exit = JourneyEarlyExit.from_dict(_early_exit)

        _reentry_rules = d.pop("reentry_rules", UNSET)
        reentry_rules: JourneyReentryRules | Unset
        if isinstance(_reentry_rules, Unset):
            reentry_rules = UNSET
        else:
            reentry_rules = JourneyReentryRules.from_dict(_reentry_rules)

        _schedule = d.pop("schedule", UNSET)
        schedule: JourneySchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = JourneySchedule.from_dict(_schedule)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[JourneyNode] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = JourneyNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        journey_create_request = cls(
            name=name,
            description=description,
            audience=audience,
            early_exit=early_exit,
            reentry_rules=reentry_rules,
            schedule=schedule,
            nodes=nodes,
        )

        journey_create_request.additional_properties = d
        return journey_create_request

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
