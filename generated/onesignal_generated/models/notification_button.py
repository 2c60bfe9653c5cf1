from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationButton")


@_attrs_define
class NotificationButton:
    """One action button of a push."""

    id: str
    """ Your id for the button, reported back when it is tapped. """
    text: str | Unset = UNSET
    """ The button's label. """
    icon: str | Unset = UNSET
    """ Icon resource name (Android) or icon URL (web). """
    url: str | Unset = UNSET
    """ Web push only; the URL opened by this button. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        icon = self.icon

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if icon is not UNSET:
            field_dict["icon"] = icon
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text", UNSET)

        icon = d.pop("icon", UNSET)

        url = d.pop("url", UNSET)

        notification_button = cls(
            id=id,
            text=text,
            icon=icon,
            url=url,
        )

        notification_button.additional_properties = d
        return notification_button

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
