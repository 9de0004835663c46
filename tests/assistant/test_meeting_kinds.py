"""The kind of meeting a question names, against the debates held on its days
(`assistant.meeting_kinds`): a committee meeting on a day of plenary sittings only is not in the
transcripts, and the refusal says which debates were held then; where one of that kind was held,
it is the one meant."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.meeting_kinds import kind_of, named_kind, of_named_kind, unheld_reason
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import debate_of


def _debate(title: str, kind: str | None, date: str = "2025-07-10") -> Transcript:
    held = debate_of([("De voorzitter:", "Ik open de vergadering."), ("De heer Smit (SP):", "Voorzitter. Een vraag.")],
                     f"{title}.txt")
    return dataclasses.replace(held, id=title, title=title, kind=kind, date=date)


PLENARY = _debate("105e vergadering, donderdag 10 juli 2025", "plenair")
COMMITTEE = _debate("Politie", "commissie")
OVERLEG = _debate("Algemeen overleg Mensenhandel", "algemeen overleg")


@pytest.mark.parametrize(("question", "kind"), [
    ("How many speakers did the agriculture committee debate of 10 July 2025 have?", "committee"),
    ("Waar ging het commissiedebat van 10 juli 2025 over?", "committee"),
    ("Who spoke at the algemeen overleg held on 3 February 2022?", "committee"),
    ("Wie sprak er in de plenaire vergadering van 2 juli 2025?", "plenary"),
    ("What was the plenary sitting of 10 July 2025 about?", "plenary"),
    ("Wat zei Westerveld in het tweeminutendebat van 2 juli 2025?", "plenary"),
    # a committee that is no meeting, a debate of no kind, and both kinds at once
    ("What did the Chair of the Treasury Committee ask the Chancellor on 17 October 2022?", None),
    ("What was said in the debate of 10 July 2025?", None),
    ("Kwam het onderwerp in het commissiedebat of in de plenaire vergadering aan bod?", None),
])
def test_the_kind_of_meeting_a_question_names(question: str, kind: str | None) -> None:
    assert named_kind(question) == kind


def test_a_plenary_sitting_is_the_parsers_plenair_and_every_other_kind_a_committees_meeting() -> None:
    assert [kind_of(t) for t in (PLENARY, COMMITTEE, OVERLEG)] == ["plenary", "committee", "committee"]
    assert kind_of(dataclasses.replace(COMMITTEE, kind=None)) is None


def test_a_committee_meeting_on_a_day_of_plenary_sittings_only_is_not_in_the_transcripts() -> None:
    reason = unheld_reason("How many speakers did the agriculture committee debate of 10 July 2025 have?", "en",
                           [PLENARY], 20250710, 20250710)
    assert reason == ("The indexed transcripts hold no committee meeting of 10 Jul 2025, only "
                      "“105e vergadering, donderdag 10 juli 2025” (plenary sitting, 10 Jul 2025).")
    dutch = unheld_reason("Welke commissiedebatten waren er in juli 2025?", "nl", [PLENARY], 20250701, 20250731)
    assert dutch is not None and "geen commissievergadering van 1 juli 2025 – 31 juli 2025" in dutch


@pytest.mark.parametrize(("question", "held"), [
    ("Waar ging het commissiedebat van 10 juli 2025 over?", [PLENARY, COMMITTEE]),  # one of that kind was held
    ("What was said on 10 July 2025?", [PLENARY]),  # no kind named
    ("Waar ging het commissiedebat van 10 juli 2025 over?", []),  # nothing held: the date filter refuses
    ("Waar ging het commissiedebat van 10 juli 2025 over?", [dataclasses.replace(PLENARY, kind=None)]),  # kind unknown
])
def test_no_reason_where_the_kind_was_held_or_cannot_be_told(question: str, held: list[Transcript]) -> None:
    assert unheld_reason(question, "nl", held, 20250710, 20250710) is None


def test_the_debates_of_the_kind_named_are_the_ones_meant() -> None:
    day = [PLENARY, COMMITTEE, OVERLEG]
    assert of_named_kind("Wie sprak er in de plenaire vergadering van 10 juli 2025?", day) == [PLENARY]
    assert of_named_kind("Which committee debates were held on 10 July 2025?", day) == [COMMITTEE, OVERLEG]
    assert of_named_kind("Which debates were held on 10 July 2025?", day) == day
