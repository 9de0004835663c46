"""The deadline a question presumes for a promise, in Dutch or in English about a Dutch debate,
and whether a promise's own deadline keeps it (a false premise where it does not)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.structure.asked_deadlines import (
    AskedDeadline,
    asked_deadline,
    deadline_fits,
    deadline_words,
    promised_deadline,
)
from assistant.structure.deadlines import Deadline

JULY_2 = date(2025, 7, 2)


@pytest.mark.parametrize(("question", "words", "start", "end"), [
    ("Did Aartsen promise Stoffer the results before Prinsjesdag?", "before Prinsjesdag", None, date(2025, 9, 15)),
    ("Did he promise it before Budget Day?", "before Budget Day", None, date(2025, 9, 15)),
    ("Struycken promised to report before the summer recess, right?", "before the summer recess", None, date(2025, 7, 3)),
    ("Was the letter promised before Christmas?", "before Christmas", None, date(2025, 12, 18)),
    ("Why would the letter only reach the House in December?", "in December", date(2025, 12, 1), date(2025, 12, 31)),
    ("Did she promise it by the end of October?", "by the end of October", None, date(2025, 10, 31)),
    ("Heeft Struycken toegezegd nog vóór het kerstreces te rapporteren?", "nog vóór het kerstreces", None,
     date(2025, 12, 18)),
    ("Komt de brief voor de zomer?", "voor de zomer", None, date(2025, 7, 3)),
])
def test_the_time_a_question_presumes_is_read_in_dutch_and_in_english(question: str, words: str, start: date | None,
                                                                        end: date) -> None:
    assert asked_deadline(question, JULY_2, dutch_debate=True) == AskedDeadline(words, start, end)


@pytest.mark.parametrize("question", [
    "Welke toezeggingen deed de minister in juli?",  # the debate's month
    "Wat zegde de minister toe in het debat op 2 juli?",  # the debate's day
    "What did the minister promise in the debate?",  # no time at all
    "What did the minister promise, and by when?",
])
def test_a_time_that_names_the_debate_or_none_is_no_deadline(question: str) -> None:
    assert asked_deadline(question, JULY_2, dutch_debate=True) is None


def test_a_commons_sitting_keeps_its_own_recesses_undated() -> None:
    # the Commons' summer recess is not the Tweede Kamer's: no date to hold a promise to
    assert asked_deadline("Did Hunt promise it before the summer recess?", date(2022, 10, 17), dutch_debate=False) is None


@pytest.mark.parametrize(("asked", "promised", "fits"), [
    # a bound is kept by a promise due by then, a window only by its last day
    (AskedDeadline("before Prinsjesdag", None, date(2025, 9, 15)), Deadline("voor de zomer", None, date(2025, 7, 3)), True),
    (AskedDeadline("before Prinsjesdag", None, date(2025, 9, 15)), Deadline("in het najaar", date(2025, 9, 1),
                                                                             date(2025, 11, 30)), False),
    (AskedDeadline("before Prinsjesdag", None, date(2025, 9, 15)), Deadline("voor het einde van het jaar", None,
                                                                             date(2025, 12, 31)), False),
    (AskedDeadline("before the end of June", None, date(2025, 6, 30)), Deadline("voor de zomer", None, date(2025, 7, 3)),
     True),
    # a window is kept by a promise whose time reaches into it
    (AskedDeadline("in December", date(2025, 12, 1), date(2025, 12, 31)), Deadline("voor het einde van het jaar", None,
                                                                                    date(2025, 12, 31)), True),
    (AskedDeadline("in December", date(2025, 12, 1), date(2025, 12, 31)), Deadline("in september", date(2025, 9, 1),
                                                                                    date(2025, 9, 30)), False),
])
def test_a_promise_keeps_the_time_asked_only_when_it_is_due_by_then(asked: AskedDeadline, promised: Deadline,
                                                                     fits: bool) -> None:
    assert deadline_fits(asked, promised) is fits


def test_an_undated_promise_neither_keeps_nor_breaks_a_time() -> None:
    undated = Deadline("in de volgende voortgangsrapportage")
    assert deadline_fits(AskedDeadline("voor de zomer", None, date(2025, 7, 3)), undated) is None


def test_a_recorded_deadline_reads_back_as_a_bound_or_a_window() -> None:
    assert promised_deadline("voor de zomer", "2025-07-03") == Deadline("voor de zomer", None, date(2025, 7, 3))
    assert promised_deadline("in het najaar", "2025-09-01/2025-11-30") == Deadline(
        "in het najaar", date(2025, 9, 1), date(2025, 11, 30))
    assert promised_deadline("binnenkort", None) is None


@pytest.mark.parametrize(("question", "words"), [
    ("Welke toezeggingen moeten voor de zomer worden nagekomen?", "voor de zomer"),
    ("Which commitments are due before the end of the year?", "before the end of the year"),
    ("Which commitments are due before Prinsjesdag?", "before Prinsjesdag"),
    ("What did the minister promise in the police debate?", None),
])
def test_the_words_of_the_time_a_question_names_whatever_debate_it_is_read_against(question: str, words: str | None) -> None:
    assert deadline_words(question) == words
