"""Why AsyncOneSignal keeps its own aiohttp transport instead of httpx-aiohttp 0.2.0: three
behaviours the SDK's reliability depends on, observed on a loopback server. Not part of CI.

    python3.11 -m venv /tmp/hxenv && /tmp/hxenv/bin/pip install "httpx-aiohttp[httpx2]==0.2.0"
    /tmp/hxenv/bin/pip list | grep -i httpx    # httpx and httpcore come too, beside httpx2
    /tmp/hxenv/bin/python tools/check_httpx_aiohttp.py

What it printed (2026-12-01): a POST whose connection dropped after the whole request was sent
raised ConnectTimeout, the error that means "never sent", so a retry policy resends a request
OneSignal may have processed (ours raises ReadError there); a client used by a second
asyncio.run() raised a raw RuntimeError("Event loop is closed") (ours makes a session per loop).
"""

from __future__ import annotations

import asyncio
import socket
import threading

import httpx2
from httpx_aiohttp.httpx2 import AiohttpTransport  # type: ignore[import-not-found]


def _drop_after_request(listener: socket.socket) -> None:
    while True:
        connection, _ = listener.accept()
        connection.recv(65536)  # the whole request arrives...
        connection.close()  # ...and the connection drops before any answer


def main() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    threading.Thread(target=_drop_after_request, args=(listener,), daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/notifications"
    client = httpx2.AsyncClient(transport=AiohttpTransport())

    async def post() -> str:
        try:
            await client.post(url, content=b'{"contents": {"en": "Hi"}}')
        except Exception as exc:
            return type(exc).__name__
        return "answered"

    first = asyncio.run(post())
    print(
        "POST lost after sending:",
        first,
        "(counts as never sent:",
        first in ("ConnectError", "ConnectTimeout"),
        ")",
    )
    print("the same client in a second asyncio.run():", asyncio.run(post()))


if __name__ == "__main__":
    main()
