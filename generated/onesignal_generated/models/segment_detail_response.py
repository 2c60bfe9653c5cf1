from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_detail import SegmentDetail


T = TypeVar("T", bound="SegmentDetailResponse")


@_attrs_define
class SegmentDetailResponse:
    """The size of a segment, and its definition when requested."""

    subscriber_count: int
    """ How many subscriptions the segment holds now. """
    payload: SegmentDetail | Unset = UNSET
    """ A segment's metadata and filters, as returned with `include-segment-detail=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_count = self.subscriber_count

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_count": subscriber_count,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_detail import SegmentDetail  # noqa: PLC0415

        d = dict(src_dict)
        subscriber_count = d.pop("subscriber_count")

        _payload = d.pop("payload", UNSET)
        payload: SegmentDetail | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = SegmentDetail.from_dict(_payload)

        segment_detail_response = cls(
            subscriber_count=subscriber_count,
            payload=payload,
        )

        segment_detail_response.additional_properties = d
        return segment_detail_response

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
