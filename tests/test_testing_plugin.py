"""The `onesignal.testing` pytest plugin, used the way an SDK user would: tests/sample_project
is a small project of its own, run by pytest in a subprocess from a copy outside this repo, so
only the installed plugin (through its `pytest11` entry point) can provide `onesignal_mock`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from onesignal.mock import PrismMock
from onesignal.testing import OneSignalMock, PreferenceError, format_violations

SAMPLE = Path(__file__).parent / "sample_project"


def _env(**changes: str) -> dict[str, str]:
    """This environment without pytest's or the SDK's settings, bar a local ONESIGNAL_PRISM;
    an empty value in `changes` removes a variable."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k == "ONESIGNAL_PRISM" or not k.startswith(("PYTEST_", "ONESIGNAL_"))
    }
    env.update(changes)
    return {k: v for k, v in env.items() if v}


def _run_sample(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """pytest on a copy of the sample project, so that no conftest of this repo is above it."""
    if not (tmp_path / "sample_project").exists():
        shutil.copytree(SAMPLE, tmp_path / "sample_project")
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:asyncio"]
    return subprocess.run(
        [*command, *args],
        cwd=tmp_path,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=110,
    )


def test_registered_as_pytest_plugin() -> None:
    (entry,) = [e for e in entry_points(group="pytest11") if e.name == "onesignal"]
    assert entry.value == "onesignal.testing"


def test_sample_project(tmp_path: Path) -> None:
    """The sample's own tests pass; the two that fail on purpose say why, in Prism's words."""
    run = _run_sample(tmp_path, "sample_project", "--junitxml=report.xml")
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    outcomes: dict[str, str] = {}
    for case in ET.parse(tmp_path / "report.xml").iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        outcomes[case.attrib["name"]] = "passed" if problem is None else problem.text or "?"
    purposely = ("test_request_breaks_the_spec", "test_answer_the_spec_does_not_document")
    passed = {name for name, outcome in outcomes.items() if outcome == "passed"}
    assert passed == set(outcomes) - set(purposely), output
    assert len(passed) == 5, output

    broken = outcomes["test_request_breaks_the_spec"]
    assert "POST /notifications (HTTP 400) breaks the OneSignal API spec" in broken
    assert "- request.body.ttl: Request body property ttl must be integer" in broken
    assert "sample_project/test_fails_on_purpose.py:" in broken  # where the test sent it
    assert "in test_request_breaks_the_spec" in broken
    assert "sl-violations" not in broken and '"location"' not in broken  # text, not raw JSON
    assert "BadRequestError" not in broken  # the hook fired before the SDK read the answer

    undocumented = outcomes["test_answer_the_spec_does_not_document"]
    assert "could not be answered" in undocumented
    assert "Requested status code 418 is not defined" in undocumented
    assert "Prefer: code=418" in undocumented
    assert "welcome.py" in undocumented  # the application's call, under the test's


def test_fixture_comes_from_the_entry_point(tmp_path: Path) -> None:
    """Without the plugin the sample has no `onesignal_mock`: nothing else provides it."""
    run = _run_sample(tmp_path, "sample_project/test_welcome.py", "-p", "no:onesignal")
    assert run.returncode == 1
    assert "fixture 'onesignal_mock' not found" in run.stdout


@pytest.mark.parametrize("required", ["no", "option", "ini"])
def test_without_node(tmp_path: Path, required: str) -> None:
    """No node, npx or prism on PATH: skipped by default, failed on request, saying what to
    install. (The repo's own node_modules/.bin/prism is still found, but needs `node`.)"""
    args = ["sample_project/test_welcome.py::test_welcome_is_sent", "-rs"]
    if required == "option":
        args.append("--onesignal-mock-required")
    elif required == "ini":
        shutil.copytree(SAMPLE, tmp_path / "sample_project")
        (tmp_path / "sample_project/pytest.ini").write_text(
            "[pytest]\nonesignal_mock_required = true\n"
        )
    (tmp_path / "bin").mkdir()
    run = _run_sample(tmp_path, *args, PATH=str(tmp_path / "bin"), ONESIGNAL_PRISM="")
    output = run.stdout + run.stderr
    assert "install Node.js 20 or newer" in output, output
    assert "ONESIGNAL_PRISM" in output
    if required == "no":
        assert run.returncode == 0 and "1 skipped" in output, output
    else:
        assert run.returncode == 1 and "1 error" in output, output


def test_readable_violations() -> None:
    header = (
        '[{"location":["request","path","app_id"],"severity":"Error","code":"format",'
        '"message":"Request path parameter app_id must match format \\"uuid\\""}]'
    )
    assert format_violations(header) == [
        'request.path.app_id: Request path parameter app_id must match format "uuid"'
    ]
    assert format_violations("not json") == ["not json"]


@pytest.mark.parametrize(
    "kwargs", [{"code": 42}, {"code": "four"}, {"code": True}, {"example": "a,b"}]
)
def test_prefer_refuses_what_prism_cannot_read(kwargs: dict[str, object]) -> None:
    mock = OneSignalMock(PrismMock())  # never started: prefer() checks before any request
    with pytest.raises(PreferenceError), mock.prefer(**kwargs):  # type: ignore[arg-type]
        pass


def test_prefer_blocks_nest() -> None:
    mock = OneSignalMock(PrismMock())
    with mock.prefer(code=404):
        with mock.prefer(example="gold"):
            assert mock.preference() == {"code": "404", "example": "gold"}
        with mock.prefer(code=429):
            assert mock.preference() == {"code": "429"}
    assert mock.preference() == {}
