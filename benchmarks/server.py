"""A fast loopback HTTP/1.1 server answering realistic OneSignal JSON, for the benchmarks.

It runs in its own process (so the client under test has the interpreter to itself), keeps
connections alive, and answers from pre-encoded bodies:

- POST /notifications                -> a create-notification result
- GET  /notifications?...offset=N    -> a page of `limit` notifications out of `total` (query)
- GET  <export file path>            -> a gzip CSV of `rows` rows, streamed in chunks
- anything else                      -> `{}`

Usage: python benchmarks/server.py PORT [TOTAL_NOTIFICATIONS]
"""

from __future__ import annotations

import asyncio
import gzip
import json
import sys
import uuid
from functools import cache
from urllib.parse import parse_qs, urlsplit

TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 50
APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"


def notification(index: int) -> dict[str, object]:
    """One notification as get_notifications lists it (about 1.5 KB of JSON)."""
    return {
        "id": str(uuid.UUID(int=0x5EED0000000000000000000000000000 + index)),
        "app_id": APP_ID,
        "name": f"Weekly digest #{index}",
        "contents": {
            "en": "Your weekly digest is ready: 12 new stories picked for you.",
            "es": "Tu resumen semanal está listo: 12 historias nuevas para ti.",
        },
        "headings": {"en": "Weekly digest", "es": "Resumen semanal"},
        "url": "https://news.example.com/digest?utm_source=onesignal",
        "data": {"digest_id": index, "section": "weekly"},
        "included_segments": ["Subscribed Users"],
        "excluded_segments": ["Dormant"],
        "successful": 18452,
        "failed": 311,
        "errored": 3,
        "converted": 1290,
        "remaining": 0,
        "received": 17001,
        "queued_at": 1764400000 + index,
        "send_after": 1764400000 + index,
        "completed_at": 1764400300 + index,
        "platform_delivery_stats": {
            "ios": {"successful": 9000, "failed": 120, "errored": 1, "converted": 610},
            "android": {"successful": 9452, "failed": 191, "errored": 2, "converted": 680},
        },
        "big_picture": "https://cdn.example.com/img/digest.png",
        "chrome_web_icon": "https://cdn.example.com/img/icon.png",
        "ios_badgeType": "Increase",
        "ios_badgeCount": 1,
        "priority": 10,
        "ttl": 259200,
    }


CREATED = json.dumps({"id": "b98881cc-1e94-4366-bbd9-db8f3429292b", "external_id": None}).encode()


@cache
def page(offset: int, limit: int, total: int) -> bytes:
    count = max(0, min(limit, total - offset))
    body = {
        "total_count": total,
        "offset": offset,
        "limit": limit,
        "notifications": [notification(offset + i) for i in range(count)],
    }
    return json.dumps(body).encode()


def export_chunks(rows: int) -> list[bytes]:
    """The gzip CSV in 64 KB pieces, made once per size."""
    lines = ["id,external_id,created_at,last_active,tags\r\n"]
    lines += [
        f'{uuid.UUID(int=i)},user-{i},1764400000,1764486400,"{{""level"":""{i % 50}""}}"\r\n'
        for i in range(rows)
    ]
    data = gzip.compress("".join(lines).encode(), compresslevel=1)
    return [data[i : i + 65536] for i in range(0, len(data), 65536)]


_exports: dict[int, list[bytes]] = {}


class Handler(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buffer[:head_end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < head_end + 4 + length:
                return
            self.buffer = self.buffer[head_end + 4 + length :]
            method, target, _ = head.split(" ", 2)
            self.answer(method, target)

    def answer(self, method: str, target: str) -> None:
        parts = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path.startswith("/exports/"):
            rows = int(query.get("rows", "1000"))
            chunks = _exports.setdefault(rows, export_chunks(rows))
            head = (
                b"HTTP/1.1 200 OK\r\nContent-Type: application/gzip\r\n"
                b"Content-Length: %d\r\n\r\n" % sum(map(len, chunks))
            )
            self.transport.write(head)  # type: ignore[attr-defined]
            for chunk in chunks:
                self.transport.write(chunk)  # type: ignore[attr-defined]
            return
        if method == "POST" and parts.path == "/notifications":
            body = CREATED
        elif method == "GET" and parts.path == "/notifications":
            body = page(
                int(query.get("offset", 0)),
                int(query.get("limit", 50)),
                int(query.get("total", TOTAL)),
            )
        else:
            body = b"{}"
        self.transport.write(  # type: ignore[attr-defined]
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
            % (len(body), body)
        )


async def main(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Handler, "127.0.0.1", port, backlog=1024)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
