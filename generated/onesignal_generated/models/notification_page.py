from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_detail import NotificationDetail


T = TypeVar("T", bound="NotificationPage")


@_attrs_define
class NotificationPage:
    """One page of an app's messages."""

    total_count: int | Unset = UNSET
    """ How many messages the app has in all (within the retention window). """
    offset: int | Unset = UNSET
    """ The offset this page starts at. """
    limit: int | Unset = UNSET
    """ The page size used. """
    time_offset: None | str | Unset = UNSET
    """ The `time_offset` this page was fetched with, if any. """
    next_time_offset: None | str | Unset = UNSET
    """ Cursor for the next page of a `time_offset` listing. """
    notifications: list[NotificationDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        time_offset: None | str | Unset
        if isinstance(self.time_offset, Unset):
            time_offset = UNSET
        else:
            time_offset = self.time_offset

        next_time_offset: None | str | Unset
        if isinstance(self.next_time_offset, Unset):
            next_time_offset = UNSET
        else:
            next_time_offset = self.next_time_offset

        notifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = []
            for notifications_item_data in self.notifications:
                notifications_item = notifications_item_data.to_dict()
                notifications.append(notifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if time_offset is not UNSET:
            field_dict["time_offset"] = time_offset
        if next_time_offset is not UNSET:
            field_dict["next_time_offset"] = next_time_offset
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_detail import NotificationDetail  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        def _parse_time_offset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_offset = _parse_time_offset(d.pop("time_offset", UNSET))

        def _parse_next_time_offset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_time_offset = _parse_next_time_offset(d.pop("next_time_offset", UNSET))

        _notifications = d.pop("notifications", UNSET)
        notifications: list[NotificationDetail] | Unset = UNSET
        if _notifications is not UNSET:
            notifications = []
            for notifications_item_data in _notifications:
                notifications_item = NotificationDetail.from_dict(
                    notifications_item_data
                )

                notifications.append(notifications_item)

        notification_page = cls(
            total_count=total_count,
            offset=offset,
            limit=limit,
            time_offset=time_offset,
            next_time_offset=next_time_offset,
            notifications=notifications,
        )

        notification_page.additional_properties = d
        return notification_page

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
