"""A Prism mock of the OneSignal API, built from the spec this package ships.

Used by the project's contract tests, by `make demo`, by the `onesignal_mock` pytest fixture and
from the command line: ``python -m onesignal.mock [--port N] [--run CMD ARGS...]``.

Prism runs in a process group of its own (`npx`/`npm exec`, a shell and `node`), which is
stopped as a whole by `PrismMock.stop()`, at interpreter exit, and on SIGTERM or SIGHUP to this
process: when those signals have no handler yet, one is installed while a mock runs that stops
every mock, then lets the signal end the process as it would have.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import errno
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO

PRISM_VERSION = "5.14.2"
_PRISM_PROBLEM = b"https://stoplight.io/prism/errors#"
_PACKAGE_DIR = Path(__file__).resolve().parent


class MockUnavailable(RuntimeError):
    """Prism could not be found, installed or started."""


class PortInUse(MockUnavailable):
    """Another server already listens on the port the mock was asked to use."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            f"port {port} on {host} is already taken: another server is listening there. "
            "Stop it, or choose another port (--port N, or 0 for any free one)"
        )
        self.host = host
        self.port = port


def spec_path() -> Path:
    """The OpenAPI file: inside the installed wheel, or at the top of a source checkout."""
    for candidate in (
        _PACKAGE_DIR / "_spec" / "onesignal.yaml",
        _PACKAGE_DIR.parent / "openapi" / "onesignal.yaml",
    ):
        if candidate.is_file():
            return candidate
    raise MockUnavailable("the OneSignal OpenAPI spec is not shipped with this installation")


def prism_command() -> list[str]:
    """How to run Prism: $ONESIGNAL_PRISM, a project-local install, or `npx` (pinned)."""
    override = os.environ.get("ONESIGNAL_PRISM")
    if override:
        return [override]
    for base in (Path.cwd(), *Path.cwd().parents, _PACKAGE_DIR.parent):
        local = base / "node_modules" / ".bin" / "prism"
        if local.is_file():
            return [str(local)]
    npx = shutil.which("npx")
    if npx is None:
        raise MockUnavailable(
            "the OneSignal mock needs Prism, run with Node.js: install Node.js 20 or newer "
            f"(with npm), or `npm install @stoplight/prism-cli@{PRISM_VERSION}`"
        )
    return [npx, "--yes", f"@stoplight/prism-cli@{PRISM_VERSION}"]


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _check_port(host: str, port: int) -> None:
    """Raise `PortInUse` when a server listens on `host:port`. Binds the way Node does
    (SO_REUSEADDR), so a port left in TIME_WAIT by an earlier mock counts as free."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except OSError as exc:
        raise MockUnavailable(f"cannot listen on {host}: {exc}") from None
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise PortInUse(host, port) from None
            raise MockUnavailable(f"cannot listen on {host}:{port}: {exc.strerror}") from None


# -- the spec's named examples of error answers ---------------------------------------------

_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
_KEY_LINE = re.compile(
    r"""^(?P<indent> *)(?P<dash>(?:- +)*)"""
    r"""(?P<key>'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s#'"\[{>|&*!%@`-][^#]*?|-[^\s#]*?)"""
    r""":(?:[ \t]+(?P<value>.*?))?[ \t]*$"""
)
_BLOCK_SCALAR = re.compile(r"(?:^|\s)[|>][-+0-9]*\s*(?:#.*)?$")


