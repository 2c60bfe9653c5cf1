"""A value outside a field's enum (as the spec lists it) is refused before sending, naming the
field and, for a near miss, the value meant; every listed value passes; `extra_body=` still
sends what the SDK does not know."""

from __future__ import annotations

from typing import Any

import pytest
from onesignal_generated.facade_index import MODELS

from onesignal import AsyncOneSignal, OneSignal, ValidationError
from onesignal._casing import to_wire
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
BODY = {"contents": {"en": "Hi"}, "included_segments": ["Subscribed Users"]}

REFUSED = [
    ({"target_channel": "pushh"}, "target_channel", "did you mean 'push'?"),
    ({"priority": 7}, "priority", "7 is not one of 5, 10"),
    ({"ios_badgeType": "increase"}, "ios_badgeType", "did you mean 'Increase'?"),
    (
        {"filters": [{"field": "tag", "key": "level", "relation": "=>", "value": "1"}]},
        "relation",
        "body.filters[0].relation: '=>' is not one of",
    ),
]


@pytest.mark.parametrize(("extra", "field", "says"), REFUSED, ids=[r[1] for r in REFUSED])
def test_a_value_outside_the_enum_is_refused_before_sending(
    server: Loopback, extra: dict[str, Any], field: str, says: str
) -> None:
    client = OneSignal(rest_api_key="k", app_id=APP, base_url=server.base_url)
    with client, pytest.raises(ValidationError) as info:
        client.create_notification({**BODY, **extra})
    assert info.value.field == field
    assert says in str(info.value)
    assert server.requests == []


async def test_a_value_outside_the_enum_is_refused_async(server: Loopback) -> None:
    client = AsyncOneSignal(rest_api_key="k", app_id=APP, base_url=server.base_url)
    async with client:
        with pytest.raises(ValidationError, match="did you mean 'country'") as info:
            await client.export_subscriptions(body={"extra_fields": ["country", "contry"]})
    assert info.value.field == "extra_fields"
    assert server.requests == []


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (model, field, value)
        for model in ("Notification", "Filter", "ExportSubscriptionsRequest", "SubscriptionNew")
        for field, values in MODELS[model].enums.items()
        for value in values
    ],
)
def test_every_value_the_spec_lists_passes(model: str, field: str, value: Any) -> None:
    item = [value] if field == "extra_fields" else value  # a list of enum values
    assert to_wire({field: item}, model) == {field: item}


def test_a_null_enum_value_is_sent_as_null() -> None:
    assert to_wire({"priority": None}, "Notification") == {"priority": None}


def test_extra_body_still_sends_a_value_the_spec_does_not_list(server: Loopback) -> None:
    with OneSignal(rest_api_key="k", app_id=APP, base_url=server.base_url) as client:
        client.create_notification(BODY, extra_body={"target_channel": "carrier_pigeon"})
    assert server.last().json()["target_channel"] == "carrier_pigeon"
