"""Commitments by whether their deadline has passed on the day asked (`assistant.commitment_status`):
"Which commitments are overdue?" lists those due before that day, "Welke toezeggingen staan nog
open?" those due after it; the answer says the transcripts cannot tell which were kept, and none
is an honest "not in the transcripts" with how many were due before and how many have no date."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.commitment_overview import answer_with_all_commitments, asks_for_all_commitments
from assistant.commitment_status import asked_status
from tests.assistant.test_commitment_overview import SPEAKERS, TWO_OFFICES, _other_debate


@pytest.mark.parametrize(("question", "status"), [
    ("Which commitments are overdue?", "passed"), ("Welke toezeggingen zijn over tijd?", "passed"),
    ("Welke toezeggingen zijn verlopen?", "passed"), ("Which promises are past their deadline?", "passed"),
    ("Van welke toezeggingen is de termijn al verstreken?", "passed"),
    ("Welke toezeggingen staan nog open?", "pending"), ("Which commitments are still outstanding?", "pending"),
    ("Welke toezeggingen zijn nog niet verlopen?", "pending"), ("Which commitments are not yet due?", "pending"),
    ("What did the minister promise in the police debate?", None), ("Welke toezeggingen deed de minister?", None),
    # the word orders of two blind development sets (`dev-structure-31`): the first was answered with
    # all of Hunt's turns, the third with the promises whose deadline had passed
    ("Welke toezeggingen van Hunt waren op 6 december 2026 over hun deadline heen?", "passed"),
    ("Which promises did the state secretary make, and had their deadlines passed by then?", "passed"),
    ("Welke toezeggingen hebben een deadline die op 6 december 2026 nog niet is verstreken?", "pending"),
    ("Which commitments have a deadline that has not passed yet?", "pending"),
])
def test_the_words_that_ask_whether_a_deadline_has_passed(question: str, status: str | None) -> None:
    assert asked_status(question) == status


@pytest.mark.parametrize("question", ["Which commitments are overdue?", "Welke toezeggingen zijn over tijd?",
                                      "Welke toezeggingen staan nog open?"])
def test_asking_whether_a_deadline_has_passed_names_no_topic(question: str) -> None:
    assert asks_for_all_commitments(question, SPEAKERS)


def _ask(question: str, today: date, language: str = "en"):
    """Of two debates: "Politie" (2 July 2025: Van Weel due before the summer, Struycken in the
    autumn) and "Meldkamers" (10 September 2025: Van Weel in the autumn, September to November)."""
    load = {"d": TWO_OFFICES, "e": _other_debate()}.get
    return answer_with_all_commitments(question, language, [], [], load, every_debate=["e", "d"], today=today)


def test_the_commitments_overdue_are_those_due_before_the_day_asked_oldest_debate_first() -> None:
    answer = _ask("Which commitments are overdue?", date(2025, 10, 1))
    assert answer is not None and answer.answerable
    assert [(c.doc_id, c.speaker) for c in answer.citations] == [("d", "Van Weel")]
    assert answer.notice is not None and answer.notice.startswith("Commitments whose deadline had passed on 1 Oct 2025")
    assert "Whether each was kept, the transcripts cannot say." in answer.notice
    later = _ask("Which commitments are overdue?", date(2026, 12, 6))
    assert later is not None and [(c.doc_id, c.speaker) for c in later.citations] == [
        ("d", "Van Weel"), ("d", "Struycken"), ("e", "Van Weel")]


def test_the_commitments_still_open_are_those_due_after_the_day_asked() -> None:
    answer = _ask("Welke toezeggingen staan nog open?", date(2025, 10, 1), "nl")
    assert answer is not None and [(c.doc_id, c.speaker) for c in answer.citations] == [("d", "Struycken"), ("e", "Van Weel")]
    assert answer.notice is not None and answer.notice.startswith("Toezeggingen waarvan de termijn op 1 oktober 2025 nog niet")


def test_none_in_that_state_says_how_many_were_due_before_and_how_many_have_no_date() -> None:
    none_open = _ask("Welke toezeggingen staan nog open?", date(2026, 12, 6), "nl")
    assert none_open is not None and not none_open.answerable and not none_open.citations
    assert ("Geen toezegging uit de 2 geïndexeerde debatten heeft een termijn na 6 december 2026: bij 3 lag die ervoor, "
            "0 hebben geen datum.") in none_open.answer
    none_late = _ask("Which commitments are overdue?", date(2025, 7, 1))
    assert none_late is not None and not none_late.answerable
    assert "No commitment made in the 2 indexed debates has a deadline that had passed on 1 Jul 2025" in none_late.answer



def test_the_debate_named_by_its_title_is_no_topic_of_a_question_about_overdue_commitments() -> None:
    """"Welke toezeggingen van Jeremy Hunt uit de Economic Update ... waren over hun deadline heen?"
    was answered with Hunt's turns: "Economic Update" was read as what the promises were about."""
    answer = _ask("Which commitments of Van Weel from the Meldkamers were overdue?", date(2026, 12, 6))
    assert answer is not None and answer.answerable and {c.speaker for c in answer.citations} == {"Van Weel"}
