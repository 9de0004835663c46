"""The feedback log: one whole JSON object per line, even when many users click at once."""

from __future__ import annotations

import json
import threading

import pytest

from assistant.web.feedback import FeedbackLog

ANSWER = {
    "question": "What did the minister say about 13 Oceans?",
    "answer": "Minister Blok said: “…” [1]",
    "answerable": True,
    "citations": [{"n": 1, "turn_id": "kst:t0084", "doc_id": "kst", "doc_title": "AO", "date": "2017-02-16",
                   "speaker": "Blok", "party": None, "role": "minister", "quote": "…", "text": "the whole turn"}],
    "closest": [],
    "filters": {"speakers": ["blok"]},
    "backend": "extractive",
}


def test_a_record_keeps_question_answer_citations_and_a_utc_timestamp(tmp_path) -> None:
    log = FeedbackLog(tmp_path / "sub" / "feedback.jsonl")
    log.record("wrong", ANSWER, source="ui")
    (record,) = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert record["rating"] == "wrong" and record["source"] == "ui"
    assert record["question"] == ANSWER["question"] and record["answer"] == ANSWER["answer"]
    assert record["citations"][0]["turn_id"] == "kst:t0084" and "text" not in record["citations"][0]
    assert record["timestamp"].endswith("+00:00")


def test_an_unknown_rating_is_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match="helpful, wrong"):
        FeedbackLog(tmp_path / "f.jsonl").record("meh", ANSWER, source="ui")  # type: ignore[arg-type]


def test_concurrent_records_stay_whole_lines(tmp_path) -> None:
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    long_answer = {**ANSWER, "answer": "x" * 20_000}

    def click(worker: int) -> None:
        for i in range(25):
            log.record("helpful" if i % 2 else "wrong", {**long_answer, "question": f"{worker}-{i}"}, source="ui")

    threads = [threading.Thread(target=click, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    records = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["question"] for r in records) == sorted(f"{w}-{i}" for w in range(8) for i in range(25))
