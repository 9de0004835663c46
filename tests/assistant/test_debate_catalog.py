"""Questions about the indexed debates themselves (`assistant.debate_catalog`): which there are,
oldest first, each cited by its opening; those where a speaker or party asked about speaks, cited
by their first turn there; and when one named debate was held."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.constraints import Constraints
from assistant.debate_catalog import (
    asks_when_held,
    asks_which_debates,
    debates_listed,
    when_held,
    which_debates,
)
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import PlanDouble, debate_of


@pytest.fixture(scope="module")
def debates() -> dict[str, Transcript]:
    bikes = debate_of([("De voorzitter:", "Ik open het overleg over fietsen."),
                       ("Mevrouw Bakker (GL):", "Voorzitter. Fietsendiefstal bij stations neemt toe in de steden."),
                       ("Minister Jansen:", "Ik investeer in bewaakte stallingen bij de stations.")], "fietsen.txt")
    police = debate_of([("De voorzitter:", "Ik open het overleg over de politie."),
                        ("De heer Smit (SP):", "Voorzitter. De wijkagent verdwijnt uit de wijken."),
                        ("Mevrouw Bakker (GL):", "Ook in mijn stad zie ik geen wijkagent meer op straat.")], "politie.txt")
    return {bikes.id: dataclasses.replace(bikes, title="Fietsen", date="2025-03-05"),
            police.id: dataclasses.replace(police, title="Politie", date="2024-11-20")}


def _rows(debates: dict[str, Transcript]) -> list[dict[str, str | None]]:
    return [{"id": t.id, "title": t.title, "date": t.date} for t in debates.values()]


@pytest.mark.parametrize("question", [
    "Which debates are indexed?", "What transcripts do you have?", "List all the debates.",
    "Welke debatten zitten er in de transcripten?", "In welke debatten sprak Van Nispen?",
    "In which debates did the SP speak?",
    # a topic: the debates that say it (`test_topic_debates`)
    "Which debates were about the police?", "In welke debatten zei Smit iets over de wijkagent?",
])
def test_questions_for_a_list_of_debates(question: str) -> None:
    assert asks_which_debates(question)


@pytest.mark.parametrize("question", ["What did the minister say in the police debate?", "Welke moties zijn ingediend?"])
def test_what_was_said_in_a_debate_is_left_to_retrieval(question: str) -> None:
    assert not asks_which_debates(question)


@pytest.mark.parametrize(("question", "asks"), [
    ("When was the MIRT debate?", True), ("When was the EUFOR Althea debate held?", True),
    ("Wanneer was het MIRT-debat?", True), ("Wanneer vond het debat over de MIVD plaats?", True),
    ("Op welke datum was het politiedebat?", True),
    ("When was the debate in which Hunt announced the cuts?", False),
    ("Wanneer was het debat waarin de minister dat toezegde?", False),
    ("When will the minister send the letter promised in the MIRT debate?", False),
    ("On what date is minister Blok meeting the National Rapporteur on Trafficking?", False),
    # how long it lasted, when it began or ended: the header's times
    ("Hoe lang duurde het MIRT-debat?", True), ("Hoe laat begon het politiedebat?", True),
    ("When did the MIVD debate end?", True), ("How long was the EUFOR Althea debate?", True),
    ("How long did the minister speak in the debate?", False), ("Hoe lang duurde de schorsing in het debat?", False),
])
def test_questions_for_when_a_debate_was_held(question: str, asks: bool) -> None:
    assert asks_when_held(question) is asks


def test_every_debate_is_listed_oldest_first_with_its_opening_cited(debates: dict[str, Transcript]) -> None:
    answer = debates_listed(PlanDouble("Welke debatten zijn er?", "nl"), _rows(debates), debates.get)
    assert answer is not None and answer.answerable
    assert [c.doc_title for c in answer.citations] == ["Politie", "Fietsen"]
    assert all(c.is_chair and c.turn_index == 0 for c in answer.citations)
    assert answer.answer.startswith("2 geïndexeerde debatten") and "in “Politie” (20 november 2024)" in answer.answer


def test_a_speaker_or_party_named_keeps_the_debates_where_they_speak(debates: dict[str, Transcript]) -> None:
    bakker = debates_listed(PlanDouble("In which debates did Bakker speak?", "en"), _rows(debates), debates.get, ["Bakker"])
    assert bakker is not None and [(c.speaker, c.doc_title) for c in bakker.citations] == [("Bakker", "Politie"), ("Bakker", "Fietsen")]
    assert "(turns: 1)" in bakker.answer
    sp = debates_listed(PlanDouble("In welke debatten sprak de SP?", "nl", constraints=Constraints(parties=("SP",))),
                        _rows(debates), debates.get)
    assert sp is not None and [(c.speaker, c.doc_title) for c in sp.citations] == [("Smit", "Politie")]
    nobody = debates_listed(PlanDouble("In which debates did Visser speak?", "en"), _rows(debates), debates.get, ["Visser"])
    assert nobody is not None and not nobody.answerable and not nobody.citations


def test_when_a_named_debate_was_held_is_its_date_with_its_opening_cited(debates: dict[str, Transcript]) -> None:
    police = next(t for t in debates.values() if t.title == "Politie")
    plan = PlanDouble("When was the police debate held?", "en", constraints=Constraints(doc_ids=(police.id,)))
    answer = when_held(plan, debates.get)
    assert answer is not None and answer.answerable
    assert answer.answer.startswith("The debate asked about is “Politie” (20 Nov 2024)")
    assert [c.turn_id for c in answer.citations] == [police.turns[0].id]
    unnamed = PlanDouble("When was the debate held?", "en")
    assert when_held(unnamed, debates.get) is None


def test_how_long_a_debate_lasted_is_the_time_between_its_headers_start_and_end(debates: dict[str, Transcript]) -> None:
    police = next(t for t in debates.values() if t.title == "Politie")
    timed = dataclasses.replace(police, start_time="2024-11-20T14:00:00", end_time="2024-11-20T16:57:22")
    plan = PlanDouble("Hoe lang duurde het politiedebat?", "nl", constraints=Constraints(doc_ids=(police.id,)))
    answer = when_held(plan, {police.id: timed}.get)
    assert answer is not None and answer.answerable and [c.turn_id for c in answer.citations] == [police.turns[0].id]
    assert answer.answer.startswith("“Politie” (20 november 2024) begon om 14.00 uur en eindigde om 16.57 uur (2 u 57 min)")
    assert answer.answer.splitlines()[0].endswith("het begint met:")  # one lead-in to the cited opening
    english = PlanDouble("How long did the police debate last?", "en", constraints=Constraints(doc_ids=(police.id,)))
    lasted = when_held(english, {police.id: timed}.get)  # each language writes the time its own way
    assert lasted is not None and "began at 14:00 and ended at 16:57 (2 h 57 min)" in lasted.answer
    started = {police.id: dataclasses.replace(timed, end_time=None)}
    asked_start = PlanDouble("Hoe laat begon het politiedebat?", "nl", constraints=Constraints(doc_ids=(police.id,)))
    begun = when_held(asked_start, started.get)
    assert begun is not None and "begon om 14.00 uur, volgens de kop van het verslag (een eindtijd staat er niet in)" in begun.answer
    endless = when_held(plan, started.get)  # how long, where only the start is recorded
    assert endless is not None and not endless.answerable
    assert "vermeldt wanneer het begon (14.00 uur), niet wanneer het eindigde" in endless.answer
    untimed = when_held(plan, {police.id: dataclasses.replace(timed, start_time=None)}.get)
    assert untimed is not None and not untimed.answerable and not untimed.citations
    assert "Het verslag van “Politie” (20 november 2024) vermeldt niet wanneer het begon of eindigde." in untimed.answer


@pytest.mark.parametrize("question", [
    "Which committee debates were held on 3 July 2025?", "Welke commissiedebatten waren er op 3 juli 2025?",
    "Which plenary sittings are indexed?", "Welke plenaire vergaderingen zijn er?",
])
def test_a_list_of_debates_of_one_kind_is_a_list_of_debates(question: str) -> None:
    assert asks_which_debates(question)


def test_the_catalog_lists_only_the_debates_of_the_dates_asked(debates: dict[str, Transcript]) -> None:
    in_2025 = PlanDouble("Which debates were held in 2025?", "en", constraints=Constraints(date_from=20250101, date_to=20251231))
    answer = which_debates(in_2025, "Which debates were held in ?", _rows(debates), debates.get)
    assert answer is not None and [c.doc_title for c in answer.citations] == ["Fietsen"]  # it listed both
    in_2023 = PlanDouble("Which debates were held in 2023?", "en", constraints=Constraints(date_from=20230101, date_to=20231231))
    assert which_debates(in_2023, "Which debates were held in ?", _rows(debates), debates.get) is None  # retrieval refuses


def test_the_catalog_lists_only_the_debates_of_the_kind_asked(debates: dict[str, Transcript]) -> None:
    kinds = {"Fietsen": "plenair", "Politie": "commissie"}
    kinded = {i: dataclasses.replace(t, kind=kinds[t.title]) for i, t in debates.items()}
    answer = which_debates(PlanDouble("Which plenary sittings are indexed?", "en"), "Which plenary sittings are indexed?",
                           _rows(kinded), kinded.get)
    assert answer is not None and [c.doc_title for c in answer.citations] == ["Fietsen"]


def test_a_time_question_about_a_meeting_named_in_short_is_for_the_headers_times() -> None:
    assert asks_when_held("Hoe laat begon en eindigde het AO Mensenhandel van 2017?")
    assert asks_when_held("When did the AO Mensenhandel end?")
