from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_subscriptions_request_extra_fields_item import (
    ExportSubscriptionsRequestExtraFieldsItem,
    check_export_subscriptions_request_extra_fields_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportSubscriptionsRequest")


@_attrs_define
class ExportSubscriptionsRequest:
    """Which subscriptions to export and which extra columns to add."""

    extra_fields: list[ExportSubscriptionsRequestExtraFieldsItem] | Unset = UNSET
    """ Columns to add to the default ones. """
    last_active_since: str | Unset = UNSET
    """ Only subscriptions active after this moment, in unix seconds (sent as a string). """
    segment_name: str | Unset = UNSET
    """ Only subscriptions in this segment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extra_fields: list[str] | Unset = UNSET
        if not isinstance(self.extra_fields, Unset):
            extra_fields = []
            for extra_fields_item_data in self.extra_fields:
                extra_fields_item: str = extra_fields_item_data
                extra_fields.append(extra_fields_item)

        last_active_since = self.last_active_since

        segment_name = self.segment_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extra_fields is not UNSET:
            field_dict["extra_fields"] = extra_fields
        if last_active_since is not UNSET:
            field_dict["last_active_since"] = last_active_since
        if segment_name is not UNSET:
            field_dict["segment_name"] = segment_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _extra_fields = d.pop("extra_fields", UNSET)
        extra_fields: list[ExportSubscriptionsRequestExtraFieldsItem] | Unset = UNSET
        if _extra_fields is not UNSET:
            extra_fields = []
            for extra_fields_item_data in _extra_fields:
                extra_fields_item = (
                    check_export_subscriptions_request_extra_fields_item(
                        extra_fields_item_data
                    )
                )

                extra_fields.append(extra_fields_item)

        last_active_since = d.pop("last_active_since", UNSET)

        segment_name = d.pop("segment_name", UNSET)

        export_subscriptions_request = cls(
            extra_fields=extra_fields,
            last_active_since=last_active_since,
            segment_name=segment_name,
        )

        export_subscriptions_request.additional_properties = d
        return export_subscriptions_request

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
