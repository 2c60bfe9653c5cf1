from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JourneySchedule")


@_attrs_define
class JourneySchedule:
    """A future start and/or stop time; null means the journey is not scheduled."""

    start_at: datetime.datetime | None | Unset = UNSET
    """ When to activate, in UTC and at least 5 minutes ahead. """
    stop_at: datetime.datetime | None | Unset = UNSET
    """ When to stop, in UTC, after `start_at`. """
    error: str | Unset = UNSET
    """ Set by the server when scheduling failed; ignored on write. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        stop_at: None | str | Unset
        if isinstance(self.stop_at, Unset):
            stop_at = UNSET
        elif isinstance(self.stop_at, datetime.datetime):
            stop_at = self.stop_at.isoformat()
        else:
            stop_at = self.stop_at

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if stop_at is not UNSET:
            field_dict["stop_at"] = stop_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_at = _parse_start_at(d.pop("start_at", UNSET))

        def _parse_stop_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_at_type_0 = datetime.datetime.fromisoformat(data)

                return stop_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        stop_at = _parse_stop_at(d.pop("stop_at", UNSET))

        error = d.pop("error", UNSET)

        journey_schedule = cls(
            start_at=start_at,
            stop_at=stop_at,
            error=error,
        )

        journey_schedule.additional_properties = d
        return journey_schedule

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
