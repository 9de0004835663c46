"""The Motions tab in a real browser (Debian's headless chromium through Playwright), over the
whole sample corpus: every motion with the cabinet's view, filtered, sorted by number and
downloaded as the CSV of the rows shown."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from browser_tables import chromium_page, open_first_turn_link, shown, table_rows

pytestmark = [pytest.mark.browser, pytest.mark.slow]



@pytest.fixture(scope="module")
def server(corpus_index, corpus_assistant, tmp_path_factory, serve):
    settings = corpus_index.replace(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl")
    with serve(settings, corpus_assistant) as running:
        yield running


@pytest.fixture(scope="module")
def page():
    with chromium_page(1400, 950) as page:
        yield page


def _rows(page) -> list[list[str]]:
    return table_rows(page, "da-m")


def _shown(page, other_than: int | None = None) -> int:
    return shown(page, "da-m", "motions", other_than)


def test_the_motions_tab_filters_sorts_and_downloads_the_rows_shown_as_csv(page, server) -> None:
    from playwright.sync_api import expect

    page.goto(f"{server.url}/")
    page.get_by_role("tab", name="Motions").click()
    total = _shown(page, other_than=0)
    filter_box = page.locator("#da-m-filter textarea, #da-m-filter input").first
    # the natuurbranden motion: the state secretary's "oordeel Kamer, mits ...", which the chair settled as ontraden
    filter_box.fill("457 natuurbranden")
    assert _shown(page, other_than=total) == 1
    [row] = _rows(page)
    assert (row[2], row[3], row[5]) == ("457", "Veltman", "ontraden") and row[6].startswith("Rummenie (")
    # its last cell opens the debate at the turn that gives the view, the reasons marked
    transcript, turn = open_first_turn_link(page, "da-m")
    expect(turn.locator(".tv-speaker")).to_have_text("Staatssecretaris Rummenie")
    expect(turn.locator("mark")).to_contain_text(row[7][:40])
    transcript.close()

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
