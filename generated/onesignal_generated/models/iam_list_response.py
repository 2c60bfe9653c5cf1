from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_message import IamMessage


T = TypeVar("T", bound="IamListResponse")


@_attrs_define
class IamListResponse:
    """The in-app messages a subscription is eligible to display."""

    in_app_messages: list[IamMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_app_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.in_app_messages, Unset):
            in_app_messages = []
            for in_app_messages_item_data in self.in_app_messages:
                in_app_messages_item = in_app_messages_item_data.to_dict()
                in_app_messages.append(in_app_messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_app_messages is not UNSET:
            field_dict["in_app_messages"] = in_app_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_message import IamMessage  # noqa: PLC0415

        d = dict(src_dict)
        _in_app_messages = d.pop("in_app_messages", UNSET)
        in_app_messages: list[IamMessage] | Unset = UNSET
        if _in_app_messages is not UNSET:
            in_app_messages = []
            for in_app_messages_item_data in _in_app_messages:
                in_app_messages_item = IamMessage.from_dict(in_app_messages_item_data)

                in_app_messages.append(in_app_messages_item)

        iam_list_response = cls(
            in_app_messages=in_app_messages,
        )

        iam_list_response.additional_properties = d
        return iam_list_response

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
