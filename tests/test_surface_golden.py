"""Golden record of the public surface: every method and alias of both clients, with its
signature, whether it is a coroutine function, and its docstring's first line.

`make check-generated` proves generated/ matches the spec; this proves the surface a user
calls did not change by accident (a reordered parameter, a lost alias, a sync method on the
async client). After an intended change, rewrite the record and review its diff:
`UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_surface_golden.py`.
"""

from __future__ import annotations

import inspect
import os
from pathlib import Path

from onesignal import AsyncOneSignal, OneSignal

GOLDEN = Path(__file__).parent / "data" / "surface.txt"


def surface() -> str:
    lines = []
    for cls in (OneSignal, AsyncOneSignal):
        for name in sorted(n for n in dir(cls) if not n.startswith("_")):
            member = inspect.getattr_static(cls, name)
            if not inspect.isfunction(member):
                continue
            kind = "async def" if inspect.iscoroutinefunction(member) else "def"
            doc = (inspect.getdoc(member) or "").split("\n", 1)[0]
            signature = str(inspect.signature(member))
            lines.append(f"{cls.__name__}.{name}: {kind} {member.__name__}{signature}  # {doc}")
    return "\n".join(lines) + "\n"


def test_the_public_surface_matches_its_golden_record() -> None:
    current = surface()
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(current)
    assert GOLDEN.read_text() == current, (
        "the public surface changed: if intended, run "
        "UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_surface_golden.py and review the diff"
    )


def test_every_method_has_a_docstring_and_real_parameters() -> None:
    for line in surface().splitlines():
        assert not line.endswith("# "), f"no docstring: {line}"
        assert "*args" not in line, f"not a real signature: {line}"
