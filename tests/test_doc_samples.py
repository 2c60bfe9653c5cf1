"""Every ```python block of README.md and docs/ runs, as written, against the Prism mock, and so
does the example of every operation on the generated pages of operations (tools/docs_methods.py).

Each block runs in a fresh namespace with ONESIGNAL_BASE_URL pointing at the session's Prism and
placeholder keys and app id in ONESIGNAL_*, so a sample must be self-contained: it defines the
names it uses. Blocks with top-level `await` run in an event loop. A block of pytest tests
(`def test_...`, as on the testing page) is run by pytest, in a subprocess with the project's
`onesignal_mock` plugin, from a folder of its own. A block that cannot run
against the mock is marked by an HTML comment right before it, giving the reason:

    <!-- no-run: the export file lives on a storage host the mock does not serve -->

Such blocks are still compiled, so a syntax error in them fails too.
"""

from __future__ import annotations

import ast
import asyncio
import concurrent.futures
import inspect
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from onesignal.mock import PrismMock
from tests.tool_modules import load_tool

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[\w+-]*)\s*$")
NO_RUN = re.compile(r"^<!--\s*no-run\b:?\s*(?P<reason>.*?)\s*-->$")
APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"


@dataclass(frozen=True)
class Sample:
    path: Path
    line: int
    code: str
    no_run: str | None  # the reason, when marked <!-- no-run: ... -->

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def extract(path: Path, text: str | None = None) -> list[Sample]:
    """The ```python blocks of one Markdown file (or of `text`, a page generated as `path`), with
    the no-run mark before each, if any."""
    lines = (path.read_text(encoding="utf-8") if text is None else text).splitlines()
    samples: list[Sample] = []
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match or not match["lang"]:
            index += 1
            continue
        start, indent = index, len(match["indent"])
        index += 1
        body: list[str] = []
        while index < len(lines) and lines[index].strip() != "```":
            body.append(lines[index][indent:])
            index += 1
        index += 1  # the closing fence
        if match["lang"] not in ("python", "py"):
            continue
        previous = next((ln.strip() for ln in reversed(lines[:start]) if ln.strip()), "")
        mark = NO_RUN.match(previous)
        no_run = (mark["reason"] or "") if mark else None
        samples.append(Sample(path, start + 1, "\n".join(body) + "\n", no_run))
    return samples


def load_docs_methods() -> Any:
    return load_tool("docs_methods")


def generated_samples() -> list[Sample]:
    """The examples of the pages of operations the docs hook generates (docs/operations/*.md)."""
    docs_methods = load_docs_methods()
    return [
        sample
        for tag in docs_methods.GROUPS
        for sample in extract(
            ROOT / "docs" / docs_methods.group_page(tag), docs_methods.operations_page(tag)
        )
    ]


SAMPLES = [sample for source in SOURCES for sample in extract(source)] + generated_samples()


def test_samples_were_found() -> None:
    counted = {path.name for path in SOURCES if any(s.path == path for s in SAMPLES)}
    assert "README.md" in counted, "no ```python block found in README.md"
    assert len(SAMPLES) >= 10, [s.name for s in SAMPLES]


def test_no_run_marks_give_a_reason() -> None:
    unexplained = [s.name for s in SAMPLES if s.no_run is not None and not s.no_run]
    assert not unexplained, f"<!-- no-run --> without a reason before: {unexplained}"


def compile_sample(sample: Sample) -> CodeType:
    # Blank lines in front, so tracebacks give the line numbers of the Markdown file.
    source = "\n" * sample.line + sample.code
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    return compile(source, str(sample.path), "exec", flags=flags, dont_inherit=True)


def run_sample(sample: Sample) -> None:
    """Runs in a worker thread, so `asyncio.run` in a sample never touches pytest's loop."""
    code = compile_sample(sample)
    namespace = {"__name__": "__doc_sample__", "__file__": str(sample.path)}
    result = eval(code, namespace)  # a coroutine when the block has a top-level await
    if inspect.iscoroutine(result):
        asyncio.run(result)


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_sample_runs(
    sample: Sample, prism: PrismMock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    compile_sample(sample)  # even a no-run block must be valid Python
    if sample.no_run is not None:
        pytest.skip(f"marked no-run: {sample.no_run}")
    monkeypatch.setenv("ONESIGNAL_BASE_URL", prism.base_url)
    monkeypatch.setenv("ONESIGNAL_REST_API_KEY", "doc-sample-rest-key")
    monkeypatch.setenv("ONESIGNAL_ORGANIZATION_API_KEY", "doc-sample-organization-key")
    monkeypatch.setenv("ONESIGNAL_APP_ID", APP_ID)
    monkeypatch.delenv("ONESIGNAL_LOG", raising=False)
    monkeypatch.chdir(tmp_path)  # a sample that writes files writes them here
    if re.search(r"^(async )?def test_", sample.code, re.MULTILINE):
        run_as_tests(sample, tmp_path)
        return
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(run_sample, sample).result(timeout=90)


def run_as_tests(sample: Sample, folder: Path) -> None:
    (folder / "test_sample.py").write_text(sample.code)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir"]
    options = ["-oasyncio_mode=auto", "-oasyncio_default_fixture_loop_scope=session"]
    result = subprocess.run(
        [*command, folder, "--onesignal-mock-required", *options, folder / "test_sample.py"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, f"{sample.name}: its tests failed\n{result.stdout[-3000:]}"
    assert " passed" in result.stdout and "skipped" not in result.stdout, result.stdout


def test_every_operation_has_a_generated_example() -> None:
    docs_methods = load_docs_methods()
    pages = "".join(docs_methods.operations_page(tag) for tag in docs_methods.GROUPS)
    for op in docs_methods.OPERATIONS:
        assert f"::: onesignal_generated.methods.SyncMethods.{op.name}\n" in pages, op.name
        assert f"client.{op.name}(" in pages, f"no example of {op.name}"


def test_readme_operations_table_is_current() -> None:
    """README.md's "Operations" table is the one the docs site generates (tools/docs_methods.py)."""
    docs_methods = load_docs_methods()
    assert docs_methods.readme_table("Operations") == docs_methods.methods_table(), (
        "README.md's Operations table is stale: paste in `python tools/docs_methods.py`"
    )
