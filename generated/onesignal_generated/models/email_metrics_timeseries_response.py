from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_metrics_timeseries_response_granularity import (
    EmailMetricsTimeseriesResponseGranularity,
    check_email_metrics_timeseries_response_granularity,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_metrics_timeseries_event import EmailMetricsTimeseriesEvent


T = TypeVar("T", bound="EmailMetricsTimeseriesResponse")


@_attrs_define
class EmailMetricsTimeseriesResponse:
    """Email event counts for one sending domain, bucketed over time."""

    domain: str | Unset = UNSET
    """ The sending domain reported on. """
    granularity: EmailMetricsTimeseriesResponseGranularity | Unset = UNSET
    """ The bucket size used. """
    providers: list[str] | Unset = UNSET
    """ The providers the counts are summed over; absent when all providers are. """
    events: list[EmailMetricsTimeseriesEvent] | Unset = UNSET
    """ One series per email event; empty when the domain is not active for the app. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity

        providers: list[str] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if providers is not UNSET:
            field_dict["providers"] = providers
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_metrics_timeseries_event import EmailMetricsTimeseriesEvent  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        _granularity = d.pop("granularity", UNSET)
        granularity: EmailMetricsTimeseriesResponseGranularity | Unset
        if isinstance(_granularity, Unset):
            granularity = UNSET
        else:
            granularity = check_email_metrics_timeseries_response_granularity(
                _granularity
            )

        providers = cast(list[str], d.pop("providers", UNSET))

        _events = d.pop("events", UNSET)
        events: list[EmailMetricsTimeseriesEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = EmailMetricsTimeseriesEvent.from_dict(events_item_data)

                events.append(events_item)

        email_metrics_timeseries_response = cls(
            domain=domain,
            granularity=granularity,
            providers=providers,
            events=events,
        )

        email_metrics_timeseries_response.additional_properties = d
        return email_metrics_timeseries_response

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
