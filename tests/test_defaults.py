"""The defaults a client made without options applies, checked against the documentation rather
than against the SDK's own constants: the timeout that reaches the transport on every request of
every operation, sync and async, and a silent server ending in `APITimeoutError` within a short
default set the documented way (`timeout=`, `with_options`).

The expected timeout is read from the README's Reliability table ("120 s by default ... and 5 s
to connect"), so a changed default fails here until the documentation says the same.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from onesignal_generated.sync_transport import SyncTransport

from onesignal import APITimeoutError, AsyncOneSignal, OneSignal
from onesignal._transport import AsyncTransport
from tests.loopback import Loopback, RawServer
from tests.spec_tools import facade_call, operations

ROOT = Path(__file__).resolve().parent.parent
APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
REST = "rest-secret-4f7a"
ORG = "org-secret-91c2"


def _documented_timeout() -> dict[str, float]:
    """The default of the README's "No answer" row, as httpx2 spells a request's timeout."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| No answer |"))
    total = re.search(r"(\d+(?:\.\d+)?) s by default", row)
    connect = re.search(r"(\d+(?:\.\d+)?) s to connect", row)
    assert total and connect, f"the README's default timeout could not be read from: {row}"
    seconds = float(total[1])
    return {"connect": float(connect[1]), "read": seconds, "write": seconds, "pool": seconds}


DOCUMENTED = _documented_timeout()


def test_the_documented_default_is_the_one_expected() -> None:
    """A guard on the reading above: the README documents 120 s total and 5 s to connect."""
    assert DOCUMENTED == {"connect": 5.0, "read": 120.0, "write": 120.0, "pool": 120.0}


class Recorder:
    """The timeout of each request as the transport received it (`request.extensions`)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, dict[str, Any]]] = []
        self._lock = threading.Lock()

    def record(self, request: httpx2.Request) -> None:
        with self._lock:
            self.seen.append((request.method, request.url.path, request.extensions["timeout"]))

    def check(self, expected: dict[str, float], at_least: int) -> None:
        assert len(self.seen) >= at_least
        wrong = [(m, p, t) for m, p, t in self.seen if t != expected]
        assert not wrong, f"requests not sent with the timeout {expected}: {wrong[:5]}"


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """Wraps the transports the SDK's own pools use (httpx2's, the SDK's over httpcore2, and
    the aiohttp one for `AsyncOneSignal`), so a client made without `http_client=` is observed
    as it is."""
    seen = Recorder()
    for cls in (httpx2.HTTPTransport, SyncTransport):
        original = cls.handle_request

        def handle(self: Any, request: httpx2.Request, _original: Any = original) -> Any:
            seen.record(request)
            return _original(self, request)

        monkeypatch.setattr(cls, "handle_request", handle)
    async_transports: list[Any] = [httpx2.AsyncHTTPTransport, AsyncTransport]
    try:
        from onesignal._aiohttp_transport import AiohttpTransport
    except ImportError:
        pass
    else:
        async_transports.append(AiohttpTransport)
    for cls in async_transports:
        async_original = cls.handle_async_request

        async def handle_async(
            self: Any, request: httpx2.Request, _original: Any = async_original
        ) -> httpx2.Response:
            seen.record(request)
            response: httpx2.Response = await _original(self, request)
            return response

        monkeypatch.setattr(cls, "handle_async_request", handle_async)
    return seen


def _keys(server: Loopback) -> dict[str, Any]:
    return {"rest_api_key": REST, "organization_api_key": ORG, "base_url": server.base_url}


CALLS = [(op.id, *facade_call(op)) for op in operations()]


def test_every_operation_of_a_default_sync_client_sends_the_documented_timeout(
    server: Loopback, recorder: Recorder
) -> None:
    with OneSignal(**_keys(server)) as client:  # no timeout, no http_client: the SDK's pool
        for name, args, kwargs in CALLS:
            getattr(client, name)(*args, **kwargs)
    recorder.check(DOCUMENTED, at_least=len(CALLS))
    assert len(server.requests) == len(recorder.seen)


async def test_every_operation_of_a_default_async_client_sends_the_documented_timeout(
    server: Loopback, recorder: Recorder
) -> None:
    async with AsyncOneSignal(**_keys(server)) as client:
        for name, args, kwargs in CALLS:
            await getattr(client, name)(*args, **kwargs)
    recorder.check(DOCUMENTED, at_least=len(CALLS))
    assert len(server.requests) == len(recorder.seen)


def test_retries_and_pages_keep_the_documented_timeout(
    server: Loopback, recorder: Recorder
) -> None:
    """Every attempt of a retried call, and every page an iterator fetches."""
    server.answer(503, {"errors": ["busy"]}, times=2)
    with OneSignal(**_keys(server), app_id=APP) as client:
        client._sleep = lambda seconds: None  # no real backoff
        client.get_segments()
        server.answer(200, {"total_count": 2, "offset": 0, "limit": 1, "segments": [{"id": "a"}]})
        server.answer(200, {"total_count": 2, "offset": 1, "limit": 1, "segments": [{"id": "b"}]})
        assert [s.id for s in client.iter_segments(page_size=1)] == ["a", "b"]
    assert len(server.requests) == 5
    recorder.check(DOCUMENTED, at_least=5)


def _hooked(kind: type, recorder: Recorder) -> Any:
    """A pool of the application's own (`http_client=`), reporting through an event hook."""
    if kind is OneSignal:
        return httpx2.Client(event_hooks={"request": [recorder.record]})

    async def record(request: httpx2.Request) -> None:
        recorder.record(request)

    return httpx2.AsyncClient(event_hooks={"request": [record]})


