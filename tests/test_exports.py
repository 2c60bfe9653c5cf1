"""Export helpers: waiting for the file (404/403 = not yet, a fake clock), streaming its rows
(plain or gzip, tricky quoting), no key sent to the storage host, and the one-call wrappers.
Each wire test runs with both clients against a real loopback server."""

from __future__ import annotations

import asyncio
import csv
import gzip
import io
import threading
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx2
import pytest

from onesignal import (
    APIConnectionError,
    APIStatusError,
    AsyncOneSignal,
    InternalServerError,
    OneSignal,
    OneSignalError,
    ValidationError,
)
from onesignal._csvstream import CsvStreamDecoder
from onesignal._errors import ExportError, ExportFormatError, ExportTimeoutError
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
NOTIFICATION = "b98881cc-1e94-4366-bbd9-db8f3429292b"
REST_SECRET = "rest-secret-4f7a"

TRICKY = [
    {"id": "1", "name": "Ann, the first", "note": 'she said "hi"'},
    {"id": "2", "name": "multi\nline", "note": "crlf\r\ninside"},
    {"id": "3", "name": "", "note": 'only "" quotes ""'},
    {"id": "4", "name": "naïve — 日本", "note": ",,,"},
]


def to_csv(rows: list[dict[str, str]], *, bom: bool = True) -> bytes:
    """RFC 4180 CSV with CRLF line ends, as a spreadsheet or an exporter writes it."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + out.getvalue()).encode()


def many_rows(n: int) -> list[dict[str, str]]:
    return [
        {"onesignal_id": f"id-{i}", "country": "US", "tags": f'{{"n": {i}, "s": "a,b\nc"}}'}
        for i in range(n)
    ]


# -- the decoder alone ------------------------------------------------------------------------


def decode(data: bytes, step: int = 1) -> list[dict[str, str]]:
    decoder = CsvStreamDecoder()
    rows: list[dict[str, str]] = []
    for i in range(0, len(data), step):
        rows.extend(decoder.feed(data[i : i + step]))
    rows.extend(decoder.finish())
    return rows


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize("step", [1, 2, 3, 7, 1 << 20])
def test_decoder_fed_in_any_pieces(compress: bool, step: int) -> None:
    data = to_csv(TRICKY)
    assert decode(gzip.compress(data) if compress else data, step) == TRICKY


def test_decoder_edge_records() -> None:
    # LF ends, a blank line, a short record, and a last record without a line end.
    data = b'a,b,c\n1,"x\ny",3\n\n4,5\n"6","7","8"'
    assert decode(data) == [
        {"a": "1", "b": "x\ny", "c": "3"},
        {"a": "4", "b": "5", "c": ""},
        {"a": "6", "b": "7", "c": "8"},
    ]
    assert decode(b"") == [] and decode(b"a,b\r\n") == []
    decoder = CsvStreamDecoder()
    assert list(decoder.feed(b"\xef\xbb\xbfa,b\r\n")) == [] and decoder.header == ["a", "b"]


def test_decoder_reads_concatenated_gzip_members_and_zero_padding() -> None:
    data = gzip.compress(b"a,b\r\n1,2\r\n") + gzip.compress(b"3,4\r\n") + b"\0\0"
    assert decode(data) == [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}]


def test_decoder_yields_rows_before_the_file_ends() -> None:
    decoder = CsvStreamDecoder()
    assert list(decoder.feed(b'a,b\r\n1,"open')) == []
    assert list(decoder.feed(b' quote"\r\n2,')) == [{"a": "1", "b": "open quote"}]
    assert list(decoder.finish()) == [{"a": "2", "b": ""}]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (gzip.compress(b"a,b\n1,2\n" * 50)[:-12], "truncated"),
        (b"\x1f\x8b" + b"\x00" * 30, "corrupt"),
        (b"a,b\n\xff\xfe,1\n", "not UTF-8"),
        (b'a,b\n1,"never closed\n', "bad CSV"),
        (b'a,b\n"x"y,1\n', "bad CSV"),
        (b"a,b\n1,2,3\n", "3 fields but the header has 2"),
    ],
    ids=["truncated-gzip", "corrupt-gzip", "bad-utf8", "open-quote", "junk-after-quote", "long"],
)
def test_decoder_refuses_malformed_files(data: bytes, message: str) -> None:
    with pytest.raises(ExportFormatError, match=message) as info:
        decode(data, 5)
    assert isinstance(info.value, ExportError) and isinstance(info.value, ValueError)


# -- wire tests: one body, both clients -------------------------------------------------------


class Clock:
    """A fake `_sleep`: records the waits asked for and returns at once."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        if seconds:  # the API send loop's "no 429 pause" zero waits are not polls
            self.sleeps.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Runner:
    """Calls a helper on `OneSignal` or `AsyncOneSignal`; rows come back as a list."""

    def __init__(self, mode: str, base_url: str) -> None:
        self.mode = mode
        self.base_url = base_url
        self.clock = Clock()

    def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        options: dict[str, Any] = {
            "rest_api_key": REST_SECRET,
            "app_id": APP,
            "base_url": self.base_url,
            "max_retries": 0,
        }
        if self.mode == "sync":
            with OneSignal(**options) as client:
                client._sleep = self.clock.sleep  # type: ignore[assignment]
                result = getattr(client, method)(*args, **kwargs)
                return list(result) if isinstance(result, Iterator) else result

        async def run() -> Any:
            async with AsyncOneSignal(**options) as client:
                client._sleep = self.clock.asleep  # type: ignore[assignment]
                result = getattr(client, method)(*args, **kwargs)
                if isinstance(result, AsyncIterator):
                    return [row async for row in result]
                return await result

        return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, server: Loopback) -> Runner:
    return Runner(request.param, server.base_url)


