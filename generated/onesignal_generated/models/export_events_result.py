from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportEventsResult")


@_attrs_define
class ExportEventsResult:
    """Where an audience-activity export will appear."""

    csv_file_url: str | Unset = UNSET
    """ URL of the `.csv.gz` file; answers 404 until the file is ready. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        csv_file_url = self.csv_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if csv_file_url is not UNSET:
            field_dict["csv_file_url"] = csv_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        csv_file_url = d.pop("csv_file_url", UNSET)

        export_events_result = cls(
            csv_file_url=csv_file_url,
        )

        export_events_result.additional_properties = d
        return export_events_result

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
