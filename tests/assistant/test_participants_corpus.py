"""Who took part in a debate, against the real corpus index: the structure's speakers, not the
passages retrieval happens to find (`assistant.participants`)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_the_ministers_of_a_debate_are_its_whole_cabinet(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Which ministers took part in the MIRT debate?")
    assert answer.answerable and [(c.speaker, c.role) for c in answer.citations] == [
        ("Tieman", "minister"), ("Aartsen", "state_secretary")]


def test_who_spoke_for_a_party_is_its_member_and_a_party_absent_is_not_in_the_transcripts(corpus_assistant) -> None:
    sp = corpus_assistant.ask("Wie sprak namens de SP in het AO mensenhandel?")
    assert sp.answerable and [(c.speaker, c.party) for c in sp.citations] == [("Van Nispen", "SP")]
    absent = corpus_assistant.ask("Wie sprak namens de ChristenUnie in het AO mensenhandel?")
    assert not absent.answerable and not absent.citations


def test_who_spoke_for_a_party_about_a_subject_quotes_that_partys_member_on_it(corpus_assistant) -> None:
    """A subject outside the debate's name leaves the question to retrieval, and "namens de VVD"
    keeps it to the VVD: without the party filter it was refused."""
    answer = corpus_assistant.ask("Wie sprak namens de VVD over de Politieacademie in het politiedebat?")
    assert answer.answerable and {c.party for c in answer.citations} == {"VVD"}
    assert all(not c.is_chair for c in answer.citations) and "Politieacademie" in answer.citations[0].quote


def test_how_many_speakers_a_debate_had_is_the_lists_count(corpus_assistant) -> None:
    """Refused before. The chair running the sitting is not counted (Pool only chairs the Politie
    debate): two blind development sets counted so (`dev-structure-28`, `-30`)."""
    answer = corpus_assistant.ask("Hoeveel sprekers waren er in het politiedebat?")
    assert answer.answerable and answer.answer.startswith(
        "Wie er spreekt in “Politie” (2 juli 2025) (11 in totaal, het voorzitten van de vergadering niet meegerekend)")
    assert len(answer.citations) == 11 and "Pool" not in {c.speaker for c in answer.citations}


def test_who_spoke_most_often_is_the_minister_with_the_chairs_running_of_the_sitting_left_out(corpus_assistant) -> None:
    """Refused before."""
    answer = corpus_assistant.ask("Wie sprak het vaakst in het politiedebat?")
    assert answer.answerable and answer.citations[0].speaker == "Van Weel" and "(beurten: 30)" in answer.answer
    assert not any(c.is_chair for c in answer.citations)


def test_who_interrupted_most_often_ranks_the_members(corpus_assistant) -> None:
    """Listed before all 53 interruptions of the debate in spoken order, 20 of them quoted."""
    answer = corpus_assistant.ask("Welke Kamerleden interrumpeerden het vaakst in het MIRT-debat?")
    assert answer.answerable and answer.citations[0].speaker == "Grinwis" and "(interrupties: 9)" in answer.answer
    assert len({c.speaker for c in answer.citations}) == len(answer.citations)
