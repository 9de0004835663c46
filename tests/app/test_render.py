"""The HTML the chat and the transcript view are built from: untrusted text stays text, quotes are
highlighted inside their turn, and a not-found reply is marked as such."""

from __future__ import annotations

import re

from assistant.models import Answer, Citation
from assistant.web.render import (
    answer_html,
    answer_text_html,
    card_html,
    highlighted_turn,
    transcript_url,
    turn_link_markdown,
)
from ingest.models import Transcript, Turn

HOSTILE = 'Zie <script>alert(1)</script> en <b>bold</b> en "quotes" & <img src=x onerror=alert(2)>'


def _citation(n: int = 1, text: str = "Eerst dit. Dan het citaat. Tot slot.", start: int = 11, end: int = 25,
              **changes) -> Citation:
    values = dict(n=n, turn_id="doc-1:t0007", doc_id="doc/1", doc_title="Algemeen overleg <i>X</i>", date="2017-02-16",
                  speaker="Blok", party=None, role="minister", function="Minister van Veiligheid en Justitie",
                  quote=text[start:end], text=text, score=0.5, quote_start=start, quote_end=end, page=12, turn_index=7)
    values.update(changes)
    return Citation(**values)


def _answer(**changes) -> Answer:
    values = dict(question="q", answer="Minister Blok said:\n- “Dan het citaat.” [1]", answerable=True, language="en",
                  citations=(_citation(),), timings_ms={"total": 812.0})
    values.update(changes)
    return Answer(**values)


def test_hostile_text_in_a_turn_is_escaped_in_the_card() -> None:
    start = HOSTILE.index("<b>")
    card = card_html(_citation(text=HOSTILE, start=start, end=start + 11, speaker="<script>x</script>"), "http://s")
    assert "<script" not in card and "<b>" not in card and "<img" not in card and "<i>" not in card
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "<mark>&lt;b&gt;bold&lt;/b&gt;</mark>" in card


def test_the_quote_is_highlighted_inside_the_whole_turn() -> None:
    assert highlighted_turn("Eerst dit. Dan het citaat. Tot slot.", 11, 26) == "Eerst dit. <mark>Dan het citaat.</mark> Tot slot."


def test_a_quote_span_outside_the_turn_shows_the_turn_unmarked() -> None:
    assert highlighted_turn("a <b>", 9, 12) == "a &lt;b&gt;"


def test_a_card_names_speaker_office_debate_date_page_and_links_to_the_turn() -> None:
    card = card_html(_citation(), "http://server:7860")
    assert "Minister Blok" in card and "Minister van Veiligheid en Justitie" in card
    assert "16 Feb 2017" in card and "p. 12" in card and "Algemeen overleg &lt;i&gt;X&lt;/i&gt;" in card
    assert 'href="http://server:7860/transcript/doc%2F1?turn=7&amp;quote=11-25#turn-7"' in card


def test_a_commitments_card_shows_the_members_request_it_answers_as_text() -> None:
    card = card_html(_citation(asked=HOSTILE, asked_by="Mutluer", asked_turn_index=6), "http://s")
    assert 'In answer to <span class="da-speaker">Mutluer</span>: “Zie &lt;script&gt;alert(1)&lt;/script&gt;' in card
    assert "<script" not in card and 'href="http://s/transcript/doc%2F1#turn-6"' in card
    assert "In answer to" not in card_html(_citation(), "http://s")


def test_a_commitments_card_shows_where_its_deadline_was_said_as_text() -> None:
    card = card_html(_citation(dated=HOSTILE, dated_by="Veldkamp", dated_turn_index=9), "http://s")
    assert 'Deadline as said by <span class="da-speaker">Veldkamp</span>: “Zie &lt;script&gt;alert(1)&lt;/script&gt;' in card
    assert "<script" not in card and 'href="http://s/transcript/doc%2F1#turn-9"' in card
    assert "Deadline as said by" not in card_html(_citation(), "http://s")


def test_a_members_card_shows_the_party() -> None:
    card = card_html(_citation(speaker="Van Nispen", party="SP", role="member", function=None), "")
    assert '<span class="da-speaker">Van Nispen</span><span class="da-party">SP</span>' in card
    assert "Member of parliament" in card


def test_citation_markers_become_numbered_badges_and_lines_become_a_list() -> None:
    html = answer_text_html("Blok zei:\n- “a <b>” [1]\n- “c” [2]")
    assert html.startswith("<p>Blok zei:</p><ul><li>“a &lt;b&gt;”")
    assert re.findall(r'class="da-ref"[^>]*>(\d)<', html) == ["1", "2"]


def test_an_answer_shows_its_sources_and_its_time() -> None:
    html = answer_html(_answer(), "")
    assert 'class="da-answer"' in html and "da-notfound" not in html
    assert html.count('class="da-card"') == 1 and "0.8 s" in html


def test_a_not_found_reply_is_marked_and_its_closest_turns_are_labelled_as_no_answer() -> None:
    html = answer_html(_answer(answerable=False, answer="The transcripts do not say this.", citations=(),
                               closest=(_citation(),)), "")
    assert 'class="da-answer da-notfound"' in html and "Not found in the transcripts" in html
    assert "they do not answer the question" in html and 'class="da-card da-closest"' in html


def test_a_dutch_not_found_reply_is_labelled_in_dutch() -> None:
    html = answer_html(_answer(answerable=False, language="nl", answer="Dat staat niet in de transcripten.",
                               citations=()), "")
    assert "Niet gevonden in de transcripten" in html


def test_the_reply_has_no_blank_line_so_markdown_leaves_it_alone() -> None:
    assert "\n" not in answer_html(_answer(), "")


def test_transcript_links_quote_the_id_and_anchor_the_turn() -> None:
    assert transcript_url("", "a b/c", 3) == "/transcript/a%20b%2Fc#turn-3"
    assert transcript_url("/debate", "x", 3, (5, 9)) == "/debate/transcript/x?turn=3&quote=5-9#turn-3"


def test_a_table_s_turn_link_is_markdown_of_ids_only_with_a_parenthesis_in_an_id_quoted() -> None:
    assert turn_link_markdown("", "ParlaMint-NL_2021 (x):t0048", (3, 9)) == (
        "[t0048](/transcript/ParlaMint-NL_2021%20%28x%29?turn=48&quote=3-9#turn-48)")
    assert turn_link_markdown("", "d:tail_*x*") == "tail\\_\\*x\\*"  # no turn number: escaped text, no link


def test_the_transcript_page_escapes_titles_speakers_and_speech() -> None:
    from assistant.web.render import transcript_page

    turn = Turn(id="d:t0000", index=0, speaker="<b>X</b>", text=HOSTILE, role="member", party="<i>P</i>")
    transcript = Transcript(id="d", title="<script>t</script>", date="2024-03-01", source_format="verslag",
                            source_path="f.txt", turns=(turn,), participants=("<u>Y</u>",))
    page = transcript_page(transcript, "", highlight=(0, 0, 4))
    body = page.split("</style>", 1)[1]
    assert not re.search(r"<(script|b|i|u|img)\b", body)
    assert "&lt;script&gt;t&lt;/script&gt;" in body and '<li class="tv-turn tv-cited" id="turn-0">' in body
