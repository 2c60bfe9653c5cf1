from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journey_condition_action import (
    JourneyConditionAction,
    check_journey_condition_action,
)
from ..models.journey_condition_kind import (
    JourneyConditionKind,
    check_journey_condition_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_condition_entry_event_match_attributes_type_0_item import (
        JourneyConditionEntryEventMatchAttributesType0Item,
    )
    from ..models.journey_event_attribute import JourneyEventAttribute


T = TypeVar("T", bound="JourneyCondition")


@_attrs_define
class JourneyCondition:
    """What decides a branch. `segment_membership` tests segments; `on_notification_action` tests what the user did with an
    earlier send step; `event_trigger` waits for a custom event.

    """

    kind: JourneyConditionKind
    """ The kind of condition; selects which other fields apply. """
    included_segment_ids: list[UUID] | Unset = UNSET
    """ `segment_membership`: segments the user must be in. """
    excluded_segment_ids: list[UUID] | Unset = UNSET
    """ `segment_membership`: segments the user must not be in. """
    action: JourneyConditionAction | Unset = UNSET
    """ `on_notification_action`: the action to test; which ones apply depends on the send step's channel. """
    sending_node_id: UUID | Unset = UNSET
    """ `on_notification_action`: id of the send step the action refers to. """
    client_node_id: str | Unset = UNSET
    """ `on_notification_action`: on write, the send step's `client_node_id` instead of `sending_node_id`. """
    name: str | Unset = UNSET
    """ `event_trigger`: the custom event name. """
    attributes: list[list[JourneyEventAttribute]] | Unset = UNSET
    """ `event_trigger`: one group of property conditions that must all match. """
    entry_event_match_attributes: (
        list[JourneyConditionEntryEventMatchAttributesType0Item] | None | Unset
    ) = UNSET
    """ `event_trigger`: properties that must match those of the event that admitted the user (event-triggered
    journeys only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        included_segment_ids: list[str] | Unset = UNSET
        if not isinstance(self.included_segment_ids, Unset):
            included_segment_ids = []
            for included_segment_ids_item_data in self.included_segment_ids:
                included_segment_ids_item = str(included_segment_ids_item_data)
                included_segment_ids.append(included_segment_ids_item)

        excluded_segment_ids: list[str] | Unset = UNSET
        if not isinstance(self.excluded_segment_ids, Unset):
            excluded_segment_ids = []
            for excluded_segment_ids_item_data in self.excluded_segment_ids:
                excluded_segment_ids_item = str(excluded_segment_ids_item_data)
                excluded_segment_ids.append(excluded_segment_ids_item)

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        sending_node_id: str | Unset = UNSET
        if not isinstance(self.sending_node_id, Unset):
            sending_node_id = str(self.sending_node_id)

        client_node_id = self.client_node_id

        name = self.name

        attributes: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = []
                for attributes_item_item_data in attributes_item_data:
                    attributes_item_item = attributes_item_item_data.to_dict()
                    attributes_item.append(attributes_item_item)

                attributes.append(attributes_item)

        entry_event_match_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.entry_event_match_attributes, Unset):
            entry_event_match_attributes = UNSET
        elif isinstance(self.entry_event_match_attributes, list):
            entry_event_match_attributes = []
            for (
                entry_event_match_attributes_type_0_item_data
            ) in self.entry_event_match_attributes:
                entry_event_match_attributes_type_0_item = (
                    entry_event_match_attributes_type_0_item_data.to_dict()
                )
                entry_event_match_attributes.append(
                    entry_event_match_attributes_type_0_item
                )

        else:
            entry_event_match_attributes = self.entry_event_match_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if included_segment_ids is not UNSET:
            field_dict["included_segment_ids"] = included_segment_ids
        if excluded_segment_ids is not UNSET:
            field_dict["excluded_segment_ids"] = excluded_segment_ids
        if action is not UNSET:
            field_dict["action"] = action
        if sending_node_id is not UNSET:
            field_dict["sending_node_id"] = sending_node_id
        if client_node_id is not UNSET:
            field_dict["client_node_id"] = client_node_id
        if name is not UNSET:
            field_dict["name"] = name
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if entry_event_match_attributes is not UNSET:
            field_dict["entry_event_match_attributes"] = entry_event_match_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_condition_entry_event_match_attributes_type_0_item import (
            JourneyConditionEntryEventMatchAttributesType0Item,  # noqa: PLC0415
        )
        from ..models.journey_event_attribute import JourneyEventAttribute  # noqa: PLC0415

        d = dict(src_dict)
        kind = check_journey_condition_kind(d.pop("kind"))

        _included_segment_ids = d.pop("included_segment_ids", UNSET)
        included_segment_ids: list[UUID] | Unset = UNSET
        if _included_segment_ids is not UNSET:
            included_segment_ids = []
            for included_segment_ids_item_data in _included_segment_ids:
                included_segment_ids_item = UUID(included_segment_ids_item_data)

                included_segment_ids.append(included_segment_ids_item)

        _excluded_segment_ids = d.pop("excluded_segment_ids", UNSET)
        excluded_segment_ids: list[UUID] | Unset = UNSET
        if _excluded_segment_ids is not UNSET:
            excluded_segment_ids = []
            for excluded_segment_ids_item_data in _excluded_segment_ids:
                excluded_segment_ids_item = UUID(excluded_segment_ids_item_data)

                excluded_segment_ids.append(excluded_segment_ids_item)

        _action = d.pop("action", UNSET)
        action: JourneyConditionAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_journey_condition_action(_action)

        _sending_node_id = d.pop("sending_node_id", UNSET)
        sending_node_id: UUID | Unset
        if isinstance(_sending_node_id, Unset):
            sending_node_id = UNSET
        else:
            sending_node_id = UUID(_sending_node_id)

        client_node_id = d.pop("client_node_id", UNSET)

        name = d.pop("name", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[list[JourneyEventAttribute]] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = []
                _attributes_item = attributes_item_data
                for attributes_item_item_data in _attributes_item:
                    attributes_item_item = JourneyEventAttribute.from_dict(
                        attributes_item_item_data
                    )

                    attributes_item.append(attributes_item_item)

                attributes.append(attributes_item)

        def _parse_entry_event_match_attributes(
            data: object,
        ) -> list[JourneyConditionEntryEventMatchAttributesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entry_event_match_attributes_type_0 = []
                _entry_event_match_attributes_type_0 = data
                for (
                    entry_event_match_attributes_type_0_item_data
                ) in _entry_event_match_attributes_type_0:
                    entry_event_match_attributes_type_0_item = (
                        JourneyConditionEntryEventMatchAttributesType0Item.from_dict(
                            entry_event_match_attributes_type_0_item_data
                        )
                    )

                    entry_event_match_attributes_type_0.append(
                        entry_event_match_attributes_type_0_item
                    )

                return entry_event_match_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[JourneyConditionEntryEventMatchAttributesType0Item] | None | Unset,
                data,
            )

        entry_event_match_attributes = _parse_entry_event_match_attributes(
            d.pop("entry_event_match_attributes", UNSET)
        )

        journey_condition = cls(
            kind=kind,
            included_segment_ids=included_segment_ids,
            excluded_segment_ids=excluded_segment_ids,
            action=action,
            sending_node_id=sending_node_id,
            client_node_id=client_node_id,
            name=name,
            attributes=attributes,
            entry_event_match_attributes=entry_event_match_attributes,
        )

        journey_condition.additional_properties = d
        return journey_condition

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
