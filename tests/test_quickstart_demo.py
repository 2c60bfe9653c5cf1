"""`make demo`: examples/quickstart.py run against the mock, as the Makefile runs it, exits 0 and
prints the read-back that docs/index.md shows (so the page cannot drift from the demo)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = ROOT / "examples" / "quickstart.py"
INDEX = ROOT / "docs" / "index.md"


def documented_output() -> list[str]:
    """The commented lines of the ```sh block that starts with `make demo` on the index page."""
    block = re.search(r"```sh\nmake demo\n(?P<lines>(?:# .*\n)+)```", INDEX.read_text())
    assert block, "docs/index.md has no `make demo` block"
    return [line.removeprefix("# ") for line in block["lines"].splitlines()]


def test_the_demo_runs_and_prints_the_documented_read_back() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "onesignal.mock", "--run", sys.executable, str(QUICKSTART)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    shown = documented_output()
    start = lines.index(shown[0])
    assert lines[start : start + len(shown)] == shown
    # The typed settings the page promises, not only delivery counts.
    for wanted in ("platforms  iOS, Android", "android    channel ", "priority 10, ttl 43200 s"):
        assert any(wanted in line for line in shown), wanted
