"""Hardening (issue 12): keys never ride on errors, errors survive pickle and copy, bad keys and
options are refused when the client is made, nothing raw escapes from bad input or answers, the
Retry-After rule, closed clients, and export waits that cannot reach their host. Real loopback
servers, sync and async where both apply."""

from __future__ import annotations

import copy
import pickle
import traceback
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx2
import pytest

from onesignal import (
    APIConnectionError,
    APIResponseError,
    AsyncOneSignal,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    InternalServerError,
    NotFoundError,
    OneSignal,
    OneSignalError,
    RateLimitError,
    ValidationError,
)
from onesignal._errors import ExportError
from tests.loopback import Loopback, RawServer

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
KEY = "os_v2_app_SECRET-KEY-9f3b"
ORG = "os_v2_org_SECRET-ORG-77aa"


class Api:
    """One client of either kind, called the same way (awaiting when it is async)."""

    def __init__(self, client: OneSignal | AsyncOneSignal) -> None:
        self.client = client

    async def __call__(self, name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, name)(*args, **kwargs)
        return await result if isinstance(self.client, AsyncOneSignal) else result


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, server: Loopback) -> AsyncIterator[Api]:
    cls = OneSignal if request.param == "sync" else AsyncOneSignal
    client = cls(
        rest_api_key=KEY, organization_api_key=ORG, base_url=server.base_url, max_retries=0
    )
    yield Api(client)
    closing = client.close()
    if closing is not None:
        await closing


def _no_key(blob: bytes | str) -> None:
    text = blob if isinstance(blob, str) else blob.decode("latin-1")
    assert "SECRET-KEY" not in text and "SECRET-ORG" not in text


# -- 5, 6: errors carry no key and survive pickle and copy ---------------------------------------

STATUS_ERRORS = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (404, NotFoundError),
    (429, RateLimitError),
    (500, InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
async def test_status_errors_pickle_and_copy_without_the_key(
    api: Api, server: Loopback, status: int, cls: type[OneSignalError]
) -> None:
    server.answer(status, {"errors": ["no"]}, headers={"X-Request-Id": "req-1"}, times=3)
    with pytest.raises(cls) as caught:
        await api("get_app", APP)
    error: Any = caught.value
    blob = pickle.dumps(error)
    _no_key(blob)
    for again in (pickle.loads(blob), copy.copy(error), copy.deepcopy(error)):
        assert type(again) is cls
        assert (again.status_code, again.errors, again.body, again.request_id) == (
            status,
            ["no"],
            {"errors": ["no"]},
            "req-1",
        )
        assert str(again) == str(error)
    assert "authorization" not in error.response.request.headers
    _no_key(repr(error) + str(error) + repr(error.__dict__))


async def test_a_2xx_that_is_not_json_pickles_without_the_key(api: Api, server: Loopback) -> None:
    server.answer(200, raw=b"<html>oops</html>")
    with pytest.raises(APIResponseError) as caught:
        await api("get_app", APP)
    blob = pickle.dumps(caught.value)
    _no_key(blob)
    assert pickle.loads(blob).status_code == 200


async def test_no_key_in_traceback_locals_of_a_failed_call(api: Api, server: Loopback) -> None:
    server.answer(404, {"errors": ["gone"]})
    with pytest.raises(NotFoundError) as caught:
        await api("get_app", APP)
    formatted = traceback.TracebackException.from_exception(caught.value, capture_locals=True)
    _no_key("".join(formatted.format()))


def _raise_not_found() -> None:
    request = httpx2.Request(
        "GET", "https://api.onesignal.com/apps/x", headers={"Authorization": KEY}
    )
    response = httpx2.Response(404, json={"errors": ["gone"]}, request=request)
    raise NotFoundError(operation="get_app", response=response, body={}, errors=["gone"])


def test_an_error_in_a_process_pool_worker_reaches_the_parent() -> None:
    with ProcessPoolExecutor(1) as pool:
        future = pool.submit(_raise_not_found)
        with pytest.raises(NotFoundError) as caught:
            future.result(timeout=60)
        assert caught.value.status_code == 404
        assert pool.submit(int, "7").result(timeout=60) == 7  # the pool still works


def test_validation_errors_pickle_with_their_field() -> None:
    error = ValidationError("bad", field="app_id")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.field, str(again)) == (ValidationError, "app_id", "bad")


