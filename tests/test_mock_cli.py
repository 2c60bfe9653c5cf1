"""The mock's lifetime and answers, with real processes: `python -m onesignal.mock` on a port
another server holds, signals to it and to a pytest run using `onesignal_mock`, the end of the
interpreter, and the example each error status answers with.

Prism runs in a process group of its own; "nothing left" means no live process in that group
(read from /proc, zombies aside)."""

from __future__ import annotations

import http.server
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from onesignal import APIStatusError
from onesignal.mock import ErrorExamples, PortInUse, PrismMock, _group_members, _yaml_keys
from onesignal.testing import MOCK_APP_ID, OneSignalMock
from tests.spec_tools import SPEC_PATH

ROOT = Path(__file__).resolve().parent.parent
START = 90.0  # Prism's start, on a loaded machine


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _live(pgid: int) -> list[int]:
    return list(_group_members(pgid))


def _gone(pgid: int, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while _live(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _wait_for_line(process: subprocess.Popen[str], needle: str) -> str:
    """Read the process's stdout until a line holds `needle` (the test's timeout bounds it)."""
    assert process.stdout is not None
    seen = []
    for line in process.stdout:
        seen.append(line)
        if needle in line:
            return line
    raise AssertionError(f"exited ({process.wait()}) without printing {needle!r}: {seen}")


@pytest.fixture
def http_server() -> Iterator[int]:
    """Another HTTP server (any path answers 501), on a port of its own."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")


# -- a port another server holds -------------------------------------------------------------


def test_a_taken_port_ends_the_command_with_an_error(http_server: int) -> None:
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "onesignal.mock", "--port", str(http_server)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        cwd=ROOT,
    )
    assert run.returncode == 1, run
    assert "listening" not in run.stdout
    assert f"port {http_server} on 127.0.0.1 is already taken" in run.stderr
    assert "Traceback" not in run.stderr
    assert time.monotonic() - started < 30


def test_a_listening_socket_counts_as_taken() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with pytest.raises(PortInUse) as caught:
            PrismMock(port=port).start()
    assert caught.value.port == port
    assert "already taken" in str(caught.value)


def test_a_port_taken_while_prism_starts_is_reported(
    http_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Taken after the check: the other server's answer does not pass for Prism's, and
    Prism's EADDRINUSE becomes `PortInUse`."""
    monkeypatch.setattr("onesignal.mock._check_port", lambda host, port: None)
    mock = PrismMock(port=http_server, start_timeout=START)
    with pytest.raises(PortInUse, match=f"port {http_server} "):
        mock.start()
    assert mock._process is None  # stopped, nothing left running


# -- signals and exit --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signum", "code"),
    [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 0), (signal.SIGHUP, 128 + 1)],
)
def test_a_signal_to_the_command_stops_prism(signum: int, code: int) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "onesignal.mock", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
        # A shell's background job starts with SIGINT ignored; a terminal's Ctrl-C does not.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        _wait_for_line(process, f"listening on http://127.0.0.1:{port}")
        (prism,) = _children(process.pid)  # the leader of Prism's group
        assert os.getpgid(prism) == prism and _live(prism)
        process.send_signal(signum)
        assert process.wait(timeout=30) == code
        assert _gone(prism), f"left running: {_live(prism)}"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_sigterm_to_a_pytest_run_using_the_fixture_stops_prism(tmp_path: Path) -> None:
    (tmp_path / "test_waits.py").write_text(
        textwrap.dedent(
            """
            import os, time

            def test_waits(onesignal_mock):
                print("prism group", os.getpgid(onesignal_mock.prism._process.pid), flush=True)
                time.sleep(120)
            """
        )
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-s", "-q", "-p", "no:cacheprovider", "test_waits.py"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=_env(),
        cwd=tmp_path,
    )
    try:
        pgid = int(_wait_for_line(process, "prism group").split()[-1])
        assert _live(pgid)
        process.terminate()
        assert process.wait(timeout=30) == -signal.SIGTERM  # ended by the signal, as before
        assert _gone(pgid), f"left running: {_live(pgid)}"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_interpreter_exit_stops_a_mock_left_running() -> None:
    """Also: the SIGTERM handler is ours only while a mock runs and replaces none the
    application set."""
    script = textwrap.dedent(
        f"""
        import os, signal
        from onesignal.mock import PrismMock
        mock = PrismMock(start_timeout={START}).start()
        assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None)
        mock.stop()
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
        def handler(signum, frame):
            pass
        signal.signal(signal.SIGTERM, handler)
        mock = PrismMock(start_timeout={START}).start()  # left running
        assert signal.getsignal(signal.SIGTERM) is handler
        print("prism group", os.getpgid(mock._process.pid), flush=True)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=2 * START,
        env=_env(),
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    pgid = int(run.stdout.split()[-1])
    assert _gone(pgid), f"left running: {_live(pgid)}"


# -- each error status answers with its own example ----------------------------------------


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def _example(status: str) -> Any:
    """The value of the example the spec gives `status` for GET /apps/{app_id}."""
    spec = _spec()
    response = spec["paths"]["/apps/{app_id}"]["get"]["responses"][status]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    examples = response["content"]["application/json"]["examples"]
    return next(iter(examples.values()))["value"]


@pytest.mark.parametrize("status", ["400", "401", "403", "404", "429", "500"])
def test_prefer_code_answers_with_that_status_example(prism: PrismMock, status: str) -> None:
    mock = OneSignalMock(prism)  # the session's Prism; the clients close their own pools
    with mock.client() as client, mock.prefer(code=status), pytest.raises(APIStatusError) as caught:
        client.get_app(MOCK_APP_ID)
    assert caught.value.status_code == int(status)
    assert caught.value.body == _example("5XX" if status == "500" else status)


async def test_every_status_has_its_own_body_async(prism: PrismMock) -> None:
    mock = OneSignalMock(prism)
    bodies = {}
    async with mock.async_client() as client:
        for status in ("400", "401", "403", "404", "429"):
            with mock.prefer(code=status), pytest.raises(APIStatusError) as caught:
                await client.get_app(MOCK_APP_ID)
            bodies[status] = repr(caught.value.body)
        # Asked for by name, an example is left as it is.
        with mock.prefer(code=404, example="not_found"), pytest.raises(APIStatusError) as caught:
            await client.get_app(MOCK_APP_ID)
        assert repr(caught.value.body) == bodies["404"]
    assert len(set(bodies.values())) == len(bodies), bodies


def test_the_example_index_reads_the_spec_as_pyyaml_does() -> None:
    """The dependency-free reader sees every key of the spec PyYAML sees, and no other."""

    def walk(node: Any, path: tuple[str, ...], out: set[tuple[str, ...]]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                out.add((*path, str(key)))
                walk(value, (*path, str(key)), out)
        elif isinstance(node, list):
            for value in node:
                walk(value, (*path, "-"), out)

    text = SPEC_PATH.read_text()
    expected: set[tuple[str, ...]] = set()
    walk(yaml.safe_load(text), (), expected)
    assert {path for path, _ in _yaml_keys(text)} == expected

    spec = _spec()
    index = ErrorExamples(text)
    checked = 0
    for template, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            path = template.replace("{", "x").replace("}", "")  # a concrete path
            for status, response in operation["responses"].items():
                status = str(status)
                if status[0] not in "45":
                    continue
                if "$ref" in response:
                    response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
                first = next(iter(response["content"]["application/json"]["examples"]))
                asked = status.replace("XX", "03")
                assert index.lookup(method, path, asked) == first, (method, template, status)
                checked += 1
    assert checked > 300


def test_the_example_index_on_tricky_yaml() -> None:
    text = textwrap.dedent(
        """
        paths:
          /things/{id}:
            get:
              description: >-
                responses:
                  '404': not a key
              responses:
                '404':
                  $ref: '#/components/responses/NotFound'
          /things/latest:
            get:
              responses:
                "404":
                  description: |
                    examples: none
                  content:
                    application/json:
                      examples:
                        no_latest: {value: {errors: [none]}}
                        other: {}
        components:
          responses:
            NotFound:
              content:
                application/json:
                  examples:
                    not_found:
                      value:
                        errors:
                          - >-
                            a: folded line
                          - code: x
        """
    )
    index = ErrorExamples(text)
    assert index.lookup("GET", "/things/42", 404) == "not_found"
    assert index.lookup("GET", "/things/latest", "404") == "no_latest"  # literal beats {id}
    assert index.lookup("GET", "/things/42", 429) is None
    assert index.lookup("POST", "/things/42", 404) is None
    assert index.lookup("GET", "/things/42", 200) is None
