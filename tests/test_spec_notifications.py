"""The notification schemas hold every field of a message, on the way out and on the way back
(issue 11, items 1 and 2, and item 5's limits on message fields).

`NotificationFields` is the one list of a message's settings: `Notification` (what
create_notification sends) and `NotificationDetail` (what get_notification answers and
get_notifications lists) both take it by `allOf`, and add only the fields whose form differs
(`send_after` is a date string on the way out and unix seconds on the way back, say).

tests/data/official_notification_fields.json holds the JSON names of the official SDK 5.18's
`Notification` and `NotificationWithMeta` models (their `attribute_map`s, read from the
onesignal-python-api 5.18.0 wheel), so that these tests do not need that SDK installed.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from onesignal_generated.facade_index import MODELS
from onesignal_generated.models import (
    Notification,
    NotificationButton,
    NotificationDetail,
    NotificationFields,
)

from onesignal import OneSignal
from onesignal.mock import PrismMock
from tests.conftest import TEST_KEY
from tests.loopback import Loopback
from tests.spec_tools import by_id, load_spec, resolve

OFFICIAL = json.loads(
    (Path(__file__).parent / "data" / "official_notification_fields.json").read_text()
)
APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
MESSAGE = "b98881cc-1e94-4366-bbd9-db8f3429292b"
SCHEMAS = load_spec()["components"]["schemas"]

# The fields issue 11 names as missing from the create request.
NEW_REQUEST_FIELDS = [
    "huawei_badge_class",
    "huawei_badge_set_num",
    "huawei_badge_add_num",
    "huawei_led_color",
    "huawei_sound",
    "huawei_visibility",
    "adm_group",
    "adm_group_message",
    "adm_sound",
    "android_background_layout",
    "android_sound",
    "apns_alert",
    "chrome_big_picture",
    "chrome_icon",
    "global_image",
    "email_bcc",
    "email_sender_domain",
    "email_warm_up",
    "wp_wns_sound",
    "aggregation",
    "isSms",
]
DEPRECATED_TARGETS = [
    "include_ios_tokens",
    "include_android_reg_ids",
    "include_amazon_reg_ids",
    "include_chrome_reg_ids",
    "include_chrome_web_reg_ids",
    "include_wp_wns_uris",
    "include_email_tokens",
]
READ_ONLY_FLAGS = [
    "isIos",
    "isAndroid",
    "isHuawei",
    "isAnyWeb",
    "isChrome",
    "isChromeWeb",
    "isFirefox",
    "isSafari",
    "isWP_WNS",
    "isAdm",
    "bcc_sent",
]


def fields(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema's properties, those of its `allOf` parts included (as the generator merges them)."""
    schema = resolve(schema)
    out: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        out.update(fields(part))
    out.update(schema.get("properties", {}))
    return out


def body_schema(operation_id: str) -> dict[str, Any]:
    body = by_id(operation_id).body
    assert body is not None
    schema: dict[str, Any] = resolve(body["content"]["application/json"]["schema"])
    return schema


def answer_schema(operation_id: str) -> dict[str, Any]:
    media = by_id(operation_id).response_media("200")
    assert media is not None
    schema: dict[str, Any] = resolve(media["schema"])
    return schema


CREATE = fields(body_schema("create_notification"))
READ = fields(answer_schema("get_notification"))
LISTED = fields(answer_schema("get_notifications")["properties"]["notifications"]["items"])


# --- (a) coverage of the official SDK's names -------------------------------------------


def test_the_record_is_the_official_models() -> None:
    assert len(OFFICIAL["request"]) == 121 and len(set(OFFICIAL["request"])) == 121
    assert len(OFFICIAL["read"]) == 133 and len(set(OFFICIAL["read"])) == 133
    assert set(OFFICIAL["request"]) <= set(OFFICIAL["read"])


def test_every_official_request_field_is_in_the_create_schema() -> None:
    assert sorted(set(OFFICIAL["request"]) - set(CREATE)) == []