@pytest.mark.parametrize("kind", [OneSignal, AsyncOneSignal], ids=["sync", "async"])
async def test_the_default_reaches_an_application_pool_and_every_way_of_asking_for_it(
    kind: type, server: Loopback
) -> None:
    """With `http_client=` the pool's own timeout (httpx2's 5 s) must not be what applies, and
    each way of leaving the timeout out (`with_options()`, `with_options(timeout=None)`, a
    call's `timeout=None`) means the documented default."""
    recorder = Recorder()
    http = _hooked(kind, recorder)
    client = kind(**_keys(server), http_client=http)
    calls = [
        client.get_app(APP),
        client.get_app(APP, timeout=None),
        client.with_options().get_app(APP),
        client.with_options(timeout=None).get_app(APP),
        client.with_options(max_retries=0).get_segments(APP),
    ]
    for call in calls:
        if kind is AsyncOneSignal:
            await call
    if kind is AsyncOneSignal:
        await client.close()
        await http.aclose()
    else:
        client.close()
        http.close()
    recorder.check(DOCUMENTED, at_least=len(calls))


# -- a silent server, with a short default set the documented way ----------------------------


class SilentServer(RawServer):
    """Accepts connections and reads requests, but never answers (until it is closed)."""

    def __init__(self) -> None:
        super().__init__(lambda connection: self.wait_stopped(60))


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


SHORT = 0.5


def _short_clients(kind: type, base_url: str) -> list[tuple[str, Any]]:
    options = {"rest_api_key": REST, "organization_api_key": ORG, "base_url": base_url}
    return [
        ("timeout=", kind(**options, timeout=SHORT, max_retries=0)),
        ("with_options", kind(**options).with_options(timeout=SHORT, max_retries=0)),
    ]


@pytest.mark.parametrize("kind", [OneSignal, AsyncOneSignal], ids=["sync", "async"])
async def test_a_silent_server_ends_in_a_timeout_within_the_client_default(
    kind: type, silent: SilentServer
) -> None:
    for how, client in _short_clients(kind, silent.base_url):
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            call = client.get_app(APP)  # no per-call timeout: the client's default applies
            if kind is AsyncOneSignal:
                await call
        elapsed = time.monotonic() - start
        assert SHORT * 0.8 <= elapsed < SHORT + 3.0, f"{how}: gave up after {elapsed:.2f} s"
        closing = client.close()
        if closing is not None:
            await closing


