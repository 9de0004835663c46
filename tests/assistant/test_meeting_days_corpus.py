"""Debates named by their day and kind, and the lists of session 38, against the real corpus index
(real e5, real Chroma): a meeting the transcripts do not hold is refused with the debates that were
held that day; the kind named picks that day's debate; a title's date is no filter; a member's own
interruptions, requests, and the replies to them are lists from the structure."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PLENARY_103 = "vlos-4b991f97-41d9-44ed-90ef-516aa54c3ab2"


def test_a_committee_debate_on_a_day_of_one_plenary_sitting_is_not_in_the_transcripts(corpus_assistant) -> None:
    """Answered before with the chair opening the plenary sitting of 10 July."""
    answer = corpus_assistant.ask("Who spoke at the committee meeting on agriculture of 10 July 2025?")
    assert not answer.answerable and not answer.citations
    assert "hold no committee meeting of 10 Jul 2025, only “105e vergadering, donderdag 10 juli 2025”" in answer.answer


def test_the_kind_named_picks_the_days_plenary_sitting(corpus_assistant) -> None:
    """Refused before: seven committee debates were held on 2 July too."""
    answer = corpus_assistant.ask("Wie sprak er in de plenaire vergadering van 2 juli 2025?")
    assert answer.answerable and {c.doc_id for c in answer.citations} == {PLENARY_103}


def test_the_debates_of_a_year_are_those_held_then(corpus_assistant) -> None:
    """Listed all eighteen before."""
    answer = corpus_assistant.ask("Which debates were held in 2021?")
    assert answer.answerable and [c.doc_id for c in answer.citations] == ["ParlaMint-NL_2021-06-17-tweedekamer-7"]


def test_the_date_in_a_debates_title_is_not_its_day(corpus_assistant) -> None:
    """Refused before as "Dassen does not speak in “Raad Buitenlandse Zaken 15 juli 2025”"."""
    answer = corpus_assistant.ask("What did Dassen say about Hungary in the debate on the Foreign Affairs Council of 15 July 2025?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Dassen"}


def test_how_often_a_member_interrupted_counts_their_own_challenges(corpus_assistant) -> None:
    """Listed the three times he was interrupted before."""
    answer = corpus_assistant.ask("How many times did Kouwenhoven interrupt in the national tax debate?")
    assert answer.answerable and [c.speaker for c in answer.citations] == ["Kouwenhoven"] * 3
    assert answer.answer.startswith("Kouwenhoven interrupted 3 times in “Nationale fiscaliteit”")


def test_how_many_speakers_leaves_out_the_chair_running_the_sitting(corpus_assistant) -> None:
    answer = corpus_assistant.ask("How many speakers were there in the international tax debate?")
    assert answer.answerable and "(4 in all, the chair's running of the sitting not counted)" in answer.answer
    assert "Nijhof-Leeuw" not in {c.speaker for c in answer.citations}


def test_a_members_requests_are_their_sentences_asking_the_cabinet_to_act(corpus_assistant) -> None:
    """Refused before."""
    answer = corpus_assistant.ask("Wat vroeg Pierik de minister te doen in het MIRT-debat?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Pierik"}
    assert any(c.quote.startswith("Ik vraag de minister dan ook om na te gaan") for c in answer.citations)


def test_overdue_as_of_a_day_named_is_read_as_of_that_day(corpus_assistant) -> None:
    """Refused before: the day was taken for the debate's, and none was held then."""
    answer = corpus_assistant.ask("Which of the state secretary's promises in the national tax debate had their "
                                  "deadlines passed by 1 March 2026?")
    assert answer.answerable and answer.notice is not None
    assert "deadline had passed on 1 Mar 2026" in answer.notice
    assert {c.doc_id for c in answer.citations} == {"vlos-01235182-2f12-4201-a378-cbc56424384d"}


def test_a_subject_glossed_in_brackets_is_looked_for_in_its_gloss(corpus_assistant) -> None:
    """Refused before: "nitrogen" and "stikstof" were both looked for in one turn."""
    answer = corpus_assistant.ask("Which debates mention nitrogen (stikstof)?")
    assert answer.answerable and len(answer.citations) >= 3
    assert all("stikstof" in c.quote.lower() for c in answer.citations)
