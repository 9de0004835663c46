"""The questions a member asked, against the real corpus index (`assistant.member_questions`)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

POLICE = "vlos-61715b27-c629-4780-97b2-e667232ce6df"


def test_a_members_questions_in_a_debate_are_their_own_question_sentences(corpus_assistant) -> None:
    """Refused before ("not in the transcripts")."""
    answer = corpus_assistant.ask("Welke vragen stelde Van Nispen in het politiedebat?")
    assert answer.answerable and len(answer.citations) >= 10
    assert {(c.speaker, c.doc_id) for c in answer.citations} == {("Van Nispen", POLICE)}
    assert all(c.quote.endswith("?") and not c.is_chair for c in answer.citations)
    assert [c.turn_index for c in answer.citations] == sorted(c.turn_index for c in answer.citations)


def test_a_topic_keeps_the_questions_on_it_and_a_member_who_never_raised_it_asked_none(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Welke vragen stelde Dobbe over scherfvesten?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Dobbe"}
    assert "scherfvesten" in answer.citations[0].quote and len(answer.citations) <= 6
    none = corpus_assistant.ask("Welke vragen stelde Paternotte over scherfvesten?")
    assert not none.answerable and "geen vraag over “scherfvesten”" in none.answer


def test_what_the_minister_answered_a_member_are_the_paragraphs_addressed_to_them(corpus_assistant) -> None:
    """Refused before."""
    answer = corpus_assistant.ask("Wat antwoordde de minister op de vragen van Van Nispen in het politiedebat?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Van Weel"}
    assert {c.doc_id for c in answer.citations} == {POLICE} and "→ Van Nispen" in answer.answer
    assert any("Van Nispen" in c.quote for c in answer.citations)
