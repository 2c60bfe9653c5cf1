from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_list_item import JourneyListItem


T = TypeVar("T", bound="JourneyListResponse")


@_attrs_define
class JourneyListResponse:
    """One page of View journeys."""

    journeys: list[JourneyListItem] | Unset = UNSET
    """ Journeys on this page, newest first. """
    has_more: bool | Unset = UNSET
    """ True when more journeys follow this page. """
    next_cursor: str | Unset = UNSET
    """ Pass as `cursor` to get the next page; present only when `has_more` is true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        journeys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journeys, Unset):
            journeys = []
            for journeys_item_data in self.journeys:
                journeys_item = journeys_item_data.to_dict()
                journeys.append(journeys_item)

        has_more = self.has_more

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if journeys is not UNSET:
            field_dict["journeys"] = journeys
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_list_item import JourneyListItem  # noqa: PLC0415

        d = dict(src_dict)
        _journeys = d.pop("journeys", UNSET)
        journeys: list[JourneyListItem] | Unset = UNSET
        if _journeys is not UNSET:
            journeys = []
            for journeys_item_data in _journeys:
                journeys_item = JourneyListItem.from_dict(journeys_item_data)

                journeys.append(journeys_item)

        has_more = d.pop("has_more", UNSET)

        next_cursor = d.pop("next_cursor", UNSET)

        journey_list_response = cls(
            journeys=journeys,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        journey_list_response.additional_properties = d
        return journey_list_response

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
