"""What a debate was about, against the real corpus index (`assistant.overview`): every speaker of
the named debate (the chair's procedure left out), each quoted once, verbatim, in the order they
first spoke."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_committee_debate_is_summed_up_by_each_speakers_own_typical_sentence(corpus_assistant) -> None:
    """Refused as "not in the transcripts" before: no passage says what the MIVD debate was about."""
    answer = corpus_assistant.ask("Waar ging het commissiedebat over de MIVD over?")
    assert answer.answerable and answer.answer.startswith("Waar “MIVD”")
    assert [c.speaker for c in answer.citations] == ["Nordkamp", "Pool", "Olger van Dijk", "Ellian", "Brekelmans"]
    assert len({c.doc_id for c in answer.citations}) == 1
    assert all(c.quote == c.text[c.quote_start:c.quote_end] and len(c.quote.split()) >= 8 for c in answer.citations)


def test_an_english_question_about_the_commons_sitting_lists_its_speakers_without_the_speaker_of_the_house(
        corpus_assistant) -> None:
    answer = corpus_assistant.ask("What was the Economic Update debate in the Commons about?")
    assert answer.answerable and answer.answer.startswith("What “Economic Update”")
    speakers = [c.speaker for c in answer.citations]
    assert speakers[0] == "Jeremy Hunt" and "Rachel Reeves" in speakers and "Lindsay Hoyle" not in speakers


def test_a_plenary_sitting_named_by_its_number_is_summed_up_too(corpus_assistant) -> None:
    """"Waar ging de 104e vergadering over?" named no debate (its title's words are "vergadering"
    and a weekday) and was refused."""
    answer = corpus_assistant.ask("Waar ging de 104e vergadering over?")
    assert answer.answerable and answer.answer.startswith("Waar “104e vergadering, donderdag 3 juli 2025”")
    assert {c.doc_id for c in answer.citations} == {"vlos-a2e92839-ca83-406a-8e3d-4bb7cd687f00"}


def test_the_debate_of_a_day_when_three_were_held_lists_the_three(corpus_assistant) -> None:
    """Refused before: "het debat van 3 juli" named no debate."""
    answer = corpus_assistant.ask("Waar ging het debat van 3 juli over?")
    assert answer.answerable and answer.answer.startswith("Op de gevraagde dag werden 3 geïndexeerde debatten gehouden")
    assert {c.date for c in answer.citations} == {"2025-07-03"} and len({c.doc_id for c in answer.citations}) == 3
