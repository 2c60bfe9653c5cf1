from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_estimate_request_target_channel import (
    NotificationEstimateRequestTargetChannel,
    check_notification_estimate_request_target_channel,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.notification_estimate_request_include_aliases import (
        NotificationEstimateRequestIncludeAliases,
    )


T = TypeVar("T", bound="NotificationEstimateRequest")


@_attrs_define
class NotificationEstimateRequest:
    """The targeting of a draft message. Only these fields are read; other message fields are accepted and ignored."""

    app_id: UUID
    """ The app to count in. """
    included_segments: list[str]
    """ Segments to count; `All` counts every subscribed user. """
    excluded_segments: list[str] | Unset = UNSET
    """ Segments whose members are not counted. """
    filters: list[Filter] | Unset = UNSET
    """ Conditions that narrow the counted audience. """
    include_aliases: NotificationEstimateRequestIncludeAliases | Unset = UNSET
    """ Alias label -> alias values; narrows the count to these users. """
    target_channel: NotificationEstimateRequestTargetChannel | Unset = UNSET
    """ Which channel's subscriptions to count. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = str(self.app_id)

        included_segments = self.included_segments

        excluded_segments: list[str] | Unset = UNSET
        if not isinstance(self.excluded_segments, Unset):
            excluded_segments = self.excluded_segments

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        include_aliases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.include_aliases, Unset):
            include_aliases = self.include_aliases.to_dict()

        target_channel: str | Unset = UNSET
        if not isinstance(self.target_channel, Unset):
            target_channel = self.target_channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "included_segments": included_segments,
            }
        )
        if excluded_segments is not UNSET:
            field_dict["excluded_segments"] = excluded_segments
        if filters is not UNSET:
            field_dict["filters"] = filters
        if include_aliases is not UNSET:
            field_dict["include_aliases"] = include_aliases
        if target_channel is not UNSET:
            field_dict["target_channel"] = target_channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.notification_estimate_request_include_aliases import (
            NotificationEstimateRequestIncludeAliases,  # noqa: PLC0415
        )

        d = dict(src_dict)
        app_id = UUID(d.pop("app_id"))

        included_segments = cast(list[str], d.pop("included_segments"))

        excluded_segments = cast(list[str], d.pop("excluded_segments", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[Filter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = Filter.from_dict(filters_item_data)

                filters.append(filters_item)

        _include_aliases = d.pop("include_aliases", UNSET)
        include_aliases: NotificationEstimateRequestIncludeAliases | Unset
        if isinstance(_include_aliases, Unset):
            include_aliases = UNSET
        else:
            include_aliases = NotificationEstimateRequestIncludeAliases.from_dict(
                _include_aliases
            )

        _target_channel = d.pop("target_channel", UNSET)
        target_channel: NotificationEstimateRequestTargetChannel | Unset
        if isinstance(_target_channel, Unset):
            target_channel = UNSET
        else:
            target_channel = check_notification_estimate_request_target_channel(
                _target_channel
            )

        notification_estimate_request = cls(
            app_id=app_id,
            included_segments=included_segments,
            excluded_segments=excluded_segments,
            filters=filters,
            include_aliases=include_aliases,
            target_channel=target_channel,
        )

        notification_estimate_request.additional_properties = d
        return notification_estimate_request

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
