"""Fault injection against a real loopback server, for the sync and the async client alike.

Every test runs twice (the `connect` fixture is parametrized over both clients) and awaits each
call through `Api`, which hides whether the client underneath blocks. Back-off waits go to a
fake clock, so retries cost no time; only the timeout tests use the real clock, with small
timeouts. The scripted `server` fixture comes from tests/conftest.py (see tests/loopback.py).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import inspect
import json
import logging
import random
import socket
import time
import traceback
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest

from onesignal import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    AsyncOneSignal,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OneSignal,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    _retry,
)
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
NOTIFICATION = "b98881cc-1e94-4366-bbd9-db8f3429292b"
REST_SECRET = "rest-secret-zq81-DO-NOT-LEAK"
ORG_SECRET = "org-secret-kx44-DO-NOT-LEAK"
SEGMENTS = {"segments": [], "total_count": 0, "offset": 0, "limit": 300}
NOTIFY = {"app_id": APP, "included_segments": ["All"], "contents": {"en": "hi"}}


# -- harness ---------------------------------------------------------------------------------------


@dataclass
class Trace:
    """What the client did that the server cannot see: its waits and its send attempts."""

    waits: list[float] = field(default_factory=list)  # every `_sleep` call, zero pauses included
    attempts: int = 0  # requests handed to httpx2, counted by an event hook (refused ones too)

    @property
    def slept(self) -> list[float]:
        """The real waits: the send loops also call `_sleep(0)` when no pause is due."""
        return [w for w in self.waits if w > 0]


class Api:
    """A client whose every method is awaited, whichever kind it is."""

    def __init__(self, client: OneSignal | AsyncOneSignal, trace: Trace | None = None) -> None:
        self.client = client
        self.is_async = isinstance(client, AsyncOneSignal)
        if trace is None:  # a `with_options` copy already carries the fake clock and hook
            trace = Trace()
            _instrument(client, trace)
        self.trace = trace

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.client, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            return await result if inspect.isawaitable(result) else result

        return call

    def with_options(self, **options: Any) -> Api:
        return Api(self.client.with_options(**options), self.trace)

    async def together(self, n: int, name: str, *args: Any) -> list[Any]:
        """`n` calls at once: tasks for the async client, threads for the sync one."""
        if self.is_async:
            return await asyncio.gather(*(getattr(self.client, name)(*args) for _ in range(n)))
        with ThreadPoolExecutor(n) as pool:
            futures = [pool.submit(getattr(self.client, name), *args) for _ in range(n)]
            return [f.result() for f in futures]


def _instrument(client: OneSignal | AsyncOneSignal, trace: Trace) -> None:
    if isinstance(client, AsyncOneSignal):

        async def async_sleep(seconds: float) -> None:
            trace.waits.append(seconds)
            await asyncio.sleep(0)  # still yield, so concurrent calls interleave as for real

        async def async_count(request: Any) -> None:
            trace.attempts += 1

        client._sleep = async_sleep  # type: ignore[method-assign]
        client._http.event_hooks = {"request": [async_count], "response": []}
    else:

        def sleep(seconds: float) -> None:
            trace.waits.append(seconds)

        def count(request: Any) -> None:
            trace.attempts += 1

        client._sleep = sleep  # type: ignore[method-assign]
        client._http.event_hooks = {"request": [count], "response": []}


@pytest.fixture(params=["sync", "async"])
async def connect(
    request: pytest.FixtureRequest, server: Loopback
) -> AsyncIterator[Callable[..., Api]]:
    """Makes clients of one kind against `server` (or `base_url=`); closes them afterwards."""
    cls = OneSignal if request.param == "sync" else AsyncOneSignal
    made: list[OneSignal | AsyncOneSignal] = []

    def make(**options: Any) -> Api:
        options.setdefault("base_url", server.base_url)
        client = cls(rest_api_key=REST_SECRET, organization_api_key=ORG_SECRET, **options)
        made.append(client)
        return Api(client)

    yield make
    for client in made:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed


@pytest.fixture
def api(connect: Callable[..., Api]) -> Api:
    """A client with the default max_retries=2."""
    return connect()


@pytest.fixture
def jitter(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float, float]]:
    """Records each backoff draw as (low, high, drawn), still drawing at random."""
    draws: list[tuple[float, float, float]] = []

    class Recording:
        @staticmethod
        def uniform(low: float, high: float) -> float:
            drawn = random.uniform(low, high)
            draws.append((low, high, drawn))
            return drawn

    monkeypatch.setattr(_retry, "random", Recording)
    return draws


def _free_port() -> int:
    """A port nothing listens on: bound once by the OS, then released."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _http_date(seconds_ahead: float) -> str:
    when = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds_ahead)
    return email.utils.format_datetime(when, usegmt=True)


