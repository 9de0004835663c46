"""`run_eval`: the one core call behind `debate eval` (and the tests that gate CI).

Ask every question, score it, add the optional judge tier, and compare with the baseline. The
result is one JSON-able dict; the terminal table, the Markdown/HTML report and ``--json`` all
render that same dict, so they cannot disagree.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from eval import metrics as m
from eval.collect import QuestionRun, collect, fast_subset
from eval.gate import evaluate, load_baseline, save_baseline, updated_baseline
from eval.golden_set import GoldQuestion
from eval.judge import judge_runs
from eval.scoring import (
    QuestionScore,
    aggregate,
    confidence_calibration,
    confusion,
    groups,
    score_question,
)
from eval.support import EmbeddingSupport
from ingest.models import TurnId


def turn_text(assistant: Any, turn_id: str) -> str | None:
    """The text of a turn by id (``<doc_id>:t<index>``), from the index's stored transcript."""
    try:
        where = TurnId.parse(turn_id)
    except ValueError:
        return None
    transcript = assistant.transcript(where.doc_id)
    if transcript is None or where.index >= len(transcript.turns):
        return None
    return str(transcript.turns[where.index].text)


def needs_semantic_support(runs: Sequence[QuestionRun]) -> bool:
    """Whether any answer makes a claim without quoting (a generative answer)."""
    return any(
        not m.claimed_quotes(st.text)
        for r in runs if r.answer.answerable
        for st in m.split_statements(r.answer.answer)
    )


def support_judge(assistant: Any, runs: Sequence[QuestionRun]) -> tuple[m.Support, dict[str, Any]]:
    """`eval.metrics.verbatim_support` when every claim quotes; otherwise the embedder judge,
    calibrated on this run's questions against their gold turns and best non-gold turn."""
    if not needs_semantic_support(runs):
        return m.verbatim_support, {"judge": "verbatim"}
    supported, unsupported = [], []
    for r in runs:
        if not r.question.answerable or r.error:
            continue
        for turn_id in r.gold:
            if (text := turn_text(assistant, turn_id)) is not None:
                supported.append((r.question.question, text))
        other = next((t for t in r.ranked if t not in r.gold), None)
        if other is not None and (text := turn_text(assistant, other)) is not None:
            unsupported.append((r.question.question, text))
    if not supported or not unsupported:
        return m.verbatim_support, {"judge": "verbatim", "note": "too few pairs to calibrate the embedder judge"}
    judge = EmbeddingSupport.calibrate(assistant.embedder, supported, unsupported)
    return judge, {"judge": "embedding", "threshold": judge.threshold, "calibration_accuracy": judge.calibration_accuracy,
                   "pairs": len(supported) + len(unsupported)}


def llm_complete(assistant: Any) -> tuple[Callable[[str], str] | None, str]:
    """The configured model's ``complete``, or None with the reason the judge tier is skipped."""
    if assistant.settings.llm == "none":
        return None, "no LLM configured (settings.llm = none)"
    llm = getattr(assistant.backend, "llm", None)
    if llm is None or not callable(getattr(llm, "complete", None)):
        return None, f"the {assistant.settings.llm} backend offers no complete()"
    return llm.complete, ""


def _wrong_speakers(scores: Sequence[QuestionScore]) -> list[dict[str, Any]]:
    return [{"question": w.question_id, "cited": w.cited, "expected": list(w.expected), "turn_id": w.turn_id}
            for s in scores for w in s.wrong]


def run_eval(assistant: Any, questions: Sequence[GoldQuestion], *, subset: str = "full",
             config: Mapping[str, Any] | None = None, baseline_path: Path | None = None,
             update_baseline: bool = False, progress: Callable[[int, GoldQuestion], None] | None = None) -> dict[str, Any]:
    """Run, score and gate ``questions`` on ``assistant``; returns the result dict.

    With ``update_baseline`` the baseline file is rewritten with this run's values (both subsets
    when the full set ran, since the fast subset's numbers follow from it); the gate then checks
    only the thresholds.
    """
    started = time.time()
    runs = collect(assistant, questions, progress)
    support, support_info = support_judge(assistant, runs)
    scores = [score_question(r, support) for r in runs]
    metrics = aggregate(scores)
    complete, reason = llm_complete(assistant)
    judge = judge_runs([(r.question.question, r.answer) for r in runs], complete, reason)
    metrics.update(judge.get("metrics", {}))
    by_subset = {subset: metrics}
    if subset == "full":
        fast_ids = {q.id for q in fast_subset(questions)}
        by_subset["fast"] = aggregate([s for s in scores if s.id in fast_ids], with_latency=False)
    checks = {s.id: s.checks for s in scores}
    reasons = {s.id: s.reasons for s in scores}
    baseline = load_baseline(baseline_path) if baseline_path else {"metrics": {}, "questions": {}}
    run_config = dict(config or {})
    if update_baseline and baseline_path is not None:
        before = evaluate(metrics, checks, reasons, baseline, subset)
        baseline = updated_baseline(baseline, by_subset, checks, run_config)
        save_baseline(baseline, baseline_path)
    gate = evaluate(metrics, checks, reasons, baseline, subset)
    if update_baseline and baseline_path is not None:
        gate.flips, gate.fixed = before.flips, before.fixed
    return {
        "version": 1,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "runtime_s": round(time.time() - started, 1),
        "subset": subset,
        "config": run_config,
        "questions": len(scores),
        "metrics": metrics,
        "subsets": by_subset,
        "groups": groups(scores),
        "confusion": confusion(scores),
        "calibration": confidence_calibration(scores),
        "wrong_speakers": _wrong_speakers(scores),
        "support": support_info,
        "judge": {k: v for k, v in judge.items() if k != "metrics"},
        "per_question": {s.id: s.to_dict() for s in scores},
        "gate": gate.to_dict(),
        "baseline_updated": bool(update_baseline and baseline_path is not None),
    }


def failures(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Failing questions, worst first (most failed checks; retrieval and abstention misses first)."""
    weight = {"gold": 5, "retrieval": 3, "abstained": 3, "answered": 3, "speaker": 3, "quotes": 3, "adversarial": 2}
    rows = []
    for qid, q in result["per_question"].items():
        failed = [c for c, ok in q["checks"].items() if not ok]
        if failed:
            rows.append({"id": qid, "question": q["question"], "tags": q["tags"], "failed": failed,
                         "reasons": {c: q["reasons"].get(c, "") for c in failed},
                         "weight": sum(weight.get(c, 1) for c in failed)})
    return sorted(rows, key=lambda r: (-r["weight"], r["id"]))
