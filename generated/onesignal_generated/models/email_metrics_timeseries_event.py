from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_metrics_timeseries_event_event import (
    EmailMetricsTimeseriesEventEvent,
    check_email_metrics_timeseries_event_event,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_metrics_timeseries_point import EmailMetricsTimeseriesPoint


T = TypeVar("T", bound="EmailMetricsTimeseriesEvent")


@_attrs_define
class EmailMetricsTimeseriesEvent:
    """The time series of one email event."""

    event: EmailMetricsTimeseriesEventEvent | Unset = UNSET
    """ The email event counted. """
    total: int | Unset = UNSET
    """ Sum of the event over the whole range. """
    points: list[EmailMetricsTimeseriesPoint] | Unset = UNSET
    """ One point per time bucket, oldest first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event

        total = self.total

        points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if total is not UNSET:
            field_dict["total"] = total
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_metrics_timeseries_point import EmailMetricsTimeseriesPoint  # noqa: PLC0415

        d = dict(src_dict)
        _event = d.pop("event", UNSET)
        event: EmailMetricsTimeseriesEventEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = check_email_metrics_timeseries_event_event(_event)

        total = d.pop("total", UNSET)

        _points = d.pop("points", UNSET)
        points: list[EmailMetricsTimeseriesPoint] | Unset = UNSET
        if _points is not UNSET:
            points = []
            for points_item_data in _points:
                points_item = EmailMetricsTimeseriesPoint.from_dict(points_item_data)

                points.append(points_item)

        email_metrics_timeseries_event = cls(
            event=event,
            total=total,
            points=points,
        )

        email_metrics_timeseries_event.additional_properties = d
        return email_metrics_timeseries_event

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
