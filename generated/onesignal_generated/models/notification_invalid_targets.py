from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_invalid_targets_invalid_aliases import (
        NotificationInvalidTargetsInvalidAliases,
    )


T = TypeVar("T", bound="NotificationInvalidTargets")


@_attrs_define
class NotificationInvalidTargets:
    """The targets of a create request that could not be used, by kind."""

    invalid_aliases: NotificationInvalidTargetsInvalidAliases | Unset = UNSET
    """ Alias label -> alias values that matched no user. """
    invalid_player_ids: list[str] | Unset = UNSET
    """ Subscription (player) ids that do not exist or are unsubscribed. """
    invalid_external_user_ids: list[str] | Unset = UNSET
    """ Legacy external user ids that matched nobody. """
    invalid_phone_numbers: list[str] | Unset = UNSET
    """ Phone numbers that could not be used. """
    invalid_email_tokens: list[str] | Unset = UNSET
    """ Email addresses that could not be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invalid_aliases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invalid_aliases, Unset):
            invalid_aliases = self.invalid_aliases.to_dict()

        invalid_player_ids: list[str] | Unset = UNSET
        if not isinstance(self.invalid_player_ids, Unset):
            invalid_player_ids = self.invalid_player_ids

        invalid_external_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.invalid_external_user_ids, Unset):
            invalid_external_user_ids = self.invalid_external_user_ids

        invalid_phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.invalid_phone_numbers, Unset):
            invalid_phone_numbers = self.invalid_phone_numbers

        invalid_email_tokens: list[str] | Unset = UNSET
        if not isinstance(self.invalid_email_tokens, Unset):
            invalid_email_tokens = self.invalid_email_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invalid_aliases is not UNSET:
            field_dict["invalid_aliases"] = invalid_aliases
        if invalid_player_ids is not UNSET:
            field_dict["invalid_player_ids"] = invalid_player_ids
        if invalid_external_user_ids is not UNSET:
            field_dict["invalid_external_user_ids"] = invalid_external_user_ids
        if invalid_phone_numbers is not UNSET:
            field_dict["invalid_phone_numbers"] = invalid_phone_numbers
        if invalid_email_tokens is not UNSET:
            field_dict["invalid_email_tokens"] = invalid_email_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_invalid_targets_invalid_aliases import (
            NotificationInvalidTargetsInvalidAliases,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _invalid_aliases = d.pop("invalid_aliases", UNSET)
        invalid_aliases: NotificationInvalidTargetsInvalidAliases | Unset
        if isinstance(_invalid_aliases, Unset):
            invalid_aliases = UNSET
        else:
            invalid_aliases = NotificationInvalidTargetsInvalidAliases.from_dict(
                _invalid_aliases
            )

        invalid_player_ids = cast(list[str], d.pop("invalid_player_ids", UNSET))

        invalid_external_user_ids = cast(
            list[str], d.pop("invalid_external_user_ids", UNSET)
        )

        invalid_phone_numbers = cast(list[str], d.pop("invalid_phone_numbers", UNSET))

        invalid_email_tokens = cast(list[str], d.pop("invalid_email_tokens", UNSET))

        notification_invalid_targets = cls(
            invalid_aliases=invalid_aliases,
            invalid_player_ids=invalid_player_ids,
            invalid_external_user_ids=invalid_external_user_ids,
            invalid_phone_numbers=invalid_phone_numbers,
            invalid_email_tokens=invalid_email_tokens,
        )

        notification_invalid_targets.additional_properties = d
        return notification_invalid_targets

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
