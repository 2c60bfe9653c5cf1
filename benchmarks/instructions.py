"""Instructions per call, counted by valgrind's callgrind: a figure that repeats to within a
fraction of a percent from run to run, where wall-clock times on a shared machine swing by a
third. Each client runs `cases.py calls:...` under callgrind twice, with N calls and with none;
the difference over N is what one call costs, start-up and warm-up subtracted.

It counts the client's process only (the server runs natively, in its own process), and every
instruction the same, whatever it waits on: a ratio of these is a ratio of CPU work, not of
time. `make bench` includes it when valgrind is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
_COLLECTED = re.compile(r"Collected : (\d+)")


def available() -> bool:
    return shutil.which("valgrind") is not None


def _count(python: str, case: str, url: str, n: int) -> int:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            python,
            str(HERE / "cases.py"),
            case,
            url,
            str(n),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no count for {case}")
    return int(found.group(1))


def per_call(python: str, case: str, url: str, n: int, base: int = 0) -> float:
    """Instructions per call of `case` (`calls:<client>:<what>`): runs of `n` and `base` calls
    (for the async case, `base` is its concurrency: that many tasks run in either run)."""
    calls = n - base
    if case.startswith("calls:async-"):
        calls *= 2  # throughput() runs every request twice: a warm-up round, then the measured
    return (_count(python, case, url, n) - _count(python, case, url, base)) / calls