# -- 429 and Retry-After ---------------------------------------------------------------------------


async def test_429_waits_retry_after_seconds(api: Api, server: Loopback) -> None:
    server.answer(429, {"errors": ["Rate limit exceeded"]}, headers={"Retry-After": "2"})
    server.answer(200, {**SEGMENTS, "total_count": 7})
    page = await api.get_segments(APP)
    assert page.total_count == 7
    assert len(server.requests) == api.trace.attempts == 2
    # The pause is measured on the monotonic clock, which the fake clock does not advance.
    assert api.trace.slept == [pytest.approx(2.0, abs=0.1)]


async def test_429_waits_retry_after_http_date(api: Api, server: Loopback) -> None:
    server.answer(429, headers={"Retry-After": _http_date(5)})
    server.answer(200, SEGMENTS)
    await api.get_segments(APP)
    assert len(server.requests) == 2
    [waited] = api.trace.slept
    assert 3.5 <= waited <= 5.5  # an HTTP date has whole seconds


@pytest.mark.parametrize("retry_after", ["86400", "1e9", "Fri, 31 Dec 2099 23:59:59 GMT"])
async def test_429_asking_longer_than_max_retry_after_raises_at_once(
    api: Api, server: Loopback, retry_after: str
) -> None:
    # OneSignal asks for the whole wait: retrying after the client's 60 s cap would come early.
    server.answer(429, {"errors": ["slow down"]}, headers={"Retry-After": retry_after})
    server.answer(200, SEGMENTS)
    with pytest.raises(RateLimitError) as info:
        await api.get_segments(APP)
    assert info.value.retry_after is not None and info.value.retry_after > 60
    assert len(server.requests) == 1 and api.trace.slept == []


