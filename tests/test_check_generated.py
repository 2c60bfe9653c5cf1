"""`make check-generated` catches a spec edit that was not followed by `make generate`, and any
drift of generated/ from what the spec generates, wherever in the tree it is.

The target prints only the first lines of its diff, so nothing here reads that output for
evidence: the verdict is the exit status, and the spec edit's effect is read from a whole
regeneration (`make generate` into a temporary folder) diffed here, file by file.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.spec_tools import ROOT, load_spec

PKG = "onesignal_generated"
GENERATED = ROOT / "generated" / PKG


def _make(target: str, **variables: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", target, *(f"{name}={value}" for name, value in variables.items())],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _differences(left: Path, right: Path) -> dict[str, str]:
    """Every file that differs between two trees (or is in one only), with its whole unified
    diff: nothing cut."""
    names = {
        str(p.relative_to(tree))
        for tree in (left, right)
        for p in tree.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    found = {}
    for name in sorted(names):
        old, new = (
            (tree / name).read_text().splitlines() if (tree / name).is_file() else []
            for tree in (left, right)
        )
        if old != new or (left / name).is_file() != (right / name).is_file():
            found[name] = "\n".join(difflib.unified_diff(old, new, name, name, lineterm=""))
    return found


@pytest.fixture(scope="module")
def edited_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = load_spec()
    edited = dict(spec, components=dict(spec["components"]))
    schemas = edited["components"]["schemas"] = dict(spec["components"]["schemas"])
    error = schemas["ErrorObject"] = dict(schemas["ErrorObject"])
    error["properties"] = {
        **error["properties"],
        "added_by_test": {
            "type": "string",
            "description": "A field that generated/ does not know about.",
        },
    }
    path = tmp_path_factory.mktemp("spec") / "edited.yaml"
    path.write_text(yaml.safe_dump(edited, sort_keys=False))
    return path


def test_check_generated_fails_on_unregenerated_spec_edit(edited_spec: Path) -> None:
    result = _make("check-generated", SPEC=edited_spec)
    assert result.returncode != 0, result.stdout + result.stderr
    assert "stale or hand-edited" in result.stdout


def test_the_spec_edit_shows_in_the_whole_regeneration(edited_spec: Path, tmp_path: Path) -> None:
    """What check-generated compares against, in full: the edit reaches the model, and each
    file in which the regeneration differs from generated/ carries the edit."""
    out = tmp_path / "gen" / PKG
    out.parent.mkdir()
    result = _make("generate", SPEC=edited_spec, GEN=out)
    assert result.returncode == 0, result.stdout + result.stderr
    differences = _differences(GENERATED, out)
    assert "added_by_test" in differences.get("models/error_object.py", ""), differences
    for name, diff in differences.items():  # no drift but what the edit explains
        added = [line for line in diff.splitlines()[2:] if line.startswith("+")]
        assert any("added_by_test" in line for line in added), (
            f"{name} differs beyond the spec edit:\n{diff}"
        )


# -- drift planted anywhere in a copy of generated/ fails the target -------------------------


def _files(tree: Path) -> list[Path]:
    return sorted(p for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _edit_an_operation_module(tree: Path) -> None:
    module = tree / "api" / "apps" / "create_app.py"
    text = module.read_text()
    assert '"post"' in text
    module.write_text(text.replace('"post"', '"put"', 1))


def _edit_the_method_surface(tree: Path) -> None:
    """methods.py, facade_index.py and sync_loops.py are written by tools/, not the generator."""
    for name in ("methods.py", "facade_index.py", "sync_loops.py"):
        assert (tree / name).is_file(), name
    surface = tree / "sync_loops.py"
    surface.write_text(surface.read_text() + "\n# hand-edited\n")


def _remove_a_file(tree: Path) -> None:
    (tree / "models" / "error_object.py").unlink()


DRIFTS: dict[str, Callable[[Path], None]] = {
    "operation-module": _edit_an_operation_module,
    "method-surface": _edit_the_method_surface,
    "removed-file": _remove_a_file,
}


@pytest.fixture
def copy_of_generated(tmp_path: Path) -> Path:
    tree = tmp_path / "generated" / PKG
    shutil.copytree(GENERATED, tree, ignore=shutil.ignore_patterns("__pycache__"))
    return tree


def test_an_untouched_copy_passes(copy_of_generated: Path) -> None:
    result = _make("check-generated", GEN=copy_of_generated)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches" in result.stdout


@pytest.mark.parametrize("drift", list(DRIFTS))
def test_drift_anywhere_fails_check_generated(copy_of_generated: Path, drift: str) -> None:
    DRIFTS[drift](copy_of_generated)
    assert _differences(GENERATED, copy_of_generated), "the drift changed nothing"
    result = _make("check-generated", GEN=copy_of_generated)
    assert result.returncode != 0, f"{drift}: check-generated passed\n{result.stdout}"
    assert "stale or hand-edited" in result.stdout
