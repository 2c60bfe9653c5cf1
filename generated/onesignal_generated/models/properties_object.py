from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.properties_purchase import PropertiesPurchase


class PropertiesObject(_m.Model):
    """What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location, activity
    and purchases.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "tags": "tags",
        "language": "language",
        "timezone_id": "timezone_id",
        "lat": "lat",
        "long": "long",
        "country": "country",
        "first_active": "first_active",
        "last_active": "last_active",
        "amount_spent": "amount_spent",
        "purchases": "purchases",
        "ip": "ip",
    }

    tags: dict[str, str] | None = _m.field("tags", None)
    """ Data tags: your own key-value data about the user, used for segments and message personalization. Keys and
    values are strings; send a key with an empty string value to remove that tag. """
    language: str | None = _m.field("language", None)
    """ The user's language as an ISO 639-1 code (`en`, `fr`), or `zh-Hans` / `zh-Hant` for Chinese. """
    timezone_id: str | None = _m.field("timezone_id", None)
    """ The user's IANA time zone, such as `America/Chicago`. """
    lat: float | None = _m.field("lat", None)
    """ Latitude of the user's last known location. """
    long: float | None = _m.field("long", None)
    """ Longitude of the user's last known location. """
    country: str | None = _m.field("country", None)
    """ The user's country as an ISO 3166-1 alpha-2 code, such as `US`. """
    first_active: int | None = _m.field("first_active", None)
    """ When the user was first active, in Unix seconds. """
    last_active: int | None = _m.field("last_active", None)
    """ When the user was last active, in Unix seconds. """
    amount_spent: float | None = _m.field("amount_spent", None)
    """ The total the user has spent in purchases reported to OneSignal. """
    purchases: list[PropertiesPurchase] | None = _m.field(
        "purchases",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.properties_purchase", "PropertiesPurchase"
            )
        ),
    )
    """ Purchases recorded for the user. """
    ip: str | None = _m.field("ip", None)
    """ The user's last IP address (IPv4 or IPv6), when collected. """

    def __init__(
        self,
        *,
        tags: dict[str, str] | None = None,
        language: str | None = None,
        timezone_id: str | None = None,
        lat: float | None = None,
        long: float | None = None,
        country: str | None = None,
        first_active: int | None = None,
        last_active: int | None = None,
        amount_spent: float | None = None,
        purchases: list[PropertiesPurchase] | None = None,
        ip: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "tags": tags,
                "language": language,
                "timezone_id": timezone_id,
                "lat": lat,
                "long": long,
                "country": country,
                "first_active": first_active,
                "last_active": last_active,
                "amount_spent": amount_spent,
                "purchases": purchases,
                "ip": ip,
            },
        )
