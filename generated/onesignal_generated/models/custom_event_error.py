from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_event_error_detail import CustomEventErrorDetail


T = TypeVar("T", bound="CustomEventError")


@_attrs_define
class CustomEventError:
    """One event of the batch that could not be recorded."""

    event_user_id: str | Unset = UNSET
    """ The user id the event named. """
    event_id: str | Unset = UNSET
    """ An id OneSignal gave the failed event. """
    error: CustomEventErrorDetail | Unset = UNSET
    """ Why an event failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_user_id = self.event_user_id

        event_id = self.event_id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_user_id is not UNSET:
            field_dict["event_user_id"] = event_user_id
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_event_error_detail import CustomEventErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        event_user_id = d.pop("event_user_id", UNSET)

        event_id = d.pop("event_id", UNSET)

        _error = d.pop("error", UNSET)
        error: CustomEventErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = CustomEventErrorDetail.from_dict(_error)

        custom_event_error = cls(
            event_user_id=event_user_id,
            event_id=event_id,
            error=error,
        )

        custom_event_error.additional_properties = d
        return custom_event_error

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