def test_every_official_read_field_is_in_the_read_back_schemas() -> None:
    assert sorted(set(OFFICIAL["read"]) - set(READ)) == []
    assert sorted(set(OFFICIAL["read"]) - set(LISTED)) == []


def test_the_generated_models_have_every_official_name() -> None:
    assert set(OFFICIAL["request"]) <= set(Notification._by_wire)
    assert set(OFFICIAL["read"]) <= set(NotificationDetail._by_wire)
    assert set(OFFICIAL["request"]) <= set(MODELS["Notification"].fields.values())


def test_create_and_read_share_one_list_of_settings() -> None:
    shared = {"$ref": "#/components/schemas/NotificationFields"}
    assert shared in SCHEMAS["Notification"]["allOf"]
    assert shared in SCHEMAS["NotificationDetail"]["allOf"]
    settings = set(SCHEMAS["NotificationFields"]["properties"])
    assert len(settings) >= 105
    assert settings <= set(CREATE) and settings <= set(READ)
    # What each side adds is only what has another form there, and nothing else.
    # (objects and lists of objects: null when read back, and `send_after`: unix seconds)
    assert set(SCHEMAS["Notification"]["properties"]) == {
        "id",
        "include_aliases",
        "contents",
        "headings",
        "data",
        "filters",
        "buttons",
        "web_buttons",
        "send_after",
    }
    nested = MODELS["Notification"].nested
    assert (nested["filters"], nested["buttons"]) == ("Filter", "NotificationButton")
    assert not settings & set(SCHEMAS["Notification"]["properties"])
    assert not settings & set(SCHEMAS["NotificationDetail"]["properties"])
    assert set(NotificationFields._by_wire) <= set(Notification._by_wire)
    assert set(NotificationFields._by_wire) <= set(NotificationDetail._by_wire)


@pytest.mark.parametrize("name", NEW_REQUEST_FIELDS + DEPRECATED_TARGETS)
def test_issue_fields_are_in_the_create_schema(name: str) -> None:
    assert name in CREATE
    assert CREATE[name].get("description")


@pytest.mark.parametrize("name", DEPRECATED_TARGETS)
def test_legacy_targets_are_deprecated_lists_of_strings(name: str) -> None:
    assert CREATE[name]["deprecated"] is True
    assert CREATE[name]["type"] == "array" and CREATE[name]["items"] == {"type": "string"}


@pytest.mark.parametrize("name", READ_ONLY_FLAGS)
def test_read_back_flags_are_in_the_read_schema(name: str) -> None:
    assert name in READ


def test_only_app_id_is_required_to_send_and_nothing_to_read() -> None:
    notification = SCHEMAS["Notification"]
    required = set(notification.get("required", []))
    for part in notification["allOf"]:
        required |= set(resolve(part).get("required", []))
    assert required == {"app_id"}
    for name in ("NotificationFields", "NotificationDetail", "NotificationPage"):
        schema = SCHEMAS[name]
        assert "required" not in schema
        assert all("required" not in resolve(p) for p in schema.get("allOf", []))
    NotificationDetail()  # every field optional
    with pytest.raises(TypeError):
        Notification()  # type: ignore[call-arg]


# --- item 5: the documented values and limits of message fields ---------------------------


def test_documented_values_and_limits() -> None:
    assert CREATE["priority"]["enum"] == [5, 10]
    assert CREATE["huawei_category"]["enum"] == [
        "IM",
        "VOIP",
        "SUBSCRIPTION",
        "TRAVEL",
        "HEALTH",
        "WORK",
        "ACCOUNT",
        "EXPRESS",
        "FINANCE",
        "DEVICE_REMINDER",
        "MAIL",
        "MARKETING",
    ]
    assert CREATE["throttle_rate_per_minute"]["type"] == "number"
    assert CREATE["buttons"]["maxItems"] == 3
    set_num, add_num = CREATE["huawei_badge_set_num"], CREATE["huawei_badge_add_num"]
    assert (set_num["minimum"], set_num["maximum"]) == (0, 99)
    assert (add_num["minimum"], add_num["maximum"]) == (1, 99)
    assert CREATE["email_bcc"]["maxItems"] == 5
    assert CREATE["include_aliases"]["additionalProperties"]["maxItems"] == 20000
    for name in ("include_subscription_ids", "email_to", "include_phone_numbers"):
        assert CREATE[name]["maxItems"] == 20000, name
    assert CREATE["huawei_visibility"]["enum"] == CREATE["android_visibility"]["enum"]
    assert resolve(CREATE["email_warm_up"]["allOf"][0])["properties"]["strategy"]["enum"] == [
        "recommended",
        "custom",
    ]
    assert CREATE["kind"]["enum"] == ["warmup"]
    assert CREATE["aggregation"]["enum"] == ["sum", "count"]


