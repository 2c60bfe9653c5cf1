"""Bulk sends and bulk tag updates against a real loopback server, for the sync and async client.

`Routed` answers each request by what it carries (its chunk's first id, or its user) and counts
how many requests it holds unanswered at once, which bounds how many the client had in flight.
Back-off waits go to a fake clock.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from onesignal_generated.models import LanguageStringMap
from onesignal_generated.models import Notification as GeneratedNotification

from onesignal import (
    AsyncOneSignal,
    BadRequestError,
    MissingKeyError,
    NotFoundError,
    Notification,
    OneSignal,
    OneSignalError,
    ValidationError,
)
from onesignal._bulk import ALIAS_LIMIT, BulkError, chunk_key
from tests.loopback import Loopback, Recorded, Scripted

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
OTHER_APP = "0b7c3c41-5d1e-4f8a-9b2c-6e0d4a1f7c35"
BASE_KEY = "3c5e7a91-2b4d-4f6a-8c0e-1d3f5a7b9c2e"
HELLO = {"contents": {"en": "Hello"}}
Route = Callable[[Recorded], Scripted | None]


# -- harness ---------------------------------------------------------------------------------------


class _Noting(list[Recorded]):
    """The server's request log, which also tells the handler thread which request is its own."""

    def __init__(self, mine: threading.local) -> None:
        super().__init__()
        self.mine = mine

    def append(self, item: Recorded) -> None:
        super().append(item)
        self.mine.request = item


class Routed(Loopback):
    """Answers by `route(request)` (or the queue) after `delay` seconds; `peak` is the most
    requests it held unanswered at once. The count drops before the answer is written, so it never
    exceeds what the client had in flight."""

    def __init__(self) -> None:
        super().__init__()
        self._mine = threading.local()
        self.requests = _Noting(self._mine)
        self.route: Route = lambda request: None
        self.delay = 0.0
        self.peak = 0
        self._open = 0

    def next_answer(self) -> Scripted:
        request = self._mine.request
        with self._lock:
            self._open += 1
            self.peak = max(self.peak, self._open)
        time.sleep(self.delay)
        with self._lock:
            self._open -= 1
        return self.route(request) or super().next_answer()


@dataclass
class Kit:
    """A client of one kind whose methods are awaited either way, and its fake clock."""

    client: OneSignal | AsyncOneSignal
    waits: list[float] = field(default_factory=list)

    async def __call__(self, name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, name)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    @property
    def slept(self) -> list[float]:
        return [w for w in self.waits if w > 0]


@pytest.fixture
def server() -> Iterator[Routed]:
    routed = Routed()
    yield routed
    routed.close()


@pytest.fixture(params=["sync", "async"])
async def connect(
    request: pytest.FixtureRequest, server: Routed
) -> AsyncIterator[Callable[..., Kit]]:
    made: list[OneSignal | AsyncOneSignal] = []

    def make(**options: Any) -> Kit:
        options = {"rest_api_key": "rest-key", "app_id": APP, **options}
        if request.param == "sync":
            client: OneSignal | AsyncOneSignal = OneSignal(base_url=server.base_url, **options)
        else:
            client = AsyncOneSignal(base_url=server.base_url, **options)
        kit = Kit(client)
        if isinstance(client, AsyncOneSignal):

            async def async_sleep(seconds: float) -> None:
                kit.waits.append(seconds)
                await asyncio.sleep(0)

            client._sleep = async_sleep  # type: ignore[method-assign]
        else:
            client._sleep = kit.waits.append  # type: ignore[method-assign,assignment]
        made.append(client)
        return kit

    yield make
    for client in made:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed


@pytest.fixture
def bulk(connect: Callable[..., Kit]) -> Kit:
    return connect()


def sent_ids(request: Recorded) -> list[str]:
    ids: list[str] = request.json()["include_aliases"]["external_id"]
    return ids


def created(request: Recorded) -> Scripted:
    """A create_notification answer whose id names the chunk's first external id."""
    return Scripted(body=f'{{"id": "n-{sent_ids(request)[0]}"}}'.encode())


