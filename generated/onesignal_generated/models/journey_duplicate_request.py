from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_duplicate_overrides import JourneyDuplicateOverrides


T = TypeVar("T", bound="JourneyDuplicateRequest")


@_attrs_define
class JourneyDuplicateRequest:
    """The body of Duplicate journey. Only `overrides` is read; send `{}` for a plain copy."""

    overrides: JourneyDuplicateOverrides | Unset = UNSET
    """ Fields merged into the copy as a JSON Merge Patch: objects merge key by key, null clears a nullable field,
    and an array such as `nodes` replaces the copied one. Server-controlled fields such as `id` or `state` are
    refused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_duplicate_overrides import JourneyDuplicateOverrides  # noqa: PLC0415

        d = dict(src_dict)
        _overrides = d.pop("overrides", UNSET)
        overrides: JourneyDuplicateOverrides | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = JourneyDuplicateOverrides.from_dict(_overrides)

        journey_duplicate_request = cls(
            overrides=overrides,
        )

        journey_duplicate_request.additional_properties = d
        return journey_duplicate_request

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
