from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JourneyEarlyExitOnSegment")


@_attrs_define
class JourneyEarlyExitOnSegment:
    """Exit when the user enters one of these segments."""

    included_segment_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        included_segment_ids: list[str] | Unset = UNSET
        if not isinstance(self.included_segment_ids, Unset):
            included_segment_ids = []
            for included_segment_ids_item_data in self.included_segment_ids:
                included_segment_ids_item = str(included_segment_ids_item_data)
                included_segment_ids.append(included_segment_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if included_segment_ids is not UNSET:
            field_dict["included_segment_ids"] = included_segment_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _included_segment_ids = d.pop("included_segment_ids", UNSET)
        included_segment_ids: list[UUID] | Unset = UNSET
        if _included_segment_ids is not UNSET:
            included_segment_ids = []
            for included_segment_ids_item_data in _included_segment_ids:
                included_segment_ids_item = UUID(included_segment_ids_item_data)

                included_segment_ids.append(included_segment_ids_item)

        journey_early_exit_on_segment = cls(
            included_segment_ids=included_segment_ids,
        )

        journey_early_exit_on_segment.additional_properties = d
        return journey_early_exit_on_segment

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
