"""A Prism mock of the OneSignal API, built from the spec this package ships.

Used by the project's contract tests, by `make demo`, by the `onesignal_mock` pytest fixture and
from the command line: ``python -m onesignal.mock [--port N] [--run CMD ARGS...]``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO

PRISM_VERSION = "5.14.2"
_PACKAGE_DIR = Path(__file__).resolve().parent


class MockUnavailable(RuntimeError):
    """Prism could not be found, installed or started."""


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
        args = [*prism_command(), "mock", str(self.spec), "-h", self.host, "-p", str(self.port)]
        if self.errors:
            args.append("--errors")
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the process
        self._process = subprocess.Popen(
            args, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise MockUnavailable(f"Prism exited at start:\n{self.output()}")
            if self._answers():
                return self
            time.sleep(0.2)
        self.stop()
        raise MockUnavailable(f"Prism did not answer within {self.start_timeout:.0f}s")

    def _answers(self) -> bool:
        try:
            urllib.request.urlopen(self.base_url + "/", timeout=1)
        except urllib.error.HTTPError:
            return True  # any HTTP answer, even 404, means Prism is serving
        except OSError:
            return False
        return True

    def output(self) -> str:
        """The end of what Prism printed (for error messages)."""
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-4000:]

    def stop(self) -> None:
        process, self._process = self._process, None
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
    with PrismMock(host=args.host, port=port) as mock:
        if not args.run:
            print(f"OneSignal mock listening on {mock.base_url} (Ctrl-C stops it)", flush=True)
            with contextlib.suppress(KeyboardInterrupt):
                signal.pause()
            return 0
        env = dict(os.environ, ONESIGNAL_BASE_URL=mock.base_url)
        # The mock checks that a key is present, not which one: placeholders do.
        env.setdefault("ONESIGNAL_REST_API_KEY", "mock-rest-api-key")
        env.setdefault("ONESIGNAL_ORGANIZATION_API_KEY", "mock-organization-api-key")
        return subprocess.call(args.run, env=env)


if __name__ == "__main__":
    sys.exit(main())
