"""`debate eval calibrate`: fit the abstention thresholds on the development set.

The policy answers when the best passage stands out from the rest (``margin >= min_margin``,
``min_margin_nl`` for Dutch questions) or the best turns hold most of the question's content words
(``coverage >= min_coverage``). Those three are fitted here (the cosine floors under the margin
rule are set by hand, see `AbstentionPolicy`), by grid search for the best balanced
accuracy of answer-vs-abstain on ``eval/dev.jsonl``, never on the golden sets: thresholds tuned
on the questions that gate them would make the gate's abstention scores flatter the system.

Balanced accuracy, not accuracy, because the sets hold four answerable questions for every
unanswerable one: "always answer" would score 80 % accuracy and 50 % balanced accuracy.
Among equally good policies the one closest to the current policy wins, so re-running on the
same data changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eval.collect import replay_history
from eval.golden_set import GoldQuestion

GRID = {
    "min_margin": [round(0.002 * i, 3) for i in range(31)],
    "min_margin_nl": [round(0.002 * i, 3) for i in range(31)],
    "min_coverage": [round(0.10 + 0.05 * i, 2) for i in range(19)],
}


@dataclass(frozen=True)
class Observation:
    """One dev question: gold label, the evidence the policy decides on, and whether the
    assistant abstains whatever the policy says (an unknown speaker, nothing retrieved)."""

    id: str
    answerable: bool
    dense: float
    coverage: float
    forced: bool = False
    language: str = "en"
    missing_terms: tuple[str, ...] = ()
    margin: float = 0.0
    text_language: str = "nl"
    """The language of the best turn's debate; an answer from before it was recorded was Dutch."""

    @property
    def same_language(self) -> bool:
        return self.language == self.text_language


@dataclass(frozen=True)
class Fit:
    policy: Any
    balanced_accuracy: float
    accuracy: float
    confusion: dict[str, int]


def observe(assistant: Any, questions: Sequence[GoldQuestion],
            progress: Callable[[int, GoldQuestion], None] | None = None) -> list[Observation]:
    """Ask each question and keep the evidence its answer reports (``answer.filters["evidence"]``)."""
    out: list[Observation] = []
    cache: dict[tuple[str, ...], Any] = {}
    for i, q in enumerate(questions):
        history = replay_history(assistant, q, cache) or None
        plan, turns = assistant.retrieve(q.question, history=history, k=10)
        evidence = assistant.ask(q.question, history=history).filters.get("evidence") or {}
        out.append(Observation(q.id, q.answerable, float(evidence.get("dense", 0.0)), float(evidence.get("coverage", 0.0)),
                               forced=plan.names_someone_absent or not turns,
                               language=str(evidence.get("language", "en")),
                               missing_terms=tuple(evidence.get("missing_terms") or ()),
                               margin=float(evidence.get("margin", 0.0)),
                               text_language=str(evidence.get("text_language", "nl"))))
        if progress is not None:
            progress(i + 1, q)
    return out


def decide(policy: Any, obs: Observation) -> bool:
    """Whether the assistant would answer, using the policy's own rule."""
    return not obs.forced and bool(policy.answerable(obs))


def score(policy: Any, observations: Sequence[Observation]) -> Fit:
    """Balanced accuracy, accuracy and confusion counts of ``policy`` on ``observations``."""
    c = {"answerable_answered": 0, "answerable_abstained": 0, "unanswerable_answered": 0, "unanswerable_abstained": 0}
    for obs in observations:
        gold = "answerable" if obs.answerable else "unanswerable"
        c[f"{gold}_{'answered' if decide(policy, obs) else 'abstained'}"] += 1
    pos = c["answerable_answered"] + c["answerable_abstained"]
    neg = c["unanswerable_answered"] + c["unanswerable_abstained"]
    rates = [c["answerable_answered"] / pos] if pos else []
    rates += [c["unanswerable_abstained"] / neg] if neg else []
    total = pos + neg
    return Fit(policy, sum(rates) / len(rates) if rates else 0.0,
               (c["answerable_answered"] + c["unanswerable_abstained"]) / total if total else 0.0, c)


def _distance(a: Any, b: Any) -> float:
    return float(sum(abs(getattr(a, k) - getattr(b, k)) for k in GRID if hasattr(a, k) and hasattr(b, k)))


def fit(current: Any, observations: Sequence[Observation], grid: dict[str, list[float]] = GRID) -> Fit:
    """The grid policy with the best balanced accuracy (then accuracy, then closest to
    ``current``). The grid is small enough (31 x 31 x 19) to search whole."""
    best: tuple[tuple[float, float, float], Fit] | None = None
    for margin in grid["min_margin"]:
        for margin_nl in grid["min_margin_nl"]:
            for coverage in grid["min_coverage"]:
                policy = dataclasses.replace(current, min_margin=margin, min_margin_nl=margin_nl, min_coverage=coverage)
                result = score(policy, observations)
                key = (round(result.balanced_accuracy, 9), round(result.accuracy, 9), -_distance(policy, current))
                if best is None or key > best[0]:
                    best = (key, result)
    assert best is not None
    return best[1]


def confusion_text(fit_: Fit) -> str:
    c = fit_.confusion
    return (f"{'':>22}{'answered':>10}{'abstained':>11}\n"
            f"{'gold answerable':>22}{c['answerable_answered']:>10}{c['answerable_abstained']:>11}\n"
            f"{'gold unanswerable':>22}{c['unanswerable_answered']:>10}{c['unanswerable_abstained']:>11}")