def _yaml_keys(text: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """(key path, value text) for each `key: value` line of a block-style YAML document.

    Enough to read the spec's response and example names without a YAML library (the SDK
    has none among its dependencies); a key inside a sequence item has "-" in its path.
    Block scalars (`|`, `>`) are skipped; tests/test_mock_cli.py checks the result against
    PyYAML's reading of the whole spec.
    """
    stack: list[tuple[int, str]] = []
    block: int | None = None  # the indent a block scalar's lines are deeper than
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if block is not None:
            if indent > block:
                continue
            block = None
        match = _KEY_LINE.match(line)
        if match is None:
            if _BLOCK_SCALAR.search(stripped) and stripped.startswith("-"):
                block = indent  # `- >-` followed by the item's text
            continue
        at = indent
        for dash in re.findall(r"- +", match["dash"]):
            while stack and (stack[-1][0] > at or stack[-1] == (at, "-")):
                stack.pop()  # deeper entries and the previous item of this sequence
            stack.append((at, "-"))
            at += len(dash)
        while stack and stack[-1][0] >= at:
            stack.pop()
        key = match["key"]
        if key[:1] == "'":
            key = key[1:-1].replace("''", "'")
        elif key[:1] == '"':
            key = key[1:-1]
        key = key.strip()
        stack.append((at, key))
        value = match["value"] or ""
        if _BLOCK_SCALAR.match(value) or (value[:1] in "|>" and _BLOCK_SCALAR.search(value)):
            block = at
        yield tuple(k for _, k in stack), value


class ErrorExamples:
    """The first named example of each documented error answer, by operation and status,
    as Prism's `Prefer: example=` takes it.

    Without an example name Prism answers every error with the first example it finds, which
    for a shared error schema with an `example` of its own is that one, whatever the status.
    """

    def __init__(self, text: str) -> None:
        shared: dict[str, str] = {}  # components/responses name -> its first example
        refs: dict[tuple[str, str, str], str] = {}
        inline: dict[tuple[str, str, str], str] = {}
        for path, value in _yaml_keys(text):
            if (
                len(path) == 7
                and path[:2] == ("components", "responses")
                and path[3:6] == ("content", "application/json", "examples")
            ):
                shared.setdefault(path[2], path[6])
            elif len(path) >= 6 and path[0] == "paths" and path[3] == "responses":
                where = (path[2].lower(), path[1], path[4].upper())
                if where[0] not in _METHODS:
                    continue
                if len(path) == 6 and path[5] == "$ref":
                    refs[where] = value.strip("'\"").rsplit("/", 1)[-1]
                elif len(path) == 9 and path[5:8] == ("content", "application/json", "examples"):
                    inline.setdefault(where, path[8])
        self.by_operation: dict[tuple[str, str], dict[str, str]] = {}
        for (method, template, status), name in refs.items():
            if name in shared:
                self.by_operation.setdefault((method, template), {})[status] = shared[name]
        for (method, template, status), example in inline.items():
            self.by_operation.setdefault((method, template), {})[status] = example
        # Literal segments win over parameters (`/notifications/history` over `/{id}`).
        self._patterns = sorted(
            (
                (method, re.compile(re.sub(r"\\\{[^/]*?\\\}", "[^/]+", re.escape(t)) + "$"), t)
                for method, t in self.by_operation
            ),
            key=lambda item: -len(re.sub(r"\{[^/]*?\}", "", item[2])),
        )

    @classmethod
    def from_spec(cls, spec: str | Path) -> ErrorExamples:
        return cls(Path(spec).read_text(encoding="utf-8"))

    def lookup(self, method: str, path: str, status: int | str) -> str | None:
        """The example to ask for a `status` answer (>= 400) of `method path`, if any."""
        code = str(status)
        if not code.isdigit() or int(code) < 400:
            return None
        method = method.lower()
        for candidate, pattern, template in self._patterns:
            if candidate == method and pattern.match(path):
                statuses = self.by_operation[(method, template)]
                return statuses.get(code) or statuses.get(f"{code[0]}XX")
        return None


# -- stopping every mock when the process ends ---------------------------------------------

_RUNNING: dict[int, PrismMock] = {}  # id(mock) -> mock, for as long as its Prism runs
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
_installed: set[int] = set()  # the signals whose handler is ours


def _stop_all() -> None:
    for mock in list(_RUNNING.values()):
        with contextlib.suppress(Exception):
            mock.stop()


atexit.register(_stop_all)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    """Stop every mock, then end the process by this signal, as it would have without us."""
    _stop_all()
    _restore_handlers()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _install_handlers() -> None:
    """Our handler for the signals that still have Python's default one: a handler the
    application set (such as the command line's) is left alone and must stop the mock."""
    if threading.current_thread() is not threading.main_thread():
        return  # signal handlers can only be set from the main thread; atexit still stops it
    for signum in _STOP_SIGNALS:
        if signum not in _installed and signal.getsignal(signum) == signal.SIG_DFL:
            signal.signal(signum, _on_signal)
            _installed.add(signum)


def _restore_handlers() -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in list(_installed):
        if signal.getsignal(signum) == _on_signal:
            signal.signal(signum, signal.SIG_DFL)
        _installed.discard(signum)


class PrismMock:
    """Runs ``prism mock`` on a loopback port for as long as it is open.

    Prism runs in its own process group: stopping `npx` alone would leave Prism's `node` behind.
    """

    def __init__(
        self,
        spec: str | Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        errors: bool = True,
        start_timeout: float = 180.0,
    ) -> None:
        self.spec = Path(spec) if spec is not None else spec_path()
        self.host = host
        self.port = port or _free_port(host)
        self.errors = errors
        self.start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> PrismMock:
        """Start Prism and wait until it answers. Raises `PortInUse` when another server has
        the port, `MockUnavailable` when Prism cannot run or does not come up."""
        _check_port(self.host, self.port)
        args = [*prism_command(), "mock", str(self.spec), "-h", self.host, "-p", str(self.port)]
        if self.errors:
            args.append("--errors")
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the process
        self._process = subprocess.Popen(
            args, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        _RUNNING[id(self)] = self
        _install_handlers()
        try:
            self._wait_until_serving()
        except BaseException:  # KeyboardInterrupt and SystemExit too: no Prism left behind
            self.stop()
            raise
        return self

    def _wait_until_serving(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                output = self.output()
                if "EADDRINUSE" in output:  # another server took the port after our check
                    raise PortInUse(self.host, self.port)
                raise MockUnavailable(f"Prism exited at start:\n{output}")
            if self._answers():
                return
            time.sleep(0.2)
        raise MockUnavailable(f"Prism did not answer within {self.start_timeout:.0f}s")

    def _answers(self) -> bool:
        """Whether Prism itself serves the port: its answer to `/` is its own "no such path"
        problem (or, for a spec that has `/`, its log says it listens), so another server on
        the port does not pass for it."""
        try:
            with urllib.request.urlopen(self.base_url + "/", timeout=1) as answer:
                body = answer.read(4096)
        except urllib.error.HTTPError as exc:  # Prism answers `/` with a 404 problem
            with exc:
                body = exc.read(4096)
        except OSError:
            return False
        return _PRISM_PROBLEM in body or "Prism is listening on" in self.output()

    def wait(self, timeout: float | None = None) -> int:
        """Wait for Prism to exit (it only does so when stopped or killed); its exit code."""
        if self._process is None:
            raise RuntimeError("the mock is not running")
        return self._process.wait(timeout)

    def output(self) -> str:
        """The end of what Prism printed (for error messages)."""
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-4000:]

    def stop(self) -> None:
        """Stop Prism's whole process group (TERM, then KILL what is left after 5 s)."""
        process, self._process = self._process, None
        _RUNNING.pop(id(self), None)
        if not _RUNNING:
            _restore_handlers()
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        _end_group(process.pid)
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> PrismMock:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _end_group(pgid: int, grace: float = 3.0) -> None:
    """Wait for the rest of the group (`npm exec`'s `node`) to follow its leader; KILL it
    after `grace` seconds."""
    deadline = time.monotonic() + grace
    while _group_alive(pgid):
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGKILL)
            return
        time.sleep(0.05)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return any(_group_members(pgid))


def _group_members(pgid: int) -> Iterator[int]:
    """Live (not zombie) processes of a group, read from /proc; where there is no /proc,
    `killpg(pgid, 0)` having succeeded is taken as the answer."""
    proc = Path("/proc")
    if not proc.is_dir():
        yield pgid
        return
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses.
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[2]) == pgid:
            yield int(entry.name)


