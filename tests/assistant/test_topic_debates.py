"""Which debates discussed a topic (`assistant.topic_debates`, routed by `assistant.debate_catalog`):
every debate whose turns say the topic's words, those that say them in most turns first, each cited
by the turn that says them most; a Dutch word also as a part of a compound, never as the start of
another word; with the turns of the speakers, parties or roles the question names only."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.constraints import Constraints
from assistant.debate_catalog import which_debates
from assistant.topic_debates import own_glosses, topic_words
from ingest.models import Transcript
from tests.assistant.test_exchange_answers import PlanDouble, debate_of


@pytest.fixture(scope="module")
def debates() -> dict[str, Transcript]:
    bikes = debate_of([("De voorzitter:", "Ik open het overleg over fietsen."),
                       ("Mevrouw Bakker (GL):", "Voorzitter. Fietsendiefstal bij stations neemt toe. De politie doet er niets aan."),
                       ("Minister Jansen:", "Ik investeer in bewaakte stallingen bij de stations."),
                       ("Mevrouw De Vries (VVD):", "Stallingen zijn vol. Bewaakte plekken? Stallingen en nog eens stallingen, "
                                                    "bewaakt of niet.")], "fietsen.txt")
    police = debate_of([("De voorzitter:", "Ik open het overleg over de politie."),
                        ("De heer Smit (SP):", "Voorzitter. De wijkpolitie verdwijnt uit de wijken. Dat is slecht."),
                        ("Mevrouw Bakker (GL):", "Ook in mijn stad zie ik geen wijkagent meer. Het politiebudget is op."),
                        ("Minister Jansen:", "Het politieke debat over de politie voer ik graag. De politie krijgt geld.")],
                       "politie.txt")
    return {bikes.id: dataclasses.replace(bikes, title="Fietsen", date="2025-03-05"),
            police.id: dataclasses.replace(police, title="Politie", date="2024-11-20")}


def _rows(debates: dict[str, Transcript]) -> list[dict[str, str | None]]:
    return [{"id": t.id, "title": t.title, "date": t.date} for t in debates.values()]


@pytest.mark.parametrize(("text", "language", "words"), [
    ("In welke debatten ging het over stikstof?", "nl", ("stikstof",)),
    ("Which debates mention the energy price guarantee?", "en", ("energy", "price", "guarantee")),
    ("Welke debatten zitten er in de transcripten?", "nl", ()),
    ("In which debates did speak?", "en", ()),
    ("Welke debatten gingen over de 13 Oceans?", "nl", ("Oceans",)),
])
def test_the_topic_is_what_is_left_of_the_question_once_its_frame_is_set_aside(text: str, language: str,
                                                                               words: tuple[str, ...]) -> None:
    assert topic_words(text, language) == words


def test_the_debates_that_say_the_topic_are_listed_those_that_say_it_most_first(debates: dict[str, Transcript]) -> None:
    answer = which_debates(PlanDouble("In welke debatten ging het over de politie?", "nl"), "In welke debatten ging het over de politie?",
                           _rows(debates), debates.get)
    assert answer is not None and answer.answerable
    assert [c.doc_title for c in answer.citations] == ["Politie", "Fietsen"]
    assert answer.answer.startswith("Geïndexeerde debatten die “politie” noemen: 2")
    assert "(beurten die het noemen: 4)" in answer.answer  # the chair, Smit's "wijkpolitie", Bakker's "politiebudget", Jansen
    police, bikes = answer.citations
    # Jansen says it most ("politieke" is another word) and before the chair; his first sentence that says it
    assert police.speaker == "Jansen" and police.quote == "Het politieke debat over de politie voer ik graag."
    assert bikes.speaker == "Bakker" and bikes.quote == "De politie doet er niets aan."


def test_a_dutch_word_counts_inside_a_compound_but_not_as_the_start_of_another_word(debates: dict[str, Transcript]) -> None:
    answer = which_debates(PlanDouble("Welke debatten gingen over politie?", "nl", constraints=Constraints(parties=("SP",))),
                           "Welke debatten gingen over politie?", _rows(debates), debates.get)
    assert answer is not None and [(c.speaker, c.quote) for c in answer.citations] == [("Smit", "De wijkpolitie verdwijnt uit de wijken.")]
    political = which_debates(PlanDouble("Which debates mention politiek?", "en"), "Which debates mention politiek?",
                              _rows(debates), debates.get)
    assert political is not None and [c.quote for c in political.citations] == ["Het politieke debat over de politie voer ik graag."]


def test_the_speakers_named_keep_only_their_turns_and_say_so(debates: dict[str, Transcript]) -> None:
    plan = PlanDouble("In which debates did minister Jansen speak about stations?", "en", constraints=Constraints(roles=("minister",)))
    answer = which_debates(plan, "In which debates did speak about stations?", _rows(debates), debates.get)
    assert answer is not None and [(c.speaker, c.doc_title) for c in answer.citations] == [("Jansen", "Fietsen")]
    assert answer.answer.startswith("Indexed debates where the speakers asked about say “stations”: 1")
    wanted = PlanDouble("Which debates did Smit mention bikes in?", "en")
    nobody = which_debates(PlanDouble("In which debates did Smit talk about stallingen?", "en"),
                           "In which debates did talk about stallingen?", _rows(debates), debates.get, ["Smit"])
    assert nobody is not None and not nobody.answerable and not nobody.citations
    assert "In no indexed debate do the speakers asked about say “stallingen”." in nobody.answer
    assert which_debates(wanted, "Which debates did mention bikes in?", _rows(debates), debates.get) is not None


def test_a_topic_no_debate_says_is_not_in_the_transcripts_and_the_search_is_explained(debates: dict[str, Transcript]) -> None:
    english = {**debates, "gb": dataclasses.replace(next(iter(debates.values())), id="gb", language="en", title="Commons")}
    answer = which_debates(PlanDouble("Which debates mention nitrogen?", "en"), "Which debates mention nitrogen?",
                           _rows(english), english.get)
    assert answer is not None and not answer.answerable and not answer.citations
    assert "No indexed debate says “nitrogen”." in answer.answer
    assert "a debate in another language is found only where it uses the same words" in answer.answer


def test_in_which_debate_a_passage_was_said_is_left_to_retrieval(debates: dict[str, Transcript]) -> None:
    question = "In welk debat zei de minister dat de politie geld krijgt?"
    assert which_debates(PlanDouble(question, "nl"), question, _rows(debates), debates.get) is None
    assert which_debates(PlanDouble("What did the minister say about the police?", "en"),
                         "What did the minister say about the police?", _rows(debates), debates.get) is None


def test_the_turn_cited_says_the_words_as_the_question_writes_them(debates: dict[str, Transcript]) -> None:
    question = "Welke debatten noemen bewaakte stallingen?"
    answer = which_debates(PlanDouble(question, "nl"), question, _rows(debates), debates.get)
    assert answer is not None and "(beurten die het noemen: 2)" in answer.answer
    assert [(c.speaker, c.quote) for c in answer.citations] == [("Jansen", "Ik investeer in bewaakte stallingen bij de stations.")]


def test_how_the_words_were_looked_for_is_the_lists_notice_where_the_index_holds_another_language(
        debates: dict[str, Transcript]) -> None:
    english = {**debates, "gb": dataclasses.replace(next(iter(debates.values())), id="gb", language="en", title="Commons")}
    question = "Welke debatten gingen over politie?"
    answer = which_debates(PlanDouble(question, "nl"), question, _rows(english), english.get)
    assert answer is not None and answer.answerable and answer.notice is not None
    assert answer.notice.startswith("(De woorden zijn gezocht zoals ze geschreven zijn")
    assert "gezocht" not in answer.answer  # the answer's lines stay the list's


def test_in_a_debate_of_another_language_a_word_the_glossary_holds_is_looked_for_in_its_gloss(
        debates: dict[str, Transcript]) -> None:
    """"Which debates discussed the police?" found only "Policies" of a Dutch debate; the parliament
    profile's glossary of title words has "police" = "politie"."""
    question = "Which debates discussed the police?"
    answer = which_debates(PlanDouble(question, "en"), question, _rows(debates), debates.get)
    assert answer is not None and [c.doc_title for c in answer.citations] == ["Politie", "Fietsen"]
    assert answer.notice is not None and "“police” → “politie”" in answer.notice


