"""The parameters and fields issue 11 added, sent through the generated client to Prism.

Prism checks each request against the spec: a request it accepts answers the documented
success; a value outside an enum or a limit is refused with the reason in `sl-violations`.
"""

from __future__ import annotations

import uuid

import httpx2
import pytest
from onesignal_generated import AuthenticatedClient, Client
from onesignal_generated.api.exports import export_subscriptions
from onesignal_generated.api.notifications import (
    get_notification,
    get_notifications,
    unsubscribe_email_with_token,
)
from onesignal_generated.api.outcomes import get_outcomes
from onesignal_generated.api.users import update_user
from onesignal_generated.models import (
    ExportSubscriptionsRequest,
    NotificationDetail,
    NotificationPage,
    OutcomeListResponse,
    SegmentDetail,
    SegmentDetailResponse,
    UnsubscribeEmailResult,
    UserUpdateRequest,
)

from onesignal import OneSignal
from onesignal import filters as f
from onesignal.mock import PrismMock
from tests.conftest import TEST_KEY

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
APP = uuid.UUID(APP_ID)
NOTIFICATION = uuid.UUID("b98881cc-1e94-4366-bbd9-db8f3429292b")
TEMPLATE = uuid.UUID("7c3d9f2a-41e8-4b6d-a0f5-2e9b8c1d4a76")
SUBSCRIPTION = "1d5b3c8e-7f2a-4e9b-a6c1-0f4d2e8b9a37"
SEGMENT = "7ed2887d-bd24-4a81-8220-4b256a08ab19"


def _client(prism: PrismMock) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=prism.base_url, token=TEST_KEY, prefix="Key")


def _get(prism: PrismMock, path: str, **params: object) -> httpx2.Response:
    return httpx2.get(
        f"{prism.base_url}{path}", params=params, headers={"Authorization": f"Key {TEST_KEY}"}
    )


def test_get_notification_takes_the_outcome_parameters(prism: PrismMock) -> None:
    response = get_notification.sync_detailed(
        NOTIFICATION,
        client=_client(prism),
        app_id=APP_ID,
        outcome_names=["os__click.count", "Purchase.sum"],
        outcome_time_range="1d",
        outcome_platforms="0,1",
        outcome_attribution="influenced",
    )
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, NotificationDetail)


@pytest.mark.parametrize(
    ("name", "value"),
    [("outcome_time_range", "1w"), ("outcome_attribution", "everything")],
)
def test_get_notification_refuses_outcome_values_outside_the_enums(
    prism: PrismMock, name: str, value: str
) -> None:
    response = _get(prism, f"/notifications/{NOTIFICATION}", app_id=APP_ID, **{name: value})
    assert response.status_code in (400, 422)
    assert name in response.headers.get("sl-violations", "")


def test_get_notifications_takes_a_template_id(prism: PrismMock) -> None:
    response = get_notifications.sync_detailed(
        client=_client(prism), app_id=APP_ID, template_id=TEMPLATE
    )
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, NotificationPage)


def test_get_outcomes_needs_no_outcome_names(prism: PrismMock) -> None:
    response = get_outcomes.sync_detailed(APP, client=_client(prism))
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, OutcomeListResponse)


def test_get_outcomes_accepts_the_bracketed_list_form(prism: PrismMock) -> None:
    """What the official SDK sends for `outcome_names2` (the facade does not send it yet)."""
    response = httpx2.get(
        f"{prism.base_url}/apps/{APP}/outcomes",
        params=[
            ("outcome_names[]", "os__click.count"),
            ("outcome_names[]", "Sales, Purchase.count"),
        ],
        headers={"Authorization": f"Key {TEST_KEY}"},
    )
    assert response.status_code == 200, response.content


def test_update_user_takes_the_subscription_header_and_refresh_flag(prism: PrismMock) -> None:
    body = UserUpdateRequest.from_dict(
        {"properties": {"language": "de"}, "refresh_device_metadata": True}
    )
    response = update_user.sync_detailed(
        APP,
        "external_id",
        "user-8f3a2c",
        client=_client(prism),
        body=body,
        onesignal_subscription_id=SUBSCRIPTION,
    )
    assert response.status_code == 202, response.content


def test_export_subscriptions_takes_include_unsubscribed(prism: PrismMock) -> None:
    body = ExportSubscriptionsRequest.from_dict(
        {
            "segment_name": "Lapsed Customers",
            "include_unsubscribed": True,
            "extra_fields": ["external_user_id", "unsubscribed_at"],
        }
    )
    response = export_subscriptions.sync_detailed(client=_client(prism), app_id=APP_ID, body=body)
    assert response.status_code == 200, response.content


