"""What the facade puts on the wire, read by a real loopback server: keys, respelt field names,
untouched free-form maps, encoded paths, defaults, and input refused before sending."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from onesignal import MissingKeyError, Notification, OneSignal, ValidationError
from tests.loopback import Loopback
from tests.spec_tools import by_id, facade_call, load_spec, operations

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
SUB = "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
REST_SECRET = "rest-secret-4f7a"
ORG_SECRET = "org-secret-91c2"


@pytest.fixture
def client(server: Loopback) -> Iterator[OneSignal]:
    with OneSignal(
        rest_api_key=REST_SECRET,
        organization_api_key=ORG_SECRET,
        base_url=server.base_url,
        max_retries=0,
    ) as c:
        yield c


def _spec_key(op_id: str) -> str | None:
    """The key the spec's `security` asks of an operation, read from the spec itself (not from
    the SDK's operation table): its own `security`, else the document's; `[]` means none."""
    spec = load_spec()
    op = by_id(op_id)
    raw = spec["paths"][op.path][op.method.lower()]
    requirements = raw["security"] if "security" in raw else spec.get("security", [])
    schemes = {name for requirement in requirements for name in requirement}
    assert len(schemes) <= 1, f"{op_id}: one key expected, the spec allows {schemes}"
    return next(iter(schemes), None)


SCHEME_SECRETS = {"rest_api_key": REST_SECRET, "organization_api_key": ORG_SECRET}


@pytest.mark.parametrize("op_id", [op.id for op in operations()])
def test_each_operation_sends_its_own_key(client: OneSignal, server: Loopback, op_id: str) -> None:
    """Every operation of the spec, with the key its `security` names (independent of
    `onesignal._operations`, whose choice is what is tested)."""
    args, kwargs = facade_call(by_id(op_id))
    before = len(server.requests)
    getattr(client, op_id)(*args, **kwargs)
    assert len(server.requests) == before + 1
    scheme = _spec_key(op_id)
    if scheme is None:  # `security: []`: authorised by a token of its own, no key is sent
        assert "Authorization" not in server.last().headers
        return
    assert server.last().headers["Authorization"] == f"Key {SCHEME_SECRETS[scheme]}"


def test_missing_key_fails_before_sending(server: Loopback) -> None:
    client = OneSignal(rest_api_key=REST_SECRET, base_url=server.base_url)
    with pytest.raises(MissingKeyError, match="ONESIGNAL_ORGANIZATION_API_KEY"):
        client.get_app(APP)
    assert server.requests == []


def test_keys_come_from_the_environment(server: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESIGNAL_REST_API_KEY", "from-env")
    monkeypatch.setenv("ONESIGNAL_APP_ID", APP)
    monkeypatch.setenv("ONESIGNAL_BASE_URL", server.base_url)
    OneSignal().get_segments()
    assert server.last().headers["Authorization"] == "Key from-env"
    assert server.last().path.startswith(f"/apps/{APP}/segments")


def test_repr_shows_no_key(client: OneSignal) -> None:
    text = repr(client) + str(client)
    assert REST_SECRET not in text and ORG_SECRET not in text
    assert "rest_api_key=set" in text


def test_camel_case_fields_are_respelt_and_free_form_maps_kept(
    client: OneSignal, server: Loopback
) -> None:
    client.create_notification(
        {
            "appId": APP,
            "includedSegments": ["Active Users"],
            "contents": {"en": "Hello", "zh-Hans": "你好"},
            "data": {"orderId": 42, "deep": {"innerKey": True}},
            "iosBadgeType": "Increase",
            "ios_badgeCount": 1,
            "buttons": [{"id": "like", "text": "Like"}],
        }
    )
    sent = server.last().json()
    assert sent["app_id"] == APP
    assert sent["included_segments"] == ["Active Users"]
    assert sent["contents"] == {"en": "Hello", "zh-Hans": "你好"}
    assert sent["data"] == {"orderId": 42, "deep": {"innerKey": True}}
    assert (sent["ios_badgeType"], sent["ios_badgeCount"]) == ("Increase", 1)
    assert sent["buttons"] == [{"id": "like", "text": "Like"}]
    assert "appId" not in sent and "includedSegments" not in sent


def test_tags_identity_and_event_updates_untouched(client: OneSignal, server: Loopback) -> None:
    client.update_user(APP, "external_id", "u1", {"properties": {"tags": {"DataTagKey": "v"}}})
    assert server.last().json() == {"properties": {"tags": {"DataTagKey": "v"}}}
    client.identify_user_by_alias(APP, "external_id", "u1", {"identity": {"crmId": "c-1"}})
    assert server.last().json() == {"identity": {"crmId": "c-1"}}
    client.update_live_activity(
        APP, "match-1", {"event": "update", "name": "score", "eventUpdates": {"homeScore": 3}}
    )
    assert server.last().json()["event_updates"] == {"homeScore": 3}


def test_path_ids_are_one_encoded_segment(client: OneSignal, server: Loopback) -> None:
    client.get_user(APP, "external_id", "../../x/a/b?c#d%e ü")
    assert server.last().path == (
        f"/apps/{APP}/users/by/external_id/..%2F..%2Fx%2Fa%2Fb%3Fc%23d%25e%20%C3%BC"
    )


def test_default_app_id_fills_path_query_and_body(server: Loopback) -> None:
    client = OneSignal(rest_api_key=REST_SECRET, app_id=APP, base_url=server.base_url)
    client.get_segments()
    assert server.last().path.startswith(f"/apps/{APP}/segments")
    client.get_notifications(limit=5)
    assert f"app_id={APP}" in server.last().path and "limit=5" in server.last().path
    client.create_notification({"contents": {"en": "hi"}, "included_segments": ["All"]})
    assert server.last().json()["app_id"] == APP
    client.get_notification("b98881cc-1e94-4366-bbd9-db8f3429292b")
    assert f"app_id={APP}" in server.last().path


def test_missing_app_id_is_a_validation_error(client: OneSignal, server: Loopback) -> None:
    with pytest.raises(ValidationError, match="app_id") as info:
        client.get_segments()
    assert info.value.field == "app_id"
    assert server.requests == []


@pytest.mark.parametrize("bad", [None, "", "   ", 42])
def test_bad_path_ids_are_refused_unsent(client: OneSignal, server: Loopback, bad: Any) -> None:
    with pytest.raises(ValidationError) as info:
        client.delete_subscription(APP, bad)
    assert info.value.field == "subscription_id"
    assert server.requests == []


def test_idempotency_key_is_added_or_kept(client: OneSignal, server: Loopback) -> None:
    client.create_notification({"app_id": APP, "included_segments": ["All"]})
    first = server.last().json()["idempotency_key"]
    client.create_notification({"app_id": APP, "included_segments": ["All"]})
    assert server.last().json()["idempotency_key"] != first
    client.create_notification(
        {"app_id": APP, "included_segments": ["All"], "idempotency_key": "mine"}
    )
    assert server.last().json()["idempotency_key"] == "mine"


def test_send_after_accepts_datetime_or_documented_string(
    client: OneSignal, server: Loopback
) -> None:
    when = dt.datetime(2015, 9, 24, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=-7)))
    client.create_notification({"app_id": APP, "included_segments": ["All"], "send_after": when})
    assert server.last().json()["send_after"] == "2015-09-24 14:00:00 GMT-0700"
    client.create_notification(
        {"app_id": APP, "included_segments": ["All"], "sendAfter": "2015-09-24 14:00:00 GMT-0700"}
    )
    assert server.last().json()["send_after"] == "2015-09-24 14:00:00 GMT-0700"
    with pytest.raises(ValidationError, match="timezone"):
        client.create_notification({"app_id": APP, "send_after": dt.datetime(2015, 9, 24)})


def test_notification_built_the_docs_way(client: OneSignal, server: Loopback) -> None:
    notification = Notification(included_segments=["All"])
    notification.appId = APP
    notification.contents = {"en": "Hi"}
    notification.headings = {"en": "Title"}
    assert notification.app_id == APP and notification.appId == APP
    client.create_notification(notification)
    sent = server.last().json()
    assert sent["app_id"] == APP and sent["headings"] == {"en": "Title"}
    with pytest.raises(AttributeError, match="did you mean 'contents'"):
        notification.contnets = {"en": "typo"}


def test_body_fields_as_keywords(client: OneSignal, server: Loopback) -> None:
    client.create_segment(
        APP, name="VIP", filters=[{"field": "tag", "key": "vip", "relation": "exists"}]
    )
    assert server.last().json() == {
        "name": "VIP",
        "filters": [{"field": "tag", "key": "vip", "relation": "exists"}],
    }


def test_fetch_user_identity_by_alias_or_by_subscription(
    client: OneSignal, server: Loopback
) -> None:
    client.fetch_user_identity(APP, "external_id", "u1")
    assert server.last().path == f"/apps/{APP}/users/by/external_id/u1/identity"
    client.fetchUserIdentity(APP, SUB)
    assert server.last().path == f"/apps/{APP}/subscriptions/{SUB}/user/identity"


def test_unknown_keyword_is_refused_by_the_signature(client: OneSignal) -> None:
    # A real signature: Python names the keyword (3.13 and later also suggest 'limit'), and
    # mypy catches it before the program runs.
    with pytest.raises(TypeError, match="unexpected keyword argument 'limt'"):
        client.get_notifications(APP, limt=5)  # type: ignore[call-arg]


def test_wrong_positional_count_is_a_type_error(client: OneSignal) -> None:
    with pytest.raises(TypeError, match="positional"):
        client.delete_subscription(APP, SUB, "extra")


def test_results_read_in_camel_case(client: OneSignal, server: Loopback) -> None:
    server.answer(
        body={
            "total_count": 1,
            "offset": 0,
            "limit": 50,
            "notifications": [
                {"id": "b98881cc-1e94-4366-bbd9-db8f3429292b", "queued_at": 1, "brand_new": "kept"}
            ],
        }
    )
    page = client.get_notifications(APP)
    assert page.totalCount == page.total_count == 1
    first = page.notifications[0]
    assert first.queuedAt == first.queued_at == 1
    assert first.brand_new == "kept"
