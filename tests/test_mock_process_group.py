"""Stopping the mock stops Prism's whole process group, not only the process it started.

The project-local `node_modules/.bin/prism` is one process, so stopping just that process
would pass every test that runs it; through `npx` (the path users without a local install
take) Prism is a launcher and its children. Here `ONESIGNAL_PRISM` names a stand-in of that
shape: a launcher that starts a child serving the port (as Prism does, 404 problem and all),
which starts a grandchild of its own, all in the group the mock makes. Nothing of the group may
be left after `stop()`, after SIGTERM to the process running the mock, and after the end of a
pytest run using the `onesignal_mock` fixture.

Liveness is read from /proc here (zombies aside), not with the mock's own helpers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import onesignal_generated
import pytest

import onesignal
from onesignal.mock import PrismMock

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")

LAUNCHER = """\
#!{python}
# A stand-in for `npx prism mock SPEC -h HOST -p PORT`: the launcher waits for a child that
# serves, the child keeps a grandchild. Each records its pid in $PRISM_STANDIN_PIDS, and the
# two below the launcher record a SIGTERM they receive before they exit (as Prism's node
# stops gracefully on it).
import http.server, json, os, signal, subprocess, sys, threading, time

def note(what):
    with open(os.environ["PRISM_STANDIN_PIDS"], "a") as pids:
        pids.write(f"{{what}} {{os.getpid()}}\\n")

role = "launcher" if sys.argv[1] == "mock" else sys.argv[1]
if role == "launcher":
    note(role)
    host, port = sys.argv[sys.argv.index("-h") + 1], sys.argv[sys.argv.index("-p") + 1]
    child = subprocess.Popen([sys.executable, __file__, "server", host, port])
    sys.exit(child.wait())  # like npx: no signal handling of its own, the child is left

def on_term(signum, frame):
    note("term-" + role)
    os._exit(0)

signal.signal(signal.SIGTERM, on_term)
note(role)
if role == "grandchild":
    time.sleep(120)
    sys.exit(0)
