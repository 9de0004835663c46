"""Questions about the indexed debates themselves, against the real corpus index
(`assistant.debate_catalog`): answered from the catalog, each debate cited by a turn of its own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_which_debates_are_indexed_lists_every_one_oldest_first(corpus_assistant) -> None:
    """Answered before with Van Nispen's "We zitten in een demissionaire periode ..."."""
    answer = corpus_assistant.ask("Welke debatten zitten er in de transcripten?")
    documents = corpus_assistant.documents()
    assert answer.answerable and len(answer.citations) == len(documents) >= 18
    assert {c.doc_id for c in answer.citations} == {d["id"] for d in documents}
    assert [c.date for c in answer.citations] == sorted(c.date for c in answer.citations)


def test_the_debates_a_member_spoke_in_are_cited_by_their_own_first_turn(corpus_assistant) -> None:
    answer = corpus_assistant.ask("In welke debatten sprak Van Nispen?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Van Nispen"}
    assert [c.doc_title for c in answer.citations] == ["Algemeen overleg Mensenhandel", "Politie", "Slachtofferbeleid"]


def test_when_a_debate_was_held_is_its_date(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Wanneer was het MIRT-debat?")
    assert answer.answerable and "(2 juli 2025)" in answer.answer.splitlines()[0]
    assert [c.turn_index for c in answer.citations] == [0]


def test_the_debates_that_discussed_a_topic_are_those_that_say_it(corpus_assistant) -> None:
    """Refused before ("not in the transcripts", three passages that say "stikstof" as the closest)."""
    answer = corpus_assistant.ask("In welke debatten ging het over stikstof?")
    assert answer.answerable and answer.citations[0].doc_title.startswith("Meerjarenprogramma Infrastructuur")
    assert len(answer.citations) >= 3 and all("stikstof" in c.quote.lower() for c in answer.citations)
    assert len({c.doc_id for c in answer.citations}) == len(answer.citations)


def test_a_topic_only_one_debate_says_lists_that_debate_alone(corpus_assistant) -> None:
    """Listed every indexed debate before, as if each mentioned the guarantee."""
    answer = corpus_assistant.ask("Which debates mention the energy price guarantee?")
    assert answer.answerable and [c.doc_id for c in answer.citations] == ["ParlaMint-GB_2022-10-17-commons"]
    assert "energy price guarantee" in answer.citations[0].quote.lower()


def test_how_long_a_debate_lasted_comes_from_its_transcripts_header(corpus_assistant) -> None:
    """Refused before."""
    answer = corpus_assistant.ask("Hoe lang duurde het MIRT-debat?")
    assert answer.answerable and "begon om 11.15 uur en eindigde om 16.40 uur (5 u 25 min)" in answer.answer.splitlines()[0]
    assert [c.turn_index for c in answer.citations] == [0]


def test_an_english_subject_is_looked_for_in_the_dutch_debates_through_the_glossary(corpus_assistant) -> None:
    """Found before only a Dutch "Health in All Policies" (the Dutch stem of "police")."""
    answer = corpus_assistant.ask("Which debates discussed the police?")
    assert answer.answerable and answer.citations[0].doc_title == "Politie" and len(answer.citations) >= 5
    assert answer.notice is not None and "“police” → “politie”" in answer.notice
