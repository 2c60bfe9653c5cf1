from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journey_list_audience_kind import (
    JourneyListAudienceKind,
    check_journey_list_audience_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JourneyListAudience")


@_attrs_define
class JourneyListAudience:
    """The entry audience reduced to its kind."""

    kind: JourneyListAudienceKind | Unset = UNSET
    """ How users enter the journey. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kind = d.pop("kind", UNSET)
        kind: JourneyListAudienceKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_journey_list_audience_kind(_kind)

        journey_list_audience = cls(
            kind=kind,
        )

        journey_list_audience.additional_properties = d
        return journey_list_audience

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
