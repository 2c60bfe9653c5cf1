from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationDeliveryStats")


@_attrs_define
class NotificationDeliveryStats:
    """Delivery counts for one platform."""

    successful: int | Unset = UNSET
    failed: int | Unset = UNSET
    errored: int | Unset = UNSET
    converted: int | Unset = UNSET
    received: int | None | Unset = UNSET
    suppressed: int | None | Unset = UNSET
    """ Not sent because the address was on a suppression list (email, SMS). """
    frequency_capped: int | None | Unset = UNSET
    """ Not sent because of frequency capping. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful = self.successful

        failed = self.failed

        errored = self.errored

        converted = self.converted

        received: int | None | Unset
        if isinstance(self.received, Unset):
            received = UNSET
        else:
            received = self.received

        suppressed: int | None | Unset
        if isinstance(self.suppressed, Unset):
            suppressed = UNSET
        else:
            suppressed = self.suppressed

        frequency_capped: int | None | Unset
        if isinstance(self.frequency_capped, Unset):
            frequency_capped = UNSET
        else:
            frequency_capped = self.frequency_capped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if successful is not UNSET:
            field_dict["successful"] = successful
        if failed is not UNSET:
            field_dict["failed"] = failed
        if errored is not UNSET:
            field_dict["errored"] = errored
        if converted is not UNSET:
            field_dict["converted"] = converted
        if received is not UNSET:
            field_dict["received"] = received
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if frequency_capped is not UNSET:
            field_dict["frequency_capped"] = frequency_capped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        successful = d.pop("successful", UNSET)

        failed = d.pop("failed", UNSET)

        errored = d.pop("errored", UNSET)

        converted = d.pop("converted", UNSET)

        def _parse_received(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        received = _parse_received(d.pop("received", UNSET))

        def _parse_suppressed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        suppressed = _parse_suppressed(d.pop("suppressed", UNSET))

        def _parse_frequency_capped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frequency_capped = _parse_frequency_capped(d.pop("frequency_capped", UNSET))

        notification_delivery_stats = cls(
            successful=successful,
            failed=failed,
            errored=errored,
            converted=converted,
            received=received,
            suppressed=suppressed,
            frequency_capped=frequency_capped,
        )

        notification_delivery_stats.additional_properties = d
        return notification_delivery_stats

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
