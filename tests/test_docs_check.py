"""tools/docs_check.py (`make docs-check`): its link check, its skip without Chromium, and, where
Chromium is installed, that it sees overflow, plain code and console errors in a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.tool_modules import load_tool

ROOT = Path(__file__).resolve().parent.parent


def load() -> Any:
    return load_tool("docs_check")


docs_check = load()


def page(body: str) -> str:
    return f"<!doctype html><html><head><meta charset=utf-8></head><body>{body}</body></html>"


def test_links_to_missing_pages_and_anchors_are_found(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(page('<h2 id="here">A</h2>'))
    links = '<a href="a/#here">ok</a> <a href="a/">ok</a> <a href="https://example.com/x">out</a>'
    broken = '<a href="b/">no page</a> <a href="a/#gone">no anchor</a> <a href="#self">self</a>'
    (tmp_path / "index.html").write_text(page(links + broken + '<p id="self"></p>'))
    (tmp_path / "404.html").write_text(page('<a href="/site/prefix/">absolute</a>'))
    problems = docs_check.check_links(tmp_path)
    assert len(problems) == 2, problems
    assert "'b/' points at no page" in problems[0]
    assert "'a/#gone' points at no anchor #gone" in problems[1]


def test_without_chromium_it_says_it_skipped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(docs_check, "find_chromium", lambda: None)
    assert docs_check.main([]) == 0
    assert capsys.readouterr().out.strip() == "docs-check skipped: no chromium"
    assert docs_check.main(["--require-chromium"]) == 1


@pytest.mark.skipif(docs_check.find_chromium() is None, reason="no chromium installed")
def test_chromium_sees_overflow_plain_code_and_console_errors(tmp_path: Path) -> None:
    site, shots = tmp_path / "site", tmp_path / "shots"
    (site / "good").mkdir(parents=True)
    shots.mkdir()
    highlighted = (
        '<div class="language-python highlight"><pre><button data-md-type="copy"></button>'
        '<code><span class="kn">import</span> os</code></pre></div>'
    )
    (site / "good" / "index.html").write_text(page(f'<div class="md-content">{highlighted}</div>'))
    bad = (
        '<div class="md-content"><div style="width: 2000px">wide</div>'
        "<pre><code>plain</code></pre></div><script>console.error('boom')</script>"
    )
    (site / "index.html").write_text(page(bad))
    problems = docs_check.check_site(site, ["", "good/"], shots, docs_check.find_chromium())
    text = "\n".join(problems)
    assert "/ at 1280px: scrolls sideways" in text
    assert "/ at 390px: scrolls sideways" in text
    assert "code block without highlighting" in text
    assert "console.error: boom" in text
    assert not [p for p in problems if p.startswith("/good/")], problems
    assert (shots / "good-390.png").stat().st_size > 0
