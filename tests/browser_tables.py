"""What the browser tests share: Debian's chromium as Playwright launches it, and how to read the
structure tables of the chat page (the Commitments and Motions tabs, `assistant.web.structure_table`)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def launch(playwright: Any) -> Any:
    """Headless chromium, never a downloaded browser."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


@contextmanager
def chromium_page(width: int, height: int) -> Iterator[Any]:
    """One page of a headless chromium at this viewport, for a module's tests to share."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        context = browser.new_context(viewport={"width": width, "height": height})
        context.set_default_timeout(60_000)
        yield context.new_page()
        browser.close()


def table_rows(page: Any, ids: str) -> list[list[str]]:
    """The rows the (virtualised) table ``#{ids}-table`` has rendered, as cell texts."""
    return page.locator(f"#{ids}-table [role=row]").evaluate_all(
        "rows => rows.filter(r => r.querySelector('[role=gridcell]'))"
        ".map(r => Array.from(r.querySelectorAll('[role=gridcell]')).map(c => c.innerText.trim()))")


def shown(page: Any, ids: str, noun: str, other_than: int | None = None) -> int:
    """The table's row count ("12 commitments") once the table is settled (and differs from ``other_than``)."""
    deadline = time.monotonic() + 60
    while True:
        match = re.fullmatch(rf"(\d+) {noun}", page.locator(f"#{ids}-count").inner_text().strip())
        rowcount = page.locator(f"#{ids}-table [role=grid]").get_attribute("aria-rowcount")
        if match and int(match.group(1)) != other_than and rowcount == str(int(match.group(1)) + 1):
            return int(match.group(1))
        assert time.monotonic() < deadline, page.locator(f"#{ids}-count").inner_text()
        time.sleep(0.2)


def open_first_turn_link(page: Any, ids: str, *, keyboard: bool = False) -> tuple[Any, Any]:
    """Opens the first row's turn link of the table ``#{ids}-table`` as a user would, by a click or
    (``keyboard``) by Enter on its focused cell, and returns the transcript page it opened and, in
    it, the turn the link's anchor names (shown in the viewport)."""
    from playwright.sync_api import expect

    link = page.locator(f"#{ids}-table [role=gridcell] a").first
    anchor = link.get_attribute("href").rsplit("#", 1)[1]
    with page.context.expect_page() as opened:
        if keyboard:
            page.locator(f"#{ids}-table [role=gridcell]:has(a)").first.focus()
            page.keyboard.press("Enter")
        else:
            link.click()
    transcript = opened.value
    transcript.wait_for_load_state()
    turn = transcript.locator(f"#{anchor}")
    expect(turn).to_be_in_viewport()
    return transcript, turn
