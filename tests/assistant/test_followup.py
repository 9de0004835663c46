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
