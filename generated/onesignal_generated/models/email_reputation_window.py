from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailReputationWindow")


@_attrs_define
class EmailReputationWindow:
    """Rates for one window, as fractions of delivered email (0.02 = 2%); both are 0 when no email was delivered in the
    window.

    """

    bounce_rate: float | Unset = UNSET
    """ Share of delivered email that hard- or soft-bounced. """
    complaint_rate: float | Unset = UNSET
    """ Share of delivered email reported as spam (Gmail complaints not included). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounce_rate = self.bounce_rate

        complaint_rate = self.complaint_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounce_rate is not UNSET:
            field_dict["bounce_rate"] = bounce_rate
        if complaint_rate is not UNSET:
            field_dict["complaint_rate"] = complaint_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bounce_rate = d.pop("bounce_rate", UNSET)

        complaint_rate = d.pop("complaint_rate", UNSET)

        email_reputation_window = cls(
            bounce_rate=bounce_rate,
            complaint_rate=complaint_rate,
        )

        email_reputation_window.additional_properties = d
        return email_reputation_window

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