subprocess.Popen([sys.executable, __file__, "grandchild"])

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({{
            "type": "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR",
            "title": "Route not resolved, no path matched",
        }}).encode()
        self.send_response(404)
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = http.server.HTTPServer((sys.argv[2], int(sys.argv[3])), Handler)
print(f"Prism is listening on http://{{sys.argv[2]}}:{{sys.argv[3]}}", flush=True)
threading.Timer(120, os._exit, (0,)).start()  # never outlive the test run by long
server.serve_forever()
"""


def _live_in_group(pgid: int) -> list[int]:
    """Processes of group `pgid` that are not zombies."""
    live = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, _ppid, pgrp = stat[stat.rindex(")") + 2 :].split()[:3]
        if state != "Z" and int(pgrp) == pgid:
            live.append(int(entry.name))
    return live


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2 :].split()[0] != "Z"


class StandIn:
    """The launcher script and the pids its processes record."""

    def __init__(self, folder: Path) -> None:
        self.launcher = folder / "prism-standin"
        self.launcher.write_text(LAUNCHER.format(python=sys.executable))
        self.launcher.chmod(0o755)
        self.pids_file = folder / "pids"
        self.pids_file.write_text("")
        self.seen: dict[str, int] = {}  # role -> pid, once all three ran

    def env(self) -> dict[str, str]:
        """For a subprocess: this environment with the stand-in as Prism, and the same
        `onesignal` (and generated package) as this test run imports."""
        path = [
            str(Path(onesignal.__file__).resolve().parent.parent),
            str(Path(onesignal_generated.__file__).resolve().parent.parent),
        ]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
        env.update(
            ONESIGNAL_PRISM=str(self.launcher),
            PRISM_STANDIN_PIDS=str(self.pids_file),
            PYTHONPATH=os.pathsep.join([*path, env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        )
        return env

    def _notes(self) -> list[tuple[str, int]]:
        return [
            (what, int(pid))
            for what, pid in (line.split() for line in self.pids_file.read_text().splitlines())
        ]

    def pids(self, within: float = 30.0) -> dict[str, int]:
        """launcher, server and grandchild, once all three run."""
        deadline = time.monotonic() + within
        while True:
            pids = {what: pid for what, pid in self._notes() if not what.startswith("term-")}
            if set(pids) == {"launcher", "server", "grandchild"}:
                self.seen = pids
                return pids
            if time.monotonic() > deadline:
                raise AssertionError(f"the stand-in did not start: {pids}")
            time.sleep(0.05)

    def terminated(self) -> set[str]:
        """The roles that received SIGTERM (rather than being killed, or left running)."""
        return {what.removeprefix("term-") for what, _ in self._notes() if what[:5] == "term-"}

    def check_running(self) -> int:
        """The group's id, after checking that it is the launcher's and holds all three."""
        pids = self.pids()
        pgid = pids["launcher"]
        for role, pid in pids.items():
            assert os.getpgid(pid) == pgid, f"{role} is not in the launcher's group"
        assert set(pids.values()) <= set(_live_in_group(pgid))
        assert pgid != os.getpgid(0), "the mock must run Prism in a group of its own"
        return pgid

    def check_gone(self, pgid: int, within: float = 10.0) -> None:
        deadline = time.monotonic() + within
        while _live_in_group(pgid) or any(_alive(pid) for pid in self.seen.values()):
            if time.monotonic() > deadline:
                left = {role: pid for role, pid in self.seen.items() if _alive(pid)}
                raise AssertionError(f"left running: {left} (group {_live_in_group(pgid)})")
            time.sleep(0.05)
        # TERM reached the whole group, as stop() promises, not only its leader (the rest
        # being killed later, or never).
        assert self.terminated() == {"server", "grandchild"}, f"TERM reached {self.terminated()}"

    def cleanup(self) -> None:
        """Whatever a failing test left behind."""
        for pid in self.seen.values():
            if _alive(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)


@pytest.fixture
def standin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StandIn]:
    stand_in = StandIn(tmp_path)
    monkeypatch.setenv("ONESIGNAL_PRISM", str(stand_in.launcher))
    monkeypatch.setenv("PRISM_STANDIN_PIDS", str(stand_in.pids_file))
    yield stand_in
    stand_in.cleanup()


def _wait_for_line(process: subprocess.Popen[str], text: str, within: float = 60.0) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + within
    for line in process.stdout:
        if text in line:
            return line
        if time.monotonic() > deadline:
            break
    raise AssertionError(f"no {text!r} from the process (exit {process.poll()})")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_the_stand_in_is_the_command_the_mock_runs(standin: StandIn) -> None:
    from onesignal.mock import prism_command

    assert prism_command() == [str(standin.launcher)]


def test_stop_ends_the_whole_group(standin: StandIn) -> None:
    mock = PrismMock(start_timeout=60).start()
    pgid = standin.check_running()
    mock.stop()
    standin.check_gone(pgid)


def test_leaving_the_with_block_ends_the_whole_group(standin: StandIn) -> None:
    with PrismMock(start_timeout=60):
        pgid = standin.check_running()
    standin.check_gone(pgid)


MOCK_SCRIPT = textwrap.dedent(
    """
    import time
    from onesignal.mock import PrismMock
    mock = PrismMock(start_timeout=60).start()
    print("serving", flush=True)
    time.sleep(120)
    """
)


@pytest.mark.parametrize("how", ["PrismMock", "python -m onesignal.mock"])
def test_sigterm_to_the_process_running_the_mock_ends_the_whole_group(
    standin: StandIn, how: str
) -> None:
    if how == "PrismMock":
        command, ready = [sys.executable, "-c", MOCK_SCRIPT], "serving"
    else:
        port = _free_port()
        command = [sys.executable, "-m", "onesignal.mock", "--port", str(port)]
        ready = f"listening on http://127.0.0.1:{port}"
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=standin.env()
    )
    try:
        _wait_for_line(process, ready)
        pgid = standin.check_running()
        process.terminate()
        process.wait(timeout=30)
        standin.check_gone(pgid)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


FIXTURE_TEST = textwrap.dedent(
    """
    import os, time

    def test_uses_the_mock(onesignal_mock):
        assert onesignal_mock.base_url.startswith("http://127.0.0.1:")
        print("fixture ready", flush=True)
        go = os.environ["STANDIN_GO"]  # created once the group was seen running
        deadline = time.monotonic() + 60
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.05)
    """
)


@pytest.mark.parametrize("ending", ["the run ends", "SIGTERM to the run"])
def test_the_fixtures_end_ends_the_whole_group(
    standin: StandIn, tmp_path: Path, ending: str
) -> None:
    (tmp_path / "test_standin.py").write_text(FIXTURE_TEST)
    env = standin.env()
    go = tmp_path / "go"
    env["STANDIN_GO"] = str(go)
    command = [sys.executable, "-m", "pytest", "-s", "-q", "-p", "no:cacheprovider"]
    process = subprocess.Popen(
        [*command, "test_standin.py"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        _wait_for_line(process, "fixture ready")
        pgid = standin.check_running()
        if ending == "SIGTERM to the run":
            process.terminate()
            process.wait(timeout=30)
        else:
            go.touch()
            assert process.stdout is not None
            rest = process.stdout.read()
            assert process.wait(timeout=60) == 0, rest
        standin.check_gone(pgid)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
