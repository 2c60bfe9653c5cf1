"""The cost of the leftover-bytes guard per call, in instructions (repeatable on a noisy machine).

Makes N `create_notification` calls (the 1 KB body of the benchmarks) against the fast loopback
server of benchmarks/server.py, which runs in its own process, through one of three pools:

- guarded:   the SDK's default `OneSignal` (onesignal/_transport.py, with the guard)
- unguarded: the same transport over httpcore2's pool with its own network backend (no guard)
- httpx2:    `http_client=httpx2.Client(...)`, httpx2's own transport
- aiohttp:   the default `AsyncOneSignal` with the aiohttp extra (its connector guarded)
- aiohttp-unguarded: the same with aiohttp's own connector

Run it under callgrind at two values of N; the difference of the totals over the difference of
N is the cost of one call, start-up and imports cancelled out:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/guard_cost.py guarded 100
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpcore2
import httpx2
from onesignal_generated.sync_transport import SyncTransport

from benchmarks.cases import APP_ID, notification_body
from onesignal import AsyncOneSignal, OneSignal
from onesignal._transport import LIMITS

ROOT = Path(__file__).resolve().parent.parent


def client(mode: str, base_url: str) -> OneSignal:
    options = {"rest_api_key": "bench-rest-key", "app_id": APP_ID, "base_url": base_url}
    if mode == "guarded":
        return OneSignal(**options)
    timeout = OneSignal(**options).timeout  # the SDK's default, as its own pools get it
    if mode == "httpx2":
        return OneSignal(**options, http_client=httpx2.Client(timeout=timeout))
    transport = SyncTransport()
    transport._pool = httpcore2.ConnectionPool(  # the same pool, streams not wrapped
        ssl_context=httpx2.create_ssl_context(),
        max_connections=LIMITS.max_connections,
        max_keepalive_connections=LIMITS.max_keepalive_connections,
        keepalive_expiry=LIMITS.keepalive_expiry,
    )
    return OneSignal(**options, http_client=httpx2.Client(timeout=timeout, transport=transport))


async def calls_async(mode: str, base_url: str, calls: int) -> None:
    if mode == "aiohttp-unguarded":
        import aiohttp

        import onesignal._aiohttp_transport as transport

        transport.GuardedConnector = aiohttp.TCPConnector  # type: ignore[misc,assignment]
    options: dict[str, Any] = {"rest_api_key": "bench-rest-key", "app_id": APP_ID}
    async with AsyncOneSignal(**options, base_url=base_url) as sdk:
        for i in range(10):
            await sdk.create_notification(notification_body(i))
        for i in range(calls):
            await sdk.create_notification(notification_body(i))


def main() -> None:
    mode, calls = sys.argv[1], int(sys.argv[2])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "benchmarks" / "server.py"), str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        if mode.startswith("aiohttp"):
            asyncio.run(calls_async(mode, f"http://127.0.0.1:{port}", calls))
            return
        with client(mode, f"http://127.0.0.1:{port}") as sdk:
            for i in range(10):  # the connection made, every first-use import done
                sdk.create_notification(notification_body(i))
            for i in range(calls):
                sdk.create_notification(notification_body(i))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
