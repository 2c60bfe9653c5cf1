"""A pytest plugin for testing your own code against a mock of the OneSignal API.

Installed with the SDK and loaded by pytest through the ``pytest11`` entry point (disable it with
``-p no:onesignal``). It provides:

- ``onesignal_mock``: a session fixture running Prism on the spec this package ships, with
  ``.client()`` / ``.async_client()`` returning clients pointed at it (placeholder keys);
- ``onesignal_mock.prefer(code=404)``: a context manager choosing the mock's answer for the calls
  made inside it, and ``@pytest.mark.onesignal_prefer(code=429)`` for a whole test;
- a failed test, with Prism's reasons, whenever a request breaks the API spec.

Prism runs on Node.js. Without it the fixture skips its tests, or fails them with
``--onesignal-mock-required`` (ini: ``onesignal_mock_required = true``).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import os
import shutil
import sysconfig
import traceback
from collections.abc import Callable, Generator, Iterator, Mapping
from typing import Any, NoReturn, overload

import httpx2
import pytest

from ._client import AsyncOneSignal, OneSignal
from .mock import PRISM_VERSION, ErrorExamples, MockUnavailable, PrismMock

__all__ = ["OneSignalMock", "PreferenceError", "format_violations"]

# Placeholders: the mock checks that a key is present, not which one, and path ids must be
# UUIDs. Fixed values rather than ONESIGNAL_* variables, so no real key reaches a test.
MOCK_APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
MOCK_REST_API_KEY = "mock-rest-api-key"
MOCK_ORGANIZATION_API_KEY = "mock-organization-api-key"

_MARKER = "onesignal_prefer"
_REQUIRED_OPTION = "--onesignal-mock-required"
_REQUIRED_INI = "onesignal_mock_required"
_PRISM_PROBLEM = "https://stoplight.io/prism/errors#"
_INSTALL_HINT = (
    "The OneSignal mock runs Prism, which needs Node.js: install Node.js 20 or newer (npx "
    f"then fetches @stoplight/prism-cli@{PRISM_VERSION} on first use), or run "
    f"`npm install --save-dev @stoplight/prism-cli@{PRISM_VERSION}` in your project, or set "
    "ONESIGNAL_PRISM to a prism executable."
)


class PreferenceError(ValueError):
    """A `prefer()` / `onesignal_prefer` argument the mock cannot act on."""


def _preference(
    code: int | str | None = None, example: str | None = None, dynamic: bool | None = None
) -> dict[str, str]:
    """Prism's `Prefer` header fields, checked here so a typo fails at the call, not later."""
    fields: dict[str, str] = {}
    if code is not None:
        text = str(code)
        if isinstance(code, bool) or not (text.isdigit() and 100 <= int(text) <= 599):
            raise PreferenceError(f"code must be an HTTP status such as 404, not {code!r}")
        fields["code"] = text
    if example is not None:
        if not isinstance(example, str) or not example or any(c in example for c in ",;= \t"):
            raise PreferenceError(f"example must be the name of an example, not {example!r}")
        fields["example"] = example
    if dynamic is not None:
        if not isinstance(dynamic, bool):
            raise PreferenceError(f"dynamic must be True or False, not {dynamic!r}")
        fields["dynamic"] = "true" if dynamic else "false"
    return fields


def _marker_preference(marker: pytest.Mark) -> dict[str, str]:
    if marker.args:
        raise PreferenceError(
            f"@pytest.mark.{_MARKER} takes keywords only, e.g. {_MARKER}(code=404)"
        )
    unknown = set(marker.kwargs) - {"code", "example", "dynamic"}
    if unknown:
        raise PreferenceError(
            f"@pytest.mark.{_MARKER} got {', '.join(sorted(unknown))}; "
            "it takes code=, example= and dynamic="
        )
    return _preference(**marker.kwargs)


def format_violations(header: str) -> list[str]:
    """Prism's `sl-violations` header (a JSON list) as one readable line per violation."""
    try:
        items = json.loads(header)
    except ValueError:
        return [header]
    if not isinstance(items, list):
        return [header]
    lines = []
    for item in items:
        if not isinstance(item, Mapping):
            lines.append(str(item))
            continue
        location = ".".join(str(part) for part in item.get("location") or [])
        message = str(item.get("message") or item.get("code") or item)
        lines.append(f"{location}: {message}" if location else message)
    return lines


