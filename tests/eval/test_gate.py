"""The regression gate: thresholds, tolerances, per-question flips, baseline updates, and a whole
run on a scripted assistant (no model)."""

from __future__ import annotations

import json
from pathlib import Path

from eval_fakes import DOC, QUESTIONS, FakeAssistant

from eval.collect import configure, fast_subset, select_questions
from eval.gate import evaluate, load_baseline, updated_baseline
from eval.golden_set import load_questions
from eval.runner import failures, run_eval

BASELINE = {
    "version": 1,
    "metrics": {
        "retrieval.hit@5": {"threshold": 0.9, "tolerance": 0.04, "baseline": {"full": 0.95, "fast": 1.0}},
        "answers.key_fact_recall": {"threshold": None, "tolerance": 0.05, "baseline": {"full": 0.80}},
        "attribution.wrong_speakers": {"threshold": 0, "tolerance": 0, "direction": "lower", "baseline": {"full": 0}},
    },
    "questions": {"q1": {"retrieval": True, "key_facts": False}},
}


def test_a_run_at_the_baseline_passes() -> None:
    gate = evaluate({"retrieval.hit@5": 0.95, "answers.key_fact_recall": 0.80, "attribution.wrong_speakers": 0.0},
                    {}, {}, BASELINE, "full")
    assert gate.passed and gate.exit_code == 0
    assert gate.verdict.startswith("PASS")


def test_a_metric_below_its_threshold_fails_and_is_named() -> None:
    gate = evaluate({"retrieval.hit@5": 0.85, "answers.key_fact_recall": 0.80}, {}, {}, BASELINE, "full")
    assert gate.exit_code == 1
    assert gate.failures == ["retrieval.hit@5 0.85 < threshold 0.9"]
    assert "retrieval.hit@5" in gate.verdict


def test_a_drop_beyond_tolerance_fails_even_above_the_threshold() -> None:
    gate = evaluate({"retrieval.hit@5": 0.95, "answers.key_fact_recall": 0.70}, {}, {}, BASELINE, "full")
    assert not gate.passed
    assert gate.failures[0].startswith("answers.key_fact_recall 0.7, baseline 0.8: worse by 0.1")


def test_a_drop_within_tolerance_passes() -> None:
    assert evaluate({"retrieval.hit@5": 0.92, "answers.key_fact_recall": 0.76}, {}, {}, BASELINE, "full").passed


def test_lower_is_better_metrics_fail_when_they_rise() -> None:
    gate = evaluate({"attribution.wrong_speakers": 1.0}, {}, {}, BASELINE, "full")
    assert gate.failures == ["attribution.wrong_speakers 1 > threshold 0"]


def test_each_subset_is_compared_with_its_own_baseline_value() -> None:
    gate = evaluate({"retrieval.hit@5": 0.95}, {}, {}, BASELINE, "fast")
    assert gate.failures == ["retrieval.hit@5 0.95, baseline 1: worse by 0.05 (tolerance 0.04)"]


def test_unmeasured_metrics_and_latency_do_not_gate() -> None:
    gate = evaluate({"retrieval.hit@5": None, "latency.total.p95": 99999.0}, {}, {}, BASELINE, "full")
    assert gate.passed
    statuses = {r["metric"]: r["status"] for r in gate.rows}
    assert statuses["retrieval.hit@5"] == "n/a" and statuses["latency.total.p95"] == "report"


def test_checks_that_flip_from_pass_to_fail_are_named_with_their_reason() -> None:
    gate = evaluate({}, {"q1": {"retrieval": False, "key_facts": True}}, {"q1": {"retrieval": "rank 7"}}, BASELINE, "full")
    assert gate.flips == ["q1: retrieval passed in the baseline, fails now (rank 7)"]
    assert gate.fixed == ["q1: key_facts failed in the baseline, passes now"]
    assert gate.passed  # flips are reported; the metrics' tolerances gate


def test_updating_the_baseline_keeps_thresholds_and_records_values_and_checks() -> None:
    new = updated_baseline(BASELINE, {"full": {"retrieval.hit@5": 0.97123, "latency.total.p50": 5.0}},
                           {"q2": {"retrieval": True}}, {"top_k": 5})
    assert new["metrics"]["retrieval.hit@5"] == {"threshold": 0.9, "tolerance": 0.04, "direction": "higher",
                                                 "baseline": {"full": 0.9712, "fast": 1.0}}
    assert "latency.total.p50" not in new["metrics"]
    assert new["questions"] == {"q1": {"retrieval": True, "key_facts": False}, "q2": {"retrieval": True}}
    assert new["config"] == {"top_k": 5}


def test_a_missing_baseline_file_means_default_rules(tmp_path: Path) -> None:
    assert load_baseline(tmp_path / "none.json")["metrics"] == {}


# --- whole runs on the scripted assistant -----------------------------------------------------


