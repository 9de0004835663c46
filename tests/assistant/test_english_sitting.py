"""The English ParlaMint-GB sitting (the Chancellor's Economic Update, 17 October 2022) answers
questions asked in English and in Dutch: "the Chancellor" is whoever the metadata says held the
office that day, the quote is his, and it starts at a sentence.

The questions are the development questions of `eval/dev/dev-gb.jsonl` (never the golden ones),
read by id so that the test and the dev set cannot drift apart."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DEV_GB = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev-gb.jsonl"
SITTING = "ParlaMint-GB_2022-10-17-commons"
_SENTENCE_END = re.compile(r"(?:^|[.!?…:;”\"’)\]—-]|\n)\s*$")  # a paragraph break ends a sentence too


def _dev_question(question_id: str) -> dict[str, object]:
    for line in DEV_GB.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == question_id:
            return row
    raise AssertionError(f"{question_id} is not in {DEV_GB}")


@pytest.mark.parametrize(("question_id", "speakers"), [
    ("dev-gb-fiscal-plan-004", None),                             # English, names no one
    ("dev-gb-37-miljard-011", {"Jeremy Hunt"}),                   # Dutch, "volgens de Chancellor"
    # Dutch, "wat antwoordde Hunt op de vraag van Redwood": an exchange question, answered with
    # Redwood's question and then Hunt's reply (issue 10), so only those two speak
    ("dev-gb-groei-antwoord-009", {"Jeremy Hunt", "John Redwood"}),
])
def test_the_chancellors_turn_is_cited_as_his_in_english_and_in_dutch(corpus_assistant, question_id: str,
                                                                     speakers: set[str] | None) -> None:
    row = _dev_question(question_id)
    gold = row["gold_turns"]
    assert isinstance(gold, list)
    answer = corpus_assistant.ask(str(row["question"]))
    assert answer.answerable, answer.answer
    assert answer.language == row["language"]
    hunt = [c for c in answer.citations if c.doc_id == SITTING and c.speaker == "Jeremy Hunt"]
    assert hunt, [(c.speaker, c.turn_id) for c in answer.citations]
    first = hunt[0]
    assert (first.role, first.party, first.function) == ("minister", "Conservative", "Chancellor of the Exchequer")
    assert any(" ".join(g["phrase"].split()) in " ".join(c.text.split()) for c in hunt for g in gold)
    if speakers is not None:  # the question names who spoke: no one else's words
        assert {c.speaker for c in answer.citations} <= speakers, [c.speaker for c in answer.citations]
    for c in hunt:  # a quote never starts mid-sentence ("Friend will be aware, ...")
        assert c.text[c.quote_start : c.quote_end] == c.quote
        assert _SENTENCE_END.search(c.text[: c.quote_start]), c.text[max(0, c.quote_start - 40) : c.quote_start + 40]


def test_the_chancellor_in_a_dutch_question_is_jeremy_hunt(corpus_assistant) -> None:
    plan = corpus_assistant.plan(str(_dev_question("dev-gb-gesprekken-005")["question"]))
    assert plan.constraints.speakers == ("jeremy hunt",)
    assert plan.office is not None and plan.office.held