# -- command line --------------------------------------------------------------------------


def _exit_on_signal(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds through `with PrismMock`, which stops Prism


def _run(command: list[str], env: dict[str, str]) -> int:
    child = subprocess.Popen(command, env=env)
    try:
        return child.wait()
    finally:
        if child.poll() is None:  # stopped by a signal to us: pass it on, then insist
            child.terminate()
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m onesignal.mock", description="Serve a Prism mock of the OneSignal API."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument(
        "--run",
        nargs=argparse.REMAINDER,
        help="run this command against the mock (ONESIGNAL_BASE_URL set), then stop it",
    )
    args = parser.parse_args(argv)
    port = 0 if args.run else args.port
    # SIGINT raises KeyboardInterrupt; these raise SystemExit, so `with` stops Prism either way.
    for signum in _STOP_SIGNALS:
        signal.signal(signum, _exit_on_signal)
    try:
        with PrismMock(host=args.host, port=port) as mock:
            if not args.run:
                print(f"OneSignal mock listening on {mock.base_url} (Ctrl-C stops it)", flush=True)
                try:
                    code = mock.wait()
                except KeyboardInterrupt:
                    return 0
                print(
                    f"python -m onesignal.mock: Prism stopped on its own (exit code {code}):\n"
                    f"{mock.output()}",
                    file=sys.stderr,
                )
                return 1
            env = dict(os.environ, ONESIGNAL_BASE_URL=mock.base_url)
            # The mock checks that a key is present, not which one: placeholders do.
            env.setdefault("ONESIGNAL_REST_API_KEY", "mock-rest-api-key")
            env.setdefault("ONESIGNAL_ORGANIZATION_API_KEY", "mock-organization-api-key")
            return _run(args.run, env)
    except MockUnavailable as exc:
        print(f"python -m onesignal.mock: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # while Prism was starting
        return 130


if __name__ == "__main__":
    sys.exit(main())
