"""Commitment questions are answered from the commitments first, citing the minister's own turn."""

from __future__ import annotations

from assistant.commitment_answers import answer_from_commitments, asks_for_commitments
from tests.assistant.test_structure_commitments import COMMISSION


def _answer(question: str):
    return answer_from_commitments(question, "en", ["d"], [], lambda doc_id: COMMISSION if doc_id == "d" else None, 3)


def test_a_commitment_question_is_recognised_in_dutch_and_english() -> None:
    assert asks_for_commitments("Wat heeft de minister toegezegd over PTSS?")
    assert asks_for_commitments("What did the minister promise about PTSD?")
    assert not asks_for_commitments("What did the minister say about PTSD?")


def test_the_answer_quotes_the_ministers_turn_and_notes_addressee_and_deadline() -> None:
    answer = _answer("What did the minister promise about the initiatiefnota?")
    assert answer is not None and answer.answerable
    [citation] = answer.citations
    assert citation.speaker == "Van Weel" and citation.turn_id == "d:t0002"
    assert citation.quote == citation.text[citation.quote_start:citation.quote_end]
    assert "[1]" in answer.answer and citation.quote in answer.answer
    assert answer.notice is not None and "Boswijk" in answer.notice and "2025-09-01/2025-11-30" in answer.notice


def test_a_commitment_question_no_commitment_matches_falls_through() -> None:
    assert _answer("What did the minister promise about bicycles?") is None


def test_other_questions_are_left_to_retrieval() -> None:
    assert _answer("What did the minister say about the initiatiefnota?") is None


def test_a_committee_is_not_a_commitment() -> None:
    assert not asks_for_commitments("Who chaired the committee debate on victim policy?")
    assert asks_for_commitments("Did the minister commit to keeping the 144 number?")