# --- (b) the read-back through the facade -------------------------------------------------


def _example(operation_id: str) -> Any:
    media = by_id(operation_id).response_media("200")
    assert media is not None
    return copy.deepcopy(next(iter(media["examples"].values()))["value"])


@pytest.fixture
def client(server: Loopback) -> OneSignal:
    return OneSignal(rest_api_key="k", app_id=APP, base_url=server.base_url)


def test_get_notification_reads_every_setting_typed(client: OneSignal, server: Loopback) -> None:
    server.answer(200, _example("get_notification"))
    n = client.get_notification(notification_id=MESSAGE)
    assert isinstance(n, NotificationDetail)
    # Settings the message was sent with, beyond the delivery counts.
    assert n.android_channel_id == "3c9a5e1f-7b2d-4f80-a6e4-91d2c0b8f7a3"
    assert n.priority == 10 and n.ttl == 43200
    assert n.target_channel == "push"
    assert n.ios_interruption_level == "time_sensitive"
    assert n.mutable_content is True
    assert n.ios_attachments == {"hero": "https://cdn.acme.example/push/black-friday-square.png"}
    assert n.idempotency_key == "5b0c2e7a-9f3d-4c61-8a2e-7d4b1f6c9e02"
    buttons = n.buttons
    assert buttons is not None and [type(b) for b in buttons] == [NotificationButton] * 2
    assert [b.id for b in buttons] == ["shop-now", "remind-later"]
    # The platform flags, by their Python names and by the JSON spelling.
    assert n.is_ios is True and n.is_android is True
    assert n.is_huawei is False and n.is_any_web is False and n.is_chrome is False
    assert n.is_wp_wns is False and n.is_adm is False
    assert n.isIos is True  # type: ignore[attr-defined]
    # Settings answered as null read as None; settings left out read as None too.
    assert n.huawei_badge_set_num is None and n.bcc_sent is None and n.email_bcc is None
    assert n.include_aliases is None and n.web_buttons is None
    assert n.huawei_category is None and n.email_warm_up is None
    # The read-back forms: unix seconds, and the delivery counts.
    assert n.send_after == 1795352400 and n.successful == 18452
    assert n.to_dict() == _example("get_notification")


def test_listed_notifications_read_their_settings(client: OneSignal, server: Loopback) -> None:
    server.answer(200, _example("get_notifications"))
    page = client.get_notifications()
    first = page.notifications[0]  # type: ignore[index]
    assert isinstance(first, NotificationDetail)
    assert (first.is_ios, first.is_android, first.is_any_web) == (True, True, False)
    assert first.android_channel_id == "3c9a5e1f-7b2d-4f80-a6e4-91d2c0b8f7a3"
    assert (first.priority, first.ttl, first.target_channel) == (10, 43200, "push")


def test_a_message_read_back_can_be_sent_again() -> None:
    """The shared settings carry over from a read-back to a new message unchanged."""
    detail = NotificationDetail.from_dict(_example("get_notification"))
    settings = {
        wire: value
        for wire, value in detail.to_dict().items()
        if wire in NotificationFields._by_wire and value is not None
    }
    again = Notification.from_dict(
        {**settings, "contents": detail.contents, "buttons": detail.to_dict()["buttons"]}
    )
    assert again.android_channel_id == detail.android_channel_id
    assert again.is_ios is True and again.priority == 10
    assert again.to_dict()["buttons"] == detail.to_dict()["buttons"]


