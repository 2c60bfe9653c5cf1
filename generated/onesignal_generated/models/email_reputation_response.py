from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_reputation_window import EmailReputationWindow


T = TypeVar("T", bound="EmailReputationResponse")


@_attrs_define
class EmailReputationResponse:
    """The app's email bounce and complaint rates in three rolling windows."""

    last_24_hours: EmailReputationWindow | Unset = UNSET
    """ Rates for one window, as fractions of delivered email (0.02 = 2%); both are 0 when no email was delivered in
    the window. """
    last_7_days: EmailReputationWindow | Unset = UNSET
    """ Rates for one window, as fractions of delivered email (0.02 = 2%); both are 0 when no email was delivered in
    the window. """
    last_30_days: EmailReputationWindow | Unset = UNSET
    """ Rates for one window, as fractions of delivered email (0.02 = 2%); both are 0 when no email was delivered in
    the window. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_24_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_24_hours, Unset):
            last_24_hours = self.last_24_hours.to_dict()

        last_7_days: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_7_days, Unset):
            last_7_days = self.last_7_days.to_dict()

        last_30_days: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_30_days, Unset):
            last_30_days = self.last_30_days.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_24_hours is not UNSET:
            field_dict["last_24_hours"] = last_24_hours
        if last_7_days is not UNSET:
            field_dict["last_7_days"] = last_7_days
        if last_30_days is not UNSET:
            field_dict["last_30_days"] = last_30_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_reputation_window import EmailReputationWindow  # noqa: PLC0415

        d = dict(src_dict)
        _last_24_hours = d.pop("last_24_hours", UNSET)
        last_24_hours: EmailReputationWindow | Unset
        if isinstance(_last_24_hours, Unset):
            last_24_hours = UNSET
        else:
            last_24_hours = EmailReputationWindow.from_dict(_last_24_hours)

        _last_7_days = d.pop("last_7_days", UNSET)
        last_7_days: EmailReputationWindow | Unset
        if isinstance(_last_7_days, Unset):
            last_7_days = UNSET
        else:
            last_7_days = EmailReputationWindow.from_dict(_last_7_days)

        _last_30_days = d.pop("last_30_days", UNSET)
        last_30_days: EmailReputationWindow | Unset
        if isinstance(_last_30_days, Unset):
            last_30_days = UNSET
        else:
            last_30_days = EmailReputationWindow.from_dict(_last_30_days)

        email_reputation_response = cls(
            last_24_hours=last_24_hours,
            last_7_days=last_7_days,
            last_30_days=last_30_days,
        )

        email_reputation_response.additional_properties = d
        return email_reputation_response

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
