from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journey_audience_kind import (
    JourneyAudienceKind,
    check_journey_audience_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_event_attribute import JourneyEventAttribute


T = TypeVar("T", bound="JourneyAudience")


@_attrs_define
class JourneyAudience:
    """Who enters the journey. `kind: segment` admits users of the included segments; `kind: event_trigger` admits users
    when a custom event with `name` arrives.

    """

    kind: JourneyAudienceKind
    """ How users enter the journey; selects which other fields apply. """
    included_segment_ids: list[UUID] | Unset = UNSET
    """ `segment` audiences: segments whose users enter. """
    excluded_segment_ids: list[UUID] | Unset = UNSET
    """ `segment` audiences: segments whose users are kept out. """
    future_additions_only: bool | None | Unset = UNSET
    """ `segment` audiences: only admit users who join the segment after activation (default false). """
    name: str | Unset = UNSET
    """ `event_trigger` audiences: the custom event name that admits a user. """
    attributes: list[list[JourneyEventAttribute]] | Unset = UNSET
    """ `event_trigger` audiences: filters on the event's properties, as a list holding one group of conditions that
    must all match. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        included_segment_ids: list[str] | Unset = UNSET
        if not isinstance(self.included_segment_ids, Unset):
            included_segment_ids = []
            for included_segment_ids_item_data in self.included_segment_ids:
                included_segment_ids_item = str(included_segment_ids_item_data)
                included_segment_ids.append(included_segment_ids_item)

        excluded_segment_ids: list[str] | Unset = UNSET
        if not isinstance(self.excluded_segment_ids, Unset):
            excluded_segment_ids = []
            for excluded_segment_ids_item_data in self.excluded_segment_ids:
                excluded_segment_ids_item = str(excluded_segment_ids_item_data)
                excluded_segment_ids.append(excluded_segment_ids_item)

        future_additions_only: bool | None | Unset
        if isinstance(self.future_additions_only, Unset):
            future_additions_only = UNSET
        else:
            future_additions_only = self.future_additions_only

        name = self.name

        attributes: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = []
                for attributes_item_item_data in attributes_item_data:
                    attributes_item_item = attributes_item_item_data.to_dict()
                    attributes_item.append(attributes_item_item)

                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if included_segment_ids is not UNSET:
            field_dict["included_segment_ids"] = included_segment_ids
        if excluded_segment_ids is not UNSET:
            field_dict["excluded_segment_ids"] = excluded_segment_ids
        if future_additions_only is not UNSET:
            field_dict["future_additions_only"] = future_additions_only
        if name is not UNSET:
            field_dict["name"] = name
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_event_attribute import JourneyEventAttribute  # noqa: PLC0415

        d = dict(src_dict)
        kind = check_journey_audience_kind(d.pop("kind"))

        _included_segment_ids = d.pop("included_segment_ids", UNSET)
        included_segment_ids: list[UUID] | Unset = UNSET
        if _included_segment_ids is not UNSET:
            included_segment_ids = []
            for included_segment_ids_item_data in _included_segment_ids:
                included_segment_ids_item = UUID(included_segment_ids_item_data)

                included_segment_ids.append(included_segment_ids_item)

        _excluded_segment_ids = d.pop("excluded_segment_ids", UNSET)
        excluded_segment_ids: list[UUID] | Unset = UNSET
        if _excluded_segment_ids is not UNSET:
            excluded_segment_ids = []
            for excluded_segment_ids_item_data in _excluded_segment_ids:
                excluded_segment_ids_item = UUID(excluded_segment_ids_item_data)

                excluded_segment_ids.append(excluded_segment_ids_item)

        def _parse_future_additions_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        future_additions_only = _parse_future_additions_only(
            d.pop("future_additions_only", UNSET)
        )

        name = d.pop("name", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[list[JourneyEventAttribute]] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = []
                _attributes_item = attributes_item_data
                for attributes_item_item_data in _attributes_item:
                    attributes_item_item = JourneyEventAttribute.from_dict(
                        attributes_item_item_data
                    )

                    attributes_item.append(attributes_item_item)

                attributes.append(attributes_item)

        journey_audience = cls(
            kind=kind,
            included_segment_ids=included_segment_ids,
            excluded_segment_ids=excluded_segment_ids,
            future_additions_only=future_additions_only,
            name=name,
            attributes=attributes,
        )

        journey_audience.additional_properties = d
        return journey_audience

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