@pytest.mark.parametrize("how", ["timeout=", "with_options"])
@pytest.mark.parametrize("kind", [OneSignal, AsyncOneSignal], ids=["sync", "async"])
async def test_the_short_default_reaches_the_transport(
    kind: type, how: str, silent: SilentServer
) -> None:
    """The same two ways, observed: the short default is what the request carries."""
    recorder = Recorder()
    http = _hooked(kind, recorder)
    options = {"rest_api_key": REST, "base_url": silent.base_url, "http_client": http}
    if how == "timeout=":
        client = kind(**options, timeout=SHORT, max_retries=0)
    else:
        client = kind(**options).with_options(timeout=SHORT, max_retries=0)
    with pytest.raises(APITimeoutError):
        call = client.get_segments(APP)
        if kind is AsyncOneSignal:
            await call
    if kind is AsyncOneSignal:
        await http.aclose()
    else:
        http.close()
    recorder.check({"connect": SHORT, "read": SHORT, "write": SHORT, "pool": SHORT}, at_least=1)


# -- the other documented defaults of the Reliability table, at their boundary -----------------


def _reliability_row(start: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if line.startswith(f"| {start} |"))


def _documented_answer_limit() -> int:
    found = re.search(
        r"`max_answer_bytes` \((\d+) MiB by default", _reliability_row("A huge answer")
    )
    assert found, "the README's default max_answer_bytes could not be read"
    return int(found[1]) * 1024 * 1024


def _documented_retry_after_cap() -> float:
    found = re.search(r"`max_retry_after` \((\d+) s by default", _reliability_row("429"))
    assert found, "the README's default max_retry_after could not be read"
    return float(found[1])


@pytest.mark.parametrize("kind", [OneSignal, AsyncOneSignal], ids=["sync", "async"])
async def test_a_default_client_takes_answers_up_to_the_documented_size_and_no_more(
    kind: type, server: Loopback
) -> None:
    """An answer of exactly the documented default decodes; one byte more is refused. (A
    test far from the boundary, or with `max_answer_bytes=` given, would pass any default.)"""
    from onesignal import APIResponseError

    limit = _documented_answer_limit()
    assert limit == 32 * 1024 * 1024
    fits = b'{"id": "x"}' + b" " * (limit - len(b'{"id": "x"}'))
    server.answer(200, raw=fits)
    server.answer(200, raw=fits + b" ")
    client = kind(rest_api_key=REST, organization_api_key=ORG, base_url=server.base_url)
    try:
        call = client.get_app(APP)
        answer = await call if kind is AsyncOneSignal else call
        assert answer.id == "x"
        with pytest.raises(APIResponseError, match="max_answer_bytes"):
            call = client.get_app(APP)
            if kind is AsyncOneSignal:
                await call
    finally:
        closing = client.close()
        if closing is not None:
            await closing
    assert len(server.requests) == 2  # an answer too long is not retried


@pytest.mark.parametrize("kind", [OneSignal, AsyncOneSignal], ids=["sync", "async"])
async def test_a_default_client_waits_out_a_429_up_to_the_documented_cap_and_no_longer(
    kind: type, server: Loopback
) -> None:
    """`Retry-After` equal to the documented cap is waited out; one second more raises
    `RateLimitError` at once, on a client made without `max_retry_after=`."""
    from onesignal import RateLimitError

    cap = _documented_retry_after_cap()
    assert cap == 60.0
    segments = {"total_count": 0, "offset": 0, "limit": 50, "segments": []}
    for retry_after, retried in ((cap, True), (cap + 1, False)):
        waits: list[float] = []
        # A fresh client each time: a 429 pauses every later call of its client (faked here).
        client = kind(rest_api_key=REST, organization_api_key=ORG, base_url=server.base_url)
        if kind is AsyncOneSignal:

            async def fake_async_sleep(seconds: float, waits: list[float] = waits) -> None:
                waits.append(seconds)

            client._sleep = fake_async_sleep
        else:
            client._sleep = waits.append
        sent = len(server.requests)
        server.answer(429, {"errors": ["slow down"]}, headers={"Retry-After": f"{retry_after:.0f}"})
        server.answer(200, segments)
        try:
            if retried:
                call = client.get_segments(APP)
                if kind is AsyncOneSignal:
                    await call
                assert len(server.requests) == sent + 2
                assert waits == [pytest.approx(cap, abs=0.01)]
            else:
                with pytest.raises(RateLimitError) as caught:
                    call = client.get_segments(APP)
                    if kind is AsyncOneSignal:
                        await call
                assert caught.value.retry_after == pytest.approx(retry_after)
                assert len(server.requests) == sent + 1 and waits == []
                server.next_answer()  # the 200 left unused
        finally:
            closing = client.close()
            if closing is not None:
                await closing
