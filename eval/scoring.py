"""From recorded runs to scores: per question (values, pass/fail checks, the reason for each
failure) and per group of questions (overall, per tag, per format).

Per-question checks are what the baseline remembers, so a maintainer sees *which* question broke,
not only that a rate moved. The aggregate metrics are what the gate compares.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eval import metrics as m
from eval.collect import QuestionRun, question_format

RETRIEVAL_K = 10
GROUP_METRICS = (
    "retrieval.hit@1", "retrieval.hit@5", "retrieval.mrr@10", "retrieval.recall@10",
    "answers.key_fact_recall", "answers.cites_gold", "citations.validity", "citations.precision",
    "citations.recall", "attribution.accuracy", "attribution.wrong_speakers", "quotes.fidelity",
    "abstention.precision", "abstention.recall", "abstention.accuracy", "adversarial.pass_rate",
)


@dataclass
class QuestionScore:
    """One question's scores. ``checks`` maps a check name to pass (True) / fail (False);
    ``reasons`` explains every failed check in words."""

    id: str
    question: str
    tags: tuple[str, ...]
    format: str
    answerable: bool
    predicted: bool | None
    values: dict[str, float | None] = field(default_factory=dict)
    checks: dict[str, bool] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    wrong: list[m.WrongSpeaker] = field(default_factory=list)
    attributed: tuple[int, int] = (0, 0)
    quotes: tuple[int, int] = (0, 0)
    timings: dict[str, float] = field(default_factory=dict)
    cited: tuple[str, ...] = ()
    ranked: tuple[str, ...] = ()
    gold: tuple[str, ...] = ()
    confidence: float | None = None

    def fail(self, check: str, reason: str) -> None:
        self.checks[check] = False
        self.reasons[check] = reason

    def check(self, name: str, ok: bool, reason: str) -> None:
        if ok:
            self.checks[name] = True
        else:
            self.fail(name, reason)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question, "tags": list(self.tags), "format": self.format,
            "answerable": self.answerable, "predicted_answerable": self.predicted,
            "values": self.values, "checks": self.checks, "reasons": self.reasons,
            "cited": list(self.cited), "ranked": list(self.ranked), "gold": list(self.gold),
            "timings_ms": self.timings, "confidence": self.confidence,
        }


def _rank_of_gold(run: QuestionRun) -> str:
    ranks = [i + 1 for i, t in enumerate(run.ranked) if t in run.gold]
    return f"first gold turn at rank {ranks[0]}" if ranks else f"no gold turn in the top {RETRIEVAL_K}"


def _score_answerable(s: QuestionScore, run: QuestionRun, support: m.Support) -> None:
    q, answer, gold = run.question, run.answer, run.gold
    s.values.update({
        "hit@1": m.hit_at_k(run.ranked, gold, 1), "hit@5": m.hit_at_k(run.ranked, gold, 5),
        "rr@10": m.reciprocal_rank(run.ranked, gold, RETRIEVAL_K), "recall@10": m.recall_at_k(run.ranked, gold, RETRIEVAL_K),
    })
    s.check("retrieval", s.values["hit@5"] == 1.0, _rank_of_gold(run))
    s.check("answered", answer.answerable, "said 'not in the transcripts' on an answerable question")
    found, missing = m.key_facts_found(answer, q.key_facts)
    s.values["key_fact_recall"] = len(found) / len(q.key_facts)
    s.check("key_facts", not missing, "missing key facts: " + "; ".join(missing))
    cites = m.cites_gold(answer.citations, gold)
    s.values["cites_gold"] = float(cites)
    s.check("cites_gold", cites, f"cites {', '.join(s.cited) or 'nothing'}, gold {', '.join(gold)}")
    if "speaker-specific" in q.tags and answer.answerable:
        s.wrong = m.wrong_speakers(q.id, answer, q.expected_speakers)
        s.attributed = (len(answer.citations) - len(s.wrong), len(answer.citations))
        s.check("speaker", not s.wrong, "wrong speaker: " + ", ".join(
            f"{w.cited} ({w.turn_id}) for {'/'.join(w.expected)}" for w in s.wrong))
    if "adversarial" in q.tags:
        why = m.derailed(answer, gold, support)
        s.check("adversarial", why is None, why or "")


def score_question(run: QuestionRun, support: m.Support = m.verbatim_support) -> QuestionScore:
    """Values and checks of one run (see `GROUP_METRICS` for what they add up to)."""
    q, answer = run.question, run.answer
    s = QuestionScore(q.id, q.question, q.tags, question_format(q), q.answerable, answer.answerable,
                      timings=dict(answer.timings_ms), cited=tuple(c.turn_id for c in answer.citations),
                      ranked=run.ranked, gold=run.gold, confidence=getattr(answer, "confidence", None))
    if run.error:
        s.fail("gold", run.error)
        s.values.update({"hit@1": 0.0, "hit@5": 0.0, "rr@10": 0.0, "recall@10": 0.0, "key_fact_recall": 0.0})
        return s
    cit = m.check_citations(answer, support)
    if answer.answerable:  # an abstention has no markers to check
        s.values.update({"valid": float(cit.valid), "citation_precision": cit.precision, "citation_recall": cit.recall})
    s.check("citations", cit.valid and cit.supported_statements == cit.statements, "; ".join(cit.problems[:3]))
    ok, total, bad = m.quote_fidelity(answer)
    s.quotes = (ok, total)
    s.check("quotes", not bad, "not verbatim: " + "; ".join(repr(b[:60]) for b in bad[:2]))
    if q.answerable:
        _score_answerable(s, run, support)
    else:
        s.check("abstained", not answer.answerable,
                f"answered an unanswerable question, citing {', '.join(s.cited) or 'nothing'}")
        if "adversarial" in q.tags:
            s.check("adversarial", not answer.answerable, "answered an adversarial unanswerable question")
    return s


def _values(scores: Sequence[QuestionScore], key: str) -> list[float | None]:
    return [s.values.get(key) for s in scores if key in s.values]


def aggregate(scores: Sequence[QuestionScore], with_latency: bool = True) -> dict[str, float | None]:
    """The metrics of a group of questions (None where the group has nothing to score)."""
    answerable = [s for s in scores if s.answerable]
    adversarial = [s for s in scores if "adversarial" in s.tags]
    abst = m.abstention_scores((s.answerable, bool(s.predicted)) for s in scores)
    attributed = [s.attributed for s in scores if s.attributed[1]]
    quotes = [s.quotes for s in scores if s.quotes[1]]
    out: dict[str, float | None] = {
        "retrieval.hit@1": m.mean(_values(answerable, "hit@1")),
        "retrieval.hit@5": m.mean(_values(answerable, "hit@5")),
        "retrieval.mrr@10": m.mean(_values(answerable, "rr@10")),
        "retrieval.recall@10": m.mean(_values(answerable, "recall@10")),
        "answers.key_fact_recall": m.mean(_values(answerable, "key_fact_recall")),
        "answers.cites_gold": m.mean(_values(answerable, "cites_gold")),
        "citations.validity": m.mean(_values(scores, "valid")),
        "citations.precision": m.mean(_values(scores, "citation_precision")),
        "citations.recall": m.mean(_values(scores, "citation_recall")),
        "attribution.accuracy": (sum(a for a, _ in attributed) / sum(t for _, t in attributed)) if attributed else None,
        "attribution.wrong_speakers": float(sum(len(s.wrong) for s in scores)),
        "quotes.fidelity": (sum(a for a, _ in quotes) / sum(t for _, t in quotes)) if quotes else None,
        "abstention.precision": abst.precision,
        "abstention.recall": abst.recall,
        "abstention.accuracy": abst.accuracy,
        "adversarial.pass_rate": m.mean(float(s.checks.get("adversarial", False)) for s in adversarial) if adversarial else None,
    }
    if with_latency:
        out.update({f"latency.{k}": v for k, v in m.latency([s.timings for s in scores]).items()})
    return out


def groups(scores: Sequence[QuestionScore]) -> dict[str, dict[str, Any]]:
    """Metrics per tag and per format, each with its question count ``n``."""
    keys = sorted({f"tag:{t}" for s in scores for t in s.tags}) + sorted({f"format:{s.format}" for s in scores})
    out: dict[str, dict[str, Any]] = {}
    for key in keys:
        kind, name = key.split(":", 1)
        members = [s for s in scores if (name in s.tags if kind == "tag" else s.format == name)]
        out[key] = {"n": len(members), **aggregate(members, with_latency=False)}
    return out


def confusion(scores: Sequence[QuestionScore]) -> dict[str, int]:
    """Answer-vs-abstain confusion counts (gold rows, predicted columns)."""
    abst = m.abstention_scores((s.answerable, bool(s.predicted)) for s in scores)
    return {"answerable_answered": abst.true_answer, "answerable_abstained": abst.false_abstain,
            "unanswerable_answered": abst.missed_abstain, "unanswerable_abstained": abst.true_abstain}


def confidence_calibration(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """How well the answers' confidence predicts "a gold turn is cited" (an unanswerable
    question's outcome is always false): expected calibration error over 10 bins and the bins,
    for the reliability plot. Questions without a confidence are left out."""
    pairs = [(s.confidence, bool(s.answerable and s.values.get("cites_gold") == 1.0))
             for s in scores if s.confidence is not None]
    if not pairs:
        return {"questions": 0, "ece": None, "bins": []}
    ece, bins = m.calibration(pairs)
    return {"questions": len(pairs), "ece": ece, "bins": bins}
