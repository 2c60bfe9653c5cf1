"""Which id lands where: the documented orders, the short forms, and the calls refused because
an id would land in another's place. Read by a real loopback server, sync and async."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from onesignal import AsyncOneSignal, OneSignal, ValidationError
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
OTHER_APP = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"
TEMPLATE = "6a3c9d2e-1b4f-4e8a-9c7d-2f5e8b1a4c6d"
NOTIFICATION = "b98881cc-1e94-4366-bbd9-db8f3429292b"
SUBSCRIPTION = "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
KEYS = {"rest_api_key": "rest-key", "organization_api_key": "org-key"}


@pytest.fixture
def client(server: Loopback) -> Iterator[OneSignal]:
    with OneSignal(base_url=server.base_url, app_id=APP, max_retries=0, **KEYS) as c:
        yield c


@pytest.fixture
def bare(server: Loopback) -> Iterator[OneSignal]:
    """A client without a default app id: every id comes from the call."""
    with OneSignal(base_url=server.base_url, max_retries=0, **KEYS) as c:
        yield c


def sent(server: Loopback) -> str:
    return server.last().path


# -- the documented orders ----------------------------------------------------------------------


def test_template_operations_take_the_template_id_first(bare: OneSignal, server: Loopback) -> None:
    bare.view_template(TEMPLATE, APP)
    assert sent(server) == f"/templates/{TEMPLATE}?app_id={APP}"
    bare.delete_template(TEMPLATE, APP)
    assert (
        server.last().method == "DELETE" and sent(server) == f"/templates/{TEMPLATE}?app_id={APP}"
    )
    bare.copy_template_to_app(TEMPLATE, APP, {"target_app_id": OTHER_APP})
    assert sent(server) == f"/templates/{TEMPLATE}/copy_to_app?app_id={APP}"
    assert server.last().json() == {"target_app_id": OTHER_APP}
    bare.export_events(NOTIFICATION, APP)
    assert sent(server) == f"/notifications/{NOTIFICATION}/export_events?app_id={APP}"


def test_the_app_id_after_the_resource_id_may_come_from_the_client(
    client: OneSignal, server: Loopback
) -> None:
    client.delete_template(TEMPLATE)
    assert sent(server) == f"/templates/{TEMPLATE}?app_id={APP}"


def test_a_leading_app_id_may_be_left_out(client: OneSignal, server: Loopback) -> None:
    client.get_notification(NOTIFICATION)
    assert sent(server) == f"/notifications/{NOTIFICATION}?app_id={APP}"
    client.get_user("external_id", "customer-9034")
    assert sent(server) == f"/apps/{APP}/users/by/external_id/customer-9034"
    client.update_user("external_id", "customer-9034", {"properties": {"tags": {"a": "1"}}})
    assert sent(server) == f"/apps/{APP}/users/by/external_id/customer-9034"
    assert server.last().json() == {"properties": {"tags": {"a": "1"}}}


def test_ids_by_keyword(bare: OneSignal, server: Loopback) -> None:
    bare.get_user(app_id=APP, alias_label="external_id", alias_id="x")
    assert sent(server) == f"/apps/{APP}/users/by/external_id/x"


def test_required_query_values_positionally(bare: OneSignal, server: Loopback) -> None:
    bare.unsubscribe_email_with_token(APP, NOTIFICATION, "tok-1")
    assert sent(server) == f"/apps/{APP}/notifications/{NOTIFICATION}/unsubscribe?token=tok-1"
    bare.get_email_provider_metrics(
        APP, "example.com", "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z"
    )
    assert "domain=example.com" in sent(server) and "start=2026-11-01T00" in sent(server)


def test_history_takes_the_seed_pages_and_the_official_sdks_forms(
    bare: OneSignal, server: Loopback
) -> None:
    bare.get_notification_history(APP, NOTIFICATION)  # the seed page
    assert sent(server) == f"/notifications/{NOTIFICATION}/history"
    assert server.last().json() == {"app_id": APP, "events": "sent"}
    bare.get_notification_history(NOTIFICATION, {"app_id": APP, "events": "clicked"})  # official
    assert sent(server) == f"/notifications/{NOTIFICATION}/history"
    assert server.last().json() == {"app_id": APP, "events": "clicked"}


def test_fetch_user_identity_by_alias_or_by_subscription(
    client: OneSignal, server: Loopback
) -> None:
    client.fetch_user_identity(APP, "external_id", "x")
    assert sent(server) == f"/apps/{APP}/users/by/external_id/x/identity"
    client.fetch_user_identity(APP, SUBSCRIPTION)  # the seed page's form
    assert sent(server) == f"/apps/{APP}/subscriptions/{SUBSCRIPTION}/user/identity"
    client.fetch_user_identity("external_id", "x")  # the app id from the client
    assert sent(server) == f"/apps/{APP}/users/by/external_id/x/identity"


# -- refused before sending ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("delete_template", (APP, TEMPLATE)),  # the order this SDK took in 0.1
        ("view_template", (APP, TEMPLATE)),
        ("export_events", (APP, NOTIFICATION)),
        ("delete_subscription", (APP,)),  # the subscription id forgotten
    ],
)
def test_the_clients_app_id_in_another_ids_place_is_refused(
    client: OneSignal, server: Loopback, name: str, args: tuple[Any, ...]
) -> None:
    with pytest.raises(TypeError, match=rf"got the client's app id as \w+; the order is {name}\("):
        getattr(client, name)(*args)
    assert server.requests == []


def test_an_id_that_should_be_a_uuid_is_refused_naming_it(
    bare: OneSignal, server: Loopback
) -> None:
    with pytest.raises(ValidationError, match="template_id must be a UUID") as caught:
        bare.view_template("welcome-email", APP)
    assert caught.value.field == "template_id"
    with pytest.raises(ValidationError) as caught:
        bare.get_app("My App")
    assert caught.value.field == "app_id"
    assert server.requests == []


def test_a_missing_id_is_named_when_the_client_has_no_app_id(
    bare: OneSignal, server: Loopback
) -> None:
    with pytest.raises(ValidationError) as caught:
        bare.delete_subscription(APP)
    assert caught.value.field == "subscription_id"
    assert server.requests == []


def test_the_body_twice_is_refused(bare: OneSignal) -> None:
    with pytest.raises(TypeError, match="body twice"):
        bare.create_segment(APP, {"name": "a"}, segment={"name": "b"})


# -- the official SDK's retry helper ------------------------------------------------------------


def test_create_notification_with_retry_says_when_oneSignal_replayed(
    bare: OneSignal, server: Loopback
) -> None:
    server.answer(503, {"errors": ["busy"]})
    server.answer(200, {"id": NOTIFICATION}, headers={"Idempotent-Replayed": "true"})
    body = {"app_id": APP, "contents": {"en": "Hi"}, "included_segments": ["All"]}
    result = bare.create_notification_with_retry(body, max_retries=1, base_delay=1.0)
    assert result.response.id == NOTIFICATION and result.was_replayed is True
    keys = [request.json()["idempotency_key"] for request in server.requests]
    assert len(keys) == 2 and keys[0] == keys[1]  # one key across the attempts


def test_create_notification_with_retry_honours_max_retries(
    bare: OneSignal, server: Loopback
) -> None:
    from onesignal import InternalServerError

    server.answer(503, {"errors": ["busy"]}, times=2)
    with pytest.raises(InternalServerError):
        bare.create_notification_with_retry({"app_id": APP, "contents": {"en": "Hi"}}, 0)
    assert len(server.requests) == 1


async def test_the_async_client_binds_the_same_way(server: Loopback) -> None:
    async with AsyncOneSignal(base_url=server.base_url, app_id=APP, max_retries=0, **KEYS) as c:
        await c.delete_template(TEMPLATE)
        assert sent(server) == f"/templates/{TEMPLATE}?app_id={APP}"
        with pytest.raises(TypeError, match="the order is delete_template"):
            await c.delete_template(APP, TEMPLATE)
        server.answer(200, {"id": NOTIFICATION}, headers={"Idempotent-Replayed": "false"})
        result = await c.create_notification_with_retry({"contents": {"en": "Hi"}})
        assert result.was_replayed is False and result.response.id == NOTIFICATION


# -- what a reader of the code sees ---------------------------------------------------------------


@pytest.mark.parametrize("cls", [OneSignal, AsyncOneSignal])
def test_methods_are_real_with_named_parameters_and_docstrings(cls: type) -> None:
    method = cls.delete_template
    assert list(inspect.signature(method).parameters)[:3] == ["self", "template_id", "app_id"]
    assert inspect.iscoroutinefunction(method) is (cls is AsyncOneSignal)
    doc = inspect.getdoc(method) or ""
    for part in (
        "Needs the REST API key",
        "template_id:",
        "Raises:",
        "NotFoundError",
        "Reference:",
    ):
        assert part in doc, part


def test_header_parameters_and_list_forms_reach_the_wire(bare: OneSignal, server: Loopback) -> None:
    bare.update_user(
        APP,
        "external_id",
        "x",
        {"properties": {"language": "de"}},
        onesignal_subscription_id=SUBSCRIPTION,
    )
    assert server.last().headers["onesignal-subscription-id"] == SUBSCRIPTION
    bare.get_outcomes(APP, outcome_names2=["os__click.count", "Sales, Purchase.count"])
    assert "outcome_names%5B%5D=os__click.count&outcome_names%5B%5D=Sales" in sent(server)


def test_a_keyless_operation_needs_and_sends_no_key(server: Loopback) -> None:
    with OneSignal(base_url=server.base_url) as keyless:
        keyless.unsubscribe_email_with_token(APP, NOTIFICATION, "tok-1")
    assert "Authorization" not in server.last().headers


def test_a_value_given_by_keyword_after_the_ids_keeps_the_short_form(
    client: OneSignal, server: Loopback
) -> None:
    client.unsubscribe_email_with_token(NOTIFICATION, token="tok-1")
    assert sent(server) == f"/apps/{APP}/notifications/{NOTIFICATION}/unsubscribe?token=tok-1"