async def test_max_retry_after_is_configurable(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(max_retry_after=120)
    server.answer(429, headers={"Retry-After": "90"})
    server.answer(200, SEGMENTS)
    await api.get_segments(APP)
    assert api.trace.slept == [pytest.approx(90.0, abs=0.01)]


@pytest.mark.parametrize("retry_after", ["-5", "nan", "-inf", "inf"])
async def test_a_meaningless_retry_after_falls_back_to_backoff(
    api: Api, server: Loopback, retry_after: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    monkeypatch.setattr(random, "uniform", lambda low, high: high)  # the back-off's longest wait
    server.answer(429, headers={"Retry-After": retry_after})
    server.answer(200, SEGMENTS)
    await api.get_segments(APP)
    assert api.trace.slept == [pytest.approx(0.5, abs=0.01)]  # base_delay * 2**0, not 0


async def test_429_after_retries_run_out_is_rate_limit_error(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(max_retries=1)
    server.answer(429, {"errors": ["slow down"]}, headers={"Retry-After": "7"}, times=2)
    with pytest.raises(RateLimitError) as info:
        await api.get_segments(APP)
    assert info.value.retry_after == 7.0
    assert info.value.errors == ["slow down"]
    assert len(server.requests) == 2


# -- 5xx, backoff and max_retries ------------------------------------------------------------------


async def test_5xx_on_get_retried_with_jittered_exponential_backoff(
    connect: Callable[..., Api], server: Loopback, jitter: list[tuple[float, float, float]]
) -> None:
    api = connect(max_retries=4)
    for status in (500, 502, 503, 504):
        server.answer(status, {"errors": [f"HTTP {status}"]})
    server.answer(200, {**SEGMENTS, "total_count": 3})
    assert (await api.get_segments(APP)).total_count == 3
    assert len(server.requests) == 5
    # Full jitter: retry n waits uniform(0, min(8, 0.5 * 2**n)).
    assert [(low, high) for low, high, _ in jitter] == [(0, 0.5), (0, 1), (0, 2), (0, 4)]
    assert all(low <= drawn <= high for low, high, drawn in jitter)
    assert api.trace.slept == [drawn for _, _, drawn in jitter]


async def test_backoff_is_capped_at_8s(
    connect: Callable[..., Api], server: Loopback, jitter: list[tuple[float, float, float]]
) -> None:
    api = connect(max_retries=6)
    server.answer(503, times=7)
    with pytest.raises(InternalServerError):
        await api.get_segments(APP)
    assert [high for _, high, _ in jitter] == [0.5, 1, 2, 4, 8, 8]


async def test_retries_run_out_with_typed_error(api: Api, server: Loopback) -> None:
    server.answer(503, {"errors": ["Service Unavailable"]}, times=5)
    with pytest.raises(InternalServerError) as info:
        await api.get_segments(APP)
    error = info.value
    assert len(server.requests) == api.trace.attempts == 3  # max_retries=2 -> 3 attempts
    assert error.status_code == 503
    assert error.errors == ["Service Unavailable"]
    assert error.operation == "get_segments" and "get_segments" in str(error)


async def test_max_retries_zero_is_one_attempt(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(max_retries=0)
    server.answer(503, times=5)
    with pytest.raises(InternalServerError):
        await api.get_segments(APP)
    assert len(server.requests) == 1
    assert api.trace.slept == []


async def test_with_options_max_retries_zero_shares_the_pool(api: Api, server: Loopback) -> None:
    once = api.with_options(max_retries=0)
    assert once.client._http is api.client._http
    server.answer(503, times=4)  # 1 attempt of the copy, 3 of the original
    with pytest.raises(InternalServerError):
        await once.get_segments(APP)
    assert len(server.requests) == 1
    with pytest.raises(InternalServerError):  # the original keeps its own max_retries
        await api.get_segments(APP)
    assert len(server.requests) == 4
    await once.close()  # a copy does not own the pool: closing it leaves the original working
    server.requests.clear()
    server.answer(200, SEGMENTS)
    await api.get_segments(APP)
    assert len(server.requests) == 1


# -- which operations may be replayed --------------------------------------------------------------


async def test_create_notification_retry_keeps_its_idempotency_key(
    api: Api, server: Loopback
) -> None:
    server.answer(500, {"errors": ["Internal"]})
    server.answer(200, {"id": NOTIFICATION, "external_id": None})
    result = await api.create_notification(NOTIFY)
    assert result.id == NOTIFICATION
    first, retry = (r.json()["idempotency_key"] for r in server.requests)
    assert first and first == retry  # OneSignal drops the repeat: no second push
    await api.create_notification(NOTIFY)
    assert server.last().json()["idempotency_key"] != first


async def test_non_replayable_post_not_retried_on_500(api: Api, server: Loopback) -> None:
    server.answer(500, {"errors": ["Internal"]}, times=3)
    with pytest.raises(InternalServerError):
        await api.create_segment(APP, {"name": "x", "filters": []})
    assert len(server.requests) == 1  # OneSignal may have created it: a retry could duplicate


async def test_non_replayable_post_retried_on_429(api: Api, server: Loopback) -> None:
    server.answer(429, headers={"Retry-After": "1"})
    server.answer(201, {"success": True, "id": "7ed2887d-bd24-4a81-8220-4b256a08ab19"})
    result = await api.create_segment(APP, {"name": "x", "filters": []})
    assert result.success is True
    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body


# -- other 4xx -------------------------------------------------------------------------------------

ONESIGNAL_ERRORS = [
    "app_id not found",
    {"code": "invalid_value", "title": "Name is too long", "meta": {"field": "name"}},
]


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (418, APIStatusError),
    ],
)
async def test_4xx_not_retried_and_typed(
    api: Api, server: Loopback, status: int, error_class: type[APIStatusError]
) -> None:
    body = {"errors": ONESIGNAL_ERRORS, "extra": 1}
    server.answer(status, body, headers={"x-request-id": "req-4xx-1"}, times=3)
    with pytest.raises(error_class) as info:
        await api.get_segments(APP)
    error = info.value
    assert type(error) is error_class
    assert len(server.requests) == 1
    assert (error.status_code, error.errors, error.body) == (status, ONESIGNAL_ERRORS, body)
    assert error.request_id == "req-4xx-1"
    assert "get_segments" in str(error) and "Name is too long" in str(error)


async def test_errors_given_as_a_bare_string_become_a_list(api: Api, server: Loopback) -> None:
    server.answer(400, {"errors": "invalid_json"})
    with pytest.raises(BadRequestError) as info:
        await api.get_segments(APP)
    assert info.value.errors == ["invalid_json"]
    assert info.value.request_id is None


async def test_rate_limit_error_carries_retry_after(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(max_retries=0)
    server.answer(429, {"errors": ["API rate limit exceeded"]}, headers={"Retry-After": "7"})
    with pytest.raises(RateLimitError) as info:
        await api.create_segment(APP, {"name": "x", "filters": []})
    assert info.value.retry_after == 7.0 and info.value.status_code == 429
    assert len(server.requests) == 1


# -- connection failures ---------------------------------------------------------------------------


async def test_reset_on_get_is_retried(api: Api, server: Loopback) -> None:
    server.answer(reset=True)
    server.answer(200, {**SEGMENTS, "total_count": 2})
    assert (await api.get_segments(APP)).total_count == 2
    assert len(server.requests) == 2


async def test_reset_on_non_replayable_post_is_not_retried(api: Api, server: Loopback) -> None:
    server.answer(reset=True)
    with pytest.raises(APIConnectionError) as info:
        await api.create_segment(APP, {"name": "x", "filters": []})
    assert not isinstance(info.value, APITimeoutError)
    assert len(server.requests) == 1  # the request reached the server before the reset


async def test_connection_refused_retried_then_raised(connect: Callable[..., Api]) -> None:
    api = connect(base_url=f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(APIConnectionError) as info:
        await api.create_segment(APP, {"name": "x", "filters": []})  # even a POST: nothing was sent
    assert type(info.value) is APIConnectionError
    assert info.value.operation == "create_segment"
    assert api.trace.attempts == 3
    assert len(api.trace.slept) == 2


# -- timeouts (real clock) -------------------------------------------------------------------------


async def test_timeout_raises_well_before_the_slow_answer(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(timeout=0.3, max_retries=0)
    server.answer(200, SEGMENTS, delay=2.0)
    start = time.monotonic()
    with pytest.raises(APITimeoutError) as info:
        await api.get_segments(APP)
    assert time.monotonic() - start < 1.5
    assert info.value.operation == "get_segments"


async def test_per_call_timeout_overrides_the_clients(
    connect: Callable[..., Api], server: Loopback
) -> None:
    patient = connect(timeout=30, max_retries=0)
    server.answer(200, SEGMENTS, delay=2.0)
    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        await patient.get_segments(APP, timeout=0.3)
    assert time.monotonic() - start < 1.5

    hasty = connect(timeout=0.2, max_retries=0)
    server.answer(200, {**SEGMENTS, "total_count": 4}, delay=0.5)
    assert (await hasty.get_segments(APP, timeout=5)).total_count == 4


async def test_timed_out_create_notification_is_retried(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(timeout=0.3)
    server.answer(200, {"id": "late"}, delay=1.0)
    server.answer(200, {"id": NOTIFICATION})
    assert (await api.create_notification(NOTIFY)).id == NOTIFICATION
    first, retry = (r.json()["idempotency_key"] for r in server.requests)
    assert first == retry


async def test_timed_out_create_segment_is_not_retried(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(timeout=0.3)
    server.answer(201, {"success": True}, delay=1.0, times=3)
    with pytest.raises(APITimeoutError):
        await api.create_segment(APP, {"name": "x", "filters": []})
    assert len(server.requests) == 1  # it may still be created: a retry could duplicate it


# -- bodies that are not what they should be -------------------------------------------------------

HTML = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


async def test_html_error_page_retried_then_raised_with_its_text(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(max_retries=1)
    server.answer(502, raw=HTML, headers={"Content-Type": "text/html"}, times=2)
    with pytest.raises(InternalServerError) as info:
        await api.get_segments(APP)
    assert len(server.requests) == 2
    assert info.value.body == HTML.decode()
    assert info.value.errors == []
    assert info.value.status_code == 502


@pytest.mark.parametrize(
    "raw", [b'{"id": "ab', HTML, b"\xff\xfe not utf-8"], ids=["truncated", "html", "bytes"]
)
async def test_2xx_body_that_is_not_json_is_api_response_error(
    api: Api, server: Loopback, raw: bytes
) -> None:
    server.answer(200, raw=raw)
    with pytest.raises(APIResponseError) as info:
        await api.create_notification(NOTIFY)
    assert info.value.status_code == 200
    assert info.value.operation == "create_notification"
    assert len(server.requests) == 1  # the notification was accepted: never resend it


async def test_huge_body_parses(api: Api, server: Loopback) -> None:
    item = {
        "id": NOTIFICATION,
        "contents": {"en": "x" * 300},
        "headings": {"en": "Title"},
        "included_segments": ["All"],
        "successful": 10,
        "failed": 0,
        "queued_at": 1700000000,
    }
    count = 11_000
    body = json.dumps(
        {"total_count": count, "offset": 0, "limit": count, "notifications": [item] * count}
    )
    assert len(body) > 5_000_000
    server.answer(200, raw=body.encode())
    page = await api.get_notifications(APP, limit=50)
    assert len(page.notifications) == count
    assert page.notifications[-1].contents["en"] == "x" * 300


# -- a 429 pauses every call of the client ---------------------------------------------------------


async def test_429_pause_is_shared_by_concurrent_and_later_calls(
    api: Api, server: Loopback
) -> None:
    server.answer(429, headers={"Retry-After": "1"})  # the first request to arrive gets it
    pages = await api.together(5, "get_segments", APP)
    assert len(pages) == 5 and len(server.requests) == 6
    # The call that got the 429 waited Retry-After; calls already in flight did not wait, and a
    # thread that started late may have waited too, but only that same shared pause.
    first = api.trace.slept
    assert 1 <= len(first) <= 5 and first == [pytest.approx(1.0, abs=0.2)] * len(first)

    # Calls that start while the pause lasts wait it out before sending. The fake clock does not
    # move the monotonic clock, so about 1 s of pause is still left.
    await api.together(3, "get_segments", APP)
    assert api.trace.slept[len(first) :] == [pytest.approx(1.0, abs=0.2)] * 3
    assert len(server.requests) == 9


async def test_429_pause_is_shared_with_with_options_copies(api: Api, server: Loopback) -> None:
    server.answer(429, headers={"Retry-After": "3"})
    await api.get_segments(APP)
    await api.with_options(max_retries=0).get_segments(APP)
    assert api.trace.slept == [pytest.approx(3.0, abs=0.2)] * 2


# -- secrets and logging ---------------------------------------------------------------------------

BODY_MARKER = "segment-name-body-marker-7731"


def _texts_of(error: BaseException) -> list[str]:
    """Every text a careless handler might print or log about `error`."""
    texts = [repr(error), str(error), repr(error.args)]
    response = getattr(error, "response", None)
    if response is not None:
        request = response.request
        texts += [repr(response), str(response), repr(request), str(request)]
        texts += [repr(request.headers), str(request.headers), repr(request.url)]
    return texts


async def test_keys_never_in_errors_reprs_or_logs(
    connect: Callable[..., Api], server: Loopback, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="onesignal")
    api = connect(timeout=0.3, max_retries=1)
    server.answer(401, {"errors": ["Access denied"]}, headers={"x-request-id": "req-401"})
    server.answer(500, {"errors": ["boom"]})
    server.answer(429, {"errors": ["slow"]}, headers={"Retry-After": "0"}, times=2)
    server.answer(200, raw=b'{"id": "ab')
    server.answer(reset=True)
    server.answer(200, delay=1.0)
    calls = [
        api.get_segments(APP),  # 401
        api.create_segment(APP, {"name": BODY_MARKER, "filters": []}),  # 500, not retried
        api.create_segment(APP, {"name": BODY_MARKER, "filters": []}),  # 429 twice: RateLimitError
        api.create_notification({**NOTIFY, "name": BODY_MARKER}),  # unreadable 200
        api.create_segment(APP, {"name": BODY_MARKER, "filters": []}),  # reset
        api.create_segment(APP, {"name": BODY_MARKER, "filters": []}),  # timeout
    ]
    errors = []
    for call in calls:
        with pytest.raises(Exception) as info:  # the kinds are checked below
            await call
        errors.append(info.value)
    assert [type(e) for e in errors] == [
        AuthenticationError,
        InternalServerError,
        RateLimitError,
        APIResponseError,
        APIConnectionError,
        APITimeoutError,
    ]

    texts = [repr(api.client), str(api.client), repr(api.with_options(max_retries=0).client)]
    for error in errors:
        texts += _texts_of(error)
    records = [r for r in caplog.records if r.name.startswith("onesignal")]
    assert records, "the onesignal logger said nothing at DEBUG"
    texts += [r.getMessage() for r in records] + [caplog.text]
    for text in texts:
        assert REST_SECRET not in text and ORG_SECRET not in text, text

    logged = "\n".join(r.getMessage() for r in records)
    assert BODY_MARKER not in logged  # no request bodies
    assert "Authorization" not in logged and "Key " not in logged
    assert f"/apps/{APP}" not in logged  # templates, not filled paths
    assert "get_segments GET /apps/{app_id}/segments -> 401 (attempt 1, request id req-401)" in (
        logged
    )
    assert "create_segment POST /apps/{app_id}/segments -> 429 (attempt 2" in logged


async def test_keys_never_in_traceback_locals(
    connect: Callable[..., Api], server: Loopback
) -> None:
    api = connect(max_retries=0)
    server.answer(500, {"errors": ["boom"]})
    with pytest.raises(InternalServerError) as info:
        await api.get_segments(APP)
    formatted = traceback.TracebackException.from_exception(info.value, capture_locals=True)
    text = "".join(formatted.format())
    assert REST_SECRET not in text


async def test_onesignal_log_env_adds_a_handler(
    connect: Callable[..., Api], monkeypatch: pytest.MonkeyPatch
) -> None:
    logger = logging.getLogger("onesignal")
    saved = (list(logger.handlers), logger.level)
    logger.handlers.clear()  # the variable is honoured only while the app has set up none
    try:
        monkeypatch.setenv("ONESIGNAL_LOG", "debug")
        connect()
        assert len(logger.handlers) == 1
        assert logger.level == logging.DEBUG
        connect()  # a second client does not print every line twice
        assert len(logger.handlers) == 1
    finally:
        logger.handlers[:] = saved[0]
        logger.setLevel(saved[1])


async def test_no_handler_without_onesignal_log(
    connect: Callable[..., Api], monkeypatch: pytest.MonkeyPatch
) -> None:
    logger = logging.getLogger("onesignal")
    saved = (list(logger.handlers), logger.level)
    logger.handlers.clear()
    try:
        monkeypatch.delenv("ONESIGNAL_LOG", raising=False)
        connect()
        assert logger.handlers == []
    finally:
        logger.handlers[:] = saved[0]
        logger.setLevel(saved[1])
