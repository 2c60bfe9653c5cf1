from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_operator import FilterOperator, check_filter_operator
from ..models.filter_relation import FilterRelation, check_filter_relation
from ..types import UNSET, Unset

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter:
    """One condition of a filter list, or an `{"operator": "OR"}` / `{"operator": "AND"}` entry joining the conditions
    around it. Conditions next to each other are ANDed.

        Example:
            {'field': 'tag', 'key': 'level', 'relation': '>', 'value': '10'}

    """

    field: str | Unset = UNSET
    """ What to test: `tag`, `last_session`, `first_session`, `session_count`, `session_time`, `amount_spent`,
    `bought_sku`, `language`, `app_version`, `location`, `country`. """
    relation: FilterRelation | Unset = UNSET
    """ How to compare, for example `=`, `!=`, `>`, `<`, `exists`, `not_exists`, `time_elapsed_gt`. """
    key: str | Unset = UNSET
    """ The tag key, for `field` = `tag`. """
    value: str | Unset = UNSET
    """ The value compared against, always sent as a string. """
    hours_ago: str | Unset = UNSET
    """ For `last_session` and `first_session`, the number of hours, as a string. """
    radius: float | Unset = UNSET
    """ For `location`, the radius in meters. """
    lat: float | Unset = UNSET
    """ For `location`, the latitude. """
    long: float | Unset = UNSET
    """ For `location`, the longitude. """
    operator: FilterOperator | Unset = UNSET
    """ `OR` or `AND`, joining the conditions before and after this entry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        relation: str | Unset = UNSET
        if not isinstance(self.relation, Unset):
            relation = self.relation

        key = self.key

        value = self.value

        hours_ago = self.hours_ago

        radius = self.radius

        lat = self.lat

        long = self.long

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if relation is not UNSET:
            field_dict["relation"] = relation
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if hours_ago is not UNSET:
            field_dict["hours_ago"] = hours_ago
        if radius is not UNSET:
            field_dict["radius"] = radius
        if lat is not UNSET:
            field_dict["lat"] = lat
        if long is not UNSET:
            field_dict["long"] = long
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        _relation = d.pop("relation", UNSET)
        relation: FilterRelation | Unset
        if isinstance(_relation, Unset):
            relation = UNSET
        else:
            relation = check_filter_relation(_relation)

        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        hours_ago = d.pop("hours_ago", UNSET)

        radius = d.pop("radius", UNSET)

        lat = d.pop("lat", UNSET)

        long = d.pop("long", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: FilterOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = check_filter_operator(_operator)

        filter_ = cls(
            field=field,
            relation=relation,
            key=key,
            value=value,
            hours_ago=hours_ago,
            radius=radius,
            lat=lat,
            long=long,
            operator=operator,
        )

        filter_.additional_properties = d
        return filter_

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