def test_unsubscribing_with_a_token_needs_no_key(prism: PrismMock) -> None:
    response = unsubscribe_email_with_token.sync_detailed(
        APP, NOTIFICATION, client=Client(base_url=prism.base_url), token="7f3c9b2e41d8a6f05e1c4d7b"
    )
    assert response.status_code == 202, response.content
    assert isinstance(response.parsed, UnsubscribeEmailResult)
    assert response.parsed.success == "true"


# -- filter relations in_array / not_in_array (the create-segment reference, for `language`) --


def _post(prism: PrismMock, path: str, body: object) -> httpx2.Response:
    return httpx2.post(
        f"{prism.base_url}{path}", json=body, headers={"Authorization": f"Key {TEST_KEY}"}
    )


def test_prism_accepts_a_segment_built_with_list_relations(prism: PrismMock) -> None:
    audience = f.language.in_array(["de", "fr", "nl"]) & (f.last_session < 720) | (
        f.language.not_in_array(["en"]) & f.country("US")
    )
    with OneSignal(rest_api_key=TEST_KEY, base_url=prism.base_url, max_retries=0) as client:
        created = client.create_segment(APP_ID, name="Languages", filters=audience)
    assert created.success is True


def test_prism_accepts_a_notification_built_with_list_relations(prism: PrismMock) -> None:
    with OneSignal(rest_api_key=TEST_KEY, base_url=prism.base_url, max_retries=0) as client:
        sent = client.create_notification(
            {
                "app_id": APP_ID,
                "target_channel": "push",
                "contents": {"en": "Now in your language"},
                "filters": f.language.not_in_array(["en", "es"]),
            }
        )
    assert sent.id


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (
            f"/apps/{APP_ID}/segments",
            {
                "name": "Languages",
                "filters": [{"field": "language", "relation": "in_list", "value": "de,fr"}],
            },
        ),
        (
            "/notifications",
            {
                "app_id": APP_ID,
                "contents": {"en": "Hi"},
                "filters": [{"field": "language", "relation": "contains", "value": "en"}],
            },
        ),
    ],
    ids=["create_segment", "create_notification"],
)
def test_prism_refuses_a_relation_outside_the_enum(
    prism: PrismMock, path: str, body: object
) -> None:
    response = _post(prism, path, body)
    assert response.status_code in (400, 422), response.content
    assert "relation" in response.headers.get("sl-violations", "")


# -- a segment's description: at most 255 characters, and read back --------------------------


@pytest.mark.parametrize(("length", "accepted"), [(255, True), (256, False)])
def test_a_segment_description_is_limited_to_255_characters(
    prism: PrismMock, length: int, accepted: bool
) -> None:
    body = {
        "name": "Described",
        "description": "d" * length,
        "filters": [{"field": "session_count", "relation": ">", "value": "1"}],
    }
    response = _post(prism, f"/apps/{APP_ID}/segments", body)
    if accepted:
        assert response.status_code == 201, response.content
    else:
        assert response.status_code in (400, 422), response.content
        assert "description" in response.headers.get("sl-violations", "")


def test_update_segment_limits_the_description_too(prism: PrismMock) -> None:
    response = httpx2.patch(
        f"{prism.base_url}/apps/{APP_ID}/segments/{SEGMENT}",
        json={"name": "Described", "description": "d" * 256},
        headers={"Authorization": f"Key {TEST_KEY}"},
    )
    assert response.status_code in (400, 422), response.content
    assert "description" in response.headers.get("sl-violations", "")


def test_segments_read_back_carry_their_description(prism: PrismMock) -> None:
    with OneSignal(rest_api_key=TEST_KEY, base_url=prism.base_url, max_retries=0) as client:
        page = client.get_segments(APP_ID)
    described = [s for s in page.segments if s.description]
    assert described and described[0].description == "Opened the app in the past 24 hours"

    # Prism answers the first example unless asked for another: the one with the payload.
    response = httpx2.get(
        f"{prism.base_url}/apps/{APP_ID}/segments/{SEGMENT}",
        params={"include-segment-detail": "true"},
        headers={"Authorization": f"Key {TEST_KEY}", "Prefer": "example=with_detail"},
    )
    assert response.status_code == 200, response.content
    detail = SegmentDetailResponse.from_dict(response.json())
    assert isinstance(detail.payload, SegmentDetail)
    assert detail.payload.description == "Opened the app in the past 24 hours"
    assert isinstance(detail.payload.filters, list)
    assert "in_array" in {entry.relation for entry in detail.payload.filters}
