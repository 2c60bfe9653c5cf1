from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_event_properties import CustomEventProperties


T = TypeVar("T", bound="CustomEvent")


@_attrs_define
class CustomEvent:
    """One thing a user did. Name the user with `external_id` or `onesignal_id` (one of them is required)."""

    name: str
    """ The event's name, as journeys refer to it. """
    external_id: str | Unset = UNSET
    """ The user's External ID. """
    onesignal_id: str | Unset = UNSET
    """ The user's OneSignal ID. """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the event happened (ISO 8601). Now, when left out or too far in the past. """
    idempotency_key: UUID | Unset = UNSET
    """ A UUID unique to this event, sent again unchanged on retries; duplicates within about four hours are
    dropped. """
    properties: CustomEventProperties | Unset = UNSET
    """ Free-form data about the event, such as `{"total": 84.5, "currency": "USD"}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_id = self.external_id

        onesignal_id = self.onesignal_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        idempotency_key: str | Unset = UNSET
        if not isinstance(self.idempotency_key, Unset):
            idempotency_key = str(self.idempotency_key)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if onesignal_id is not UNSET:
            field_dict["onesignal_id"] = onesignal_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_event_properties import CustomEventProperties  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        external_id = d.pop("external_id", UNSET)

        onesignal_id = d.pop("onesignal_id", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _idempotency_key = d.pop("idempotency_key", UNSET)
        idempotency_key: UUID | Unset
        if isinstance(_idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = UUID(_idempotency_key)

        _properties = d.pop("properties", UNSET)
        properties: CustomEventProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CustomEventProperties.from_dict(_properties)

        custom_event = cls(
            name=name,
            external_id=external_id,
            onesignal_id=onesignal_id,
            timestamp=timestamp,
            idempotency_key=idempotency_key,
            properties=properties,
        )

        custom_event.additional_properties = d
        return custom_event

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