def storage_gets(server: Loopback) -> list[Any]:
    gets = [r for r in server.requests if r.method == "GET"]
    assert gets and all("Authorization" not in r.headers for r in gets)
    return gets


def test_polls_through_404_and_403_then_streams_the_file(run: Runner, server: Loopback) -> None:
    server.answer(404, times=3)
    server.answer(403, raw=b"<Error><Code>AccessDenied</Code></Error>")
    server.answer(200, raw=to_csv(TRICKY), headers={"Content-Type": "text/csv"})
    url = f"{server.base_url}/csv_exports/users.csv"
    assert run("iter_export_rows", url) == TRICKY
    assert run.clock.sleeps == [10.0] * 4
    assert [r.path for r in storage_gets(server)] == ["/csv_exports/users.csv"] * 5


def test_wait_for_export_reports_progress(run: Runner, server: Loopback) -> None:
    server.answer(404, times=2)
    server.answer(200, raw=b"a\n1\n")
    calls: list[tuple[int, float]] = []
    url = f"{server.base_url}/f.csv"
    result = run("wait_for_export", url, poll_interval=5, on_progress=lambda *a: calls.append(a))
    assert result is None
    assert [attempt for attempt, _ in calls] == [1, 2]
    assert [elapsed for _, elapsed in calls] == [pytest.approx(0, abs=0.5), pytest.approx(5)]
    assert run.clock.sleeps == [5.0, 5.0] and len(storage_gets(server)) == 3


def test_a_file_that_never_appears_times_out(run: Runner, server: Loopback) -> None:
    server.answer(404, times=4)  # a fifth check would get the loopback's default 200
    calls: list[tuple[int, float]] = []
    url = f"{server.base_url}/f.csv.gz?X-Amz-Signature=secret-sig"
    with pytest.raises(ExportTimeoutError) as info:
        run("wait_for_export", url, timeout=25, on_progress=lambda *a: calls.append(a))
    error = info.value
    assert isinstance(error, TimeoutError) and isinstance(error, OneSignalError)
    assert error.url == url and error.attempts == 4 and error.waited == pytest.approx(25)
    assert "/f.csv.gz" in str(error) and "secret-sig" not in str(error)
    assert run.clock.sleeps == [10.0, 10.0, 5.0] and len(calls) == 4
    assert len(server.requests) == 4


def test_other_statuses_raise_typed_errors(run: Runner, server: Loopback) -> None:
    server.answer(500, raw=b"<Error>InternalError</Error>")
    with pytest.raises(InternalServerError) as info:
        run("iter_export_rows", f"{server.base_url}/f.csv")
    assert info.value.operation == "iter_export_rows" and "InternalError" in info.value.body
    server.answer(410, raw=b"gone")
    with pytest.raises(APIStatusError) as gone:
        run("wait_for_export", f"{server.base_url}/f.csv")
    assert gone.value.status_code == 410
    assert run.clock.sleeps == [] and len(server.requests) == 2


