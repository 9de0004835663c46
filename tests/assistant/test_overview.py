"""What a named debate was about (`assistant.overview`): per speaker, in the order they first spoke,
the one sentence most typical of all they said, quoted verbatim from its turn and attributed from
the structure; the chair's procedure, courtesies and short sentences are never that sentence."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.constraints import Constraints
from assistant.overview import (
    MIN_SENTENCE_WORDS,
    asks_overview,
    names_only_a_day,
    overview_listed,
    typical_sentences,
)
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import PlanDouble, debate_of

ROWS = [
    ("De voorzitter:", "Ik open het debat over fietsen. Het woord is aan mevrouw Bakker."),
    ("Mevrouw Bakker (GL):", "Dank u wel, voorzitter. Fietsendiefstal bij de stations neemt elk jaar toe in de grote steden. "
                             "Goed. Bewaakte fietsenstallingen bij de stations voorkomen fietsendiefstal, dat weten we uit de "
                             "steden die ze al hebben. De veerpont naar het eiland vaart in de winter veel te weinig."),
    ("De heer Smit (SP):", "Voorzitter. De kleine stations op het platteland worden altijd vergeten bij de plannen. "
                           "Krijgen de kleine stations op het platteland ook een overdekte fietsenstalling van de minister?"),
    ("De voorzitter:", "Dank u wel. Het woord is aan de minister."),
    ("Minister Jansen:", "Voorzitter. Ik investeer twaalf miljoen euro in bewaakte fietsenstallingen bij de grote stations. "
                         "Dank u. Daarna volgen de kleine stations, want ook daar moeten mensen hun fiets veilig kwijt "
                         "kunnen. De camera's komen er bij de bewaakte stallingen van de grote stations."),
    ("Mevrouw Bakker (GL):", "Dat is goed nieuws voor de bewaakte fietsenstallingen bij de stations."),
]


@pytest.fixture(scope="module")
def debate() -> Transcript:
    return debate_of(ROWS, "fiets-overzicht.txt")


def _ask(debate: Transcript, question: str, language: str = "nl", **constraints):
    plan = PlanDouble(question, language, constraints=Constraints(doc_ids=(debate.id,), **constraints))
    return overview_listed(plan, {debate.id: debate}.get)


@pytest.mark.parametrize("question", [
    "Summarize the MIRT debate.", "Can you give a summary of the police debate?",
    "What was the Economic Update debate in the Commons about?", "What were the main points of the EUFOR Althea debate?",
    "What was discussed in the MIVD debate?", "Give me an overview of the debate on financial markets.",
    "Waar ging het commissiedebat over de MIVD over?", "Wat was de kern van het debat over de politie?",
    "Geef een samenvatting van het AO mensenhandel van 2017.", "Vat het debat over financiële markten samen.",
    "Wat waren de belangrijkste punten in het MIRT-debat?", "Wat werd er besproken in het debat over de MIVD?",
])
def test_questions_about_what_a_whole_debate_was_about(question: str) -> None:
    assert asks_overview(question)


@pytest.mark.parametrize("question", [
    "What did Hunt say in the Economic Update debate?", "Waar ging de motie van Alkaya over?",
    "Wanneer krijgt de Kamer het overzicht van de projecten?", "What was the motion on stuk nr. 457 about?",
    "Wat zei de minister over de kern van de politieorganisatie?", "Who spoke in the MIRT debate?",
])
def test_questions_about_one_thing_said_are_not_an_overview(question: str) -> None:
    assert not asks_overview(question)


def test_each_speaker_gets_the_sentence_that_shares_most_with_all_they_said(debate: Transcript) -> None:
    typical = typical_sentences(debate)
    assert [(t.turn.speaker, t.turns) for t in typical] == [("Bakker", 2), ("Smit", 1), ("Jansen", 1)]
    quoted = [t.turn.text[t.span[0]:t.span[1]] for t in typical]
    # the words only she says twice ("fietsendiefstal", "steden") weigh most, and this sentence holds
    # both with little else; the ferry is an aside, "Goed." no sentence worth quoting
    assert quoted[0] == "Fietsendiefstal bij de stations neemt elk jaar toe in de grote steden."
    assert all(len(q.split()) >= MIN_SENTENCE_WORDS for q in quoted)  # never "Goed." or "Dank u."
    assert all(not q.startswith(("Dank", "Voorzitter")) for q in quoted)


def test_the_answer_quotes_each_speaker_verbatim_in_the_order_they_first_spoke(debate: Transcript) -> None:
    answer = _ask(debate, "Waar ging het debat over fietsen over?")
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.party, c.role) for c in answer.citations] == [
        ("Bakker", "GL", "member"), ("Smit", "SP", "member"), ("Jansen", None, "minister")]
    assert not any(c.is_chair for c in answer.citations)
    assert all(c.quote == c.text[c.quote_start:c.quote_end] for c in answer.citations)
    assert answer.answer.startswith("Waar “") and "(3 in totaal" in answer.answer and "gekozen, niet samengevat" in answer.answer
    english = _ask(debate, "Summarize the debate on bicycles.", "en")
    assert english is not None and "picked, not summarised" in english.answer


def test_a_question_naming_a_speaker_party_or_role_or_no_debate_is_left_to_retrieval(debate: Transcript) -> None:
    assert _ask(debate, "Summarize what the minister said in the debate.", "en", roles=("minister",)) is None
    assert _ask(debate, "Vat samen wat de SP zei in het debat.", parties=("SP",)) is None
    assert _ask(debate, "Waar ging de motie van Bakker over?") is None
    assert overview_listed(PlanDouble("Summarize the debate.", "en"), {debate.id: debate}.get) is None


def test_a_debate_where_only_the_chair_speaks_is_not_in_the_transcripts(debate: Transcript) -> None:
    only_chair = dataclasses.replace(debate, turns=tuple(t for t in debate.turns if t.is_chair))
    answer = _ask(only_chair, "Waar ging de vergadering over?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "spreekt niemand behalve de voorzitter" in answer.answer


@pytest.mark.parametrize(("question", "language", "only"), [
    ("Waar ging het debat van 3 juli over?", "nl", True), ("What was the debate on 2 July 2025 about?", "en", True),
    ("Waar ging de vergadering van donderdag 3 juli over?", "nl", True),
    ("What was discussed at the procedure meeting of the finance committee on 2 July?", "en", False),
    ("Waar ging het debat over fietsen van 3 juli over?", "nl", False),
])
def test_a_debate_named_by_its_day_alone(question: str, language: str, only: bool) -> None:
    assert names_only_a_day(question, language) is only


def _held(debate: Transcript) -> dict[str, Transcript]:
    """``debate`` and another debate held the same day."""
    other = dataclasses.replace(debate_of([("De voorzitter:", "Ik open het overleg over de politie."),
                                           ("De heer Smit (SP):", "Voorzitter. De wijkagent verdwijnt uit de wijken.")],
                                          "politie-zelfde-dag.txt"), title="Politie", date=debate.date)
    return {debate.id: debate, other.id: other}


def test_the_debate_of_a_day_where_one_was_held_is_that_one(debate: Transcript) -> None:
    plan = PlanDouble("Waar ging het debat van 3 juli over?", "nl", constraints=Constraints(date_from=1, date_to=2))
    answer = overview_listed(plan, {debate.id: debate}.get, [debate.id])
    assert answer is not None and answer.answerable and {c.doc_id for c in answer.citations} == {debate.id}
    assert [c.speaker for c in answer.citations] == ["Bakker", "Smit", "Jansen"]


def test_the_debate_of_a_day_where_several_were_held_lists_them_for_the_reader_to_choose(debate: Transcript) -> None:
    held = _held(debate)
    plan = PlanDouble("Waar ging het debat van 3 juli over?", "nl", constraints=Constraints(date_from=1, date_to=2))
    answer = overview_listed(plan, held.get, list(held))
    assert answer is not None and answer.answerable
    assert answer.answer.startswith("Op de gevraagde dag werden 2 geïndexeerde debatten gehouden")
    assert {c.doc_id for c in answer.citations} == set(held) and all(c.turn_index == 0 for c in answer.citations)
    named = PlanDouble("What was discussed at the procedure meeting of the finance committee on 2 July?", "en",
                       constraints=Constraints(date_from=1, date_to=2))
    assert overview_listed(named, held.get, list(held)) is None  # a meeting the index may not hold: retrieval's
