"""A real HTTP server on 127.0.0.1 whose answers the test scripts and whose requests it reads.

Used where a test must see exactly what reached the wire (keys, respelt fields, encoded paths)
or must make the server misbehave (delays, resets, 429s, bad bodies).
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str  # the raw request target, percent-encoding intact
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Scripted:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    delay: float = 0.0
    reset: bool = False  # close the connection without answering


class Loopback:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._script: deque[Scripted] = deque()
        self._lock = threading.Lock()
        handler = _handler_for(self)
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def answer(
        self,
        status: int = 200,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        reset: bool = False,
        times: int = 1,
    ) -> None:
        """Queue the next answer(s); when the queue is empty the server answers 200 `{}`."""
        payload = raw if raw is not None else json.dumps({} if body is None else body).encode()
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        for _ in range(times):
            self._script.append(Scripted(status, payload, all_headers, delay, reset))

    def next_answer(self) -> Scripted:
        with self._lock:
            return self._script.popleft() if self._script else Scripted()

    def last(self) -> Recorded:
        return self.requests[-1]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (a timeout test) is expected: no traceback on stderr for it."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler_for(loopback: Loopback) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as two writes: without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every answer.
        disable_nagle_algorithm = True

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            loopback.requests.append(Recorded(self.command, self.path, dict(self.headers), body))
            answer = loopback.next_answer()
            if answer.delay:
                time.sleep(answer.delay)
            if answer.reset:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                self.connection.close()
                self.close_connection = True
                return
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class RawServer:
    """A loopback server that answers every request with `respond(connection)`: headers, then a
    body as slow, as long or as compressed as a test needs. It stops by itself."""

    def __init__(
        self, respond: Callable[[socket.socket], None], *, read_request: bool = True
    ) -> None:
        self._read_request = read_request  # False: `respond` gets the connection as accepted
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self._listener.settimeout(0.2)
        self._respond = respond
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def port(self) -> int:
        port: int = self._listener.getsockname()[1]
        return port

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._one, args=(connection,), daemon=True).start()

    def _one(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            try:
                if self._read_request:
                    connection.recv(65536)  # the request: small, read once
                self._respond(connection)
            except OSError:
                pass  # the client gave up: what the tests want

    def stopping(self) -> bool:
        return self._stop.is_set()

    def wait_stopped(self, seconds: float) -> bool:
        """For a `respond` that holds its connection: True once the server is closed."""
        return self._stop.wait(seconds)

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
