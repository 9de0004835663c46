"""Follow-up rewriting treats the earlier question as text, and reads one history item only."""

from __future__ import annotations

import pytest

from assistant.constraints import Constraints
from assistant.followup import condense, last_exchange
from ingest.errors import InvalidQuestionError, QuestionTooLongError


@pytest.mark.parametrize("topic", [r"C:\temp\plan", r"the \g<0> group", r"\1 and \n", "back\\slash"])
def test_a_backslash_or_group_reference_in_the_earlier_topic_is_carried_over_literally(topic) -> None:
    history = [{"question": f"What did the minister say about {topic}?"}]
    condensed = condense("And what did Van Laar say about that?", history, Constraints())
    assert condensed.question == f"And what did Van Laar say about {topic}?"


def test_a_dutch_follow_up_carries_an_escape_like_topic_literally() -> None:
    history = [{"question": r"Wat zei de minister over \g<0>?"}]
    condensed = condense("wat zei de SP daarover?", history, Constraints())
    assert condensed.question == r"wat zei de SP over \g<0>?"


def test_only_the_last_history_item_is_read() -> None:
    history = [{"question": "first", "filters": {"speakers": ["blok"]}}, {"question": "second about oceans"}]
    assert last_exchange(history, 2000)["question"] == "second about oceans"


def test_every_history_question_is_held_to_the_question_limit() -> None:
    history = [{"question": "x" * 2001}, {"question": "fine"}]
    with pytest.raises(QuestionTooLongError, match="history item 1: question is 2001 characters long"):
        last_exchange(history, 2000)


@pytest.mark.parametrize(
    ("history", "message"),
    [
        ([42], "history item 1 must be an object"),
        ([{"question": 42}], "history item 1: question must be text"),
        ([{"standalone_question": ["a"]}], "standalone_question must be text"),
        ([{"question": "q", "filters": "speakers"}], "filters must be an object"),
        ([{"question": "q", "citations": [1]}], "citations must be objects with a doc_id"),
        ([{"question": "q", "citations": [{}]}], "citations must be objects with a doc_id"),
        ([{"question": "q", "citations": "kst"}], "citations must be objects with a doc_id"),
        ([{"question": "\ud800"}], "not valid Unicode"),
    ],
)
def test_a_malformed_history_item_is_an_invalid_question_error_naming_it(history, message) -> None:
    with pytest.raises(InvalidQuestionError, match=message):
        last_exchange(history, 2000)


def test_malformed_filters_of_the_earlier_answer_are_an_invalid_question_error() -> None:
    history = [{"question": "q", "filters": {"speakers": 5}}]
    with pytest.raises(InvalidQuestionError, match="filters are malformed"):
        condense("and what did he say?", history, Constraints())


@pytest.mark.parametrize(("question", "previous", "standalone"), [
    ("En kreeg die motie dan alsnog oordeel Kamer?",
     "Welk oordeel gaf de staatssecretaris over de motie van Westerveld om elke drie maanden te rapporteren?",
     "En kreeg de motie van Westerveld om elke drie maanden te rapporteren dan alsnog oordeel Kamer?"),
    ("And was that motion ever put to a vote?", "Why did the minister advise against the motion on free transport?",
     "And was the motion on free transport ever put to a vote?"),
    ("Wat vond de minister van die motie?", "Wat zei Bakker over gratis vervoer?",  # no motion asked about before
     "Wat vond de minister van die motie?"),
])
def test_a_motion_the_follow_up_points_back_to_is_the_one_asked_about_before(question: str, previous: str,
                                                                          standalone: str) -> None:
    """"En toen Westerveld voorstelde om er elke zes maanden van te maken, kreeg die motie dan alsnog
    oordeel Kamer?" found no motion: "die motie" named none (`dev-structure-21`)."""
    assert condense(question, [{"question": previous}], Constraints()).question == standalone


def test_a_follow_up_on_what_was_said_then_carries_the_topic() -> None:
    """"toen ze daarop doorvroeg": on the previous question's topic."""
    condensed = condense("En wat antwoordde hij toen Piri daarop doorvroeg?",
                         [{"question": "Wat vroeg Piri over het Internationaal Strafhof?"}], Constraints())
    assert condensed.question == "En wat antwoordde hij toen Piri over het Internationaal Strafhof doorvroeg?"


def test_ervan_points_back_to_the_previous_questions_topic_and_debate() -> None:
    """"Is dat nou een toezegging geworden, en wanneer hoort de Kamer ervan?" lost the debate and the
    topic of the question before it (`dev-structure-34`)."""
    history = [{"question": "Wat vroeg Koops over slachtoffers bij strafbeschikkingen?",
                "filters": {"speakers": ["koops"], "doc_ids": ["sb"]}}]
    condensed = condense("Is dat nou een toezegging geworden, en wanneer hoort de Kamer ervan?", history, Constraints())
    assert condensed.is_followup and condensed.inherited.doc_ids == ("sb",)
    assert "ervan" not in condensed.question and "strafbeschikkingen" in condensed.question
    # "ervoor" is mostly a set phrase ("ervoor zorgen dat"): no topic of its own
    own = condense("Wie heeft ervoor gezorgd dat de brief kwam?", history, Constraints())
    assert not own.is_followup and own.question == "Wie heeft ervoor gezorgd dat de brief kwam?"


def test_a_pronoun_after_an_answer_that_found_who_means_that_person() -> None:
    """"And did the minister promise him anything on that?" after "Who asked whether organisations
    follow the Laundry Bear report's recommendations?" means the member it found, Olger van Dijk."""
    found = {"question": "Who asked about the Laundry Bear report?", "filters": {"doc_ids": ["mivd"]},
             "answerable": True, "citations": [{"doc_id": "mivd", "speaker": "Olger van Dijk"}]}
    condensed = condense("And did the minister promise him anything?", [found], Constraints(roles=("minister",)))
    assert condensed.question == "And did the minister promise Olger van Dijk anything?"
    assert condense("En wat zei hij daarna?", [found], Constraints()).question == "En wat zei Olger van Dijk daarna?"
    # a possessive is not the person: "her motion" stays
    assert "her motion" in condense("And what happened to her motion?", [found], Constraints()).question


def test_a_pronoun_after_a_question_that_named_someone_or_after_a_refusal_is_left_as_written() -> None:
    named = {"question": "What did Van Dijk ask?", "filters": {"speakers": ["van dijk"]}, "answerable": True,
             "citations": [{"doc_id": "mivd", "speaker": "Olger van Dijk"}]}
    assert condense("And what did he say next?", [named], Constraints()).question == "And what did he say next?"
    refused = {"question": "Who asked about bananas?", "filters": {}, "answerable": False,
               "citations": [{"doc_id": "mivd", "speaker": "Olger van Dijk"}]}
    assert condense("And what did he say next?", [refused], Constraints()).question == "And what did he say next?"
