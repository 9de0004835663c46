"""The exchange view of `/transcript/{doc_id}` in a real browser (Debian's headless chromium
through Playwright): the Mensenhandel verslag's interruptions are indented under Minister Blok's
answer, say who challenges whom in words, and link back to the turn they interrupt."""

from __future__ import annotations

import pytest
from browser_tables import chromium_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]



@pytest.fixture(scope="module")
def server(web_index, web_assistant, tmp_path_factory, serve):
    settings = web_index.settings.replace(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl")
    with serve(settings, web_assistant) as running:
        yield running


@pytest.fixture(scope="module")
def page():
    with chromium_page(1200, 900) as page:
        yield page


def _left(page, selector: str) -> float:
    return page.locator(selector).evaluate("e => e.getBoundingClientRect().left")


def test_an_interruption_is_indented_under_the_turn_it_interrupts_and_labelled(page, server, web_index) -> None:
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{server.url}/transcript/{web_index.verslag_id}#turn-24")
    # turn 23: Minister Blok answers; 24: Van Laar interrupts him; 25: Blok replies
    assert _left(page, "#turn-24") >= _left(page, "#turn-23") + 30
    assert _left(page, "#turn-25") == _left(page, "#turn-24")
    challenge = page.locator("#turn-24")
    assert challenge.get_attribute("data-exchange-role") == "challenge"
    assert "Interruption: Van Laar challenges Blok" in challenge.locator(".tv-xhead").inner_text()
    assert "Reply by Blok to Van Laar" in page.locator("#turn-25 .tv-xhead").inner_text()
    challenge.locator("a.tv-xref").click()
    assert page.url.endswith("#turn-23")
    assert page.locator("#turn-23 .tv-xhead").count() == 0  # the interrupted turn itself is not in the exchange
    assert not violations, violations
