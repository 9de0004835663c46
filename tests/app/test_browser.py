"""The chat in a real browser (Debian's headless chromium through Playwright) against the app
served by uvicorn on a loopback port: answers with citation cards, the transcript view, the
not-found reply, filters, feedback, untrusted HTML, and the assistant embedded in another site."""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
import time
from pathlib import Path

import pytest
from browser_tables import launch, open_first_turn_link, shown, table_rows

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ANSWER_TIMEOUT_MS = 120_000
PAGE_TIMEOUT_MS = 60_000
OCEANS = "What did the minister say about 13 Oceans?"


class Site:
    """A static intranet page on its own port that embeds the assistant."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.root = root
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def page(self, name: str, body: str) -> str:
        (self.root / name).write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>Intranet</title></head>"
                                      f"<body><h1>Intranet</h1>{body}</body></html>", encoding="utf-8")
        return f"{self.origin}/{name}"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("intranet"))
    site.thread.start()
    yield site
    site.httpd.shutdown()


@pytest.fixture(scope="module")
def server(site, web_index, web_assistant, tmp_path_factory, serve):
    settings = web_index.settings.replace(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl",
                                          allowed_origins=(site.origin,))
    with serve(settings, web_assistant) as running:
        running.settings = settings
        yield running


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def ask(scope, question: str):
    """Type ``question`` into the chat in ``scope`` (a page, frame or element), wait for the reply;
    return (the reply's locator, seconds from Enter to the reply)."""
    done = scope.locator(".da-answer:not(.da-pending)")
    before = done.count()
    box = scope.locator("#da-question textarea")
    box.fill(question)
    started = time.perf_counter()
    box.press("Enter")
    reply = done.nth(before)
    reply.wait_for(state="visible", timeout=ANSWER_TIMEOUT_MS)
    return reply, time.perf_counter() - started


def open_chat(page, url: str) -> None:
    page.goto(url)
    page.locator("#da-question textarea").wait_for(state="visible")


def test_the_chat_answers_with_a_citation_card_naming_minister_blok(page, server, artifacts_dir) -> None:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1400, "height": 1500})  # room for the whole answer in the screenshot
    open_chat(page, f"{server.url}/")
    reply, seconds = ask(page, OCEANS)
    expect(reply.locator(".da-card").first.locator(".da-speaker")).to_have_text("Minister Blok")
    expect(reply.locator(".da-text")).to_contain_text("13 Oceans")
    expect(reply.locator(".da-time")).to_have_text(re.compile(r"^\d+\.\d s$"))  # the time, unobtrusively
    page.screenshot(path=str(artifacts_dir / "chat.png"))
    (artifacts_dir / "browser-latency.json").write_text(json.dumps({"question": OCEANS, "seconds": round(seconds, 2)}))


def test_an_example_question_is_asked_with_one_click(page, server) -> None:
    from playwright.sync_api import expect

    open_chat(page, f"{server.url}/")
    page.get_by_text(OCEANS, exact=True).first.click()
    reply = page.locator(".da-answer:not(.da-pending)").first
    expect(reply.locator(".da-card .da-speaker").first).to_have_text("Minister Blok", timeout=ANSWER_TIMEOUT_MS)


def test_a_question_over_the_length_limit_gets_a_clear_message(page, server, web_index) -> None:
    from playwright.sync_api import expect

    open_chat(page, f"{server.url}/")
    page.locator("#da-question textarea").fill("x" * (web_index.settings.max_question_chars + 1))
    page.locator("#da-question textarea").press("Enter")
    expect(page.locator(".da-error")).to_contain_text(f"the limit is {web_index.settings.max_question_chars}",
                                                      timeout=ANSWER_TIMEOUT_MS)


def test_a_card_opens_the_whole_turn_and_its_link_opens_the_debate_at_that_turn(page, server) -> None:
    from playwright.sync_api import expect

    open_chat(page, f"{server.url}/")
    reply, _ = ask(page, OCEANS)
    card = reply.locator(".da-card").first
    card.locator("summary").click()
    expect(card.locator(".da-turn mark")).to_be_visible()
    link = card.locator("a.da-open")
    anchor = link.get_attribute("href").rsplit("#", 1)[1]
    with page.context.expect_page() as opened:
        link.click()
    transcript = opened.value
    transcript.wait_for_load_state()
    assert transcript.url.endswith(f"#{anchor}")
    turn = transcript.locator(f"#{anchor}")
    expect(turn).to_be_in_viewport()
    expect(turn.locator(".tv-speaker")).to_have_text("Minister Blok")
    expect(turn.locator("mark")).to_be_visible()
    assert transcript.locator(".tv-turn").count() > 100  # the whole debate, not just the turn


