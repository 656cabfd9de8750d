"""Start the dashboard on a free port and drive it with Debian's Chromium through Playwright.

Every server writes its log to a file and every page records its console; the browser tests fail on
a traceback, an error or a warning in either (tests/test_browser.py checks after each test).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# what a clean server log never holds: Python tracebacks and stack dumps, errors, warnings (Streamlit
# logs "The widget with key … was created with a default value …" with a stack)
LOG_PROBLEM = re.compile(r"Traceback|Stack \(most recent call last\)|Error|Exception|[Ww]arning|WARNING")


def chromium_missing() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return "Chromium is not installed (apt-get install -y chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    log: Path
    read_to: int = 0  # how far the log has been checked

    def new_problems(self) -> list[str]:
        """Log lines since the last call that show a traceback, an error or a warning."""
        text = self.log.read_text(encoding="utf-8", errors="replace")
        new, self.read_to = text[self.read_to:], len(text)
        return [line for line in new.splitlines() if LOG_PROBLEM.search(line)]


RUNNING: list[Server] = []  # servers up now, for the checks after each test


@contextlib.contextmanager
def streamlit_server(*corpus: str, env: dict[str, str] | None = None):
    port = free_port()
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false", **(env or {})}
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
           "--", *corpus]
    log = Path(tempfile.mkstemp(prefix="streamlit-", suffix=".log")[1])
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(server.url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            raise RuntimeError("streamlit did not start:\n" + log.read_text(encoding="utf-8", errors="replace"))
        RUNNING.append(server)
        yield server
    finally:
        if server in RUNNING:
            RUNNING.remove(server)
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@dataclass
class Console:
    """A page's console errors and warnings, uncaught page errors and dialogs."""

    messages: list[str] = field(default_factory=list)

    def watch(self, page) -> None:
        page.on("console", lambda m: self.messages.append(f"console {m.type}: {m.text}")
                if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.messages.append(f"page error: {e}"))
        page.on("dialog", lambda d: (self.messages.append(f"dialog: {d.message}"), d.dismiss()))


def new_page(browser, width: int = 1280, height: int = 800):
    """A page in a context of its own (no shared cookies or storage, as another person's browser)."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    page.console = Console()
    page.console.watch(page)
    return page


def wait_for_app(page, timeout_ms: int = 120_000) -> None:
    """Until the script has finished its run: the app reports not-running and the title is there."""
    page.wait_for_selector("[data-testid='stApp']", timeout=timeout_ms)
    page.wait_for_function(
        """() => {
            const app = document.querySelector("[data-testid='stApp']");
            const running = document.querySelector("[data-testid='stStatusWidget']");
            return app && app.getAttribute('data-test-script-state') !== 'running' && !running
                && document.querySelector('h1');
        }""", timeout=timeout_ms)
    page.wait_for_timeout(1200)  # let Vega finish drawing


def showing(page) -> str:
    return page.locator("text=/^Showing: /").first.inner_text()


def speaker_box(page):
    return page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(has_text="Speaker").first


def pick_speaker(page, typed: str) -> list[str]:
    """Types into the Speaker filter and presses Enter, as a user does; the speakers the URL then holds."""
    speaker_box(page).locator("input").click()
    page.keyboard.type(typed, delay=20)
    page.wait_for_timeout(500)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function("() => location.search.includes('speaker=')", timeout=60_000)
    wait_for_app(page)
    return parse_qs(urlparse(page.url).query).get("speaker", [])


def main_text(page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


ARTIFACTS = ROOT / "tests" / "artifacts"
VIEWS = ["overview", "timeline", "speakers", "compare", "quotes", "reader", "briefing"]
SIZES = [(1280, 800), (1920, 1080)]


def browser_marks() -> list:
    """A browser suite's marks: skipped with the reason when Chromium is missing, except on CI (which must run it)."""
    import pytest

    reason = chromium_missing()
    if reason and not os.environ.get("CI"):
        return [pytest.mark.browser, pytest.mark.skip(reason=f"browser tests skipped: {reason}")]
    return [pytest.mark.browser]
