from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journey_state import JourneyState, check_journey_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_audience import JourneyAudience
    from ..models.journey_early_exit import JourneyEarlyExit
    from ..models.journey_node import JourneyNode
    from ..models.journey_reentry_rules import JourneyReentryRules
    from ..models.journey_schedule import JourneySchedule


T = TypeVar("T", bound="Journey")


@_attrs_define
class Journey:
    """A journey in full, as answered by View, Create, Update, Duplicate and Update node."""

    id: UUID | Unset = UNSET
    """ The journey's id. """
    app_id: UUID | Unset = UNSET
    """ The app the journey belongs to. """
    name: str | Unset = UNSET
    """ The journey's name. """
    description: None | str | Unset = UNSET
    """ Free-text description; empty when none was given. """
    state: JourneyState | Unset = UNSET
    """ Where a journey is in its life cycle. New journeys start as `draft`; `scheduled` waits for
    `schedule.start_at`; `processing` is a short-lived state while activation runs; `active` journeys admit users;
    `archived` journeys have been stopped for good. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the journey was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the journey was last changed. """
    started_at: datetime.datetime | None | Unset = UNSET
    """ When the journey was activated, or null. Can stay null for a moment after activation while the journey is
    processing. """
    archived_at: datetime.datetime | None | Unset = UNSET
    """ When the journey was archived, or null. """
    created_source: None | str | Unset = UNSET
    """ Where the journey was made, such as `public_api` or `dashboard`. """
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
    """ The journey's steps in order; branching steps nest their sub-steps. """
    concurrency_key: str | Unset = UNSET
    """ Opaque token for optimistic concurrency. Send it back unchanged on an update to get a 409 if the journey
    changed since you read it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        app_id: str | Unset = UNSET
        if not isinstance(self.app_id, Unset):
            app_id = str(self.app_id)

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        created_source: None | str | Unset
        if isinstance(self.created_source, Unset):
            created_source = UNSET
        else:
            created_source = self.created_source

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

        concurrency_key = self.concurrency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if created_source is not UNSET:
            field_dict["created_source"] = created_source
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
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_audience import JourneyAudience  # noqa: PLC0415
        from ..models.journey_early_exit import JourneyEarlyExit  # noqa: PLC0415
        from ..models.journey_node import JourneyNode  # noqa: PLC0415
        from ..models.journey_reentry_rules import JourneyReentryRules  # noqa: PLC0415
        from ..models.journey_schedule import JourneySchedule  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _app_id = d.pop("app_id", UNSET)
        app_id: UUID | Unset
        if isinstance(_app_id, Unset):
            app_id = UNSET
        else:
            app_id = UUID(_app_id)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _state = d.pop("state", UNSET)
        state: JourneyState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_journey_state(_state)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        def _parse_created_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_source = _parse_created_source(d.pop("created_source", UNSET))

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

        concurrency_key = d.pop("concurrency_key", UNSET)

        journey = cls(
            id=id,
            app_id=app_id,
            name=name,
            description=description,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            started_at=started_at,
            archived_at=archived_at,
            created_source=created_source,
            audience=audience,
            early_exit=early_exit,
            reentry_rules=reentry_rules,
            schedule=schedule,
            nodes=nodes,
            concurrency_key=concurrency_key,
        )

        journey.additional_properties = d
        return journey

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