# -- 7, 16: the client refuses bad keys and options when it is made ----------------------------


@pytest.mark.parametrize("cls", [OneSignal, AsyncOneSignal])
def test_surrounding_whitespace_is_stripped_from_keys(cls: type, server: Loopback) -> None:
    client = cls(rest_api_key=f"  {KEY}\n", base_url=server.base_url)
    assert client._keys["rest"].reveal() == KEY


@pytest.mark.parametrize(
    "bad", [f"Key {KEY}", "key abc", "abc\x00def", "abc\tdef", "naïve-key", "two words"]
)
@pytest.mark.parametrize("cls", [OneSignal, AsyncOneSignal])
def test_a_key_no_api_key_can_be_is_refused_naming_the_argument(cls: type, bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        cls(rest_api_key=bad)
    assert caught.value.field == "rest_api_key"
    assert bad not in str(caught.value) and "abc" not in str(caught.value)


def test_a_bad_key_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESIGNAL_ORGANIZATION_API_KEY", "Key abc")
    with pytest.raises(ValidationError) as caught:
        OneSignal()
    assert caught.value.field == "ONESIGNAL_ORGANIZATION_API_KEY"


@pytest.mark.parametrize("cls", [OneSignal, AsyncOneSignal])
def test_an_unknown_option_names_the_client_and_suggests(cls: type) -> None:
    with pytest.raises(TypeError, match=rf"{cls.__name__}\(\).*'api_key'.*'rest_api_key'"):
        cls(api_key="x")
    with pytest.raises(TypeError, match="did you mean 'max_retries'"):
        cls(max_retry=3)


async def test_a_call_on_a_closed_client_says_it_is_closed(server: Loopback) -> None:
    client = OneSignal(rest_api_key=KEY, organization_api_key=ORG, base_url=server.base_url)
    client.close()
    with pytest.raises(ClientClosedError, match="closed"):
        client.get_app(APP)
    async_client = AsyncOneSignal(
        rest_api_key=KEY, organization_api_key=ORG, base_url=server.base_url
    )
    await async_client.close()
    with pytest.raises(ClientClosedError, match="closed"):
        await async_client.get_app(APP)
    assert server.requests == []


# -- 11, 15: nothing raw escapes ---------------------------------------------------------------


def _circular() -> dict[str, Any]:
    data: dict[str, Any] = {"en": "Hi"}
    data["self"] = data
    return data


def _deep(levels: int) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for _ in range(levels):
        data = {"d": data}
    return data


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: {"app_id": APP, "data": _circular()}, "body"),
        (lambda: {"app_id": APP, "data": _deep(5000)}, "body"),
    ],
    ids=["circular", "5000-deep"],
)
async def test_bodies_that_cannot_be_sent_are_validation_errors(
    api: Api, server: Loopback, build: Callable[[], Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await api("create_notification", build())
    assert caught.value.field == field
    assert server.requests == []


async def test_a_number_as_the_body_is_refused(api: Api, server: Loopback) -> None:
    with pytest.raises(ValidationError) as caught:
        await api("create_notification", body=42)
    assert caught.value.field == "body"
    with pytest.raises(ValidationError) as caught:  # positionally it is in the app id's place
        await api("create_notification", 42)
    assert caught.value.field == "app_id"
    assert server.requests == []


async def test_a_notification_without_any_app_id_is_refused(api: Api, server: Loopback) -> None:
    with pytest.raises(ValidationError) as caught:
        await api("create_notification", {"contents": {"en": "Hi"}, "included_segments": ["All"]})
    assert caught.value.field == "app_id"
    with pytest.raises(ValidationError) as caught:
        await api("create_notification", {"app_id": 42, "contents": {"en": "Hi"}})
    assert caught.value.field == "app_id"
    assert server.requests == []


async def test_over_long_ids_and_query_values_are_refused(api: Api, server: Loopback) -> None:
    with pytest.raises(ValidationError) as caught:
        await api("get_user", APP, "external_id", "x" * 70_000)
    assert caught.value.field == "alias_id"
    with pytest.raises(ValidationError) as caught:
        await api("get_outcomes", APP, "os__click.count" * 1000)
    assert caught.value.field == "outcome_names"
    with pytest.raises(ValidationError) as caught:
        await api("get_notifications", APP, limit=10**5000)
    assert caught.value.field == "limit"
    assert server.requests == []


@pytest.mark.parametrize("status", [200, 400])
async def test_an_answer_nested_beyond_reading_is_a_typed_error(
    api: Api, server: Loopback, status: int
) -> None:
    server.answer(status, raw=b'{"a":' * 100_000 + b"1" + b"}" * 100_000)
    with pytest.raises((APIResponseError, BadRequestError)) as caught:
        await api("get_app", APP)
    assert caught.value.status_code == status  # type: ignore[union-attr]


# -- 18, 4: export waits that cannot reach their host ------------------------------------------


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again: connecting is refused


async def test_an_unreachable_export_host_raises_after_a_few_tries(api: Api) -> None:
    seen: list[tuple[int, float]] = []
    client = api.client
    client._sleep = _no_sleep(isinstance(client, AsyncOneSignal))  # type: ignore[method-assign]
    url = f"http://127.0.0.1:{_closed_port()}/export.csv.gz"
    with pytest.raises(APIConnectionError, match="3 times in a row"):
        await api("wait_for_export", url, on_progress=lambda n, t: seen.append((n, t)))
    assert [n for n, _ in seen] == [1, 2]  # each failure before the last is reported


async def test_a_redirect_loop_on_an_export_url_is_an_export_error(
    api: Api, server: Loopback
) -> None:
    server.answer(302, headers={"Location": "/again"}, times=30)
    with pytest.raises(ExportError, match="redirects in a loop"):
        await api("wait_for_export", server.base_url + "/export.csv")


def _no_sleep(is_async: bool) -> Callable[[float], Any]:
    async def asleep(seconds: float) -> None:
        return None

    return asleep if is_async else (lambda seconds: None)


def test_every_raised_error_is_a_onesignal_error() -> None:
    for cls in (ClientClosedError, ExportError, APIConnectionError, ValidationError):
        assert issubclass(cls, OneSignalError)


# -- 3: export records are capped, and decoding stays linear ------------------------------------


def _feed_all(chunks: list[bytes]) -> list[dict[str, str]]:
    from onesignal._csvstream import CsvStreamDecoder

    decoder = CsvStreamDecoder()
    rows = [row for chunk in chunks for row in decoder.feed(chunk)]
    return rows + list(decoder.finish())


def test_a_file_without_line_ends_fails_at_the_record_cap() -> None:
    from onesignal._csvstream import MAX_RECORD_CHARS
    from onesignal._errors import ExportFormatError

    chunk = b"x" * 65536
    chunks = [b"id,name\n"] + [chunk] * (MAX_RECORD_CHARS // len(chunk) + 2)
    with pytest.raises(ExportFormatError, match="longer than"):
        _feed_all(chunks)


def test_an_unclosed_quote_fails_at_the_record_cap_not_never() -> None:
    from onesignal._csvstream import MAX_RECORD_CHARS
    from onesignal._errors import ExportFormatError

    chunk = b"line\n" * 13000  # many line ends, all inside the open quote
    chunks = [b'id,name\n1,"open'] + [chunk] * (MAX_RECORD_CHARS // len(chunk) + 2)
    with pytest.raises(ExportFormatError, match="quote never closed"):
        _feed_all(chunks)


def test_quoted_line_ends_still_split_records_correctly() -> None:
    data = b'id,note\n1,"a\nb"\n2,"say ""hi""\n"\n3,plain\n'
    for size in (1, 2, 3, 7, len(data)):
        chunks = [data[i : i + size] for i in range(0, len(data), size)]
        assert _feed_all(chunks) == [
            {"id": "1", "note": "a\nb"},
            {"id": "2", "note": 'say "hi"\n'},
            {"id": "3", "note": "plain"},
        ]


# -- 1, 2: a total timeout per attempt, and a bound on what an answer may decode to ---------------


def _trickle(connection: Any) -> None:
    import time

    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    connection.sendall(b"Content-Length: 100000\r\n\r\n")
    for _ in range(40):  # a byte every 0.1 s: 4 s in all, each read well within any timeout
        connection.sendall(b" ")
        time.sleep(0.1)


def _endless(connection: Any) -> None:
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    connection.sendall(b"Transfer-Encoding: chunked\r\n\r\n")
    block = b" " * 65536
    chunk = b"%x\r\n%s\r\n" % (len(block), block)
    for _ in range(2000):  # at most ~128 MB, and the client stops long before
        connection.sendall(chunk)


def _gzip_bomb(connection: Any) -> None:
    import gzip

    body = gzip.compress(b" " * (64 * 1024 * 1024))  # 64 MiB of spaces in ~64 KB
    connection.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
    )
    connection.sendall(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> type:
    return OneSignal if request.param == "sync" else AsyncOneSignal


async def _get_app(cls: type, base_url: str, **options: Any) -> Any:
    client = cls(rest_api_key=KEY, organization_api_key=ORG, base_url=base_url, **options)
    try:
        result = client.get_app(APP)
        return await result if cls is AsyncOneSignal else result
    finally:
        closing = client.close()
        if closing is not None:
            await closing


async def test_the_timeout_bounds_a_whole_attempt_not_each_read(kind: type) -> None:
    import time

    from onesignal import APITimeoutError

    server = RawServer(_trickle)
    try:
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            await _get_app(kind, server.base_url, timeout=1.0, max_retries=0)
        assert time.monotonic() - start < 3.5  # the trickle would take 4 s
    finally:
        server.close()


async def test_an_endless_answer_stops_at_max_answer_bytes(kind: type) -> None:
    server = RawServer(_endless)
    try:
        with pytest.raises(APIResponseError, match="max_answer_bytes") as caught:
            await _get_app(kind, server.base_url, max_answer_bytes=1024 * 1024, max_retries=0)
        blob = pickle.dumps(caught.value)  # the error holds no half-read stream
        _no_key(blob)
    finally:
        server.close()


async def test_a_decompression_bomb_stops_at_max_answer_bytes(kind: type) -> None:
    server = RawServer(_gzip_bomb)
    try:
        with pytest.raises(APIResponseError, match="decompressed"):
            await _get_app(kind, server.base_url, max_answer_bytes=4 * 1024 * 1024, max_retries=0)
    finally:
        server.close()


def test_the_default_timeout_waits_out_oneSignals_100_seconds() -> None:
    client = OneSignal(rest_api_key=KEY)
    assert client.timeout.read is not None and client.timeout.read > 100
    assert client.max_answer_bytes >= 16 * 1024 * 1024


async def test_an_error_body_keeps_its_reference_and_limit(api: Api, server: Loopback) -> None:
    body = {"errors": ["too many"], "success": False, "reference": "https://x/limits", "limit": 20}
    server.answer(400, body)
    with pytest.raises(BadRequestError) as caught:
        await api("get_app", APP)
    assert (caught.value.reference, caught.value.limit) == ("https://x/limits", 20)
    assert pickle.loads(pickle.dumps(caught.value)).limit == 20
