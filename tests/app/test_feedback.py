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


def test_a_huge_record_is_cut_to_its_limits_and_marked_truncated(tmp_path) -> None:
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    huge = {**ANSWER, "question": "q" * 100_000, "answer": "a" * 1_000_000,
            "citations": [{**ANSWER["citations"][0], "quote": "x" * 50_000, "doc_title": "t" * 10_000}] * 500,
            "closest": ["not an object", 7], "filters": {"speakers": ["s" * 500] * 500, "evidence": {"margin": 0.1}}}
    log.record("wrong", huge, source="api", comment="c" * 10_000)
    data = log.path.read_bytes()
    assert len(data) <= 64 * 1024
    record = json.loads(data)
    assert record["truncated"] is True
    assert len(record["question"]) <= 2001 and len(record["answer"]) <= 8001 and len(record["comment"]) <= 2001
    assert len(record["citations"]) == 10 and record["closest"] == []
    assert len(record["filters"]["speakers"]) == 10 and record["filters"]["evidence"] == {"margin": 0.1}


def test_a_record_of_many_wide_characters_still_fits_the_record_limit(tmp_path) -> None:
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    wide = "\U0001f600" * 10_000
    answer = {**ANSWER, "question": wide, "answer": wide,
              "citations": [{key: wide for key in ("turn_id", "doc_id", "doc_title", "speaker", "quote")}] * 10}
    log.record("wrong", answer, source="api", comment=wide)
    assert len(log.path.read_bytes()) <= 64 * 1024


def test_a_normal_record_is_not_marked_truncated(tmp_path) -> None:
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    assert log.record("helpful", ANSWER, source="ui")["truncated"] is False


def test_the_log_is_rotated_by_size_keeping_the_configured_number_of_old_files(tmp_path) -> None:
    log = FeedbackLog(tmp_path / "feedback.jsonl", max_bytes=2_000, backups=2)
    for n in range(40):
        log.record("wrong", {**ANSWER, "question": f"question {n}"}, source="api")
    files = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("feedback.jsonl") and not p.name.endswith(".lock"))
    assert files == ["feedback.jsonl", "feedback.jsonl.1", "feedback.jsonl.2"]
    assert all((tmp_path / name).stat().st_size <= 2_000 for name in files)
    newest = [json.loads(line)["question"] for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert newest[-1] == "question 39"
    kept = [json.loads(line)["question"] for name in reversed(files) for line in
            (tmp_path / name).read_text(encoding="utf-8").splitlines()]
    assert kept == [f"question {n}" for n in range(40 - len(kept), 40)]  # nothing lost but the oldest files