# -- one notification to many external ids -------------------------------------------------------


async def test_45000_ids_are_sent_in_three_keyed_chunks(bulk: Kit, server: Routed) -> None:
    server.route = created
    ids = [f"user-{i}" for i in range(45_000)]
    result = await bulk("send_to_external_ids", HELLO, ids, idempotency_key=BASE_KEY)

    assert ALIAS_LIMIT == 20_000 and len(server.requests) == 3
    by_first = {sent_ids(r)[0]: r.json() for r in server.requests}
    slices = [ids[0:20_000], ids[20_000:40_000], ids[40_000:]]
    keys = [chunk_key(BASE_KEY, i) for i in range(3)]
    for chunk, key in zip(slices, keys, strict=True):
        body = by_first[chunk[0]]
        assert body["include_aliases"] == {"external_id": chunk}
        assert body["idempotency_key"] == key and uuid.UUID(key).version == 5
        assert (body["app_id"], body["target_channel"], body["contents"]) == (
            APP,
            "push",
            {"en": "Hello"},
        )
    assert len(set(keys)) == 3 and BASE_KEY not in keys

    assert result.ok and len(result) == 3 and result.idempotency_key == BASE_KEY
    assert [o.ids for o in result] == [tuple(s) for s in slices]
    assert [o.idempotency_key for o in result] == keys
    assert result.notification_ids == ["n-user-0", "n-user-20000", "n-user-40000"]

    # The same base key gives the same chunk keys again, so OneSignal drops the repeat.
    await bulk("send_to_external_ids", HELLO, ids, chunk_size=20_000, idempotency_key=BASE_KEY)
    assert sorted(r.json()["idempotency_key"] for r in server.requests[3:]) == sorted(keys)


async def test_without_a_key_each_send_gets_new_keys_and_reports_its_base(
    bulk: Kit, server: Routed
) -> None:
    ids = [f"u{i}" for i in range(5)]
    first = await bulk("send_to_external_ids", HELLO, ids, chunk_size=2, concurrency=1)
    second = await bulk("send_to_external_ids", HELLO, ids, chunk_size=2, concurrency=1)
    keys = [r.json()["idempotency_key"] for r in server.requests]
    assert len(set(keys)) == 6
    assert first.idempotency_key != second.idempotency_key
    assert keys[:3] == [chunk_key(first.idempotency_key, i) for i in range(3)]

    again = await bulk(
        "send_to_external_ids", HELLO, ids, chunk_size=2, idempotency_key=first.idempotency_key
    )
    assert [o.idempotency_key for o in again] == keys[:3]


async def test_notification_forms_channel_and_legacy_key(bulk: Kit, server: Routed) -> None:
    n = Notification()
    n.contents = {"en": "Mail"}
    n.target_channel = "email"
    n.emailSubject = "Hi"
    n.external_id = "order-77-mail"  # the older name of idempotency_key, not an audience
    await bulk("send_to_external_ids", n, ["a", "b", "a", "c"], chunk_size=2, concurrency=1)
    first, second = (r.json() for r in server.requests)
    assert first["include_aliases"] == {"external_id": ["a", "b"]}  # "a" is sent once
    assert second["include_aliases"] == {"external_id": ["c"]}
    assert (first["target_channel"], first["email_subject"]) == ("email", "Hi")
    assert "external_id" not in first
    assert first["idempotency_key"] == chunk_key("order-77-mail", 0)

    model = GeneratedNotification(
        app_id=uuid.UUID(OTHER_APP),
        contents=LanguageStringMap.from_dict({"en": "Typed"}),
        target_channel="sms",
    )
    await bulk("send_to_external_ids", model, ["d"])
    body = server.last().json()
    assert (body["app_id"], body["target_channel"]) == (OTHER_APP, "sms")
    await bulk("send_to_external_ids", {"contents": {"en": "x"}, "targetChannel": "push"}, ["e"])
    assert server.last().json()["target_channel"] == "push"
    await bulk("send_to_external_ids", HELLO, ["f"], app_id=OTHER_APP)
    assert server.last().json()["app_id"] == OTHER_APP