def test_a_good_run_scores_every_metric(fake_assistant: FakeAssistant, question_file: Path) -> None:
    result = run_eval(fake_assistant, load_questions(question_file))
    metrics = result["metrics"]
    assert metrics["retrieval.hit@1"] == 1.0 and metrics["retrieval.mrr@10"] == 1.0
    assert metrics["answers.key_fact_recall"] == 1.0 and metrics["citations.recall"] == 1.0
    assert metrics["abstention.accuracy"] == 1.0 and metrics["adversarial.pass_rate"] == 1.0
    assert metrics["attribution.wrong_speakers"] == 0.0 and metrics["quotes.fidelity"] == 1.0
    assert metrics["latency.total.p50"] == 7.0
    assert result["judge"] == {"status": "skipped", "reason": "no LLM configured (settings.llm = none)"}
    assert result["groups"]["tag:cross-lingual"]["n"] == 1
    assert failures(result) == []
    json.dumps(result)  # the result is JSON as it stands


def test_a_worse_run_fails_the_gate_against_the_good_baseline(fake_assistant: FakeAssistant, question_file: Path,
                                                              tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    questions = load_questions(question_file)
    first = run_eval(fake_assistant, questions, baseline_path=baseline, update_baseline=True)
    assert first["gate"]["passed"] and json.loads(baseline.read_text())["metrics"]["retrieval.hit@5"]["baseline"]["full"] == 1.0

    worse = FakeAssistant(dict(fake_assistant.script))
    q_ckm, q_un = QUESTIONS[1]["question"], QUESTIONS[2]["question"]
    worse.script[q_ckm] = ([f"{DOC}:t0000", f"{DOC}:t0002"], [f"{DOC}:t0000"])  # wrong turn, wrong speaker
    worse.script[q_un] = ([f"{DOC}:t0000"], [f"{DOC}:t0000"])  # answers the unanswerable one
    second = run_eval(worse, questions, baseline_path=baseline)
    gate = second["gate"]
    assert gate["exit_code"] == 1
    assert any(f.startswith("retrieval.hit@5 0.5 < threshold 0.9") for f in gate["failures"])
    assert any(f.startswith("attribution.wrong_speakers 1 > threshold 0") for f in gate["failures"])
    assert "vs-ckm-002: retrieval passed in the baseline, fails now (no gold turn in the top 10)" in gate["flips"]
    assert any(f.startswith("vs-un-003: abstained passed in the baseline") for f in gate["flips"])
    assert second["wrong_speakers"] == [{"question": "vs-ckm-002", "cited": "Blok", "expected": ["Van Nispen"],
                                         "turn_id": f"{DOC}:t0000"}]
    worst = failures(second)
    assert [row["id"] for row in worst] == ["vs-ckm-002", "vs-un-003"]


def test_random_ranking_degrades_answers_through_the_public_retrieve(fake_assistant: FakeAssistant) -> None:
    degraded = configure(fake_assistant, degrade="random-ranking")
    question = QUESTIONS[1]["question"]
    assert degraded.retrieve(question)[1] == degraded.retrieve(question)[1]  # seeded: repeatable
    assert fake_assistant.retrieve is not degraded.retrieve  # the original is untouched
    assert configure(fake_assistant, top_k=1).settings.top_k == 1 and fake_assistant.settings.top_k == 5


def test_follow_ups_replay_their_history_as_answers(fake_assistant: FakeAssistant, tmp_path: Path) -> None:
    follow = {**QUESTIONS[0], "id": "vs-follow-004", "question": "En wat zei hij over het geld?",
              "history": [{"question": QUESTIONS[0]["question"]}], "tags": ["follow-up", "speaker-specific", "dutch"]}
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(follow) + "\n", encoding="utf-8")
    seen = []
    fake_assistant.script[follow["question"]] = fake_assistant.script[QUESTIONS[0]["question"]]
    original = fake_assistant.ask

    def ask(question, history=None, filters=None):
        seen.append((question, [a.question for a in history or []]))
        return original(question, history, filters)

    fake_assistant.ask = ask
    result = run_eval(fake_assistant, load_questions(path))
    assert seen == [(QUESTIONS[0]["question"], []), (follow["question"], [QUESTIONS[0]["question"]])]
    assert result["metrics"]["retrieval.hit@1"] == 1.0


def test_the_fast_subset_covers_every_tag_and_format_deterministically() -> None:
    questions = select_questions([Path(__file__).resolve().parents[2] / "eval" / "golden"])
    subset = fast_subset(questions)
    assert 38 <= len(subset) <= 45
    assert {t for q in subset for t in q.tags} == {t for q in questions for t in q.tags}
    assert {q.source.split(":")[0].rsplit("/", 1)[-1] for q in subset} == {"verslag.jsonl", "vlos.jsonl", "parlamint.jsonl"}
    assert [q.id for q in fast_subset(list(reversed(questions)))] == [q.id for q in reversed(subset)]
