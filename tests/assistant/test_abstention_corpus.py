"""On the real sample corpus, answerable questions that a refusal rule used to turn away although
their answer was among the passages found are answered, quoting the turn that holds the answer:
a compound whose first part the index holds only stemmed, a person the question says someone else
spoke about, and the letters of an abbreviation that a denying sentence repeats (issue 9).

The questions are development questions (`eval/dev/`, never golden ones), read by id so that the
test and the dev set cannot drift apart; each is checked against a phrase of its gold turn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DEV = Path(__file__).resolve().parents[2] / "eval" / "dev"


def _row(question_id: str) -> dict[str, object]:
    for path in sorted(DEV.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] == question_id:
                return dict(row)
    raise AssertionError(f"{question_id} is not in {DEV}")


@pytest.mark.parametrize("question_id", [
    "dev-a-vs-routes-009",  # "samenvoegen": "samen" is indexed as "sam"
    "dev-a-lr-directeur-041",  # "schooldirecteur": "school" is indexed as "schol"
    "dev-c-vws-508-019",  # "onderuitputtingsposten": a linking s and a stemmed first part
    "xl-gb-harrison-004",  # "Welke ervaring heeft Rupert Harrison volgens de Chancellor?"
    "dev-c-eco-rdplan-099",  # "R&D-actieplan" over "Je kan niet zomaar R&D kopen"
])
def test_an_answerable_question_a_refusal_rule_turned_away_quotes_its_gold_turn(corpus_assistant, question_id: str) -> None:
    row = _row(question_id)
    answer = corpus_assistant.ask(str(row["question"]))
    assert answer.answerable and not answer.filters["evidence"]["missing_terms"]
    gold = row["gold_turns"]
    assert isinstance(gold, list)
    phrases = [str(g["phrase"]) for g in gold]
    assert any(p in c.text for c in answer.citations for p in phrases)
