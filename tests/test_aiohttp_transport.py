"""AsyncOneSignal's default transport (httpx2 over aiohttp): errors map so that the retry policy
stays right, nothing is resent behind the SDK's back, and plain httpx2 still works as a choice."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx2
import pytest

from onesignal import APIConnectionError, APITimeoutError, AsyncOneSignal
from onesignal._aiohttp_transport import AiohttpTransport
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"


def _client(url: str, **options: object) -> AsyncOneSignal:
    return AsyncOneSignal(rest_api_key="k", base_url=url, **options)  # type: ignore[arg-type]


async def test_default_transport_is_aiohttp(server: Loopback) -> None:
    async with _client(server.base_url) as client:
        assert isinstance(client._http._transport, AiohttpTransport)
        server.answer(body={"segments": [], "total_count": 0})
        assert (await client.get_segments(APP)).total_count == 0
    headers = server.last().headers
    assert headers["Authorization"] == "Key k"  # names keep their case on the wire


async def test_refused_connection_is_a_connect_error_and_retried() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    client = _client(f"http://127.0.0.1:{port}", max_retries=1)
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    client._sleep = fake_sleep  # type: ignore[method-assign]
    with pytest.raises(APIConnectionError) as info:
        # not replayable, but never sent
        await client.create_segment(APP, {"name": "x", "filters": []})
    assert not isinstance(info.value, APITimeoutError)
    assert len(waits) == 1
    await client.close()


async def test_reset_after_sending_a_post_is_not_resent(server: Loopback) -> None:
    server.answer(reset=True)
    async with _client(server.base_url, max_retries=3) as client:
        with pytest.raises(APIConnectionError):
            await client.create_segment(APP, {"name": "x", "filters": []})
    assert len(server.requests) == 1


async def test_no_hidden_resend_of_a_get(server: Loopback) -> None:
    """aiohttp would quietly resend a GET once; the SDK's own policy is the only one."""
    server.answer(reset=True)
    async with _client(server.base_url, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await client.get_segments(APP)
    assert len(server.requests) == 1


async def test_read_timeout(server: Loopback) -> None:
    server.answer(body={}, delay=2.0)
    async with _client(server.base_url, max_retries=0, timeout=0.3) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.get_segments(APP)
    assert time.monotonic() - started < 1.5


async def test_plain_httpx_still_works(server: Loopback) -> None:
    server.answer(reset=True)
    server.answer(body={"segments": [], "total_count": 3})
    async with httpx2.AsyncClient() as http:
        client = AsyncOneSignal(rest_api_key="k", base_url=server.base_url, http_client=http)
        assert (await client.get_segments(APP)).total_count == 3  # the reset GET was retried
    assert len(server.requests) == 2


def test_one_client_across_event_loops_and_never_closed(server: Loopback) -> None:
    """Scripts call asyncio.run() more than once with one client and may never close it:
    each loop gets a working session, and nothing is reported as unclosed at exit."""
    import subprocess
    import sys

    script = f"""
import asyncio
from onesignal import AsyncOneSignal
client = AsyncOneSignal(rest_api_key="k", base_url="{server.base_url}")
async def once():
    return (await client.get_segments("{APP}")).total_count
print(asyncio.run(once()), asyncio.run(once()))
"""
    server.answer(body={"segments": [], "total_count": 1})
    server.answer(body={"segments": [], "total_count": 2})
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "2"]
    assert "Unclosed" not in done.stderr, done.stderr


async def test_proxy_from_the_environment_is_used(
    server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As httpx2 would: with HTTP_PROXY set, requests go through the proxy."""
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.base_url)
    monkeypatch.setenv("http_proxy", server.base_url)
    server.answer(body={"segments": [], "total_count": 4})
    async with _client("http://api.onesignal.invalid", max_retries=0) as client:
        assert (await client.get_segments(APP)).total_count == 4
    assert server.last().path.startswith("http://api.onesignal.invalid/apps/")


def _run_script(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error::ResourceWarning", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_loops_that_end_leave_no_unclosed_transport_or_socket(server: Loopback) -> None:
    """Three asyncio.run() calls on one client, then close(): each loop's session is closed
    inside that loop as it shuts down (issue 12, item 10)."""
    script = f"""
import asyncio, gc
from onesignal import AsyncOneSignal
client = AsyncOneSignal(rest_api_key="k", base_url="{server.base_url}")
async def once():
    return (await client.get_segments("{APP}")).total_count
totals = [asyncio.run(once()) for _ in range(3)]
asyncio.run(client.close())
del client
gc.collect()
print(*totals)
"""
    for total in (1, 2, 3):
        server.answer(body={"segments": [], "total_count": total})
    done = _run_script(script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "2", "3"]
    for noise in ("ResourceWarning", "Unclosed", "unclosed"):
        assert noise not in done.stderr, done.stderr


def test_one_client_used_by_event_loops_in_several_threads(server: Loopback) -> None:
    """A module-level client called from a loop per thread (async_to_sync in a threaded
    server): every call completes, none waits on another loop's connections (item 9)."""
    script = f"""
import asyncio, threading
from onesignal import AsyncOneSignal
client = AsyncOneSignal(rest_api_key="k", base_url="{server.base_url}", timeout=10)
results = []
async def calls():
    for _ in range(10):
        results.append((await client.get_segments("{APP}")).total_count)
def worker():
    asyncio.run(calls())
threads = [threading.Thread(target=worker) for _ in range(4)]
for thread in threads: thread.start()
for thread in threads: thread.join(30)
print(len(results), any(thread.is_alive() for thread in threads))
"""
    server.answer(body={"segments": [], "total_count": 7}, times=40)
    done = _run_script(script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["40", "False"]
    assert len(server.requests) == 40
