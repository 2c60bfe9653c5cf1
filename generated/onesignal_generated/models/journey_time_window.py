from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_time_point import JourneyTimePoint


T = TypeVar("T", bound="JourneyTimeWindow")


@_attrs_define
class JourneyTimeWindow:
    """A daily wall-clock window of at least 15 minutes."""

    start: JourneyTimePoint | Unset = UNSET
    """ A time of day. """
    end: JourneyTimePoint | Unset = UNSET
    """ A time of day. """
    day_of_week: int | None | Unset = UNSET
    """ Day of the week, 1 = Monday; leave out for every day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        day_of_week: int | None | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_time_point import JourneyTimePoint  # noqa: PLC0415

        d = dict(src_dict)
        _start = d.pop("start", UNSET)
        start: JourneyTimePoint | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = JourneyTimePoint.from_dict(_start)

        _end = d.pop("end", UNSET)
        end: JourneyTimePoint | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = JourneyTimePoint.from_dict(_end)

        def _parse_day_of_week(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_of_week = _parse_day_of_week(d.pop("day_of_week", UNSET))

        journey_time_window = cls(
            start=start,
            end=end,
            day_of_week=day_of_week,
        )

        journey_time_window.additional_properties = d
        return journey_time_window

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
