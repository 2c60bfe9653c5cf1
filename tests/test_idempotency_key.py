"""The idempotency key create_notification makes for each call: a well-formed, random UUID v4
(built from random bytes directly, for speed), the same on every retry of that call."""

from __future__ import annotations

import uuid

from onesignal import OneSignal
from onesignal._base import _uuid4
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"


def test_each_key_is_a_version_4_uuid_in_its_canonical_form() -> None:
    keys = [_uuid4() for _ in range(2000)]
    for key in keys:
        parsed = uuid.UUID(key)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == key
    assert len(set(keys)) == len(keys)


def test_a_retried_call_sends_the_same_key_and_the_next_call_a_new_one(server: Loopback) -> None:
    server.answer(500)
    server.answer(200, {"id": "b98881cc-1e94-4366-bbd9-db8f3429292b"})
    server.answer(200, {"id": "b98881cc-1e94-4366-bbd9-db8f3429292b"})
    client = OneSignal(rest_api_key="k", app_id=APP, base_url=server.base_url)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    with client:
        client.create_notification({"contents": {"en": "Hi"}})
        client.create_notification({"contents": {"en": "Hi"}})
    first, retry, second = (r.json()["idempotency_key"] for r in server.requests)
    assert first == retry != second
