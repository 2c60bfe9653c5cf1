from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveActivityStartResponse")


@_attrs_define
class LiveActivityStartResponse:
    """The push that starts the activity. The reference names the field `notification_id`; `id` is read too in case the API
    answers as it does for updates.

    """

    notification_id: str | Unset = UNSET
    """ The id of the notification that carries the push-to-start. """
    id: str | Unset = UNSET
    """ The same id under the name the update endpoint uses. """
    errors: list[str] | Unset = UNSET
    """ Warnings about the audience, such as no subscribed device matched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id = self.notification_id

        id = self.id

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_id is not UNSET:
            field_dict["notification_id"] = notification_id
        if id is not UNSET:
            field_dict["id"] = id
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notification_id = d.pop("notification_id", UNSET)

        id = d.pop("id", UNSET)

        errors = cast(list[str], d.pop("errors", UNSET))

        live_activity_start_response = cls(
            notification_id=notification_id,
            id=id,
            errors=errors,
        )

        live_activity_start_response.additional_properties = d
        return live_activity_start_response

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
