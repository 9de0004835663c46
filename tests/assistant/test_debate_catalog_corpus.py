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
