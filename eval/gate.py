"""The regression gate: thresholds, tolerances and the baseline in ``eval/baseline.json``.

Two rules per metric, because each alone lets a regression through. A *threshold* is the product
floor (hit@5 >= 0.9, no wrong speaker, every quote verbatim): it holds even after a baseline was
updated carelessly. A *tolerance* is the largest drop allowed from the last accepted value: it
catches a change that makes things worse while still above the floor. Values are stored per
subset (``full``, ``fast``), since the CI subset has its own numbers.

The baseline also keeps every question's pass/fail checks, so a run names each check that went
from pass to fail; those flips are reported, not gated (a metric's tolerance decides), because a
single borderline question may legitimately flip when retrieval is retuned.

Exit codes: 0 pass, 1 regression (`REGRESSION_EXIT`), 2 usage error (from the CLI).
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BASELINE_FILE = Path(__file__).resolve().parent / "baseline.json"
REGRESSION_EXIT = 1
EPSILON = 1e-9

DEFAULT_RULES: dict[str, dict[str, Any]] = {
    "retrieval.hit@1": {"threshold": None, "tolerance": 0.05},
    "retrieval.hit@5": {"threshold": 0.9, "tolerance": 0.04},
    "retrieval.mrr@10": {"threshold": None, "tolerance": 0.05},
    "retrieval.recall@10": {"threshold": None, "tolerance": 0.05},
    "answers.key_fact_recall": {"threshold": None, "tolerance": 0.05},
    "answers.cites_gold": {"threshold": None, "tolerance": 0.05},
    "citations.validity": {"threshold": 1.0, "tolerance": 0.0},
    "citations.precision": {"threshold": None, "tolerance": 0.04},
    "citations.recall": {"threshold": None, "tolerance": 0.04},
    "attribution.accuracy": {"threshold": None, "tolerance": 0.04},
    "attribution.wrong_speakers": {"threshold": 0.0, "tolerance": 0.0, "direction": "lower"},
    "quotes.fidelity": {"threshold": 1.0, "tolerance": 0.0},
    "abstention.precision": {"threshold": None, "tolerance": 0.1},
    "abstention.recall": {"threshold": None, "tolerance": 0.1},
    "abstention.accuracy": {"threshold": 0.9, "tolerance": 0.04},
    "adversarial.pass_rate": {"threshold": None, "tolerance": 0.1},
    "judge.faithfulness": {"threshold": None, "tolerance": 0.05},
    "judge.relevance": {"threshold": None, "tolerance": 0.05},
}
"""Rules for a metric the baseline file does not list yet. Latency is reported, not gated: CI
machines differ too much for a fixed number to mean anything."""


@dataclass(frozen=True)
class Rule:
    threshold: float | None
    tolerance: float | None
    direction: str = "higher"
    baseline: Mapping[str, float | None] = field(default_factory=dict)

    def worse_by(self, value: float, reference: float) -> float:
        """How much worse ``value`` is than ``reference`` (positive = worse)."""
        return reference - value if self.direction == "higher" else value - reference

    def below_floor(self, value: float) -> bool:
        if self.threshold is None:
            return False
        return value < self.threshold - EPSILON if self.direction == "higher" else value > self.threshold + EPSILON


@dataclass
class GateResult:
    """Per-metric rows, failures (gating), flips and fixes (per question), and the verdict."""

    rows: list[dict[str, Any]]
    failures: list[str]
    flips: list[str]
    fixed: list[str]
    subset: str
    has_baseline: bool

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else REGRESSION_EXIT

    @property
    def verdict(self) -> str:
        gated = sum(1 for r in self.rows if r["status"] in ("ok", "below threshold", "dropped"))
        if self.passed:
            base = "within tolerance of the baseline" if self.has_baseline else "(no baseline yet)"
            return f"PASS: {gated} gated metrics at or above their thresholds and {base} ({self.subset} subset)"
        return f"FAIL ({self.subset} subset): " + "; ".join(self.failures)

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "exit_code": self.exit_code, "verdict": self.verdict, "rows": self.rows,
                "failures": self.failures, "flips": self.flips, "fixed": self.fixed}


def load_baseline(path: Path = BASELINE_FILE) -> dict[str, Any]:
    """The baseline file, or an empty one (rules from `DEFAULT_RULES`) when it does not exist."""
    if not path.exists():
        return {"version": 1, "metrics": {}, "questions": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise ValueError(f"{path}: not a baseline file (expected an object with 'metrics')")
    return data


def rules(baseline: Mapping[str, Any]) -> dict[str, Rule]:
    """Every metric's rule: the baseline file's entries over `DEFAULT_RULES`."""
    out = {name: Rule(r["threshold"], r["tolerance"], r.get("direction", "higher")) for name, r in DEFAULT_RULES.items()}
    for name, entry in baseline.get("metrics", {}).items():
        out[name] = Rule(entry.get("threshold"), entry.get("tolerance"), entry.get("direction", "higher"),
                         entry.get("baseline", {}))
    return out


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"


def evaluate(metrics: Mapping[str, float | None], checks: Mapping[str, Mapping[str, bool]],
             reasons: Mapping[str, Mapping[str, str]], baseline: Mapping[str, Any], subset: str) -> GateResult:
    """Compare one run's metrics and per-question checks with the baseline's rules and values."""
    rows: list[dict[str, Any]] = []
    failures: list[str] = []
    all_rules = rules(baseline)
    for name in sorted(set(metrics) | set(all_rules)):
        rule = all_rules.get(name, Rule(None, None, "lower" if name.startswith("latency.") else "higher"))
        value = metrics.get(name)
        reference = rule.baseline.get(subset)
        row = {"metric": name, "value": value, "baseline": reference, "threshold": rule.threshold,
               "tolerance": rule.tolerance, "direction": rule.direction, "status": "report"}
        if value is None:
            row["status"] = "n/a" if name in metrics else "not measured"
        elif rule.below_floor(value):
            op = "<" if rule.direction == "higher" else ">"
            row["status"] = "below threshold"
            failures.append(f"{name} {_fmt(value)} {op} threshold {_fmt(rule.threshold)}")
        elif reference is not None and rule.tolerance is not None and rule.worse_by(value, reference) > rule.tolerance + EPSILON:
            row["status"] = "dropped"
            failures.append(f"{name} {_fmt(value)}, baseline {_fmt(reference)}: worse by "
                            f"{_fmt(rule.worse_by(value, reference))} (tolerance {_fmt(rule.tolerance)})")
        elif rule.threshold is not None or (reference is not None and rule.tolerance is not None):
            row["status"] = "ok"
        if value is not None and reference is not None:
            row["delta"] = value - reference
        rows.append(row)
    flips, fixed = _flips(checks, reasons, baseline.get("questions", {}))
    return GateResult(rows, failures, flips, fixed, subset, bool(baseline.get("metrics")))


def _flips(checks: Mapping[str, Mapping[str, bool]], reasons: Mapping[str, Mapping[str, str]],
           before: Mapping[str, Mapping[str, bool]]) -> tuple[list[str], list[str]]:
    flips, fixed = [], []
    for qid in sorted(checks):
        for check, ok in sorted(checks[qid].items()):
            was = before.get(qid, {}).get(check)
            if was is True and not ok:
                flips.append(f"{qid}: {check} passed in the baseline, fails now ({reasons.get(qid, {}).get(check, '')})")
            elif was is False and ok:
                fixed.append(f"{qid}: {check} failed in the baseline, passes now")
    return flips, fixed


def updated_baseline(baseline: Mapping[str, Any], values: Mapping[str, Mapping[str, float | None]],
                     checks: Mapping[str, Mapping[str, bool]], config: Mapping[str, Any]) -> dict[str, Any]:
    """A new baseline: the same rules (thresholds and tolerances are decisions, not measurements),
    the measured value of every gated metric for each subset in ``values`` (``{"full": {...},
    "fast": {...}}``), and the checks of every question that ran."""
    out = {"version": 1, **{k: v for k, v in baseline.items() if k not in ("metrics", "questions")}}
    out["updated"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    out["config"] = dict(config)
    all_rules = rules(baseline)
    entries: dict[str, Any] = {}
    measured = sorted({name for subset in values.values() for name in subset} | set(baseline.get("metrics", {})))
    for name in measured:
        if name not in all_rules:  # latency and other report-only numbers stay out of the gate
            continue
        rule = all_rules[name]
        old = dict(baseline.get("metrics", {}).get(name, {}).get("baseline", {}))
        for subset, numbers in values.items():
            if numbers.get(name) is not None:
                old[subset] = round(float(numbers[name]), 4)
        entries[name] = {"threshold": rule.threshold, "tolerance": rule.tolerance, "direction": rule.direction,
                         "baseline": old}
    out["metrics"] = entries
    out["questions"] = {**baseline.get("questions", {}), **{q: dict(sorted(c.items())) for q, c in checks.items()}}
    out["questions"] = dict(sorted(out["questions"].items()))
    return out


def save_baseline(data: Mapping[str, Any], path: Path = BASELINE_FILE) -> None:
    """Write the baseline with one line per metric and per question, so a review diff shows
    exactly which numbers and which questions' checks changed."""
    def block(items: Mapping[str, Any]) -> str:
        lines = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False, sort_keys=True)}" for k, v in items.items()]
        return "{\n" + ",\n".join(lines) + "\n }" if lines else "{}"

    head = {k: v for k, v in data.items() if k not in ("metrics", "questions")}
    parts = [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False, indent=1).replace(chr(10), chr(10) + ' ')}" for k, v in head.items()]
    parts += [f' "metrics": {block(data.get("metrics", {}))}', f' "questions": {block(data.get("questions", {}))}']
    path.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")
