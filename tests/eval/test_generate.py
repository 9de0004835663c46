"""Draft questions: valid golden format, gold phrases that resolve, never loaded until reviewed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.generate import anchors, draft_questions, drafts_path, write_drafts
from eval.golden_set import GoldenSetError, load_questions, resolve_gold_turns
from ingest.detect import parse_file

VERSLAG = Path(__file__).resolve().parents[2] / "corpus" / "verslag" / "tk-28638-157-ao-mensenhandel-2017-02-16.txt"


@pytest.fixture(scope="module")
def verslag():
    return parse_file(VERSLAG)


def test_anchors_find_amounts_acronyms_and_names_but_not_the_first_word() -> None:
    found = {(a.kind, a.text) for a in anchors("Voor AVIM komt er 1 miljoen extra vrij, zei Dettmeijer gisteren.")}
    assert {("number", "1 miljoen"), ("name", "AVIM"), ("name", "Dettmeijer")} <= found
    assert ("name", "Voor") not in found


def test_drafts_resolve_to_their_turn_and_carry_reviewed_false(verslag, tmp_path: Path) -> None:
    drafts = draft_questions(verslag, n=6)
    assert len(drafts) == 6
    assert all(d["reviewed"] is False and d["id"].startswith("vs-draft-") for d in drafts)
    reviewed = tmp_path / "reviewed.jsonl"
    write_drafts([{**d, "reviewed": True} for d in drafts], reviewed)
    questions = load_questions(reviewed)
    for q in questions:
        [turn_id] = resolve_gold_turns(q, {verslag.id: verslag})
        turn = next(t for t in verslag.turns if t.id == turn_id)
        assert q.key_facts[0].lower() in turn.text.lower()


def test_the_loader_refuses_an_unreviewed_draft(verslag, tmp_path: Path) -> None:
    path = write_drafts(draft_questions(verslag, n=1), tmp_path / "drafts.jsonl")
    with pytest.raises(GoldenSetError, match="not reviewed yet"):
        load_questions(path)


def test_a_model_words_the_question_when_its_fact_is_verbatim(verslag) -> None:
    calls = []

    def complete(prompt: str) -> str:
        calls.append(prompt)
        if len(calls) > 1:
            return "no json here"  # unusable: the template is the fallback
        turn = prompt.split("Turn:\n", 1)[1]
        return json.dumps({"question": "Waar ging het over?", "key_fact": " ".join(turn.split()[:4])})

    drafts = draft_questions(verslag, n=2, complete=complete)
    assert drafts[0]["question"] == "Waar ging het over?" and "(LLM)" in drafts[0]["notes"]
    assert drafts[1]["question"] != "Waar ging het over?" and "(template)" in drafts[1]["notes"]


def test_drafts_go_to_eval_drafts_named_after_the_document() -> None:
    assert drafts_path("vlos-61715b27").parts[-2:] == ("drafts", "vlos-61715b27.jsonl")
