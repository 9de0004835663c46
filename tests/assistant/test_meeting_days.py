"""A meeting named by its day, through the assistant's seams (`tests/doubles.py`): a kind of meeting
none of that day's debates was is "not in the transcripts", with the debates that were held; the
kind named picks that day's debate of that kind; a date that is part of a debate's title is no date
filter; and a day named in a question about overdue commitments is the day they are read as of."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from doubles import assistant_over
from samples import make_verslag

from assistant.service import Assistant
from ingest.models import Transcript
from ingest.parse_verslag import parse_verslag
from ingest.settings import load_settings


def _debates() -> list[Transcript]:
    """On 5 March 2024, a committee meeting on bikes and a plenary sitting on drugs (made so here:
    the verslag parser reads committee meetings); on 6 March, the "Raad 20 maart 2024" debate, with a
    promise due before the summer."""
    bikes = parse_verslag(make_verslag(), "fietsen.txt")
    drugs = parse_verslag(make_verslag("Ik pak de drugshandel in de haven aan met extra douaniers.", topic="drugshandel")
                          .replace("Jansen", "Smit"), "drugs.txt")
    council = parse_verslag(make_verslag("Ik stuur de Kamer voor de zomer een brief over de Raad.", topic="de Raad", day=6)
                            .replace("Jansen", "Visser"), "raad.txt")
    return [dataclasses.replace(bikes, kind="commissie", title="Fietsen"),
            dataclasses.replace(drugs, id="plenary-5", kind="plenair", title="45e vergadering, dinsdag 5 maart 2024"),
            dataclasses.replace(council, kind="commissie", title="Raad 20 maart 2024")]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    settings = load_settings(env={}, index_dir=tmp_path_factory.mktemp("index"))
    served = assistant_over(_debates(), settings)
    served.today = lambda: date(2024, 3, 7)  # the day overdue is read as of, unless the question names one
    return served


def test_a_kind_of_meeting_none_of_the_days_debates_was_is_not_in_the_transcripts(assistant: Assistant) -> None:
    """6 March holds only the committee meeting on the Council, whose minister would answer."""
    plenary = assistant.ask("What did the minister say at the plenary sitting of 6 March 2024?")
    assert not plenary.answerable and not plenary.citations
    assert ("The indexed transcripts hold no plenary sitting of 6 Mar 2024, only “Raad 20 maart 2024” "
            "(committee meeting, 6 Mar 2024).") in plenary.answer
    dutch = assistant.ask("Wie sprak er in de plenaire vergadering van 6 maart 2024?")  # the participants list too
    assert not dutch.answerable and "bevatten geen plenaire vergadering van 6 maart 2024" in dutch.answer
    committee = assistant.plan("What did the minister say at the committee meeting of 6 March 2024?")
    assert committee.unheld is None and len(committee.constraints.doc_ids) == 1


def test_the_kind_named_picks_the_days_debate_of_that_kind(assistant: Assistant) -> None:
    plenary = assistant.ask("Wie sprak er in de plenaire vergadering van 5 maart 2024?")
    assert plenary.answerable and {c.doc_id for c in plenary.citations} == {"plenary-5"}
    committee = assistant.ask("Wie sprak er in het commissiedebat van 5 maart 2024?")
    assert committee.answerable and {c.doc_title for c in committee.citations} == {"Fietsen"}
    listed = assistant.ask("Which committee debates were held on 5 March 2024?")
    assert listed.answerable and [c.doc_title for c in listed.citations] == ["Fietsen"]


def test_the_date_in_a_debates_title_is_not_when_it_was_held(assistant: Assistant) -> None:
    plan = assistant.plan("Wat zei Visser in het debat over de Raad 20 maart 2024?")
    assert plan.constraints.doc_ids and (plan.constraints.date_from, plan.constraints.date_to) == (None, None)
    answer = assistant.ask("Wat zei Visser in het debat over de Raad 20 maart 2024?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Visser"}


def test_a_day_no_debate_was_held_is_the_day_overdue_commitments_are_read_as_of(assistant: Assistant) -> None:
    plan = assistant.plan("Welke toezeggingen waren op 6 december 2026 over tijd?")
    assert plan.as_of == 20261206 and plan.constraints.date_from is None
    overdue = assistant.ask("Welke toezeggingen waren op 6 december 2026 over tijd?")
    assert overdue.answerable and [c.speaker for c in overdue.citations] == ["Visser"]
    assert overdue.notice is not None and "op 6 december 2026 verstreken" in overdue.notice
    not_yet = assistant.ask("Welke toezeggingen zijn over tijd?")  # as of today, 7 March 2024: not due yet
    assert not not_yet.answerable
