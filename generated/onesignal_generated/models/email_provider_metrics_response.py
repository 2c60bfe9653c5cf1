from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_provider_metrics import EmailProviderMetrics


T = TypeVar("T", bound="EmailProviderMetricsResponse")


@_attrs_define
class EmailProviderMetricsResponse:
    """Email event counts for one sending domain, per inbox provider."""

    domain: str | Unset = UNSET
    """ The sending domain reported on. """
    start: datetime.datetime | Unset = UNSET
    """ Start of the range. """
    end: datetime.datetime | Unset = UNSET
    """ End of the range. """
    providers: list[EmailProviderMetrics] | Unset = UNSET
    """ One entry per inbox provider; empty when the domain is not active for the app. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if providers is not UNSET:
            field_dict["providers"] = providers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_provider_metrics import EmailProviderMetrics  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        _start = d.pop("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _end = d.pop("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        _providers = d.pop("providers", UNSET)
        providers: list[EmailProviderMetrics] | Unset = UNSET
        if _providers is not UNSET:
            providers = []
            for providers_item_data in _providers:
                providers_item = EmailProviderMetrics.from_dict(providers_item_data)

                providers.append(providers_item)

        email_provider_metrics_response = cls(
            domain=domain,
            start=start,
            end=end,
            providers=providers,
        )

        email_provider_metrics_response.additional_properties = d
        return email_provider_metrics_response

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
