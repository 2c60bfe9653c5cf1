from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_history_request_events import (
    NotificationHistoryRequestEvents,
    check_notification_history_request_events,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationHistoryRequest")


@_attrs_define
class NotificationHistoryRequest:
    """Which recipients of a message to report."""

    app_id: UUID
    """ The app the message belongs to. """
    events: NotificationHistoryRequestEvents
    """ `sent` for everyone it was sent to, `clicked` for everyone who clicked it. """
    email: str | Unset = UNSET
    """ Also mail the report link to this address when it is ready. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = str(self.app_id)

        events: str = self.events

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "events": events,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = UUID(d.pop("app_id"))

        events = check_notification_history_request_events(d.pop("events"))

        email = d.pop("email", UNSET)

        notification_history_request = cls(
            app_id=app_id,
            events=events,
            email=email,
        )

        notification_history_request.additional_properties = d
        return notification_history_request

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
