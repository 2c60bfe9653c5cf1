from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_activity_start_request_event import (
    LiveActivityStartRequestEvent,
    check_live_activity_start_request_event,
)
from ..models.live_activity_start_request_priority import (
    LiveActivityStartRequestPriority,
    check_live_activity_start_request_priority,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.language_string_map import LanguageStringMap
    from ..models.live_activity_start_request_event_attributes import (
        LiveActivityStartRequestEventAttributes,
    )
    from ..models.live_activity_start_request_event_updates import (
        LiveActivityStartRequestEventUpdates,
    )
    from ..models.live_activity_start_request_include_aliases import (
        LiveActivityStartRequestIncludeAliases,
    )


T = TypeVar("T", bound="LiveActivityStartRequest")


@_attrs_define
class LiveActivityStartRequest:
    """A push-to-start request: the audience, the id to give the new activity and its initial attributes and state. Use one
    targeting method only.

    """

    event: LiveActivityStartRequestEvent
    """ Always `start` for this request. """
    activity_id: str
    """ The id you choose for the new activity (a UUID or another unique string). Keep it: updates and the end of
    the activity address it by this id. """
    name: str
    """ An internal label for this push, shown in reports but never to users. """
    event_attributes: LiveActivityStartRequestEventAttributes
    """ The static attributes of the `ActivityAttributes` struct (set once at start, such as team names or an order
    number). """
    event_updates: LiveActivityStartRequestEventUpdates
    """ The initial content state; its keys and types must match the app's `ContentState` struct exactly. """
    contents: LanguageStringMap
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    headings: LanguageStringMap
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    sound: str | Unset = UNSET
    """ Older name of `ios_sound`. """
    ios_sound: str | Unset = UNSET
    """ A sound file bundled in the app to play when the activity starts. """
    stale_date: int | Unset = UNSET
    """ Unix time in seconds after which iOS marks the activity's content as stale. """
    priority: LiveActivityStartRequestPriority | Unset = UNSET
    """ APNs priority, 10 (immediate, the default) or 5 (when convenient for the device). """
    ios_relevance_score: float | Unset = UNSET
    """ From 0 to 1; orders this app's concurrent activities on screen (iOS 16.2+). """
    idempotency_key: UUID | Unset = UNSET
    """ A fresh UUID per start request; a repeat with the same key within 30 days returns the earlier result instead
    of starting a second activity. """
    include_aliases: LiveActivityStartRequestIncludeAliases | Unset = UNSET
    """ Target users by alias: alias label (`external_id`, `onesignal_id` or a custom label) to a list of alias
    values, up to 20,000 values in all. """
    include_subscription_ids: list[UUID] | Unset = UNSET
    """ Target these subscriptions only (up to 20,000 ids). """
    included_segments: list[str] | Unset = UNSET
    """ Names of the segments to send to. """
    excluded_segments: list[str] | Unset = UNSET
    """ Names of segments whose members are left out; only with `included_segments`. """
    filters: list[Filter] | Unset = UNSET
    """ Target subscriptions matching these conditions instead of segments or ids. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str = self.event

        activity_id = self.activity_id

        name = self.name

        event_attributes = self.event_attributes.to_dict()

        event_updates = self.event_updates.to_dict()

        contents = self.contents.to_dict()

        headings = self.headings.to_dict()

        sound = self.sound

        ios_sound = self.ios_sound

        stale_date = self.stale_date

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        ios_relevance_score = self.ios_relevance_score

        idempotency_key: str | Unset = UNSET
        if not isinstance(self.idempotency_key, Unset):
            idempotency_key = str(self.idempotency_key)

        include_aliases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.include_aliases, Unset):
            include_aliases = self.include_aliases.to_dict()

        include_subscription_ids: list[str] | Unset = UNSET
        if not isinstance(self.include_subscription_ids, Unset):
            include_subscription_ids = []
            for include_subscription_ids_item_data in self.include_subscription_ids:
                include_subscription_ids_item = str(include_subscription_ids_item_data)
                include_subscription_ids.append(include_subscription_ids_item)

        included_segments: list[str] | Unset = UNSET
        if not isinstance(self.included_segments, Unset):
            included_segments = self.included_segments

        excluded_segments: list[str] | Unset = UNSET
        if not isinstance(self.excluded_segments, Unset):
            excluded_segments = self.excluded_segments

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "activity_id": activity_id,
                "name": name,
                "event_attributes": event_attributes,
                "event_updates": event_updates,
                "contents": contents,
                "headings": headings,
            }
        )
        if sound is not UNSET:
            field_dict["sound"] = sound
        if ios_sound is not UNSET:
            field_dict["ios_sound"] = ios_sound
        if stale_date is not UNSET:
            field_dict["stale_date"] = stale_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if ios_relevance_score is not UNSET:
            field_dict["ios_relevance_score"] = ios_relevance_score
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if include_aliases is not UNSET:
            field_dict["include_aliases"] = include_aliases
        if include_subscription_ids is not UNSET:
            field_dict["include_subscription_ids"] = include_subscription_ids
        if included_segments is not UNSET:
            field_dict["included_segments"] = included_segments
        if excluded_segments is not UNSET:
            field_dict["excluded_segments"] = excluded_segments
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.language_string_map import LanguageStringMap  # noqa: PLC0415
        from ..models.live_activity_start_request_event_attributes import (
            LiveActivityStartRequestEventAttributes,  # noqa: PLC0415
        )
        from ..models.live_activity_start_request_event_updates import (
            LiveActivityStartRequestEventUpdates,  # noqa: PLC0415
        )
        from ..models.live_activity_start_request_include_aliases import (
            LiveActivityStartRequestIncludeAliases,  # noqa: PLC0415
        )

        d = dict(src_dict)
        event = check_live_activity_start_request_event(d.pop("event"))

        activity_id = d.pop("activity_id")

        name = d.pop("name")

        event_attributes = LiveActivityStartRequestEventAttributes.from_dict(
            d.pop("event_attributes")
        )

        event_updates = LiveActivityStartRequestEventUpdates.from_dict(
            d.pop("event_updates")
        )

        contents = LanguageStringMap.from_dict(d.pop("contents"))

        headings = LanguageStringMap.from_dict(d.pop("headings"))

        sound = d.pop("sound", UNSET)

        ios_sound = d.pop("ios_sound", UNSET)

        stale_date = d.pop("stale_date", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: LiveActivityStartRequestPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_live_activity_start_request_priority(_priority)

        ios_relevance_score = d.pop("ios_relevance_score", UNSET)

        _idempotency_key = d.pop("idempotency_key", UNSET)
        idempotency_key: UUID | Unset
        if isinstance(_idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = UUID(_idempotency_key)

        _include_aliases = d.pop("include_aliases", UNSET)
        include_aliases: LiveActivityStartRequestIncludeAliases | Unset
        if isinstance(_include_aliases, Unset):
            include_aliases = UNSET
        else:
            include_aliases = LiveActivityStartRequestIncludeAliases.from_dict(
                _include_aliases
            )

        _include_subscription_ids = d.pop("include_subscription_ids", UNSET)
        include_subscription_ids: list[UUID] | Unset = UNSET
        if _include_subscription_ids is not UNSET:
            include_subscription_ids = []
            for include_subscription_ids_item_data in _include_subscription_ids:
                include_subscription_ids_item = UUID(include_subscription_ids_item_data)

                include_subscription_ids.append(include_subscription_ids_item)

        included_segments = cast(list[str], d.pop("included_segments", UNSET))

        excluded_segments = cast(list[str], d.pop("excluded_segments", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[Filter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = Filter.from_dict(filters_item_data)

                filters.append(filters_item)

        live_activity_start_request = cls(
            event=event,
            activity_id=activity_id,
            name=name,
            event_attributes=event_attributes,
            event_updates=event_updates,
            contents=contents,
            headings=headings,
            sound=sound,
            ios_sound=ios_sound,
            stale_date=stale_date,
            priority=priority,
            ios_relevance_score=ios_relevance_score,
            idempotency_key=idempotency_key,
            include_aliases=include_aliases,
            include_subscription_ids=include_subscription_ids,
            included_segments=included_segments,
            excluded_segments=excluded_segments,
            filters=filters,
        )

        live_activity_start_request.additional_properties = d
        return live_activity_start_request

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