def test_new_request_fields_are_sent_under_their_json_names(
    client: OneSignal, server: Loopback
) -> None:
    server.answer(200, {"id": MESSAGE, "external_id": None})
    client.create_notification(
        contents={"en": "Back in stock"},
        included_segments=["Android Shoppers"],
        huawei_badge_class="com.acme.shop.MainActivity",
        huawei_badge_set_num=3,
        is_sms=False,
        include_ios_tokens=["a1b2c3"],
        email_bcc=["archive@acme.example"],
        android_background_layout={"image": "bg.png", "headings_color": "FFFFFFFF"},
        throttle_rate_per_minute=12.5,
    )
    sent = json.loads(server.requests[-1].body)
    assert sent["huawei_badge_class"] == "com.acme.shop.MainActivity"
    assert sent["huawei_badge_set_num"] == 3
    assert sent["isSms"] is False
    assert sent["include_ios_tokens"] == ["a1b2c3"]
    assert sent["email_bcc"] == ["archive@acme.example"]
    assert sent["android_background_layout"] == {"image": "bg.png", "headings_color": "FFFFFFFF"}
    assert sent["throttle_rate_per_minute"] == 12.5


# --- (c) the limits, enforced by Prism ----------------------------------------------------


def _send(prism: PrismMock, **fields: Any) -> httpx2.Response:
    body = {"app_id": APP, "included_segments": ["Active Users"], "contents": {"en": "Hi"}}
    return httpx2.post(
        f"{prism.base_url}/notifications",
        json={**body, **fields},
        headers={"Authorization": f"Key {TEST_KEY}"},
    )


def _examples() -> list[tuple[str, Any]]:
    examples = by_id("create_notification").body_examples()
    return list(examples.items())


@pytest.mark.parametrize(("name", "body"), _examples(), ids=[n for n, _ in _examples()])
def test_every_create_example_is_accepted(prism: PrismMock, name: str, body: Any) -> None:
    response = httpx2.post(
        f"{prism.base_url}/notifications",
        json=body,
        headers={"Authorization": f"Key {TEST_KEY}"},
    )
    assert response.status_code == 200, response.headers.get("sl-violations")


@pytest.mark.parametrize(
    "fields",
    [
        {"huawei_badge_set_num": 0},
        {"huawei_badge_set_num": 99},
        {"huawei_badge_add_num": 1},
        {"huawei_badge_add_num": 99},
        {"priority": 5},
        {"huawei_category": "DEVICE_REMINDER"},
        {"throttle_rate_per_minute": 250.5},
        {"buttons": [{"id": "a"}, {"id": "b"}, {"id": "c"}]},
        {"email_bcc": [f"copy{i}@acme.example" for i in range(5)]},
        {"include_wp_wns_uris": ["https://db5.notify.windows.com/?token=AwYAAAB"]},
        {"isSms": True, "kind": "warmup", "email_warm_up": {"strategy": "custom"}},
    ],
    ids=lambda f: ",".join(f),
)
def test_values_inside_the_limits_are_accepted(prism: PrismMock, fields: dict[str, Any]) -> None:
    response = _send(prism, **fields)
    assert response.status_code == 200, response.headers.get("sl-violations")


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"huawei_badge_set_num": 100}, "huawei_badge_set_num"),
        ({"huawei_badge_set_num": -1}, "huawei_badge_set_num"),
        ({"huawei_badge_add_num": 0}, "huawei_badge_add_num"),
        ({"huawei_badge_add_num": 100}, "huawei_badge_add_num"),
        ({"priority": 7}, "priority"),
        ({"huawei_category": "PROMO"}, "huawei_category"),
        ({"buttons": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}]}, "buttons"),
        ({"email_bcc": [f"copy{i}@acme.example" for i in range(6)]}, "email_bcc"),
        ({"email_warm_up": {"strategy": "fastest"}}, "strategy"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_values_outside_the_limits_are_refused(
    prism: PrismMock, fields: dict[str, Any], named: str
) -> None:
    response = _send(prism, **fields)
    assert response.status_code in (400, 422)
    assert named in str(response.headers.get("sl-violations", ""))
