"""Derive the blocking code from the asyncio one: `make generate` runs this.

Reads onesignal/_loops.py and onesignal/_transport.py and writes PACKAGE_DIR/sync_loops.py and
PACKAGE_DIR/sync_transport.py with each async name and keyword replaced by its blocking twin,
word by word (as httpcore's unasync does). A line that no rule can turn into working blocking
code does not belong in those files; `make check-generated` and the tests of both clients keep
each pair in step.

Usage: python tools/unasync.py PACKAGE_DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Each asyncio source and the name of its blocking copy in the generated package.
SOURCES = {"_loops.py": "sync_loops.py", "_transport.py": "sync_transport.py"}
HEADER = (
    '"""Written by tools/unasync.py from onesignal/{source} during `make generate`. '
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
    (r"\bhttpx2\.AsyncBaseTransport\b", "httpx2.BaseTransport"),
    (r"\bhttpx2\.AsyncByteStream\b", "httpx2.SyncByteStream"),
    (r"\bhttpcore2\.AsyncConnectionPool\b", "httpcore2.ConnectionPool"),
    (r"\bhttpcore2\.AsyncNetwork(Backend|Stream)\b", r"httpcore2.Network\1"),
    (r"\bhttpcore2\.AnyIOBackend\b", "httpcore2.SyncBackend"),
    (r"\b(_?)Async(Transport|Backend|Stream|Body)\b", r"\1Sync\2"),
    (r"\bAsyncIterable\b", "Iterable"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\baiter_bytes\b", "iter_bytes"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\bfor asyncio\b", "blocking"),
    (r"from \.\_", "from onesignal._"),  # the copy lives in the generated package
)


def unasync(text: str, source: str = "_loops.py") -> str:
    body = text.split('"""', 2)[2]  # the module docstring is about the source, not the copy
    for pattern, replacement in RULES:
        body = re.sub(pattern, replacement, body)
    return HEADER.format(source=source) + body


def main() -> None:
    package = Path(sys.argv[1])
    for source, copy in SOURCES.items():
        text = (ROOT / "onesignal" / source).read_text()
        (package / copy).write_text(unasync(text, source))


if __name__ == "__main__":
    main()
