"""`make docs-check`: the documentation site, looked at in a real browser.

Builds the site (`mkdocs build --strict`) into a temporary folder, serves it on loopback and
loads its pages in headless Chromium (Debian's `chromium`), driven over the Chrome DevTools
Protocol (websocket-client). Fails when

- a page scrolls sideways (`document.documentElement.scrollWidth > window.innerWidth`), or a
  table is wider than its column, at 1280 px or at 390 px (a phone);
- a code block is not highlighted (no Pygments wrapper or no tokens) or has no copy button;
- the page logs a console error, throws, or fails to load a resource;
- a link between the site's pages points at a missing page or a missing anchor (every page of
  the built site is read, not only the loaded ones).

It writes a screenshot of each loaded page at each width (the top of the page, and the first
code block) under a temporary folder and prints its path, for a person to look at.

Where no Chromium is installed it prints "docs-check skipped: no chromium" and succeeds, so
`make test` can run it on any machine. `--require-chromium` turns that into a failure.

    python tools/docs_check.py [--site DIR] [--shots DIR] [--page PATH ...] [--require-chromium]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import functools
import html.parser
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = (1280, 390)
HEIGHT = 900
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# The main pages (site paths); --all-pages loads every page of the built site instead.
MAIN_PAGES = (
    "",
    "authentication/",
    "errors/",
    "helpers/",
    "testing/",
    "migrating/",
    "methods/",
    "operations/notifications/",
    "operations/users/",
    "operations/journeys/",
    "models/notifications/",
    "models/apps/",
    "reference/",
    "changelog/",
)
HIGHLIGHTED_LANGUAGES = ("python", "py", "sh", "bash", "console", "toml", "yaml", "json")

# Run in the page after it loaded: what the check needs, as JSON.
PAGE_SCRIPT = """
(() => {
  const describe = (el) => {
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
    return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text}"`;
  };
  const doc = document.documentElement;
  const out = {
    scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, wide: [], plain: [],
    nocopy: [], blocks: 0, offside: [],
  };
  for (const el of document.querySelectorAll('.md-content table')) {
    const box = el.closest('.md-typeset__scrollwrap') || el.parentElement;
    if (el.scrollWidth > box.clientWidth + 1) out.wide.push(describe(el));
  }
  const content = document.querySelector('.md-content');
  if (content) {
    const right = content.getBoundingClientRect().right;
    const blocks = 'p, li, td, th, h1, h2, h3, h4, dl, .doc-signature';
    for (const el of content.querySelectorAll(blocks)) {
      if (el.closest('pre')) continue;
      if (el.getBoundingClientRect().right > right + 1) out.offside.push(describe(el));
    }
  }
  for (const code of document.querySelectorAll('.md-content pre > code')) {
    out.blocks += 1;
    const block = code.closest('.highlight');
    const lang = [...((block || code).classList)].concat([...code.classList])
      .map((c) => c.replace(/^language-/, '')).find((c) => LANGUAGES.includes(c));
    if (!block) out.plain.push(describe(code));
    else if (lang && !code.querySelector('span[class]')) out.plain.push(describe(code));
    // Material 9.8 adds a button[data-md-type=copy] (older: .md-clipboard); signatures have none.
    const box = block || code.parentElement;
    const copy = box.querySelector('[data-md-type="copy"], .md-clipboard');
    if (!copy && !code.closest('.doc-signature')) out.nocopy.push(describe(code));
  }
  return JSON.stringify(out);
})()
""".replace("LANGUAGES", json.dumps(list(HIGHLIGHTED_LANGUAGES)))


# -- Links between the site's pages ---------------------------------------------------------


class _Anchors(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name"):
            if values.get(name):
                self.ids.add(str(values[name]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))


@functools.cache
def _parse(path: Path) -> _Anchors:
    parser = _Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The file and fragment a link of `page` points at, or None when it leaves the site."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
        return None
    base = "/" + page.relative_to(site).as_posix()
    path = unquote(urlsplit(urljoin(base, parts.path)).path) if parts.path else base
    file = site / path.lstrip("/")
    if path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file, unquote(parts.fragment)


def check_links(site: Path) -> list[str]:
    """Every link between the built site's pages that points at no page or no anchor."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        if page == site / "404.html":  # its links are absolute, to wherever the site is served
            continue
        for href in _parse(page).links:
            found = _target(site, page, href)
            if found is None:
                continue
            file, fragment = found
            where = f"{page.relative_to(site)}: link {href!r}"
            if not file.is_file():
                problems.append(f"{where} points at no page")
            elif file.suffix == ".html" and fragment and fragment not in _parse(file).ids:
                problems.append(f"{where} points at no anchor #{fragment}")
    return problems


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, as site paths ('' for the home page)."""
    pages = []
    for file in sorted(site.rglob("index.html")):
        path = file.parent.relative_to(site).as_posix()
        pages.append("" if path == "." else f"{path}/")
    return pages


# -- Serving --------------------------------------------------------------------------------


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """The site over HTTP on a free loopback port, for the duration of the block."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# -- Chromium over the DevTools Protocol ----------------------------------------------------


def find_chromium() -> str | None:
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


