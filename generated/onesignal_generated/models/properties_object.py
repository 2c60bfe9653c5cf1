from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties_purchase import PropertiesPurchase
    from ..models.properties_tags import PropertiesTags


T = TypeVar("T", bound="PropertiesObject")


@_attrs_define
class PropertiesObject:
    """What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location, activity
    and purchases.

    """

    tags: PropertiesTags | Unset = UNSET
    """ Data tags: your own key-value data about the user, used for segments and message personalization. Keys and
    values are strings; send a key with an empty string value to remove that tag. """
    language: str | Unset = UNSET
    """ The user's language as an ISO 639-1 code (`en`, `fr`), or `zh-Hans` / `zh-Hant` for Chinese. """
    timezone_id: str | Unset = UNSET
    """ The user's IANA time zone, such as `America/Chicago`. """
    lat: float | Unset = UNSET
    """ Latitude of the user's last known location. """
    long: float | Unset = UNSET
    """ Longitude of the user's last known location. """
    country: str | Unset = UNSET
    """ The user's country as an ISO 3166-1 alpha-2 code, such as `US`. """
    first_active: int | Unset = UNSET
    """ When the user was first active, in Unix seconds. """
    last_active: int | Unset = UNSET
    """ When the user was last active, in Unix seconds. """
    amount_spent: float | Unset = UNSET
    """ The total the user has spent in purchases reported to OneSignal. """
    purchases: list[PropertiesPurchase] | Unset = UNSET
    """ Purchases recorded for the user. """
    ip: str | Unset = UNSET
    """ The user's last IP address (IPv4 or IPv6), when collected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        language = self.language

        timezone_id = self.timezone_id

        lat = self.lat

        long = self.long

        country = self.country

        first_active = self.first_active

        last_active = self.last_active

        amount_spent = self.amount_spent

        purchases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchases, Unset):
            purchases = []
            for purchases_item_data in self.purchases:
                purchases_item = purchases_item_data.to_dict()
                purchases.append(purchases_item)

        ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if language is not UNSET:
            field_dict["language"] = language
        if timezone_id is not UNSET:
            field_dict["timezone_id"] = timezone_id
        if lat is not UNSET:
            field_dict["lat"] = lat
        if long is not UNSET:
            field_dict["long"] = long
        if country is not UNSET:
            field_dict["country"] = country
        if first_active is not UNSET:
            field_dict["first_active"] = first_active
        if last_active is not UNSET:
            field_dict["last_active"] = last_active
        if amount_spent is not UNSET:
            field_dict["amount_spent"] = amount_spent
        if purchases is not UNSET:
            field_dict["purchases"] = purchases
        if ip is not UNSET:
            field_dict["ip"] = ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.properties_purchase import PropertiesPurchase  # noqa: PLC0415
        from ..models.properties_tags import PropertiesTags  # noqa: PLC0415

        d = dict(src_dict)
        _tags = d.pop("tags", UNSET)
        tags: PropertiesTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = PropertiesTags.from_dict(_tags)

        language = d.pop("language", UNSET)

        timezone_id = d.pop("timezone_id", UNSET)

        lat = d.pop("lat", UNSET)

        long = d.pop("long", UNSET)

        country = d.pop("country", UNSET)

        first_active = d.pop("first_active", UNSET)

        last_active = d.pop("last_active", UNSET)

        amount_spent = d.pop("amount_spent", UNSET)

        _purchases = d.pop("purchases", UNSET)
        purchases: list[PropertiesPurchase] | Unset = UNSET
        if _purchases is not UNSET:
            purchases = []
            for purchases_item_data in _purchases:
                purchases_item = PropertiesPurchase.from_dict(purchases_item_data)

                purchases.append(purchases_item)

        ip = d.pop("ip", UNSET)

        properties_object = cls(
            tags=tags,
            language=language,
            timezone_id=timezone_id,
            lat=lat,
            long=long,
            country=country,
            first_active=first_active,
            last_active=last_active,
            amount_spent=amount_spent,
            purchases=purchases,
            ip=ip,
        )

        properties_object.additional_properties = d
        return properties_object

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
