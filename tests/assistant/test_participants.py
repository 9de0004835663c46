"""Who took part in a named debate (`assistant.participants`): every speaker of the roles and
parties asked for, in the order they first spoke, from the transcript's structure; none is an
honest "not in the transcripts"; who spoke *about* something is left to retrieval."""

from __future__ import annotations

import pytest

from assistant.constraints import Constraints
from assistant.participants import asks_who_took_part, participants_listed
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import PlanDouble, debate_of

ROWS = [
    ("De voorzitter:", "Het woord is aan de Minister."),
    ("Minister Jansen:", "Voorzitter. Ik begin met de fietsenstallingen bij de stations, daar investeer ik in."),
    ("Mevrouw Bakker (GL):", "Dank u wel, voorzitter. Hoeveel geld gaat er precies naar de fietsenstallingen?"),
    ("Minister Jansen:", "Twaalf miljoen euro, verdeeld over vier jaar, voor de grote stations."),
    ("De heer Smit (SP):", "En de kleine stations dan, krijgen die niets?"),
    ("Minister Jansen:", "De kleine stations komen in het najaar aan de beurt."),
    ("Mevrouw Bakker (GL):", "Ik heb nog een punt over de camera's bij de stallingen."),
]


@pytest.fixture(scope="module")
def debate() -> Transcript:
    return debate_of(ROWS, "fiets-deelnemers.txt")


def _ask(debate: Transcript, question: str, language: str = "nl", roles: tuple[str, ...] = (),
         parties: tuple[str, ...] = (), named_parties: tuple[str, ...] = ()):
    plan = PlanDouble(question, language, constraints=Constraints(doc_ids=(debate.id,), roles=roles, parties=parties))
    return participants_listed(plan, {debate.id: debate}.get, named_parties)


@pytest.mark.parametrize("question", [
    "Which ministers took part in the MIRT debate?", "Who spoke for the SP in the police debate?",
    "Wie sprak namens de ChristenUnie in het AO mensenhandel?", "Welke Kamerleden namen deel aan het debat?",
    "Who chaired the police debate?", "Wie was de voorzitter van het commissiedebat Politie?",
    "Wie zat het debat over de politie voor?", "Wie waren er aanwezig bij het MIRT-debat?",
    "Wie was er aanwezig bij het commissiedebat Politie?",
    # how many: the list's first line gives the count
    "Hoeveel sprekers waren er in het politiedebat?", "How many MPs spoke in the MIRT debate?",
    "Hoeveel Kamerleden namen deel aan het debat?",
])
def test_questions_for_who_took_part(question: str) -> None:
    assert asks_who_took_part(question)


@pytest.mark.parametrize("question", [
    "Wie sprak over de Politieacademie in het politiedebat?", "Who spoke about bicycle theft in the debate?",
    "Wie sprak namens de VVD over de Politieacademie in het politiedebat?",
    "Wie interrumpeerde de minister?", "What did the minister say in the police debate?",
    "How many members spoke about taxes?", "Hoeveel partijen steunden de motie?",
])
def test_who_said_something_is_not_the_list(question: str) -> None:
    assert not asks_who_took_part(question)


def test_everyone_is_listed_in_the_order_they_first_spoke_with_their_turns(debate: Transcript) -> None:
    answer = _ask(debate, "Wie sprak er in het debat?")
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.turn_index) for c in answer.citations] == [("De Vries", 0), ("Jansen", 1), ("Bakker", 2), ("Smit", 4)]
    assert answer.answer.startswith("Wie er spreekt in")
    assert "(4 in totaal)" in answer.answer and "- Bakker (GL) (beurten: 2): “Hoeveel geld" in answer.answer  # past the courtesy
    assert all(c.quote == c.text[c.quote_start:c.quote_end] for c in answer.citations)


def test_a_role_or_a_party_narrows_the_list_and_the_ministers_are_the_whole_cabinet(debate: Transcript) -> None:
    ministers = _ask(debate, "Which ministers took part?", "en", roles=("minister",))
    assert ministers is not None and [c.speaker for c in ministers.citations] == ["Jansen"]
    party = _ask(debate, "Wie sprak namens de SP?", named_parties=("SP",))
    assert party is not None and [c.speaker for c in party.citations] == ["Smit"]
    chair = _ask(debate, "Who chaired the debate?", "en")
    assert chair is not None and [c.speaker for c in chair.citations] == ["De Vries"]


def test_a_party_nobody_speaks_for_is_not_in_the_transcripts(debate: Transcript) -> None:
    answer = _ask(debate, "Wie sprak namens de ChristenUnie?", named_parties=("ChristenUnie",))
    assert answer is not None and not answer.answerable and not answer.citations
    assert "spreekt niemand naar wie gevraagd wordt" in answer.answer


def test_a_question_that_names_no_debate_is_left_to_retrieval(debate: Transcript) -> None:
    plan = PlanDouble("Wie sprak namens de SP?", "nl")
    assert participants_listed(plan, {debate.id: debate}.get, ("SP",)) is None


def test_who_spoke_most_often_or_longest_ranks_the_speakers_the_chairs_running_of_the_sitting_left_out(
        debate: Transcript) -> None:
    often = _ask(debate, "Wie sprak het vaakst in dit debat?")
    assert often is not None and [c.speaker for c in often.citations] == ["Jansen", "Bakker", "Smit"]
    assert "de meeste beurten eerst" in often.answer and "(beurten: 3)" in often.answer
    longest = _ask(debate, "Who spoke the longest in this debate?", "en")
    assert longest is not None and longest.citations[0].speaker == "Jansen" and "most words first" in longest.answer
    assert "(words: " in longest.answer


def test_the_chair_not_counted_leaves_the_chairs_turns_out_of_the_list(debate: Transcript) -> None:
    answer = _ask(debate, "Hoeveel sprekers waren er in het debat, de voorzitter niet meegerekend?", roles=("chair",))
    assert answer is not None and [c.speaker for c in answer.citations] == ["Jansen", "Bakker", "Smit"]
    assert "(3 in totaal, het voorzitten van de vergadering niet meegerekend)" in answer.answer


@pytest.mark.parametrize(("question", "language", "count"), [
    ("Hoeveel sprekers had het debat?", "nl", "(3 in totaal, het voorzitten van de vergadering niet meegerekend)"),
    ("How many speakers were there in the debate?", "en", "(3 in all, the chair's running of the sitting not counted)"),
])
def test_how_many_speakers_counts_those_who_took_part_not_the_chair_running_the_sitting(
        debate: Transcript, question: str, language: str, count: str) -> None:
    answer = _ask(debate, question, language)
    assert answer is not None and [c.speaker for c in answer.citations] == ["Jansen", "Bakker", "Smit"]
    assert count in answer.answer


def test_how_many_speakers_and_the_chair_counts_the_chair(debate: Transcript) -> None:
    answer = _ask(debate, "Hoeveel sprekers waren er, de voorzitter meegerekend?", roles=("chair",))
    assert answer is not None and "De Vries" in [c.speaker for c in answer.citations]
