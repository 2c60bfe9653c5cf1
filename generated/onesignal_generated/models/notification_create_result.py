from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_invalid_targets import NotificationInvalidTargets


T = TypeVar("T", bound="NotificationCreateResult")


@_attrs_define
class NotificationCreateResult:
    """What creating a message answered. `id` is empty when nothing was sent; `errors` is then a list of reasons. When the
    message was sent but some targets were unusable, `errors` is an object listing them.

    """

    id: str | Unset = UNSET
    """ The new message's id, or an empty string when no message was created. """
    external_id: None | str | Unset = UNSET
    """ The idempotency key the message was created with, if any. """
    errors: list[str] | NotificationInvalidTargets | Unset = UNSET
    """ Why some or all recipients were not reached. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        errors: dict[str, Any] | list[str] | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_invalid_targets import NotificationInvalidTargets  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_errors(
            data: object,
        ) -> list[str] | NotificationInvalidTargets | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = cast(list[str], data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            errors_type_1 = NotificationInvalidTargets.from_dict(data)

            return errors_type_1

        errors = _parse_errors(d.pop("errors", UNSET))

        notification_create_result = cls(
            id=id,
            external_id=external_id,
            errors=errors,
        )

        notification_create_result.additional_properties = d
        return notification_create_result

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
