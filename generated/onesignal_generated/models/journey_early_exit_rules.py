from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_early_exit_on_event import JourneyEarlyExitOnEvent
    from ..models.journey_early_exit_on_segment import JourneyEarlyExitOnSegment


T = TypeVar("T", bound="JourneyEarlyExitRules")


@_attrs_define
class JourneyEarlyExitRules:
    """The early-exit triggers; any one that fires removes the user."""

    on_segment: JourneyEarlyExitOnSegment | Unset = UNSET
    """ Exit when the user enters one of these segments. """
    when_not_in_audience: bool | Unset = UNSET
    """ Exit once the user no longer matches the entry audience (default false). """
    on_session: bool | Unset = UNSET
    """ Exit when the user starts a new session (default false). """
    on_event: JourneyEarlyExitOnEvent | Unset = UNSET
    """ Exit when this custom event arrives for the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_segment, Unset):
            on_segment = self.on_segment.to_dict()

        when_not_in_audience = self.when_not_in_audience

        on_session = self.on_session

        on_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_event, Unset):
            on_event = self.on_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_segment is not UNSET:
            field_dict["on_segment"] = on_segment
        if when_not_in_audience is not UNSET:
            field_dict["when_not_in_audience"] = when_not_in_audience
        if on_session is not UNSET:
            field_dict["on_session"] = on_session
        if on_event is not UNSET:
            field_dict["on_event"] = on_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_early_exit_on_event import JourneyEarlyExitOnEvent  # noqa: PLC0415
        from ..models.journey_early_exit_on_segment import JourneyEarlyExitOnSegment  # noqa: PLC0415

        d = dict(src_dict)
        _on_segment = d.pop("on_segment", UNSET)
        on_segment: JourneyEarlyExitOnSegment | Unset
        if isinstance(_on_segment, Unset):
            on_segment = UNSET
        else:
            on_segment = JourneyEarlyExitOnSegment.from_dict(_on_segment)

        when_not_in_audience = d.pop("when_not_in_audience", UNSET)

        on_session = d.pop("on_session", UNSET)

        _on_event = d.pop("on_event", UNSET)
        on_event: JourneyEarlyExitOnEvent | Unset
        if isinstance(_on_event, Unset):
            on_event = UNSET
        else:
            on_event = JourneyEarlyExitOnEvent.from_dict(_on_event)

        journey_early_exit_rules = cls(
            on_segment=on_segment,
            when_not_in_audience=when_not_in_audience,
            on_session=on_session,
            on_event=on_event,
        )

        journey_early_exit_rules.additional_properties = d
        return journey_early_exit_rules

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
