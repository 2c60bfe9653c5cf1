"""Derive the blocking loops from the asyncio ones: `make generate` runs this.

Reads onesignal/_loops.py and writes PACKAGE_DIR/sync_loops.py with each async name and keyword
replaced by its blocking twin, word by word (as httpcore's unasync does). A line that no rule
can turn into working blocking code does not belong in _loops.py; `make check-generated` and the
tests of both clients keep the two in step.

Usage: python tools/unasync.py PACKAGE_DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "onesignal" / "_loops.py"
HEADER = (
    '"""Written by tools/unasync.py from onesignal/_loops.py during `make generate`. '
    'Do not edit."""\n'
)

# Whole words (or word prefixes ending in `\b`), in order.
RULES: tuple[tuple[str, str], ...] = (
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait\s+", ""),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncLoops\b", "SyncLoops"),
    (r"\bhttpx2\.AsyncClient\b", "httpx2.Client"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\baiter_bytes\b", "iter_bytes"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\bfor asyncio\b", "blocking"),
    (r"from \.\_", "from onesignal._"),  # the copy lives in the generated package
)


def unasync(text: str) -> str:
    body = text.split('"""', 2)[2]  # the module docstring is about the source, not the copy
    for pattern, replacement in RULES:
        body = re.sub(pattern, replacement, body)
    return HEADER + body


def main() -> None:
    package = Path(sys.argv[1])
    (package / "sync_loops.py").write_text(unasync(SOURCE.read_text()))


if __name__ == "__main__":
    main()
