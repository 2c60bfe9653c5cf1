from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_message_redisplay import IamMessageRedisplay
    from ..models.iam_message_triggers_item_item import IamMessageTriggersItemItem
    from ..models.iam_message_variants import IamMessageVariants


T = TypeVar("T", bound="IamMessage")


@_attrs_define
class IamMessage:
    """One in-app message as the SDK receives it. The fields are meant for the SDK and may grow; unknown fields are kept."""

    id: str | Unset = UNSET
    """ The in-app message's id. """
    variants: IamMessageVariants | Unset = UNSET
    """ Content ids per device type and language, such as `{"all": {"en": "<content id>"}}`. """
    triggers: list[list[IamMessageTriggersItemItem]] | Unset = UNSET
    """ When to show the message: a list of alternatives (ORed), each a list of conditions that must all hold. """
    end_time: datetime.datetime | Unset = UNSET
    """ When the message stops being shown, if it has an end. """
    redisplay: IamMessageRedisplay | Unset = UNSET
    """ How often the message may show again (`limit`) and after how many seconds (`delay`). """
    has_liquid: bool | Unset = UNSET
    """ Whether the message content uses Liquid personalization. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        variants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = self.variants.to_dict()

        triggers: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = []
                for triggers_item_item_data in triggers_item_data:
                    triggers_item_item = triggers_item_item_data.to_dict()
                    triggers_item.append(triggers_item_item)

                triggers.append(triggers_item)

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        redisplay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redisplay, Unset):
            redisplay = self.redisplay.to_dict()

        has_liquid = self.has_liquid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if variants is not UNSET:
            field_dict["variants"] = variants
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if redisplay is not UNSET:
            field_dict["redisplay"] = redisplay
        if has_liquid is not UNSET:
            field_dict["has_liquid"] = has_liquid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iam_message_redisplay import IamMessageRedisplay  # noqa: PLC0415
        from ..models.iam_message_triggers_item_item import IamMessageTriggersItemItem  # noqa: PLC0415
        from ..models.iam_message_variants import IamMessageVariants  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _variants = d.pop("variants", UNSET)
        variants: IamMessageVariants | Unset
        if isinstance(_variants, Unset):
            variants = UNSET
        else:
            variants = IamMessageVariants.from_dict(_variants)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[list[IamMessageTriggersItemItem]] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = []
                _triggers_item = triggers_item_data
                for triggers_item_item_data in _triggers_item:
                    triggers_item_item = IamMessageTriggersItemItem.from_dict(
                        triggers_item_item_data
                    )

                    triggers_item.append(triggers_item_item)

                triggers.append(triggers_item)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _redisplay = d.pop("redisplay", UNSET)
        redisplay: IamMessageRedisplay | Unset
        if isinstance(_redisplay, Unset):
            redisplay = UNSET
        else:
            redisplay = IamMessageRedisplay.from_dict(_redisplay)

        has_liquid = d.pop("has_liquid", UNSET)

        iam_message = cls(
            id=id,
            variants=variants,
            triggers=triggers,
            end_time=end_time,
            redisplay=redisplay,
            has_liquid=has_liquid,
        )

        iam_message.additional_properties = d
        return iam_message

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