async def test_concurrency_is_bounded(bulk: Kit, server: Routed) -> None:
    server.delay = 0.06
    ids = [f"u{i}" for i in range(7)]
    result = await bulk("send_to_external_ids", HELLO, ids, chunk_size=1, concurrency=3)
    assert result.ok and len(server.requests) == 7
    assert server.peak == 3  # never more than asked, and really concurrent

    server.peak = 0
    tags = {f"u{i}": {"plan": "pro"} for i in range(4)}
    assert (await bulk("update_tags_bulk", tags, concurrency=2)).ok
    assert server.peak == 2

    server.peak = 0
    await bulk("send_to_external_ids", HELLO, ids[:2], chunk_size=1, concurrency=1)
    assert server.peak == 1


async def test_rate_limited_chunk_is_retried_and_the_pause_shared(
    bulk: Kit, server: Routed
) -> None:
    limited: list[Recorded] = []

    def route(request: Recorded) -> Scripted | None:
        if sent_ids(request)[0] == "u0" and not limited:
            limited.append(request)
            return Scripted(status=429, body=b"{}", headers={"Retry-After": "2"})
        return created(request)

    server.route = route
    ids = [f"u{i}" for i in range(6)]
    result = await bulk("send_to_external_ids", HELLO, ids, chunk_size=2, concurrency=1)

    assert result.ok and result.notification_ids == ["n-u0", "n-u2", "n-u4"]
    assert len(server.requests) == 4
    retry = server.requests[1].json()
    assert retry["idempotency_key"] == limited[0].json()["idempotency_key"]
    # The limited chunk waited before its retry, and the later chunks, which never got a 429,
    # waited out the same pause (the fake clock leaves the monotonic clock where it was).
    assert bulk.slept == [pytest.approx(2.0, abs=0.5)] * 3


async def test_partial_failure_is_reported_per_chunk(bulk: Kit, server: Routed) -> None:
    def route(request: Recorded) -> Scripted:
        first = sent_ids(request)[0]
        if first == "u2":
            return Scripted(status=400, body=b'{"errors": ["Message Notifications must have"]}')
        if first == "u4":  # accepted, but nobody reachable: no id, not an exception
            return Scripted(
                body=b'{"id": "", "errors": ["All included players are not subscribed"]}'
            )
        return created(request)

    server.route = route
    ids = [f"u{i}" for i in range(6)]
    result = await bulk("send_to_external_ids", HELLO, ids, chunk_size=2)

    assert len(server.requests) == 3  # a 400 is not retried
    assert not result.ok and [o.index for o in result.failed] == [1]
    bad = result.outcomes[1]
    assert isinstance(bad.error, BadRequestError) and bad.result is None
    assert bad.error.errors == ["Message Notifications must have"] and bad.ids == ("u2", "u3")
    assert [o.index for o in result.succeeded] == [0, 2]
    assert result.outcomes[2].result is not None and result.outcomes[2].notification_id is None
    assert result.outcomes[2].result.errors == ["All included players are not subscribed"]
    assert result.notification_ids == ["n-u0"]

    with pytest.raises(BulkError, match=r"1 of 3 failed: chunk 1 \(2 ids from 'u2'\)") as info:
        result.raise_for_failures()
    assert isinstance(info.value, OneSignalError) and info.value.__cause__ is bad.error
    assert info.value.failed == [bad]


# -- tags for many users -------------------------------------------------------------------------


