from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationEstimateResult")


@_attrs_define
class NotificationEstimateResult:
    """An audience estimate for a draft message."""

    count: int | Unset = UNSET
    """ Estimated number of recipients for this targeting and channel. """
    uncapped_count: int | None | Unset = UNSET
    """ The estimate before the plan's web push subscriber cap; null when no cap applied. """
    cap_applied: bool | Unset = UNSET
    """ Whether `count` was lowered by the plan's web push subscriber cap. """
    mobile_suppressed: bool | Unset = UNSET
    """ Whether mobile push would be dropped because the plan's mobile subscriber cap is exceeded. """
    mobile_excluded_count: int | Unset = UNSET
    """ Mobile push recipients left out of `count` because of that cap. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        uncapped_count: int | None | Unset
        if isinstance(self.uncapped_count, Unset):
            uncapped_count = UNSET
        else:
            uncapped_count = self.uncapped_count

        cap_applied = self.cap_applied

        mobile_suppressed = self.mobile_suppressed

        mobile_excluded_count = self.mobile_excluded_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if uncapped_count is not UNSET:
            field_dict["uncapped_count"] = uncapped_count
        if cap_applied is not UNSET:
            field_dict["cap_applied"] = cap_applied
        if mobile_suppressed is not UNSET:
            field_dict["mobile_suppressed"] = mobile_suppressed
        if mobile_excluded_count is not UNSET:
            field_dict["mobile_excluded_count"] = mobile_excluded_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        def _parse_uncapped_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        uncapped_count = _parse_uncapped_count(d.pop("uncapped_count", UNSET))

        cap_applied = d.pop("cap_applied", UNSET)

        mobile_suppressed = d.pop("mobile_suppressed", UNSET)

        mobile_excluded_count = d.pop("mobile_excluded_count", UNSET)

        notification_estimate_result = cls(
            count=count,
            uncapped_count=uncapped_count,
            cap_applied=cap_applied,
            mobile_suppressed=mobile_suppressed,
            mobile_excluded_count=mobile_excluded_count,
        )

        notification_estimate_result.additional_properties = d
        return notification_estimate_result

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