def test_a_promise_card_shows_the_members_request_and_links_to_the_members_turn(page, server) -> None:
    from playwright.sync_api import expect

    open_chat(page, f"{server.url}/")
    reply, _ = ask(page, "Wat heeft minister Blok toegezegd aan Van Nispen?")
    card = reply.locator(".da-card").filter(has_text="Ik zal dat de Kamer laten weten.").first
    card.locator("summary").click()
    asked = card.locator(".da-asked")
    expect(asked).to_contain_text("In answer to Van Nispen")
    expect(asked).to_contain_text("Ik wil dan graag concreet horen wanneer")
    with page.context.expect_page() as opened:
        asked.locator("a").click()
    transcript = opened.value
    transcript.wait_for_load_state()
    anchor = transcript.url.rsplit("#", 1)[1]
    expect(transcript.locator(f"#{anchor} .tv-speaker")).to_contain_text("Van Nispen")


def test_an_answer_the_transcripts_do_not_hold_is_shown_as_not_found(page, server) -> None:
    from playwright.sync_api import expect

    open_chat(page, f"{server.url}/")
    reply, _ = ask(page, "What did the minister say about the price of bananas in Peru?")
    expect(reply).to_have_class("da-answer da-notfound")
    expect(reply.locator(".da-nf-head")).to_have_text("Not found in the transcripts")
    expect(reply.locator(".da-label")).to_contain_text("do not answer the question")


def test_a_speaker_filter_restricts_the_sources(page, server) -> None:
    open_chat(page, f"{server.url}/")
    speakers = page.locator("#da-f-speakers input")
    speakers.fill("Toorenburg")
    page.locator("[role=option]", has_text="Van Toorenburg").first.wait_for(state="visible")
    speakers.press("Enter")
    speakers.press("Escape")
    reply, _ = ask(page, "Wat werd er gezegd over 13 Oceans?")
    names = reply.locator(".da-card .da-speaker").all_inner_texts()
    assert names and set(names) == {"Van Toorenburg"}


def test_html_in_speech_shows_as_text_and_never_runs(page, server, html_speech_question) -> None:
    from playwright.sync_api import expect

    open_chat(page, f"{server.url}/")
    reply, _ = ask(page, html_speech_question)
    card = reply.locator(".da-card", has=page.locator(".da-speaker", has_text="Bakker")).first
    card.locator("summary").click()
    turn = card.locator(".da-turn")
    expect(turn).to_contain_text("<script>alert(1)</script>")
    expect(turn).to_contain_text("<b>bold</b>")
    assert turn.locator("b, script").count() == 0
    with page.context.expect_page() as opened:
        card.locator("a.da-open").click()
    view = opened.value
    view.wait_for_load_state()
    expect(view.locator(".tv-cited .tv-text")).to_contain_text("<script>alert(1)</script>")
    assert view.locator(".tv-text b, .tv-text script").count() == 0
    assert page.dialogs == []


def test_the_helpful_button_stores_the_answer_in_the_feedback_file(page, server, wait) -> None:
    open_chat(page, f"{server.url}/")
    ask(page, OCEANS)
    page.locator("#da-chat button[aria-label='Like']").last.click()
    path = server.settings.resolved_feedback_path
    wait(lambda: path.exists() and path.read_text(encoding="utf-8").strip(), 15, "a feedback line")
    (record,) = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert record["rating"] == "helpful" and record["question"] == OCEANS and record["source"] == "ui"
    assert record["citations"] and record["citations"][0]["speaker"] == "Blok"


def test_an_intranet_page_embedding_the_chat_in_an_iframe_gets_answers(page, server, site) -> None:
    from playwright.sync_api import expect

    url = site.page("iframe.html", f'<iframe id="assistant" src="{server.url}/embed/" '
                                   'style="width:420px;height:760px;border:1px solid #ccc"></iframe>')
    page.goto(url)
    frame = page.frame_locator("#assistant")
    frame.locator("#da-question textarea").wait_for(state="visible")
    reply, _ = ask(frame, OCEANS)
    expect(reply.locator(".da-card .da-speaker").first).to_have_text("Minister Blok")
    link = reply.locator("a.da-open").first.get_attribute("href")
    assert link.startswith(f"{server.url}/transcript/")


