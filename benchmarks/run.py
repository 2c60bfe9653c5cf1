"""`make bench`: measure this SDK beside raw httpx2, raw urllib3 and the official SDK, in one run,
against one fast loopback server, and report ratios (absolute times are only context).

Writes the table to stdout and to benchmarks/results.md. `--quick` runs fewer iterations.
The official `onesignal-python-api` is installed by this script into benchmarks/.venv-official
(it imports as `onesignal` too, so it cannot share our venv).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import instructions

HERE = Path(__file__).resolve().parent
OFFICIAL_VENV = HERE / ".venv-official"
OFFICIAL_PIN = "onesignal-python-api==5.18.0"
TARGETS = {"sync": 1.15, "async": 2.0, "import": 1.3}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server(total: int = 50) -> Iterator[str]:
    """The loopback server in its own process, so it never competes for our interpreter."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(HERE / "server.py"), str(port), str(total)], stdout=subprocess.PIPE
    )
    assert process.stdout is not None
    process.stdout.readline()  # "ready"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait()


def official_python() -> str | None:
    python = OFFICIAL_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(OFFICIAL_VENV)], check=True)
        done = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", OFFICIAL_PIN, "urllib3"],
            capture_output=True,
        )
        if done.returncode != 0:
            print("could not install the official SDK; its column is left out", file=sys.stderr)
            return None
    return str(python)


def clean_python() -> str:
    """A venv holding only this project as users install it (a built wheel, with the .pyc
    files pip writes, and no dev tools: in the dev venv httpx2 also loads rich and click)."""
    venv = HERE / ".venv-clean"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(HERE.parent)], check=True)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--force-reinstall",
            "--no-deps",
            str(HERE.parent),
        ],
        check=True,
    )
    return str(python)