async def test_tags_are_updated_per_user_and_a_failure_kept(bulk: Kit, server: Routed) -> None:
    def route(request: Recorded) -> Scripted | None:
        if request.path.endswith("/ghost"):
            return Scripted(status=404, body=b'{"errors": [{"title": "User not found"}]}')
        return Scripted(status=202, body=request.body)

    server.route = route
    tags = {"ann": {"plan": "pro", "old": ""}, "ghost": {"plan": "free"}, "bob": {"level": "3"}}
    result = await bulk("update_tags_bulk", tags, concurrency=2)

    assert len(server.requests) == 3 and all(r.method == "PATCH" for r in server.requests)
    paths = {r.path: r.json() for r in server.requests}
    for user, wanted in tags.items():
        assert paths[f"/apps/{APP}/users/by/external_id/{user}"] == {"properties": {"tags": wanted}}
    assert [o.alias_id for o in result] == ["ann", "ghost", "bob"]  # input order
    assert [o.alias_id for o in result.failed] == ["ghost"]
    ghost = result.failed[0]
    assert isinstance(ghost.error, NotFoundError) and ghost.tags == {"plan": "free"}
    assert result.outcomes[0].result is not None
    assert result.outcomes[0].result.properties.tags == {"plan": "pro", "old": ""}
    with pytest.raises(BulkError, match="user 'ghost'"):
        result.raise_for_failures()


async def test_tags_with_another_alias_label_and_app(bulk: Kit, server: Routed) -> None:
    result = await bulk(
        "update_tags_bulk", {"c-1": {"vip": "1"}}, app_id=OTHER_APP, alias_label="crm_id"
    )
    assert result.ok and server.last().path == f"/apps/{OTHER_APP}/users/by/crm_id/c-1"


# -- bad input is refused before any request -----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "field_name"),
    [
        ((HELLO, ["a"]), {"chunk_size": ALIAS_LIMIT + 1}, "chunk_size"),
        ((HELLO, ["a"]), {"chunk_size": 0}, "chunk_size"),
        ((HELLO, ["a"]), {"concurrency": 0}, "concurrency"),
        ((HELLO, []), {}, "external_ids"),
        ((HELLO, "user-1"), {}, "external_ids"),
        ((HELLO, ["a", ""]), {}, "external_ids"),
        (({**HELLO, "included_segments": ["All"]}, ["a"]), {}, "included_segments"),
        (({**HELLO, "contnets": {"en": "typo"}}, ["a"]), {}, "contnets"),
    ],
)
async def test_bad_send_input_is_refused_before_sending(
    bulk: Kit, server: Routed, args: tuple[Any, ...], kwargs: dict[str, Any], field_name: str
) -> None:
    with pytest.raises(ValidationError, match=field_name) as info:
        await bulk("send_to_external_ids", *args, **kwargs)
    assert info.value.field == field_name
    assert server.requests == []


@pytest.mark.parametrize(
    ("tags", "kwargs", "field_name"),
    [
        ({}, {}, "tags_by_external_id"),
        ({"a": {"n": 1}}, {}, "tags_by_external_id"),
        ({"": {"n": "1"}}, {}, "tags_by_external_id"),
        ({"a": ["n"]}, {}, "tags_by_external_id"),
        ({"a": {"n": "1"}}, {"alias_label": ""}, "alias_label"),
        ({"a": {"n": "1"}}, {"concurrency": -1}, "concurrency"),
    ],
)
async def test_bad_tag_input_is_refused_before_sending(
    bulk: Kit, server: Routed, tags: Any, kwargs: dict[str, Any], field_name: str
) -> None:
    with pytest.raises(ValidationError) as info:
        await bulk("update_tags_bulk", tags, **kwargs)
    assert info.value.field == field_name
    assert server.requests == []


async def test_missing_app_id_or_key_fails_once_before_sending(
    connect: Callable[..., Kit], server: Routed
) -> None:
    no_app = connect(app_id=None)
    with pytest.raises(ValidationError, match="app_id"):
        await no_app("send_to_external_ids", HELLO, ["a", "b"], chunk_size=1)
    with pytest.raises(ValidationError, match="app_id"):
        await no_app("update_tags_bulk", {"a": {"n": "1"}})
    no_key = connect(rest_api_key=None)
    with pytest.raises(MissingKeyError):
        await no_key("send_to_external_ids", HELLO, ["a", "b"], chunk_size=1)
    with pytest.raises(MissingKeyError):
        await no_key("update_tags_bulk", {"a": {"n": "1"}, "b": {"n": "2"}})
    assert server.requests == []