class Browser:
    """A headless Chromium and one page of it, driven over CDP's websocket."""

    def __init__(self, executable: str, profile: Path) -> None:
        import websocket  # websocket-client

        self.process = subprocess.Popen(
            [
                executable,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.is_file() and len(port_file.read_text().split()) >= 2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.1)
        port, path = port_file.read_text().split()[:2]
        self.socket = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=60)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)

    def call(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = False
    ) -> Any:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        self.socket.settimeout(60)
        self.socket.send(json.dumps(message))
        while True:
            answer = json.loads(self.socket.recv())
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            if "method" in answer:
                self.events.append(answer)

    def wait_for(self, event: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        self.socket.settimeout(timeout)
        while not any(e["method"] == event for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(event)
            answer = json.loads(self.socket.recv())
            if "method" in answer:
                self.events.append(answer)

    def settle(self, seconds: float) -> None:
        """Collect the events of `seconds` more (late console errors, scripts finishing)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.socket.settimeout(left)
            try:
                answer = json.loads(self.socket.recv())
            except Exception:
                break
            if "method" in answer:
                self.events.append(answer)

    def evaluate(self, script: str) -> Any:
        result = self.call(
            "Runtime.evaluate", {"expression": script, "returnByValue": True}, session=True
        )
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _errors(events: list[dict[str, Any]], base: str) -> list[str]:
    """The console errors of a page load. A resource of another origin that failed to load is
    left out: the check runs without internet, and the theme's one such request (the GitHub
    repository's star count, from `repo_url`) is not the site's own."""
    found = []
    for event in events:
        params = event.get("params", {})
        if event["method"] == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            found.append(f"uncaught exception: {text}")
        elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") == "error":
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
            found.append(f"console.error: {args}")
        elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            if entry.get("url") and not entry["url"].startswith(base):
                continue
            found.append(f"console: {entry.get('text')} {entry.get('url', '')}".strip())
    return found


def check_page(
    browser: Browser, base: str, page: str, width: int, shots: Path, suffix: str = ""
) -> list[str]:
    """Loads one page at one width; returns its problems and writes its screenshots."""
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600},
        session=True,
    )
    browser.events.clear()
    browser.call("Page.navigate", {"url": base + page}, session=True)
    browser.wait_for("Page.loadEventFired")
    browser.settle(0.4)
    where = f"/{page} at {width}px"
    report = json.loads(browser.evaluate(PAGE_SCRIPT))
    problems = [f"{where}: {error}" for error in _errors(browser.events, base)]
    if report["scrollWidth"] > report["innerWidth"]:
        problems.append(
            f"{where}: scrolls sideways (scrollWidth {report['scrollWidth']} > "
            f"innerWidth {report['innerWidth']})"
        )
    problems += [f"{where}: table wider than the page: {t}" for t in report["wide"]]
    problems += [f"{where}: sticks out of the page: {t}" for t in report["offside"]]
    problems += [f"{where}: code block without highlighting: {t}" for t in report["plain"]]
    problems += [f"{where}: code block without a copy button: {t}" for t in report["nocopy"]]
    name = (page.strip("/").replace("/", "-") or "index") + f"-{width}{suffix}"
    browser.screenshot(shots / f"{name}.png")
    if report["blocks"]:  # the first code block that is not a signature, in the middle
        browser.evaluate(
            "[...document.querySelectorAll('.md-content pre')].find("
            "(pre) => !pre.closest('.doc-signature'))?.scrollIntoView({block: 'center'})"
        )
        browser.settle(0.2)
        browser.screenshot(shots / f"{name}-code.png")
    return problems


def check_site(site: Path, pages: list[str], shots: Path, chromium: str) -> list[str]:
    problems = check_links(site)
    missing = [page for page in pages if not (site / page / "index.html").is_file()]
    problems += [f"/{page}: no such page in the built site" for page in missing]
    with (
        tempfile.TemporaryDirectory(
            prefix="docs-check-profile-", ignore_cleanup_errors=True
        ) as profile,
        serve(site) as base,
    ):
        browser = Browser(chromium, Path(profile))
        try:
            for page in (p for p in pages if p not in missing):
                for width in WIDTHS:
                    problems += check_page(browser, base, page, width, shots)
        finally:
            browser.close()
        # One look at dark mode, the toggle's other scheme, in a fresh profile (the theme keeps
        # the scheme it chose in localStorage).
        dark_pages = [p for p in ("", "operations/notifications/") if p in pages]
        if dark_pages:
            with tempfile.TemporaryDirectory(
                prefix="docs-check-profile-", ignore_cleanup_errors=True
            ) as dark_profile:
                browser = Browser(chromium, Path(dark_profile))
                try:
                    browser.call(
                        "Emulation.setEmulatedMedia",
                        {"features": [{"name": "prefers-color-scheme", "value": "dark"}]},
                        session=True,
                    )
                    for page in dark_pages:
                        problems += check_page(browser, base, page, WIDTHS[0], shots, "-dark")
                finally:
                    browser.close()
    return problems


def build(site: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="check this built site instead of building")
    parser.add_argument("--shots", type=Path, help="write the screenshots here")
    parser.add_argument("--page", action="append", help="a site path to load (repeatable)")
    parser.add_argument("--all-pages", action="store_true", help="load every page of the site")
    parser.add_argument("--require-chromium", action="store_true")
    args = parser.parse_args(argv)

    chromium = find_chromium()
    if chromium is None:
        print("docs-check skipped: no chromium")
        return 1 if args.require_chromium else 0
    shots = args.shots or Path(tempfile.mkdtemp(prefix="docs-check-shots-"))
    shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="docs-check-site-") as scratch:
        site = args.site
        if site is None:
            site = Path(scratch) / "site"
            build(site)
        pages = args.page or (site_pages(site) if args.all_pages else list(MAIN_PAGES))
        started = time.monotonic()
        problems = check_site(site, pages, shots, chromium)
    print(f"docs-check: screenshots in {shots}")
    if problems:
        print(f"docs-check: {len(problems)} problem(s):")
        for problem in problems:
            print(f"  {problem}")
        return 1
    took = time.monotonic() - started
    print(
        f"docs-check: {len(pages)} pages at {' and '.join(f'{w}px' for w in WIDTHS)} in "
        f"headless Chromium: no sideways overflow, highlighted code with copy buttons, no "
        f"console errors, internal links resolve ({took:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