def case(python: str, name: str, url: str, n: int) -> Any:
    out = subprocess.run(
        [python, str(HERE / "cases.py"), name, url, str(n)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr else "failed"}
    return json.loads(out.stdout)


def import_ms(python: str, statement: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        # From / so that `-c` cannot pick up this checkout's `onesignal` by accident.
        subprocess.run([python, "-c", statement], check=True, cwd="/")
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def importtime_ms(python: str, modules: list[str], runs: int) -> dict[str, float]:
    """In-process import cost: `python -X importtime -c "import M"` from an empty folder, the
    cumulative time of the top module (the last line), median of `runs`. The modules take
    turns, so each sees the same machine load."""
    found: dict[str, list[float]] = {module: [] for module in modules}
    with tempfile.TemporaryDirectory() as empty:
        for _ in range(runs):
            for module in modules:
                done = subprocess.run(
                    [python, "-X", "importtime", "-c", f"import {module}"],
                    cwd=empty,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                # The last line: "import time: self | cumulative | top module".
                last = done.stderr.strip().splitlines()[-1]
                found[module].append(int(last.split("|")[1]) / 1000)
    return {module: statistics.median(times) for module, times in found.items()}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import httpx2

    return (
        f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores; "
        f"Python {platform.python_version()}; httpx2 {httpx2.__version__}"
    )


def fmt(value: Any, unit: str = "") -> str:
    if isinstance(value, dict) and "error" in value:
        return f"error: {value['error'][:60]}"
    if value is None:
        return "n/a"
    return f"{value:,.0f}{unit}" if value >= 100 else f"{value:,.2f}{unit}"


def ratio(a: Any, b: Any) -> str:
    if not isinstance(a, int | float) or not isinstance(b, int | float) or not b:
        return "n/a"
    return f"{a / b:.2f}x"


def instruction_counts(python: str, url: str, *, quick: bool) -> list[str]:
    """The per-call ratios again, as CPU work counted by callgrind (benchmarks/instructions.py):
    they repeat from run to run, where the times above swing with the machine's load."""
    head = ["", "## CPU work per call (valgrind --tool=callgrind, instructions per call)", ""]
    if quick or not instructions.available():
        why = "a --quick run" if quick else "valgrind is not installed"
        return [*head, f"Skipped: {why}."]
    rows = [
        ("create_notification (1 KB body)", "ours", "calls:ours:create", 100, 0),
        (
            "create_notification (1 KB body)",
            "ours (a Notification(**body) per call)",
            "calls:ours_model:create",
            100,
            0,
        ),
        ("create_notification (1 KB body)", "httpx2", "calls:httpx2:create", 100, 0),
        ("create_notification (1 KB body)", "urllib3", "calls:urllib3:create", 100, 0),
        ("get_notifications (page of 50)", "ours", "calls:ours:page", 50, 0),
        ("get_notifications (page of 50)", "httpx2", "calls:httpx2:page", 50, 0),
        ("async create_notification, 32 at once", "ours", "calls:async-ours:create", 232, 32),
        ("async create_notification, 32 at once", "httpx2", "calls:async-httpx2:create", 232, 32),
    ]
    counts = {
        (label, who): instructions.per_call(python, name, url, n, base)
        for label, who, name, n, base in rows
    }
    lines = [
        *head,
        "Each client's process only; N calls minus none, over N. The async rows count a request "
        "of 32 running at once (start-up and the warm-up round subtracted). Fewer is better: "
        "for the async rows, httpx2's count over ours is the throughput ratio a CPU-bound "
        "client reaches.",
        "",
        "| case | client | instructions per call | vs httpx2 |",
        "|---|---|---|---|",
    ]
    for (label, who), count in counts.items():
        base_count = counts[(label, "httpx2")]
        lines.append(f"| {label} | {who} | {count:,.0f} | {ratio(count, base_count)} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer iterations")
    args = parser.parse_args()
    calls = 300 if args.quick else 2000
    page_calls = 100 if args.quick else 500
    async_total = 2000 if args.quick else 10000
    ours_py = sys.executable
    official_py = official_python()
    lines = [f"Machine: {machine()}", ""]

    with server(total=50) as url:
        lines += [
            "## Sync, per call (median of 5 interleaved rounds)",
            "",
            "| case | client | µs per call | vs raw httpx2 |",
            "|---|---|---|---|",
        ]
        for what, n in (("create", calls), ("page", page_calls)):
            label = {
                "create": "create_notification (1 KB body)",
                "page": "get_notifications (page of 50)",
            }[what]
            # Ours, httpx2 and urllib3 interleaved in one process; the official SDK in its own.
            who = "ours+ours_model+httpx2+urllib3" if what == "create" else "ours+httpx2+urllib3"
            results = case(ours_py, f"sync:{who}:{what}", url, n)
            if "error" in results:
                results = dict.fromkeys(who.split("+"), results)
            if "ours_model" in results:
                results["ours (a Notification(**body) per call)"] = results.pop("ours_model")
            if official_py:
                official_n = n if what == "create" else max(3, n // 100)
                official = case(official_py, f"sync:official:{what}", url, official_n)
                results["official"] = official.get("official", official)
            for who, value in results.items():
                lines.append(
                    f"| {label} | {who} | {fmt(value)} | {ratio(value, results['httpx2'])} |"
                )

        steps = case(ours_py, "steps:body", url, calls)
        lines += [
            "",
            "## Where a `Notification` body's time goes (in-process, µs per body, one run)",
            "",
            "| step | µs | vs json.dumps of the dict |",
            "|---|---|---|",
        ]
        base = steps.get("json.dumps of the dict") if isinstance(steps, dict) else None
        for step, value in steps.items() if isinstance(steps, dict) else []:
            lines.append(f"| {step} | {fmt(value)} | {ratio(value, base)} |")
        lines += [
            "",
            f"## Async throughput, {async_total:,} create_notification calls",
            "",
            "| concurrency | ours (req/s) | default httpx2.AsyncClient (req/s) | ours vs httpx2 |",
            "|---|---|---|---|",
        ]
        for concurrency in (8, 32, 128):
            mine = case(ours_py, f"async:ours:{concurrency}", url, async_total)
            theirs = case(ours_py, f"async:httpx2:{concurrency}", url, async_total)
            lines.append(f"| {concurrency} | {fmt(mine)} | {fmt(theirs)} | {ratio(mine, theirs)} |")

        lines += instruction_counts(ours_py, url, quick=args.quick)

        memory = case(ours_py, "memory:calls", url, 10000)
        lines += [
            "",
            "## Memory",
            "",
            f"- RSS after `import onesignal`: {fmt(memory.get('after_import_mb'))} MB; "
            f"after 1,000 create_notification calls: {fmt(memory.get('after_1000_mb'))} MB; "
            f"after 10,000: {fmt(memory.get('after_calls_mb'))} MB",
        ]

    for total in (10_000, 100_000):
        with server(total=total) as url:
            result = case(ours_py, "memory:paginate", url, total)
            lines.append(
                f"- iter_notifications over {total:,} notifications: "
                f"{fmt(result.get('items'))} items, RSS {fmt(result.get('before_mb'))} MB "
                f"before, peak {fmt(result.get('peak_mb'))} MB"
            )
    with server() as url:
        for rows in (100_000, 1_000_000):
            result = case(ours_py, "memory:export", url, rows)
            lines.append(
                f"- iter_export_rows over a {rows:,}-row gzip CSV: "
                f"{fmt(result.get('items'))} rows, RSS {fmt(result.get('before_mb'))} MB "
                f"before, peak {fmt(result.get('peak_mb'))} MB"
            )

    runs = 5 if args.quick else 15
    clean_py = clean_python()
    imports = {
        "import onesignal (ours)": import_ms(clean_py, "import onesignal", runs),
        "from onesignal import OneSignal (ours)": import_ms(
            clean_py, "from onesignal import OneSignal", runs
        ),
        "import httpx2": import_ms(clean_py, "import httpx2", runs),
    }
    if official_py:
        imports["import onesignal (official 5.18.0)"] = import_ms(
            official_py, "import onesignal", runs
        )
    lines += [
        "",
        f"## Import time (`python -c '...'` in a clean venv, whole process, median of {runs})",
        "",
        "| statement | ms | vs httpx2 |",
        "|---|---|---|",
    ]
    lines += [
        f"| {name} | {ms:.0f} | {ratio(ms, imports['import httpx2'])} |"
        for name, ms in imports.items()
    ]

    cumulative = importtime_ms(clean_py, ["onesignal", "httpx2"], runs * 2)
    lines += [
        "",
        f"## Import time (`python -X importtime -c 'import M'` from an empty folder, in-process "
        f"cumulative time of the top module, median of {runs * 2}, taking turns)",
        "",
        "| module | ms | vs httpx2 |",
        "|---|---|---|",
    ]
    lines += [
        f"| {module} | {ms:.1f} | {ratio(ms, cumulative['httpx2'])} |"
        for module, ms in cumulative.items()
    ]

    lines += [
        "",
        f"Targets: sync within {TARGETS['sync']}x of raw httpx2; async at concurrency "
        f"32 and 128 at least {TARGETS['async']}x httpx2; import within "
        f"{TARGETS['import']}x of httpx2.",
    ]
    text = "\n".join(lines)
    print(text)
    (HERE / "results.md").write_text("# Benchmark results (`make bench`)\n\n" + text + "\n")


if __name__ == "__main__":
    main()