def test_connection_failures_are_retried_at_the_next_check(run: Runner, server: Loopback) -> None:
    server.answer(reset=True)
    server.answer(404)
    server.answer(200, raw=b"a,b\n1,2\n")
    assert run("iter_export_rows", f"{server.base_url}/f.csv", poll_interval=3) == [
        {"a": "1", "b": "2"}
    ]
    assert run.clock.sleeps == [3.0, 3.0]


def test_redirects_are_followed_without_a_key(run: Runner, server: Loopback) -> None:
    server.answer(302, raw=b"", headers={"Location": f"{server.base_url}/bucket/f.csv"})
    server.answer(200, raw=b"a\nx\n")
    assert run("iter_export_rows", f"{server.base_url}/csv_exports/f.csv") == [{"a": "x"}]
    assert [r.path for r in storage_gets(server)] == ["/csv_exports/f.csv", "/bucket/f.csv"]


def test_gzip_file_of_many_rows_is_known_by_its_bytes(run: Runner, server: Loopback) -> None:
    rows = many_rows(50_000)
    server.answer(200, raw=gzip.compress(to_csv(rows)), headers={"Content-Type": "text/csv"})
    got = run("iter_export_rows", f"{server.base_url}/named-like-plain.csv")
    assert len(got) == 50_000 and got[0] == rows[0] and got[-1] == rows[-1] and got == rows


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"url": "ftp://host/f.csv"}, "url"),
        ({"url": ""}, "url"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": "10"}, "timeout"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    run: Runner, server: Loopback, kwargs: dict[str, Any], field: str
) -> None:
    kwargs = dict(kwargs)
    url = kwargs.pop("url", f"{server.base_url}/f.csv")
    for method in ("wait_for_export", "iter_export_rows"):
        with pytest.raises(ValidationError) as info:
            run(method, url, **kwargs)
        assert info.value.field == field
    if field != "url":
        with pytest.raises(ValidationError):
            run("iter_subscriptions_export", **kwargs)
    assert server.requests == []


# -- the one-call wrappers ------------------------------------------------------------------


def test_subscriptions_export_end_to_end(run: Runner, server: Loopback) -> None:
    rows = many_rows(300)
    file_url = f"{server.base_url}/csv_exports/users.csv.gz?X-Amz-Signature=s"
    server.answer(200, {"csv_file_url": file_url})
    server.answer(404)
    server.answer(200, raw=gzip.compress(to_csv(rows)))
    got = run(
        "iter_subscriptions_export",
        extra_fields=["country"],
        segment_name="Frequent Buyers",
        poll_interval=2,
    )
    assert got == rows and run.clock.sleeps == [2.0]
    start = server.requests[0]
    assert (start.method, start.path) == ("POST", f"/players/csv_export?app_id={APP}")
    assert start.headers["Authorization"] == f"Key {REST_SECRET}"
    assert start.json() == {"extra_fields": ["country"], "segment_name": "Frequent Buyers"}
    assert [r.path for r in storage_gets(server)] == [
        "/csv_exports/users.csv.gz?X-Amz-Signature=s"
    ] * 2


def test_events_export_end_to_end(run: Runner, server: Loopback) -> None:
    server.answer(200, {"csv_file_url": f"{server.base_url}/events.csv.gz"})
    server.answer(200, raw=gzip.compress(to_csv(TRICKY)))
    assert run("iter_events_export", NOTIFICATION, "11111111-2222-4333-8444-555555555555") == TRICKY
    start = server.requests[0]
    assert start.method == "POST"
    assert start.path == (
        f"/notifications/{NOTIFICATION}/export_events?app_id=11111111-2222-4333-8444-555555555555"
    )
    assert len(storage_gets(server)) == 1


