"""Every call of the seed page (shared/seed/server-sdk-reference.txt), as the page writes it,
against Prism: once with the docs' names on AsyncOneSignal, once with snake_case on OneSignal.

The page's placeholders become the spec's example ids where the API wants a UUID.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from onesignal import AsyncOneSignal, Notification, OneSignal, snake_case
from onesignal.mock import PrismMock

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
ORG_ID = "3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f"
SEGMENT_ID = "7ed2887d-bd24-4a81-8220-4b256a08ab19"
SUBSCRIPTION_ID = "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
NOTIFICATION_ID = "b98881cc-1e94-4366-bbd9-db8f3429292b"


def _notification() -> Notification:
    notification = Notification()
    notification.appId = APP_ID
    notification.name = "NOTIFICATION_NAME"
    notification.contents = {"en": "NOTIFICATION_MESSAGE"}
    notification.headings = {"en": "NOTIFICATION_MESSAGE"}
    # The page sends to nobody in particular; the API needs an audience.
    notification.included_segments = ["Subscribed Users"]
    return notification


# (docs name as the page calls it, positional arguments, what to read from the result)
SEED_CALLS: list[tuple[str, tuple[Any, ...], tuple[str, ...]]] = [
    # The seed page leaves `organization_id` out; OneSignal's current reference requires it.
    ("createApp", ({"name": "My App", "organization_id": ORG_ID},), ("id", "name")),
    ("getApp", (APP_ID,), ("name",)),
    ("getApps", (), ()),
    (
        "createSegment",
        (
            APP_ID,
            {
                "name": "SEGMENT_NAME",
                "filters": [{"field": "last_session", "relation": ">", "hours_ago": "1"}],
            },
        ),
        ("id",),
    ),
    ("getSegments", (APP_ID,), ("segments", "total_count")),
    ("deleteSegment", (APP_ID, SEGMENT_ID), ("success",)),
    ("getOutcomes", (APP_ID, "os__click.count"), ("outcomes",)),
    (
        "updateLiveActivity",
        (
            APP_ID,
            "ACTIVITY_ID",
            {
                "event": "update",
                "name": "ACTIVITY_NAME",
                "event_updates": {"homeScore": 3, "awayScore": 1},
            },
        ),
        (),
    ),
    (
        "createUser",
        (
            APP_ID,
            {
                "identity": {"external_id": "EXTERNAL_ID"},
                "properties": {"language": "en", "tags": {"role": "admin"}},
            },
        ),
        ("identity", "subscriptions", "properties"),
    ),
    ("getUser", (APP_ID, "external_id", "testingExternalId"), ("identity",)),
    (
        "updateUser",
        (
            APP_ID,
            "label",
            "id",
            {
                "properties": {"tags": {"DataTagKey": "New Value"}},
            },
        ),
        (),
    ),
    ("deleteUser", (APP_ID, "ALIAS_KEY", "ALIAS_VALUE"), ()),
    ("fetchUserIdentityAsync", (APP_ID, SUBSCRIPTION_ID), ("identity",)),
    (
        "identifyUserByAliasAsync",
        (
            APP_ID,
            "ALIAS_LABEL",
            "ALIAS_ID",
            {
                "identity": {
                    "ALIAS_LABEL_01": "ALIAS_ID_01",
                    "ALIAS_LABEL_02": "ALIAS_ID_02",
                    "ALIAS_LABEL_03": "ALIAS_ID_03",
                },
            },
        ),
        ("identity",),
    ),
    ("getEligibleIamsAsync", (APP_ID, SUBSCRIPTION_ID), ("in_app_messages",)),
    ("createNotificationAsync", (_notification(),), ("id", "external_id")),
    ("getNotificationsAsync", (APP_ID,), ("totalCount", "offset", "limit", "notifications")),
    ("getNotificationAsync", (APP_ID, NOTIFICATION_ID), ("id",)),
    ("cancelNotificationAsync", (APP_ID, NOTIFICATION_ID), ("success",)),
    ("getNotificationHistoryAsync", (APP_ID, NOTIFICATION_ID), ("success", "destination_url")),
    (
        "createSubscription",
        (
            APP_ID,
            "ALIAS_LABEL",
            "ALIAS_ID",
            {
                "subscription": {"type": "Email", "token": "user@example.com"},
            },
        ),
        ("subscription",),
    ),
    (
        "updateSubscription",
        (
            APP_ID,
            SUBSCRIPTION_ID,
            {
                "subscription": {"type": "Email", "token": "new-address@example.com"},
            },
        ),
        (),
    ),
    (
        "transferSubscription",
        (
            APP_ID,
            SUBSCRIPTION_ID,
            {
                "identity": {"external_id": "other-user-9921"},
            },
        ),
        ("identity",),
    ),
    ("deleteSubscription", (APP_ID, SUBSCRIPTION_ID), ()),
]


def _snake(docs_name: str) -> str:
    return snake_case(docs_name.removesuffix("Async"))


def _keys() -> dict[str, str]:
    return {"rest_api_key": "rest-key", "organization_api_key": "org-key"}


def _read(result: Any, names: tuple[str, ...]) -> None:
    """The fields the page destructures are present (null is a value; unset is not)."""
    for name in names:
        present = getattr(result, name) is not None or snake_case(name) in result.as_received()
        assert present, f"{name} missing from {result!r}"


@pytest.mark.parametrize(("name", "args", "reads"), SEED_CALLS, ids=[c[0] for c in SEED_CALLS])
async def test_docs_names_on_async_client(
    prism: PrismMock, name: str, args: tuple[Any, ...], reads: tuple[str, ...]
) -> None:
    async with AsyncOneSignal(base_url=prism.base_url, **_keys()) as client:
        method: Callable[..., Awaitable[Any]] = getattr(client, name)
        _read(await method(*args), reads)


@pytest.mark.parametrize(("name", "args", "reads"), SEED_CALLS, ids=[c[0] for c in SEED_CALLS])
def test_snake_case_on_sync_client(
    prism: PrismMock, name: str, args: tuple[Any, ...], reads: tuple[str, ...]
) -> None:
    with OneSignal(base_url=prism.base_url, **_keys()) as client:
        _read(getattr(client, _snake(name))(*args), tuple(map(snake_case, reads)))


def test_update_app_with_spread_original(prism: PrismMock) -> None:
    """`updateApp('APP_ID', {...originalApp, name: 'Updated name'})`."""
    with OneSignal(base_url=prism.base_url, **_keys()) as client:
        original = client.getApp(APP_ID)
        updated = client.updateApp(APP_ID, {**original.to_dict(), "name": "Updated name"})
        assert updated.name
