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
    from ..models.journey_list_audience import JourneyListAudience
    from ..models.journey_reentry_rules import JourneyReentryRules
    from ..models.journey_schedule import JourneySchedule


T = TypeVar("T", bound="JourneyListItem")


@_attrs_define
class JourneyListItem:
    """A journey in summary form: no description, nodes, early exit or concurrency key."""

    id: UUID | Unset = UNSET
    """ The journey's id. """
    app_id: UUID | Unset = UNSET
    """ The app the journey belongs to. """
    name: str | Unset = UNSET
    """ The journey's name. """
    state: JourneyState | Unset = UNSET
    """ Where a journey is in its life cycle. New journeys start as `draft`; `scheduled` waits for
    `schedule.start_at`; `processing` is a short-lived state while activation runs; `active` journeys admit users;
    `archived` journeys have been stopped for good. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the journey was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the journey was last changed. """
    started_at: datetime.datetime | None | Unset = UNSET
    """ When the journey was activated, or null. """
    archived_at: datetime.datetime | None | Unset = UNSET
    """ When the journey was archived, or null. """
    created_source: None | str | Unset = UNSET
    """ Where the journey was made, such as `public_api` or `dashboard`. """
    schedule: JourneySchedule | Unset = UNSET
    """ A future start and/or stop time; null means the journey is not scheduled. """
    audience: JourneyListAudience | Unset = UNSET
    """ The entry audience reduced to its kind. """
    reentry_rules: JourneyReentryRules | Unset = UNSET
    """ Lets users enter the journey again after a minimum delay. A null `reentry_rules` means a user can enter only
    once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        app_id: str | Unset = UNSET
        if not isinstance(self.app_id, Unset):
            app_id = str(self.app_id)

        name = self.name

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

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        audience: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience.to_dict()

        reentry_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reentry_rules, Unset):
            reentry_rules = self.reentry_rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if name is not UNSET:
            field_dict["name"] = name
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
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if audience is not UNSET:
            field_dict["audience"] = audience
        if reentry_rules is not UNSET:
            field_dict["reentry_rules"] = reentry_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_list_audience import JourneyListAudience  # noqa: PLC0415
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

        _schedule = d.pop("schedule", UNSET)
        schedule: JourneySchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = JourneySchedule.from_dict(_schedule)

        _audience = d.pop("audience", UNSET)
        audience: JourneyListAudience | Unset
        if isinstance(_audience, Unset):
            audience = UNSET
        else:
            audience = JourneyListAudience.from_dict(_audience)

        _reentry_rules = d.pop("reentry_rules", UNSET)
        reentry_rules: JourneyReentryRules | Unset
        if isinstance(_reentry_rules, Unset):
            reentry_rules = UNSET
        else:
            reentry_rules = JourneyReentryRules.from_dict(_reentry_rules)

        journey_list_item = cls(
            id=id,
            app_id=app_id,
            name=name,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            started_at=started_at,
            archived_at=archived_at,
            created_source=created_source,
            schedule=schedule,
            audience=audience,
            reentry_rules=reentry_rules,
        )

        journey_list_item.additional_properties = d
        return journey_list_item

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
