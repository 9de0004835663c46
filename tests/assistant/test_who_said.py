""""Which member said ...?" and the chair's titles: the question asks who, and names no one to
filter on; the chair is also "the presiding member" and "the Senate president"."""

from __future__ import annotations

import pytest

from assistant.question import parse_question
from assistant.speaker_directory import Speaker, SpeakerDirectory


def _speaker(name: str, role: str, party: str | None = None) -> Speaker:
    return Speaker(name, name.lower(), frozenset({party} if party else ()), frozenset({role}), frozenset(), frozenset())


DIRECTORY = SpeakerDirectory(
    {s.key: s for s in (_speaker("Bakker", "member", "GL"), _speaker("Jansen", "minister"), _speaker("De Vries", "chair"))},
    {"gl": "GL"}, {})


@pytest.mark.parametrize("question", [
    "Which member compared the bicycle sheds to a fortress?",
    "Welk Kamerlid vergeleek de fietsenstallingen met een fort?",
    "Welke volksvertegenwoordiger vroeg naar fietsendiefstal?",
])
def test_a_which_member_question_filters_on_no_one(question: str) -> None:
    c = parse_question(question, DIRECTORY).constraints
    assert (c.speakers, c.roles, c.parties) == ((), (), ())


@pytest.mark.parametrize("question", [
    "Which holiday wish did the presiding member give the House?",
    "Until what time did the Senate president suspend the sitting?",
    "When did the president of the Senate open the sitting?",
])
def test_the_presiding_member_and_the_senate_president_are_the_chair(question: str) -> None:
    assert parse_question(question, DIRECTORY).constraints.roles == ("chair",)


def test_a_party_member_is_the_party_and_a_named_member_the_person() -> None:
    assert parse_question("Which GL member asked about bicycle theft?", DIRECTORY).constraints.parties == ("GL",)
    assert parse_question("What did the member Bakker ask?", DIRECTORY).constraints.speakers == ("bakker",)
