from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailProviderMetrics")


@_attrs_define
class EmailProviderMetrics:
    """Counts for one inbox provider over the range."""

    provider: str | Unset = UNSET
    """ The inbox provider, such as gmail, outlook, yahoo or apple. """
    delivered: int | Unset = UNSET
    """ Emails the provider accepted. """
    opened: int | Unset = UNSET
    """ Opens recorded. """
    clicked: int | Unset = UNSET
    """ Link clicks recorded. """
    bounced: int | Unset = UNSET
    """ Emails the provider bounced. """
    failed: int | Unset = UNSET
    """ Emails that could not be sent. """
    complained: int | Unset = UNSET
    """ Recipients who reported the email as spam. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        delivered = self.delivered

        opened = self.opened

        clicked = self.clicked

        bounced = self.bounced

        failed = self.failed

        complained = self.complained

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if opened is not UNSET:
            field_dict["opened"] = opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if failed is not UNSET:
            field_dict["failed"] = failed
        if complained is not UNSET:
            field_dict["complained"] = complained

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider", UNSET)

        delivered = d.pop("delivered", UNSET)

        opened = d.pop("opened", UNSET)

        clicked = d.pop("clicked", UNSET)

        bounced = d.pop("bounced", UNSET)

        failed = d.pop("failed", UNSET)

        complained = d.pop("complained", UNSET)

        email_provider_metrics = cls(
            provider=provider,
            delivered=delivered,
            opened=opened,
            clicked=clicked,
            bounced=bounced,
            failed=failed,
            complained=complained,
        )

        email_provider_metrics.additional_properties = d
        return email_provider_metrics

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
