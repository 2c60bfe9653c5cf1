from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_detail_source import (
    SegmentDetailSource,
    check_segment_detail_source,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter


T = TypeVar("T", bound="SegmentDetail")


@_attrs_define
class SegmentDetail:
    """A segment's metadata and filters, as returned with `include-segment-detail=true`."""

    id: UUID | Unset = UNSET
    """ The segment's id. """
    name: str | Unset = UNSET
    """ The segment's name. """
    description: None | str | Unset = UNSET
    """ The segment's optional description. """
    created_at: int | Unset = UNSET
    """ When the segment was created, in Unix seconds. """
    source: SegmentDetailSource | Unset = UNSET
    """ Where the segment came from. """
    filters: list[Filter] | Unset = UNSET
    """ The segment's conditions and operators, in the format `create_segment` and `update_segment` accept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at = self.created_at

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if source is not UNSET:
            field_dict["source"] = source
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        created_at = d.pop("created_at", UNSET)

        _source = d.pop("source", UNSET)
        source: SegmentDetailSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_segment_detail_source(_source)

        _filters = d.pop("filters", UNSET)
        filters: list[Filter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = Filter.from_dict(filters_item_data)

                filters.append(filters_item)

        segment_detail = cls(
            id=id,
            name=name,
            description=description,
            created_at=created_at,
            source=source,
            filters=filters,
        )

        segment_detail.additional_properties = d
        return segment_detail

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
