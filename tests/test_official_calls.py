"""Each call the official SDK's docs write (onesignal-python-api 5.18.0, DefaultApi.md), written the
same way against this SDK, sends what the official SDK sends.

tests/data/official_calls.json was recorded by tools/record_official_calls.py, run under the
official SDK in a separate venv; this test only reads it. Each recorded call is replayed here with
the same operation name, the same positional arguments in the same order and the same keywords,
request bodies passed as plain dicts where the official call passed a model object, against a
real loopback server; what reached the server (method, path, query, JSON body, key) must match
what reached the recorder.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from onesignal import AsyncOneSignal, OneSignal, ValidationError
from tests.loopback import Loopback, Recorded

DATA = Path(__file__).parent / "data" / "official_calls.json"
RECORDING: dict[str, Any] = json.loads(DATA.read_text())
CALLS: list[dict[str, Any]] = RECORDING["calls"]

REST = "rest-key-ours-5a1e"
ORG = "org-key-ours-c40b"

# The official SDK's create_notification sends no idempotency_key; this SDK adds one to every
# create_notification body (so that its own retries are safe). That one extra key, and no other,
# is allowed for these operations. The retry helper in the official SDK makes up a fresh uuid4
# when the notification has none: the recording holds this marker in its place.
IDEMPOTENT = {"create_notification", "create_notification_with_retry"}
GENERATED = "<generated-uuid4>"

# Query values typed `format: date-time` (RFC 3339) in openapi/onesignal.yaml. The official SDK
# sends a datetime argument as its isoformat (`2024-05-01T00:00:00+00:00`) and a str argument
# as given (`...Z`); in RFC 3339 `Z` and `+00:00` name the same instant, so these are compared
# as instants (both must still parse), not as strings.
DATETIME_QUERY = {"start", "end", "start_time", "end_time"}
# Query values the official SDK sends as the str() of a Python bool: `True` / `False`. The spec's
# wire form for a boolean is `true` / `false`, and OneSignal necessarily reads the official
# SDK's `True` as true, so for these keys, and only these, the two spellings of one value (the
# same letters, case aside) are the same value; anything else is compared exactly.
BOOLEAN_QUERY = {"include-segment-detail"}


# Where this SDK knowingly sends something else, and why. Each case must still fail the way
# it says: refused before sending, with a ValidationError naming the field (or a TypeError for
# a keyword this SDK does not take).
DIVERGES: dict[str, tuple[type[Exception], str, str]] = {
    # OneSignal's current reference names an event's data `properties`; `payload` is the name
    # of the beta endpoint the official SDK was generated from.
    "create_custom_events": (ValidationError, "payload", "renamed `properties` by OneSignal"),
    # The official calls with only the required arguments send no body; OneSignal's references
    # require a segment's `name` (and, on create, `filters`): refused before sending.
    "create_segment": (ValidationError, "name", "the reference requires name and filters"),
    "update_segment": (ValidationError, "name", "the reference requires name"),
}

# The spec requires a JSON body whose fields are all optional: where the official call sends
# none, this SDK sends `{}` (what Prism, serving the spec, accepts).
EMPTY_BODY = {"export_subscriptions", "duplicate_journey"}


# OneSignal's reference: the token in the query authorises an unsubscribe (the link in an
# email), so this SDK sends no key there, where the official SDK sends the REST key.
OTHER_KEY = {"unsubscribe_email_with_token": "none"}


def assert_diverges_as_documented(name: str, error: Exception | None, sent: int) -> None:
    kind, field, _why = DIVERGES[name]
    assert isinstance(error, kind), f"{name}: expected {kind.__name__}, got {error!r}"
    assert field in str(error), f"{name}: the error does not name {field!r}: {error}"
    if isinstance(error, ValidationError):
        assert error.field == field
    assert sent == 0, f"{name}: {sent} requests were sent"


def test_the_recording_covers_every_official_operation() -> None:
    assert RECORDING["sdk"] == "onesignal-python-api==5.18.0"
    operations = {call["operation"] for call in CALLS} - {"create_notification_with_retry"}
    assert len(operations) == RECORDING["operations"] == 59
    assert len({call["name"] for call in CALLS}) == len(CALLS)


def decode(value: Any) -> Any:
    """A recorded argument as the official docs pass it (datetimes as datetime objects)."""
    if isinstance(value, dict) and set(value) == {"$datetime"}:
        return dt.datetime.fromisoformat(value["$datetime"])
    return value


def call_of(recorded: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    args = [decode(a) for a in recorded["args"]]
    kwargs = {k: decode(v) for k, v in recorded["kwargs"].items()}
    return args, kwargs


def key_of(request: Recorded) -> str:
    authorization = {k.lower(): v for k, v in request.headers.items()}.get("authorization")
    return {None: "none", f"Key {REST}": "rest", f"Key {ORG}": "organization"}.get(
        authorization, f"unknown Authorization {authorization!r}"
    )


def same_query_value(key: str, ours: str, theirs: str) -> bool:
    if ours == theirs:
        return True
    if key in DATETIME_QUERY:
        try:
            return dt.datetime.fromisoformat(ours) == dt.datetime.fromisoformat(theirs)
        except ValueError:
            return False
    if key in BOOLEAN_QUERY:
        return ours.lower() == theirs.lower() and theirs.lower() in ("true", "false")
    return False


def assert_same_query(ours: dict[str, list[str]], theirs: dict[str, list[str]]) -> None:
    assert sorted(ours) == sorted(theirs), f"query keys: ours {ours} != official {theirs}"
    for key, values in theirs.items():
        mine = ours[key]
        same = len(mine) == len(values) and all(
            same_query_value(key, a, b) for a, b in zip(mine, values, strict=True)
        )
        assert same, f"query {key!r}: ours {mine} != official {values}"


def assert_same_body(operation: str, ours: Any, theirs: Any) -> None:
    if operation in IDEMPOTENT and isinstance(ours, dict) and isinstance(theirs, dict):
        ours = dict(ours)
        theirs = dict(theirs)
        expected_key = theirs.pop("idempotency_key", None)
        our_key = ours.pop("idempotency_key", None)
        if expected_key is None or expected_key == GENERATED:
            assert isinstance(our_key, str), f"idempotency_key: {our_key!r}"
            uuid.UUID(our_key)  # a well-formed key of our own
        else:
            assert our_key == expected_key, "idempotency_key given by the caller was not kept"
    assert ours == theirs, f"body: ours {ours} != official {theirs}"


def assert_same_request(recorded: dict[str, Any], requests: list[Recorded]) -> None:
    expected = recorded["request"]
    assert len(requests) == 1, f"{len(requests)} requests reached the server, expected one"
    request = requests[0]
    target = urlsplit(request.path)
    body = json.loads(request.body) if request.body else None

    assert request.method == expected["method"], (
        f"method: ours {request.method} != official {expected['method']}"
    )
    # Percent-encoding is compared decoded: `jane.doe%40example.com` and `jane.doe@example.com`
    # name the same path segment to the server.
    path, official_path = unquote(target.path), unquote(expected["path"])
    assert path == official_path, f"path: ours {path} != official {official_path}"
    assert_same_query(parse_qs(target.query, keep_blank_values=True), expected["query"])
    official_body = expected["body"]
    if recorded["name"] in EMPTY_BODY:
        assert official_body is None, "the official SDK now sends a body: drop EMPTY_BODY"
        official_body = {}
    assert_same_body(recorded["operation"], body, official_body)
    key = key_of(request)
    wanted = OTHER_KEY.get(recorded["operation"], expected["key"])
    assert key == wanted, f"key: ours {key} != {wanted} (official {expected['key']})"


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No default app id or keys from the environment: every id must come from the call."""
    for name in (
        "ONESIGNAL_APP_ID",
        "ONESIGNAL_REST_API_KEY",
        "ONESIGNAL_ORGANIZATION_API_KEY",
        "ONESIGNAL_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)


def _ids(call: dict[str, Any]) -> str:
    return str(call["name"])


@pytest.mark.parametrize("recorded", CALLS, ids=_ids)
def test_sync_call_sends_what_the_official_sdk_sends(
    server: Loopback, recorded: dict[str, Any]
) -> None:
    args, kwargs = call_of(recorded)
    client = OneSignal(rest_api_key=REST, organization_api_key=ORG, base_url=server.base_url)
    failure: Exception | None = None
    with client:
        try:
            getattr(client, recorded["operation"])(*args, **kwargs)
        except Exception as error:
            if recorded["name"] in DIVERGES:
                return assert_diverges_as_documented(recorded["name"], error, len(server.requests))
            if not server.requests:
                raise
            failure = error  # sent, then failed on the answer: judge the request first
    assert recorded["name"] not in DIVERGES, "a documented divergence no longer diverges"
    assert_same_request(recorded, server.requests)
    if failure is not None:
        raise AssertionError(f"the request matched, then the call raised {failure!r}")


@pytest.mark.parametrize("recorded", CALLS, ids=_ids)
async def test_async_call_sends_what_the_official_sdk_sends(
    server: Loopback, recorded: dict[str, Any]
) -> None:
    args, kwargs = call_of(recorded)
    client = AsyncOneSignal(rest_api_key=REST, organization_api_key=ORG, base_url=server.base_url)
    failure: Exception | None = None
    async with client:
        try:
            await getattr(client, recorded["operation"])(*args, **kwargs)
        except Exception as error:
            if recorded["name"] in DIVERGES:
                return assert_diverges_as_documented(recorded["name"], error, len(server.requests))
            if not server.requests:
                raise
            failure = error
    assert recorded["name"] not in DIVERGES, "a documented divergence no longer diverges"
    assert_same_request(recorded, server.requests)
    if failure is not None:
        raise AssertionError(f"the request matched, then the call raised {failure!r}")
