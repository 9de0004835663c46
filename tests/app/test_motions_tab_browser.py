"""The Motions tab in a real browser (Debian's headless chromium through Playwright), over the
whole sample corpus: every motion with the cabinet's view, filtered, sorted by number and
downloaded as the CSV of the rows shown."""

from __future__ import annotations

import csv
import io
import re
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(corpus_index, corpus_assistant, tmp_path_factory, serve):
    settings = corpus_index.replace(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl")
    with serve(settings, corpus_assistant) as running:
        yield running


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 950})
        context.set_default_timeout(60_000)
        yield context.new_page()
        browser.close()


def _rows(page) -> list[list[str]]:
    """The rows the (virtualised) table has rendered, as cell texts."""
    return page.locator("#da-m-table [role=row]").evaluate_all(
        "rows => rows.filter(r => r.querySelector('[role=gridcell]'))"
        ".map(r => Array.from(r.querySelectorAll('[role=gridcell]')).map(c => c.innerText.trim()))")


def _shown(page, other_than: int | None = None) -> int:
    """The table's row count once it is settled (and differs from ``other_than``)."""
    deadline = time.monotonic() + 60
    while True:
        match = re.fullmatch(r"(\d+) motions", page.locator("#da-m-count").inner_text().strip())
        rowcount = page.locator("#da-m-table [role=grid]").get_attribute("aria-rowcount")
        if match and int(match.group(1)) != other_than and rowcount == str(int(match.group(1)) + 1):
            return int(match.group(1))
        assert time.monotonic() < deadline, page.locator("#da-m-count").inner_text()
        time.sleep(0.2)


def test_the_motions_tab_filters_sorts_and_downloads_the_rows_shown_as_csv(page, server) -> None:
    page.goto(f"{server.url}/")
    page.get_by_role("tab", name="Motions").click()
    total = _shown(page, other_than=0)
    filter_box = page.locator("#da-m-filter textarea, #da-m-filter input").first
    # the natuurbranden motion: the state secretary's "oordeel Kamer, mits ...", which the chair settled as ontraden
    filter_box.fill("457 natuurbranden")
    assert _shown(page, other_than=total) == 1
    [row] = _rows(page)
    assert (row[2], row[3], row[5]) == ("457", "Veltman", "ontraden") and row[6].startswith("Rummenie (")

    filter_box.fill("ontraden")
    shown = _shown(page, other_than=1)
    assert 0 < shown < total and all("ontraden" in " ".join(r).lower() for r in _rows(page))

    page.locator("#da-m-desc input").uncheck()
    page.locator("#da-m-sort input").click()
    page.get_by_role("option", name="Nr.").click()
    time.sleep(1.0)
    _shown(page)
    numbers = [int(r[2]) for r in _rows(page) if r[2].isdigit()]
    assert numbers and numbers == sorted(numbers)

    with page.expect_download() as download:
        page.locator("#da-m-csv").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == shown and list(rows[0])[:4] == ["date", "doc_title", "section", "number"]
    assert all("ontraden" in " ".join(r.values()).lower() for r in rows)