def test_notification_history_end_to_end(run: Runner, server: Loopback) -> None:
    url = f"{server.base_url}/reports/{NOTIFICATION}_clicked.csv"
    server.answer(200, {"success": True, "destination_url": url})
    server.answer(403)
    server.answer(200, raw=to_csv(TRICKY, bom=False))
    assert run("iter_notification_history", NOTIFICATION, events="clicked") == TRICKY
    start = server.requests[0]
    assert start.path == f"/notifications/{NOTIFICATION}/history"
    assert start.json() == {"app_id": APP, "events": "clicked"}
    assert len(storage_gets(server)) == 2


def test_an_answer_without_a_file_url_is_an_export_error(run: Runner, server: Loopback) -> None:
    server.answer(200, {"success": False})
    with pytest.raises(ExportError, match="without a destination_url"):
        run("iter_notification_history", NOTIFICATION)
    assert len(server.requests) == 1


# -- streaming, and a pool whose defaults carry a key -----------------------------------------


class Streamer:
    """A server whose one file is sent in small chunked pieces, holding back all but the first
    rows until the test says it has seen a row (or 5 s pass), or breaking off mid-body."""

    def __init__(self, rows: list[dict[str, str]], *, break_off: bool = False) -> None:
        self.release = threading.Event()
        self.released_in_time: bool | None = None
        self.headers: list[dict[str, str]] = []
        gz = zlib.compressobj(wbits=16 + zlib.MAX_WBITS)
        data = to_csv(rows)
        self.first = gz.compress(data[:2000]) + gz.flush(zlib.Z_SYNC_FLUSH)
        self.rest = gz.compress(data[2000:]) + gz.flush()
        self.break_off = break_off
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    @property
    def url(self) -> str:
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}/export.csv.gz"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        streamer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                streamer.headers.append(dict(self.headers))
                self.send_response(200)
                if streamer.break_off:
                    self.send_header("Content-Length", str(len(streamer.first) + 10_000))
                    self.end_headers()
                    self.wfile.write(streamer.first)
                    self.close_connection = True
                    return
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self._chunk(streamer.first)
                streamer.released_in_time = streamer.release.wait(5)
                for i in range(0, len(streamer.rest), 1000):
                    self._chunk(streamer.rest[i : i + 1000])
                self.wfile.write(b"0\r\n\r\n")

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def streamer_factory() -> Iterator[Callable[..., Streamer]]:
    made: list[Streamer] = []

    def make(rows: list[dict[str, str]], **kwargs: Any) -> Streamer:
        made.append(Streamer(rows, **kwargs))
        return made[-1]

    yield make
    for streamer in made:
        streamer.close()


def leaky_pool() -> dict[str, str]:
    """Default headers of a caller's own pool, which must not reach the storage host."""
    return {"Authorization": "Bearer pool-default-secret"}


def test_sync_rows_arrive_before_the_body_ends(
    streamer_factory: Callable[..., Streamer],
) -> None:
    rows = many_rows(50_000)
    streamer = streamer_factory(rows)
    with httpx2.Client(headers=leaky_pool()) as pool:
        client = OneSignal(rest_api_key=REST_SECRET, http_client=pool)
        stream = client.iter_export_rows(streamer.url)
        first = next(stream)
        streamer.release.set()
        got = [first, *stream]
    assert streamer.released_in_time is True
    assert got == rows
    assert "authorization" not in {k.lower() for k in streamer.headers[0]}


async def test_async_rows_arrive_before_the_body_ends(
    streamer_factory: Callable[..., Streamer],
) -> None:
    rows = many_rows(50_000)
    streamer = streamer_factory(rows)
    async with httpx2.AsyncClient(headers=leaky_pool()) as pool:
        client = AsyncOneSignal(rest_api_key=REST_SECRET, http_client=pool)
        stream = client.iter_export_rows(streamer.url)
        first = await anext(stream)
        streamer.release.set()
        got = [first, *[row async for row in stream]]
    assert streamer.released_in_time is True
    assert got == rows
    assert "authorization" not in {k.lower() for k in streamer.headers[0]}


def test_a_download_that_breaks_off_raises_a_connection_error(
    run: Runner, streamer_factory: Callable[..., Streamer]
) -> None:
    streamer = streamer_factory(many_rows(1000), break_off=True)
    with pytest.raises(APIConnectionError) as info:
        run("iter_export_rows", streamer.url)
    assert info.value.operation == "iter_export_rows"
