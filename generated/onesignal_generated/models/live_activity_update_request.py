from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_activity_update_request_event import (
    LiveActivityUpdateRequestEvent,
    check_live_activity_update_request_event,
)
from ..models.live_activity_update_request_priority import (
    LiveActivityUpdateRequestPriority,
    check_live_activity_update_request_priority,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.language_string_map import LanguageStringMap
    from ..models.live_activity_update_request_event_updates import (
        LiveActivityUpdateRequestEventUpdates,
    )


T = TypeVar("T", bound="LiveActivityUpdateRequest")


@_attrs_define
class LiveActivityUpdateRequest:
    """A change of state for a running Live Activity, or the order to end it."""

    event: LiveActivityUpdateRequestEvent
    """ `update` redraws the activity with `event_updates`; `end` ends it. """
    name: str
    """ An internal label for this push, shown in reports but never to users. """
    event_updates: LiveActivityUpdateRequestEventUpdates
    """ The new content state. Its keys and value types must match the `ContentState` struct of the app's
    `ActivityAttributes` exactly (for example `homeScore`, `awayScore`), or iOS silently drops the update. """
    contents: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    headings: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    sound: str | Unset = UNSET
    """ Older name of `ios_sound`; OneSignal now ignores it. """
    ios_sound: str | Unset = UNSET
    """ A sound file bundled in the app to play with this update. Needs `headings` in the same request, since iOS
    plays no sound for an alert without a title. """
    stale_date: int | Unset = UNSET
    """ Unix time in seconds after which iOS marks the activity's content as stale. """
    dismissal_date: int | Unset = UNSET
    """ Only with `event: end`. Unix time in seconds at which the ended activity leaves the screen; a time in the
    past removes it at once. Without it iOS keeps an ended activity for up to four hours. """
    priority: LiveActivityUpdateRequestPriority | Unset = UNSET
    """ APNs priority: 10 (the default) delivers at once but draws on a limited hourly budget; 5 lets iOS deliver
    when it suits the device's power state. """
    ios_relevance_score: float | Unset = UNSET
    """ From 0 to 1: when several activities run, the highest score wins the Dynamic Island and the top of the Lock
    Screen (iOS 16.2+). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str = self.event

        name = self.name

        event_updates = self.event_updates.to_dict()

        contents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contents, Unset):
            contents = self.contents.to_dict()

        headings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headings, Unset):
            headings = self.headings.to_dict()

        sound = self.sound

        ios_sound = self.ios_sound

        stale_date = self.stale_date

        dismissal_date = self.dismissal_date

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        ios_relevance_score = self.ios_relevance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "name": name,
                "event_updates": event_updates,
            }
        )
        if contents is not UNSET:
            field_dict["contents"] = contents
        if headings is not UNSET:
            field_dict["headings"] = headings
        if sound is not UNSET:
            field_dict["sound"] = sound
        if ios_sound is not UNSET:
            field_dict["ios_sound"] = ios_sound
        if stale_date is not UNSET:
            field_dict["stale_date"] = stale_date
        if dismissal_date is not UNSET:
            field_dict["dismissal_date"] = dismissal_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if ios_relevance_score is not UNSET:
            field_dict["ios_relevance_score"] = ios_relevance_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.language_string_map import LanguageStringMap  # noqa: PLC0415
        from ..models.live_activity_update_request_event_updates import (
            LiveActivityUpdateRequestEventUpdates,  # noqa: PLC0415
        )

        d = dict(src_dict)
        event = check_live_activity_update_request_event(d.pop("event"))

        name = d.pop("name")

        event_updates = LiveActivityUpdateRequestEventUpdates.from_dict(
            d.pop("event_updates")
        )

        _contents = d.pop("contents", UNSET)
        contents: LanguageStringMap | Unset
        if isinstance(_contents, Unset):
            contents = UNSET
        else:
            contents = LanguageStringMap.from_dict(_contents)

        _headings = d.pop("headings", UNSET)
        headings: LanguageStringMap | Unset
        if isinstance(_headings, Unset):
            headings = UNSET
        else:
            headings = LanguageStringMap.from_dict(_headings)

        sound = d.pop("sound", UNSET)

        ios_sound = d.pop("ios_sound", UNSET)

        stale_date = d.pop("stale_date", UNSET)

        dismissal_date = d.pop("dismissal_date", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: LiveActivityUpdateRequestPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_live_activity_update_request_priority(_priority)

        ios_relevance_score = d.pop("ios_relevance_score", UNSET)

        live_activity_update_request = cls(
            event=event,
            name=name,
            event_updates=event_updates,
            contents=contents,
            headings=headings,
            sound=sound,
            ios_sound=ios_sound,
            stale_date=stale_date,
            dismissal_date=dismissal_date,
            priority=priority,
            ios_relevance_score=ios_relevance_score,
        )

        live_activity_update_request.additional_properties = d
        return live_activity_update_request

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
