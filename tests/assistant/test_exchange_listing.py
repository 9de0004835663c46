"""Who interrupted whom in a named debate (`assistant.exchange_listing`): every exchange in which
the speaker or office asked about was challenged, each challenger from the transcript with their
first question cited; none is an honest "not in the transcripts"."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.constraints import Constraints
from assistant.exchange_listing import asks_who_interrupted, interruptions_listed
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import PlanDouble, debate_of

ROWS = [
    ("De voorzitter:", "Het woord is aan de Minister."),
    ("Minister Jansen:", "Voorzitter. Ik begin met de fietsenstallingen bij de stations, daar investeer ik in."),
    ("Mevrouw Bakker (GL):", "Dat hoor ik graag. Hoeveel geld gaat er precies naar de fietsenstallingen?"),
    ("Minister Jansen:", "Twaalf miljoen euro, verdeeld over vier jaar, voor de grote stations."),
    ("De heer Smit (SP):", "En de kleine stations dan, krijgen die niets?"),
    ("Minister Jansen:", "De kleine stations komen in het najaar aan de beurt."),
    ("De voorzitter:", "Dan is het woord aan mevrouw Bakker voor haar tweede termijn."),
    ("Mevrouw Bakker (GL):", "Voorzitter. Ik heb nog een punt over de camera's bij de stallingen."),
    ("De heer Smit (SP):", "Wil mevrouw Bakker die camera's ook in de dorpen?"),
    ("Mevrouw Bakker (GL):", "Ja, ook in de dorpen, waar de meeste fietsen verdwijnen."),
]


@pytest.fixture(scope="module")
def debate() -> Transcript:
    return debate_of(ROWS, "fiets-interrupties.txt")


def _ask(debate: Transcript, question: str, language: str = "nl", named: bool = True):
    plan = PlanDouble(question, language, constraints=Constraints(doc_ids=(debate.id,) if named else ()))
    return interruptions_listed(plan, {debate.id: debate}.get)


@pytest.mark.parametrize("question", [
    "Who interrupted the minister in the bike debate?", "Which members interrupted Jansen?",
    "Wie interrumpeerde de minister?", "Welke Kamerleden onderbraken minister Jansen?",
    "How many times was the minister interrupted in the bike debate?",
    "Hoe vaak werd de minister geïnterrumpeerd in het politiedebat?", "Hoeveel keer werd Jansen onderbroken?",
])
def test_questions_for_who_interrupted(question: str) -> None:
    assert asks_who_interrupted(question)


@pytest.mark.parametrize("question", [
    "How did the minister respond when Bakker interrupted?", "Wat vroeg Bakker in haar interruptie?",
    "How often did the minister mention the police?", "Hoe vaak noemde de minister de politie?",
    # the chair's allowance, which the chair states
    "Hoeveel interrupties stond de voorzitter toe?", "How many interruptions did the chair allow?",
])
def test_questions_about_one_exchange_are_not_the_list(question: str) -> None:
    assert not asks_who_interrupted(question)


def test_every_challenge_of_the_minister_is_listed_with_its_first_question(debate: Transcript) -> None:
    answer = _ask(debate, "Wie interrumpeerde de minister in dit debat?")
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.quote) for c in answer.citations] == [
        ("Bakker", "Hoeveel geld gaat er precies naar de fietsenstallingen?"),
        ("Smit", "En de kleine stations dan, krijgen die niets?")]
    assert answer.answer.startswith("2 interrupties in")
    assert "- Bakker (GL) → Jansen: “Hoeveel geld gaat er precies naar de fietsenstallingen?” [1]" in answer.answer


def test_a_speaker_named_keeps_only_the_challenges_of_that_speaker(debate: Transcript) -> None:
    answer = _ask(debate, "Who interrupted Bakker in this debate?", "en")
    assert answer is not None and [c.speaker for c in answer.citations] == ["Smit"]


def test_nobody_interrupted_is_not_in_the_transcripts_and_saying_so(debate: Transcript) -> None:
    answer = _ask(debate, "Who interrupted Smit in this debate?", "en")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "nobody interrupts the speaker the question asks about" in answer.answer
    assert "closest passages" not in answer.answer  # none is shown, so none is pointed to


def test_without_a_named_debate_or_for_another_question_retrieval_answers(debate: Transcript) -> None:
    assert _ask(debate, "Wie interrumpeerde de minister?", named=False) is None
    assert _ask(debate, "Hoe reageerde de minister toen Bakker interrumpeerde?") is None


def test_in_the_commons_the_list_is_of_questions_put_not_interruptions(debate: Transcript) -> None:
    commons = replace(debate, chamber="House of Commons")
    answer = _ask(commons, "Who interrupted the minister?", "en")
    assert answer is not None and answer.answer.startswith("2 questions put in")
    assert [c.speaker for c in answer.citations] == ["Bakker", "Smit"]


def test_who_interrupted_most_often_ranks_the_challengers_each_by_their_first_challenge(debate: Transcript) -> None:
    answer = _ask(debate, "Wie interrumpeerde het vaakst in dit debat?")
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.quote) for c in answer.citations] == [
        ("Smit", "En de kleine stations dan, krijgen die niets?"),
        ("Bakker", "Hoeveel geld gaat er precies naar de fietsenstallingen?")]
    assert answer.answer.startswith("Wie er interrumpeerde in") and "- Smit (SP) (interrupties: 2):" in answer.answer


@pytest.mark.parametrize("question", ["Hoe vaak interrumpeerde Smit in het fietsdebat?", "How often did Smit interrupt?"])
def test_how_often_a_member_interrupted_lists_their_own_challenges(debate: Transcript, question: str) -> None:
    answer = _ask(debate, question)
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.quote) for c in answer.citations] == [
        ("Smit", "En de kleine stations dan, krijgen die niets?"), ("Smit", "Wil mevrouw Bakker die camera's ook in de dorpen?")]
    assert answer.answer.startswith("Smit interrumpeerde 2 keer in ")  # the first line answers how often


def test_a_speaker_who_never_interrupted_is_said_to_have_interrupted_nobody(debate: Transcript) -> None:
    answer = _ask(debate, "Hoe vaak interrumpeerde Jansen?")
    assert answer is not None and not answer.answerable and "interrumpeert Jansen niemand" in answer.answer


@pytest.mark.parametrize("question", ["How many times did Smit interrupt the minister?", "Hoe vaak interrumpeerde Smit minister Jansen?"])
def test_how_often_a_member_interrupted_someone_lists_only_those_challenges(debate: Transcript, question: str) -> None:
    answer = _ask(debate, question)
    assert answer is not None and [(c.speaker, c.turn_index) for c in answer.citations] == [("Smit", 4)]


def test_how_often_a_member_was_interrupted_lists_the_challenges_of_them(debate: Transcript) -> None:
    answer = _ask(debate, "Hoe vaak werd Bakker geïnterrumpeerd?")
    assert answer is not None and [(c.speaker, c.turn_index) for c in answer.citations] == [("Smit", 8)]