def test_an_intranet_page_using_the_web_component_gets_answers(page, server, site) -> None:
    from playwright.sync_api import expect

    url = site.page("component.html", f'<script type="module" src="{server.url}/gradio.js"></script>'
                                      f'<gradio-app src="{server.url}/embed/"></gradio-app>')
    page.goto(url)
    app = page.locator("gradio-app")
    app.locator("#da-question textarea").wait_for(state="visible")
    reply, _ = ask(app, OCEANS)
    expect(reply.locator(".da-card .da-speaker").first).to_have_text("Minister Blok")
    assert reply.locator("a.da-open").first.get_attribute("href").startswith(f"{server.url}/transcript/")


def test_the_transcript_view_is_styled_under_its_strict_csp_with_no_violation(page, server, web_index) -> None:
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    response = page.goto(f"{server.url}/transcript/{web_index.verslag_id}?turn=3&quote=0-20#turn-3")
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    turn = page.locator("#turn-3")
    assert turn.evaluate("e => getComputedStyle(e).borderRadius") == "10px"  # transcript.css applied
    assert page.locator("mark").first.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(253, 230, 138)"
    assert not violations, violations



def _commitment_rows(page) -> list[list[str]]:
    return table_rows(page, "da-c")


def _shown(page, other_than: int | None = None) -> int:
    return shown(page, "da-c", "commitments", other_than)


def _choose(page, elem_id: str, option: str) -> None:
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option).click()


def test_the_commitments_tab_filters_sorts_and_downloads_the_rows_shown_as_csv(page, server) -> None:
    from playwright.sync_api import expect

    open_chat(page, f"{server.url}/")
    page.get_by_role("tab", name="Commitments").click()
    total = _shown(page, other_than=0)
    # Minister Blok's verslag is indexed: his promises, and the chair's list items read by Van Oosten
    assert "Blok" in {row[2] for row in _commitment_rows(page)} <= {"Blok", "Van Oosten"}
    # a promise shows the member's request it answers, from the member's own turn (and the filter finds it there)
    page.locator("#da-c-filter textarea, #da-c-filter input").first.fill("concreet horen")
    assert _shown(page, other_than=total) == 1
    [row] = _commitment_rows(page)
    assert row[5] == "Ik zal dat de Kamer laten weten." and "Ik wil dan graag concreet horen wanneer" in row[6]

    # what was said about a list item after the chair read it: Van Toorenburg's objection, then the chair's
    # settled wording; the filter finds a promise by those words too
    page.locator("#da-c-filter textarea, #da-c-filter input").first.fill("")
    _shown(page, other_than=1)
    page.locator("#da-c-filter textarea, #da-c-filter input").first.fill("veralgemeniseren")
    assert _shown(page, other_than=total) == 1
    [row] = _commitment_rows(page)
    assert row[9].startswith("3. ") and row[10].startswith("Van Toorenburg: ")
    assert "| Van Oosten: Ik stel voor dat we in de toezegging «het lid Van Nispen» eruit halen" in row[10]

    # the last cell opens the debate at the row's turn, its quote marked: the promise checked in one click
    transcript, turn = open_first_turn_link(page, "da-c")
    expect(turn.locator(".tv-speaker")).to_have_text("Minister Blok")
    expect(turn.locator("mark")).to_contain_text("Ik zal in de beantwoording aan de Eerste Kamer")
    transcript.close()
    transcript, turn = open_first_turn_link(page, "da-c", keyboard=True)  # Enter on the focused cell does the same
    expect(turn.locator("mark")).to_contain_text("Ik zal in de beantwoording aan de Eerste Kamer")
    transcript.close()

    page.locator("#da-c-filter textarea, #da-c-filter input").first.fill("zomer")
    shown = _shown(page, other_than=total)
    rows = _commitment_rows(page)
    assert 0 < shown < total
    assert all("zomer" in " ".join(row).lower() for row in rows)

    page.locator("#da-c-desc input").uncheck()
    _choose(page, "da-c-sort", "Deadline")
    time.sleep(1.0)
    _shown(page)
    deadlines = [row[8] for row in _commitment_rows(page)]
    dated = [d for d in deadlines if d]
    assert dated and deadlines[:len(dated)] == sorted(dated)  # earliest first, undated last

    with page.expect_download() as download:
        page.locator("#da-c-csv").click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("speaker,role,function,to,quote,deadline_text,deadline,doc_id")
    assert len(lines) - 1 == shown
