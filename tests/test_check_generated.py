"""`make check-generated` catches a spec edit that was not followed by `make generate`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from tests.spec_tools import ROOT, load_spec


def test_check_generated_fails_on_unregenerated_spec_edit(tmp_path: Path) -> None:
    spec = load_spec()
    spec["components"]["schemas"]["ErrorObject"]["properties"]["added_by_test"] = {
        "type": "string",
        "description": "A field that generated/ does not know about.",
    }
    edited = tmp_path / "edited.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = subprocess.run(
        ["make", "-s", "check-generated", f"SPEC={edited}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "stale or hand-edited" in result.stdout
    assert "added_by_test" in result.stdout