def test_a_word_the_question_glosses_in_brackets_is_looked_for_in_its_gloss(debates: dict[str, Transcript]) -> None:
    """"Which debates talked about nitrogen (stikstof)?" was refused: both words were looked for in
    one turn, and no Dutch turn says "nitrogen" (`dev-structure-30`, written blind)."""
    question = "Which debates talked about bike theft (fietsendiefstal)?"
    answer = which_debates(PlanDouble(question, "en"), question, _rows(debates), debates.get)
    assert answer is not None and answer.answerable and [c.doc_title for c in answer.citations] == ["Fietsen"]
    assert answer.answer.startswith("Indexed debates that say “bike”, “theft”")
    assert answer.notice is not None and "“bike theft” → “fietsendiefstal”" in answer.notice


@pytest.mark.parametrize(("text", "left", "glosses"), [
    ("Which debates talked about nitrogen (stikstof)?", "Which debates talked about nitrogen?", {"nitrogen": "stikstof"}),
    ("Which debates discussed the teachers register (lerarenregister)?", "Which debates discussed the teachers register?",
     {"teachers register": "lerarenregister"}),
    ("Which debates discussed the police?", "Which debates discussed the police?", {}),
])
def test_the_glosses_a_question_gives_in_brackets(text: str, left: str, glosses: dict[str, str]) -> None:
    assert own_glosses(text, "en") == (left, glosses)
