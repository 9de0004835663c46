"""The questions a member asked (`assistant.member_questions`): every sentence of their own turns
that ends with a question mark, in spoken order, each cited from its turn; never their words as
chair; with a topic, those of the paragraphs that say it; none is an honest "not in the
transcripts" that names the topic."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.constraints import Constraints
from assistant.member_questions import (
    about_words,
    asks_questions_asked,
    asks_requests_made,
    questions_asked,
)
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import PlanDouble, debate_of


def _paragraph_before(debate: Transcript, index: int, opening: str) -> Transcript:
    """``debate`` with a paragraph break in turn ``index`` before ``opening``: the verslag joins a
    turn's lines (its PDF's line breaks), so the break is set on the parsed turn."""
    speech = debate.turns[index]
    text = speech.text.replace(f" {opening}", f"\n{opening}")
    return dataclasses.replace(debate, turns=(*debate.turns[:index], dataclasses.replace(speech, text=text),
                                               *debate.turns[index + 1:]))


@pytest.fixture(scope="module")
def debates() -> dict[str, Transcript]:
    police = debate_of([
        ("De voorzitter:", "Ik open het overleg over de politie. Wie wil er beginnen?"),
        ("De heer Smit (SP):", "Voorzitter. De wijkagent verdwijnt uit de wijken. Hoe gaat de minister dat keren?\n"
                               "Dan de bodycams. Wanneer krijgt elke agent er een?"),
        ("Minister Jansen:", "Ik investeer in wijkagenten. Is dat genoeg? Ja."),
        ("De heer Smit (SP):", "Maar komt de wijkagent echt terug?"),
    ], "politie-vragen.txt")
    police = _paragraph_before(police, 1, "Dan de bodycams.")
    bikes = debate_of([("De voorzitter:", "Ik open het overleg over fietsen."),
                       ("De heer Smit (SP):", "Waarom zijn er geen bewaakte stallingen?")], "fietsen-vragen.txt")
    return {police.id: dataclasses.replace(police, title="Politie", date="2025-07-02"),
            bikes.id: dataclasses.replace(bikes, title="Fietsen", date="2025-07-03")}


@pytest.mark.parametrize(("question", "asks"), [
    ("Welke vragen stelde Smit in het politiedebat?", True), ("Which questions did the SP ask in the police debate?", True),
    ("What questions did Smit ask about bodycams?", True), ("Wat vroeg Smit toen hij de minister interrumpeerde?", False),
    ("Welke vraag beantwoordde de minister niet?", False),
])
def test_questions_for_the_questions_someone_asked(question: str, asks: bool) -> None:
    assert asks_questions_asked(question) is asks


def _ask(debates: dict[str, Transcript], question: str, text: str, language: str = "nl", names: tuple[str, ...] = ("Smit",),
         **constraints):
    plan = PlanDouble(question, language, constraints=Constraints(**constraints))
    return questions_asked(plan, text, plan.constraints.doc_ids or list(debates), debates.get, names)


def test_every_question_of_the_members_own_turns_in_spoken_order(debates: dict[str, Transcript]) -> None:
    police = next(t for t in debates.values() if t.title == "Politie")
    answer = _ask(debates, "Welke vragen stelde Smit in het politiedebat?", "Welke vragen stelde in het politiedebat?",
                  doc_ids=(police.id,))
    assert answer is not None and answer.answerable
    assert [c.quote for c in answer.citations] == ["Hoe gaat de minister dat keren?", "Wanneer krijgt elke agent er een?",
                                                   "Maar komt de wijkagent echt terug?"]
    assert answer.answer.startswith("Vragen van de sprekers naar wie gevraagd wordt in “Politie” (2 juli 2025): 3")


def test_a_party_named_asks_for_its_members_questions_in_every_debate_they_speak_in(debates: dict[str, Transcript]) -> None:
    answer = _ask(debates, "Which questions did the SP ask?", "Which questions did ask?", "en", (), parties=("SP",))
    assert answer is not None and [c.doc_title for c in answer.citations] == ["Politie"] * 3 + ["Fietsen"]
    assert "“Fietsen” (3 Jul 2025): “Waarom zijn er geen bewaakte stallingen?”" in answer.answer


def test_a_topic_keeps_the_questions_of_the_paragraphs_that_say_it(debates: dict[str, Transcript]) -> None:
    answer = _ask(debates, "Welke vragen stelde Smit over de bodycams?", "Welke vragen stelde over de bodycams?")
    assert answer is not None and [c.quote for c in answer.citations] == ["Wanneer krijgt elke agent er een?"]
    none = _ask(debates, "Welke vragen stelde Smit over scherfvesten?", "Welke vragen stelde over scherfvesten?")
    assert none is not None and not none.answerable and not none.citations
    assert "stellen de sprekers naar wie gevraagd wordt geen vraag over “scherfvesten”." in none.answer


def test_no_speaker_or_party_named_is_left_to_retrieval(debates: dict[str, Transcript]) -> None:
    assert _ask(debates, "Welke vragen werden er gesteld?", "Welke vragen werden er gesteld?", names=()) is None


@pytest.mark.parametrize(("text", "titles", "words"), [
    ("Welke vragen stelde (D66) in het EUFOR Althea-debat over scherfvesten?", (), ("scherfvesten",)),
    ("Welke vragen stelde in het debat over de politie?", ("Politie",), ()),
    ("Which questions did ask in the police debate?", (), ()),
    ("Welke vragen stelde als SP-woordvoerder in het politiedebat?", (), ()),
])
def test_what_the_questions_were_about_leaves_out_the_frame_the_debate_and_a_bracketed_party(
        text: str, titles: tuple[str, ...], words: tuple[str, ...]) -> None:
    assert about_words(text, "nl" if "vragen" in text else "en", titles) == words


def test_in_a_debate_of_another_language_only_the_words_it_says_are_looked_for(debates: dict[str, Transcript]) -> None:
    named = _ask(debates, "Which questions did Smit ask about the bodycams?", "Which questions did ask about the bodycams?",
                 "en")  # "bodycams" is the Dutch debates' word too
    assert named is not None and [c.quote for c in named.citations] == ["Wanneer krijgt elke agent er een?"]
    assert named.notice is None
    translated = _ask(debates, "Which questions did Smit ask about neighbourhood officers?",
                      "Which questions did ask about neighbourhood officers?", "en")
    assert translated is not None and len(translated.citations) == 4  # every question: the words were not looked for
    assert translated.notice is not None and "not looked for in a debate held in another language" in translated.notice


def test_a_question_of_a_word_or_two_is_not_listed() -> None:
    from tests.assistant.test_structure_commitments import _debate

    debate = _debate(("Pool", "chair", "Het woord is aan de heer Smit."),
                     ("Smit", "member", "Ja? Komt de wijkagent terug? Hoe?"))
    answer = questions_asked(PlanDouble("Welke vragen stelde Smit?", "nl"), "Welke vragen stelde?", ["d"],
                             {"d": debate}.get, ["Smit"])
    assert answer is not None and [c.quote for c in answer.citations] == ["Komt de wijkagent terug?"]


@pytest.mark.parametrize(("question", "asks"), [
    ("Wat vroeg Pierik de minister te doen in het MIRT-debat?", True),
    ("What did Verkuijlen ask the state secretary to do in the victims debate?", True),
    ("What did Dassen ask the foreign minister to do about Hungary?", True),
    ("Welke verzoeken deed de SP in het politiedebat?", True),
    # a minister's request of a member, and a second question after the first: not the list
    ("Wat vroeg Kaag de PvdA'er te doen met zijn motie?", False),
    ("What did the VVD member ask the justice minister to do, and did he say it had to wait?", False),
])
def test_questions_for_the_requests_someone_made(question: str, asks: bool) -> None:
    assert asks_requests_made(question) is asks


@pytest.fixture(scope="module")
def requested() -> dict[str, Transcript]:
    asked = debate_of([
        ("De voorzitter:", "Ik open het overleg over de stations."),
        ("De heer Smit (SP):", "Voorzitter. De stallingen zijn vol. Ik vraag de minister om er meer te bouwen.\n"
                               "Dan de camera's. Is de minister bereid om er camera's bij te hangen? Dat roept veel vragen op."),
        ("Minister Jansen:", "Ik ben bereid om meer stallingen te bouwen. Wil de Kamer dat ook?"),
        ("De heer Smit (SP):", "Wil de minister dat voor de zomer doen? Hoe laat is het eigenlijk?"),
    ], "stations-verzoeken.txt")
    asked = _paragraph_before(asked, 1, "Dan de camera's.")
    return {asked.id: dataclasses.replace(asked, title="Stations", date="2025-07-02")}


def test_the_requests_a_member_made_are_their_sentences_that_ask_the_cabinet_to_act(requested: dict[str, Transcript]) -> None:
    question = "Wat vroeg Smit de minister te doen?"
    answer = _ask(requested, question, question)
    assert answer is not None and answer.answerable
    assert [c.quote for c in answer.citations] == [
        "Ik vraag de minister om er meer te bouwen.", "Is de minister bereid om er camera's bij te hangen?",
        "Wil de minister dat voor de zomer doen?"]  # not "Dat roept veel vragen op.", nor the minister's own
    assert answer.answer.startswith("Verzoeken van de sprekers naar wie gevraagd wordt in “Stations”")


def test_a_topic_keeps_the_requests_of_the_paragraphs_that_say_it(requested: dict[str, Transcript]) -> None:
    question = "What did Smit ask the minister to do about the camera's?"
    answer = _ask(requested, question, "What did ask the minister to do about the camera's?", "en")
    assert answer is not None and [c.quote for c in answer.citations] == ["Is de minister bereid om er camera's bij te hangen?"]