def _blocking_violations(header: str) -> bool:
    """Whether the header holds an error (Prism also reports warnings, which do not fail)."""
    try:
        items = json.loads(header)
    except ValueError:
        return True
    if not isinstance(items, list):
        return True
    return any(not isinstance(i, Mapping) or i.get("severity", "Error") == "Error" for i in items)


class OneSignalMock:
    """A running Prism mock of the OneSignal API, and clients wired to it.

    Every client made here carries two httpx2 event hooks: one adds the `Prefer` header chosen
    by `prefer()` or the `onesignal_prefer` marker, one fails the test when Prism says the
    request breaks the spec. The hooks run before the SDK reads the answer, so the failure
    names the broken rule instead of surfacing as the SDK's `BadRequestError`.
    """

    app_id = MOCK_APP_ID
    rest_api_key = MOCK_REST_API_KEY
    organization_api_key = MOCK_ORGANIZATION_API_KEY

    def __init__(self, prism: PrismMock) -> None:
        self.prism = prism
        self._stack: list[dict[str, str]] = []
        self._test_preference: dict[str, str] = {}  # from the marker, during a test's call
        # Held until the session ends and closed then: a pool left to the garbage collector
        # would warn about its unclosed sockets in the middle of some later test.
        self._sync_http: list[httpx2.Client] = []
        self._async_http: list[httpx2.AsyncClient] = []
        self._examples: ErrorExamples | None = None  # read from the spec on first need

    @property
    def base_url(self) -> str:
        return self.prism.base_url

    def __repr__(self) -> str:
        return f"OneSignalMock(base_url={self.base_url!r})"

    # -- clients ---------------------------------------------------------------------------

    def client(self, **kwargs: Any) -> OneSignal:
        """A `OneSignal` on the mock. Keywords override the defaults, which are placeholder keys
        and app id, and `max_retries=0`: the mock gives a preferred answer on every attempt, so
        retrying it would only wait (a 429 asks for 30 s)."""
        given = kwargs.get("http_client")
        kwargs["http_client"] = self.install(given) if given is not None else self.http_client()
        client = OneSignal(**self._client_defaults(kwargs))
        # The SDK closes only a pool it made; this one was made for this client alone.
        client._owns_http = given is None
        return client

    def async_client(self, **kwargs: Any) -> AsyncOneSignal:
        """An `AsyncOneSignal` on the mock, with the same defaults as `client()`."""
        given = kwargs.get("http_client")
        kwargs["http_client"] = (
            self.install(given) if given is not None else self.async_http_client()
        )
        client = AsyncOneSignal(**self._client_defaults(kwargs))
        client._owns_http = given is None
        return client

    def _client_defaults(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        defaults: dict[str, Any] = {
            "rest_api_key": self.rest_api_key,
            "organization_api_key": self.organization_api_key,
            "app_id": self.app_id,
            "base_url": self.base_url,
            "max_retries": 0,
        }
        return {**defaults, **kwargs}

    def http_client(self, **kwargs: Any) -> httpx2.Client:
        """An `httpx2.Client` with the mock's hooks, for code that builds its own `OneSignal`
        (pass it as `http_client=`, with `base_url=onesignal_mock.base_url`)."""
        return self.install(httpx2.Client(**kwargs))

    def async_http_client(self, **kwargs: Any) -> httpx2.AsyncClient:
        """An `httpx2.AsyncClient` with the mock's hooks."""
        return self.install(httpx2.AsyncClient(**kwargs))

    @overload
    def install(self, http: httpx2.Client) -> httpx2.Client: ...
    @overload
    def install(self, http: httpx2.AsyncClient) -> httpx2.AsyncClient: ...
    def install(
        self, http: httpx2.Client | httpx2.AsyncClient
    ) -> httpx2.Client | httpx2.AsyncClient:
        """Add the mock's hooks to an existing `httpx2.Client` or `httpx2.AsyncClient`."""
        added: tuple[Callable[..., Any], Callable[..., Any]]
        if isinstance(http, httpx2.AsyncClient):
            added = (self._async_add_preference, self._async_check_response)
            self._async_http.append(http)
        elif isinstance(http, httpx2.Client):
            added = (self._add_preference, self._check_response)
            self._sync_http.append(http)
        else:
            raise TypeError(f"expected an httpx2.Client or httpx2.AsyncClient, not {http!r}")
        hooks = http.event_hooks
        hooks["request"] = [*hooks.get("request", []), added[0]]
        hooks["response"] = [*hooks.get("response", []), added[1]]
        http.event_hooks = hooks
        return http

    # -- choosing the answer ---------------------------------------------------------------

    @contextlib.contextmanager
    def prefer(
        self,
        *,
        code: int | str | None = None,
        example: str | None = None,
        dynamic: bool | None = None,
    ) -> Iterator[None]:
        """Ask the mock for a given answer for the calls made inside the block.

        `code` picks a documented status (404, 429...), answered with the first example the
        spec gives that status of the call (`not_found`, `rate_limited`...), `example` a named
        example of the spec, `dynamic=True` random data from the schema. Blocks nest, the
        inner one winning field by field, and override the `onesignal_prefer` marker. The
        choice is shared by every mock client, threads and tasks alike, for as long as the
        block is open.
        """
        self._stack.append(_preference(code, example, dynamic))
        try:
            yield
        finally:
            self._stack.pop()

    def error_examples(self) -> ErrorExamples:
        """The spec's example for each error status of each operation, which `prefer(code=)`
        asks for when no `example=` is given."""
        if self._examples is None:
            self._examples = ErrorExamples.from_spec(self.prism.spec)
        return self._examples

    def preference(self) -> dict[str, str]:
        """The `Prefer` fields in force now (marker first, then open `prefer()` blocks)."""
        merged = dict(self._test_preference)
        for fields in self._stack:
            merged.update(fields)
        return merged

    def _add_preference(self, request: httpx2.Request) -> None:
        fields = self.preference()
        if "code" in fields and "example" not in fields and fields.get("dynamic") != "true":
            # Prism's first example of an error answer is the shared error schema's own, the
            # same for every status: name the status's example (404 `not_found`, ...).
            example = self.error_examples().lookup(request.method, request.url.path, fields["code"])
            if example is not None:
                fields["example"] = example
        if fields:
            request.headers["Prefer"] = ", ".join(f"{k}={v}" for k, v in fields.items())

    async def _async_add_preference(self, request: httpx2.Request) -> None:
        self._add_preference(request)

    # -- checking the request --------------------------------------------------------------

    def _check_response(self, response: httpx2.Response) -> None:
        if _is_prism_problem(response):
            response.read()
        _fail_on_violation(response)

    async def _async_check_response(self, response: httpx2.Response) -> None:
        if _is_prism_problem(response):
            await response.aread()
        _fail_on_violation(response)

    # -- lifetime --------------------------------------------------------------------------

    def close(self) -> None:
        """Close the pools of clients left open, then stop Prism."""
        try:
            for http in self._sync_http:
                http.close()
            for ahttp in self._async_http:
                if not ahttp.is_closed:
                    _close_async(ahttp)
        finally:
            self.prism.stop()


def _close_async(http: httpx2.AsyncClient) -> None:
    """Best effort: its connections may belong to a test's event loop, closed by now. A loop
    of its own, not `asyncio.run`, so the current loop pytest-asyncio may rely on is kept."""
    loop = asyncio.new_event_loop()
    try:
        with contextlib.suppress(Exception):
            loop.run_until_complete(http.aclose())
    finally:
        loop.close()


def _is_prism_problem(response: httpx2.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.startswith("application/problem+json")


def _package_dir(name: str) -> str | None:
    spec = importlib.util.find_spec(name)  # finds without importing
    origin = spec.origin if spec is not None else None
    return os.path.dirname(origin) + os.sep if origin else None


# Frames of these are left out of "sent from": what is left is the test and the code it tests.
_LIBRARY_PACKAGES = (
    "onesignal",
    "onesignal_generated",
    "httpx2",
    "httpcore",
    "anyio",
    "pytest_asyncio",
)
_LIBRARY_DIRS = (
    *(path for path in map(_package_dir, _LIBRARY_PACKAGES) if path),
    os.path.join(sysconfig.get_paths()["stdlib"], ""),
)
_RUNNER_DIRS = tuple(path for path in map(_package_dir, ("_pytest", "pluggy")) if path)


def _sent_from(limit: int = 4) -> str:
    """Where the request came from, innermost last, since the failure carries no traceback
    (which would end in httpx2's internals, far from the application's call)."""
    stack = traceback.extract_stack()
    runner = [i for i, f in enumerate(stack) if f.filename.startswith(_RUNNER_DIRS)]
    frames = [
        f
        for f in stack[runner[-1] + 1 if runner else 0 :]
        if not f.filename.startswith(_LIBRARY_DIRS) and not f.filename.startswith("<")
    ][-limit:]
    if not frames:
        return ""
    lines = []
    for frame in frames:
        path = frame.filename
        with contextlib.suppress(ValueError):
            path = os.path.relpath(path)
        lines.append(f"    {path}:{frame.lineno} in {frame.name}")
    return "\n  sent from:\n" + "\n".join(lines)


def _fail_on_violation(response: httpx2.Response) -> None:
    """Fail the test when Prism says the request breaks the spec or cannot be answered.

    `pytest.fail` raises an exception outside `Exception`, so neither the SDK nor an
    application's `except Exception` turns it into an ordinary error.
    """
    request = response.request
    call = f"{request.method} {request.url.path} (HTTP {response.status_code})"
    header = response.headers.get("sl-violations")
    if header and _blocking_violations(header):
        reasons = "\n".join(f"  - {line}" for line in format_violations(header))
        pytest.fail(
            f"OneSignal mock: {call} breaks the OneSignal API spec:\n{reasons}{_sent_from()}",
            pytrace=False,
        )
    if _is_prism_problem(response):
        problem = _problem(response)
        if str(problem.get("type", "")).startswith(_PRISM_PROBLEM):
            detail = problem.get("detail") or ""
            text = "\n".join(
                f"  - {v.get('message', v) if isinstance(v, Mapping) else v}"
                for v in problem.get("validation") or []
            )
            pytest.fail(
                f"OneSignal mock: {call} could not be answered: {problem.get('title')}"
                + (f": {detail}" if detail else "")
                + (f"\n{text}" if text else "")
                + _prefer_hint(request)
                + _sent_from(),
                pytrace=False,
            )


def _problem(response: httpx2.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _prefer_hint(request: httpx2.Request) -> str:
    prefer = request.headers.get("Prefer")
    if not prefer:
        return ""
    return f"\n  (asked for Prefer: {prefer}; the spec lists what this call documents)"


# -- pytest hooks and the fixture ------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("onesignal", "OneSignal mock (onesignal_mock fixture)")
    group.addoption(
        _REQUIRED_OPTION,
        action="store_true",
        default=None,
        help="fail, rather than skip, tests using onesignal_mock when Prism cannot run",
    )
    parser.addini(
        _REQUIRED_INI,
        type="bool",
        default=False,
        help="fail, rather than skip, tests using onesignal_mock when Prism cannot run",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(code=None, example=None, dynamic=None): the OneSignal mock's answer for "
        "the calls this test makes (Prism's Prefer header), e.g. code=404",
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """Apply the marker to the test's own body: fixtures that set data up get normal answers."""
    marker = item.get_closest_marker(_MARKER)
    mock = getattr(item, "funcargs", {}).get("onesignal_mock")
    if marker is None or not isinstance(mock, OneSignalMock):
        return (yield)
    try:
        preference = _marker_preference(marker)
    except PreferenceError as exc:
        problem = str(exc)
    else:
        problem = ""
    if problem:
        pytest.fail(problem, pytrace=False)
    mock._test_preference = preference
    try:
        return (yield)
    finally:
        mock._test_preference = {}


def _required(config: pytest.Config) -> bool:
    option = config.getoption(_REQUIRED_OPTION)
    return bool(option) if option is not None else bool(config.getini(_REQUIRED_INI))


def _unavailable(config: pytest.Config, reason: str) -> NoReturn:
    __tracebackhide__ = True
    message = f"onesignal_mock: Prism cannot run: {reason}\n{_INSTALL_HINT}"
    if _required(config):
        pytest.fail(message, pytrace=False)
    pytest.skip(f"{message}\n(--onesignal-mock-required makes this a failure)")


def _check_node() -> None:
    """A local prism and npx both run on `node`; without it Prism would only die at start."""
    if os.environ.get("ONESIGNAL_PRISM"):
        return  # may be Prism's standalone binary, which needs no Node.js
    if shutil.which("node") is None:
        raise MockUnavailable("no `node` on PATH")


@pytest.fixture(scope="session")
def onesignal_mock(pytestconfig: pytest.Config) -> Iterator[OneSignalMock]:
    """A Prism mock of the OneSignal API for the whole session, checking every request."""
    try:
        _check_node()
        prism = PrismMock(errors=True).start()
    except MockUnavailable as exc:
        _unavailable(pytestconfig, str(exc))
    mock = OneSignalMock(prism)
    try:
        yield mock
    finally:
        mock.close()
