"""Fitting and measuring the answerability model (`assistant.answerability`) on the development set.

Measured leave-one-debate-out: the model is fitted on the questions of every debate but one and
scored on the one left out, so a figure says how it does on a debate it never saw, which is what a
new transcript is. A question belongs to the debate of its first gold turn; an unanswerable one,
which has none, to the debate of its best retrieved turn (the debate it would have been answered
from). Questions whose answer is forced (an absent speaker, nothing retrieved) are kept in every
score but never fitted on: the model does not decide them.

Each question is asked as a user would (`Assistant.ask`), so the label is whether the answer the
user sees cites a gold turn, whichever rule built it. The assistant's decisions involve no
parameter fitted on `eval/dev/` (the policy's margins were fitted on the 52 questions of
`eval/dev.jsonl`; the rules were written looking at dev questions), so their per-debate scores are
reported beside the model's held-out ones as they are.

Only the development set is ever fitted on (`debate eval calibrate` refuses a golden set).
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import math
import pickle
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.abstention import AbstentionPolicy, gather_evidence
from assistant.answerability import FEATURES, AnswerabilityModel, QuestionEvidence, features
from eval.collect import replay_history
from eval.golden_set import GoldQuestion, GoldReferenceError, resolve_gold_turns
from eval.metrics import calibration

REGULARISATION_C = 1.0
"""Inverse L2 strength of the logistic regression over standardised features: scikit-learn's
default. Measured leave-one-debate-out on the 488 dev questions (3 December 2026, fitted on the
answered ones; Brier score over the answers):

    C       0.03   0.1    0.3    1      3      10
    ECE     0.015  0.024  0.036  0.038  0.047  0.050
    Brier   0.176  0.178  0.180  0.183  0.185  0.186

ROC AUC 0.69-0.70 throughout. Stronger regularisation pulls the probabilities towards the share
of right answers: calibration improves a little, but fewer answers reach "answered" at the same
precision (held out, 45 at C = 0.03 and 80 at C = 1, 0.91 of them right in both), so 1.0 stays."""


@dataclass(frozen=True)
class AnswerabilityObservation:
    """One development question as the model sees it, with what it should have concluded."""

    id: str
    answerable: bool
    cites_gold: bool
    """The assistant's answer cites a gold turn (the label the model is fitted to); False for a
    refusal, which cites nothing."""
    forced: bool
    debate: str
    language: str
    tags: tuple[str, ...]
    x: dict[str, float]
    hit_at_5: bool = False
    """A gold turn is among the five best retrieved turns (the paraphrase retrieval measure)."""
    answered: bool = True
    """The assistant answered: its rules decide (`Assistant.stream`); the model is fitted on the
    questions they answered, since a confidence is only ever shown with an answer."""
    inputs: QuestionEvidence | None = field(default=None, compare=False, repr=False)
    """What ``x`` was computed from, kept so that the features can be recomputed without asking
    the question again (`refeatured`, the observation cache)."""

    @property
    def label(self) -> int:
        return int(self.answerable and self.cites_gold)

    @property
    def shown(self) -> bool:
        """The answer shows a confidence: the assistant answered, and not by force."""
        return self.answered and not self.forced


def observe(assistant: Any, questions: Sequence[GoldQuestion],
            progress: Callable[[int, GoldQuestion], None] | None = None) -> list[AnswerabilityObservation]:
    """Retrieve once per question (as `ask` would) and keep the model's inputs and the label."""
    out: list[AnswerabilityObservation] = []
    cache: dict[tuple[str, ...], Any] = {}
    top_k = assistant.settings.top_k
    for i, q in enumerate(questions):
        history = replay_history(assistant, q, cache) or None
        plan, turns = assistant.retrieve(q.question, history=history, k=max(10, top_k))
        evidence = gather_evidence(plan.standalone, turns, plan.names, plan.language, assistant.vocabulary,
                                   plan.dense_margin, plan.other_language_margin)
        answer = assistant.ask(q.question, history=history)
        cited = {c.turn_id for c in answer.citations}
        gold: set[str] = set()
        if q.answerable:
            docs = {d: t for d in q.doc_ids if (t := assistant.transcript(d)) is not None}
            try:
                gold = set(resolve_gold_turns(q, docs))
            except GoldReferenceError:
                gold = set()
        debate = q.gold_turns[0].doc_id if q.gold_turns else (turns[0].doc_id if turns else "none")
        inputs = QuestionEvidence(plan.standalone, plan.language, turns, evidence, plan.names,
                                  bool(plan.constraints.speakers), assistant.policy.answerable(evidence))
        out.append(AnswerabilityObservation(q.id, q.answerable, bool(cited & gold), plan.names_someone_absent or not turns,
                                            debate, plan.language, q.tags, features(inputs),
                                            hit_at_5=bool(gold & {t.turn_id for t in turns[:5]}),
                                            answered=answer.answerable, inputs=inputs))
        if progress is not None:
            progress(i + 1, q)
    return out


def refeatured(observations: Iterable[AnswerabilityObservation], policy: AbstentionPolicy) -> list[AnswerabilityObservation]:
    """The observations with ``x`` recomputed by today's `features` (and ``policy``'s verdict)
    from what was retrieved, so a change to the features is measured on cached observations
    without asking again."""
    out = []
    for o in observations:
        if o.inputs is None:
            out.append(o)
            continue
        inputs = dataclasses.replace(o.inputs, policy_answers=policy.answerable(o.inputs.evidence))
        out.append(dataclasses.replace(o, x=features(inputs), inputs=inputs))
    return out


_REPO = Path(__file__).resolve().parent.parent
_NOT_IN_KEY = frozenset({"answerability.py", "answerability.json"})
"""The model and its features: `refeatured` recomputes what they change, so editing them keeps the cache."""


def observation_key(question_files: Sequence[Path], index_dir: Path, settings: object) -> str:
    """A digest of everything the observations depend on: the code that retrieves and answers
    (``assistant/``, ``ingest/``, this module's `observe` and the eval modules it calls), the
    question files, the index's generation and the settings. Any change there is a new key."""
    digest = hashlib.sha256()
    code = sorted(p for folder in ("assistant", "ingest") for p in (_REPO / folder).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.name not in _NOT_IN_KEY)
    code += [_REPO / "eval" / "collect.py", _REPO / "eval" / "golden_set.py"]
    for path in code:
        digest.update(str(path.relative_to(_REPO)).encode() + b"\0" + path.read_bytes())
    digest.update(inspect.getsource(observe).encode())
    for qfile in sorted(p for path in question_files for p in ([path] if path.is_file() else path.rglob("*.jsonl"))):
        digest.update(qfile.read_bytes())
    for name in ("generation.json", "manifest.json"):
        if (index_dir / name).exists():
            digest.update((index_dir / name).read_bytes())
    digest.update(str(index_dir.resolve()).encode() + repr(settings).encode())
    return digest.hexdigest()[:16]


def cached_observations(cache_dir: Path, key: str, policy: AbstentionPolicy,
                        collect: Callable[[], list[AnswerabilityObservation]]) -> tuple[list[AnswerabilityObservation], bool]:
    """The observations stored under ``key`` in ``cache_dir`` (re-featured), else ``collect()``
    ed and stored there; and whether they came from the cache. A pickle, so only for a folder
    that only this user writes (it is a developer's cache, never shipped or shared)."""
    path = cache_dir / f"answerability-observations-{key}.pickle"
    if path.exists():
        with path.open("rb") as f:
            return refeatured(pickle.load(f), policy), True
    observations = collect()
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(observations, f)
    tmp.replace(path)
    return observations, False


def _matrix(observations: Sequence[AnswerabilityObservation]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[o.x[f] for f in FEATURES] for o in observations], dtype=float)
    y = np.array([o.label for o in observations], dtype=int)
    return x, y


def fit_model(observations: Sequence[AnswerabilityObservation], c: float = REGULARISATION_C,
              **meta: object) -> AnswerabilityModel:
    """A logistic regression on the questions the assistant answered (unforced), standardised so
    the coefficients compare: the probability that an answer's citations hold a gold turn, given
    that it answered, which is the only time a confidence is shown (a refusal shows 0.0).
    ``answer_at`` is the probability under which withholding the answer would have served the
    training questions best (answerable ones answered with a gold citation plus unanswerable
    ones abstained; measured, not applied: see `assistant.answerability`), ``sure_at`` the
    probability above which answers were right 95 % of the time."""
    from sklearn.linear_model import LogisticRegression

    train = [o for o in observations if o.shown]
    x, y = _matrix(train)
    means = x.mean(axis=0) if train else np.zeros(len(FEATURES))
    scales = x.std(axis=0) if train else np.ones(len(FEATURES))
    scales[scales == 0] = 1.0
    if len(set(y.tolist())) == 2:
        clf = LogisticRegression(C=c, max_iter=2000)
        clf.fit((x - means) / scales, y)
        coefficients, intercept = clf.coef_[0], float(clf.intercept_[0])
    else:  # every answer right, or every one wrong (a small slice): the smoothed share, no evidence weighed
        coefficients, intercept = np.zeros(len(FEATURES)), math.log((y.sum() + 1) / (len(y) - y.sum() + 1))
    model = AnswerabilityModel(
        weights={f: round(float(w), 6) for f, w in zip(FEATURES, coefficients, strict=True)},
        intercept=round(intercept, 6),
        means={f: round(float(m), 6) for f, m in zip(FEATURES, means, strict=True)},
        scales={f: round(float(s), 6) for f, s in zip(FEATURES, scales, strict=True)},
        meta=meta,
    )
    probs = [model.probability(o.x) if o.shown else 0.0 for o in observations]
    answer_at = _best_threshold(probs, observations)
    sure_at = _sure_threshold([p for p, o in zip(probs, observations, strict=True) if o.shown], train)
    return dataclasses.replace(model, answer_at=round(answer_at, 4), sure_at=round(sure_at, 4))


def _decision_scores(probs: Sequence[float], obs: Sequence[AnswerabilityObservation], t: float) -> tuple[float, float]:
    """(share of answerable questions answered with a gold citation, share of unanswerable
    abstained) when an answer under probability ``t`` is withheld (``probs`` 0.0 where the
    assistant did not answer)."""
    kept = [o.shown and p >= t for p, o in zip(probs, obs, strict=True)]
    ans = [(k, o) for k, o in zip(kept, obs, strict=True) if o.answerable]
    una = [k for k, o in zip(kept, obs, strict=True) if not o.answerable]
    good = sum(1 for k, o in ans if k and o.cites_gold) / len(ans) if ans else 1.0
    abst = sum(1 for k in una if not k) / len(una) if una else 1.0
    return good, abst


def _best_threshold(probs: Sequence[float], obs: Sequence[AnswerabilityObservation]) -> float:
    """The threshold under which withholding answers serves ``obs`` best (0.0 withholds none),
    on probabilities rounded to four places; among equally good ones the nearest to 0.5, since
    one at a training question's own probability tips on that question."""
    rounded = [round(p, 4) for p in probs]
    candidates = sorted(set(rounded) | {0.0, 0.5})
    return float(max(candidates, key=lambda t: (round(sum(_decision_scores(rounded, obs, t)), 9), -abs(t - 0.5))))


def _sure_threshold(probs: Sequence[float], answered: Sequence[AnswerabilityObservation]) -> float:
    for t in sorted({round(p, 4) for p in probs}):
        above = [o.label for p, o in zip(probs, answered, strict=True) if p >= t]
        if above and sum(above) / len(above) >= 0.95:
            return t
    return 0.9


@dataclass(frozen=True)
class HeldOut:
    """A question scored by the model fitted without its debate: ``probability`` is what the
    answer would show (0.0 for a refusal), ``answered`` whether it answers once the model
    withholds answers under its ``answer_at``."""

    obs: AnswerabilityObservation
    probability: float
    answered: bool

    @property
    def correct(self) -> bool:
        return _correct(self.obs, self.answered)

    @property
    def assistant_correct(self) -> bool:
        """As `correct`, for the assistant's own decision (the model withholds nothing)."""
        return _correct(self.obs, self.obs.shown)


def _correct(obs: AnswerabilityObservation, answered: bool) -> bool:
    return answered and obs.cites_gold if obs.answerable else not answered


def leave_one_debate_out(observations: Sequence[AnswerabilityObservation], c: float = REGULARISATION_C) -> list[HeldOut]:
    """Each debate's questions scored by a model fitted on all the other debates."""
    out: list[HeldOut] = []
    for debate in sorted({o.debate for o in observations}):
        train = [o for o in observations if o.debate != debate]
        test = [o for o in observations if o.debate == debate]
        model = fit_model(train, c)
        for o in test:
            p = model.probability(o.x) if o.shown else 0.0
            out.append(HeldOut(o, p, o.shown and p >= model.answer_at))
    return out


def summary(held: Sequence[HeldOut], key: Callable[[HeldOut], str] = lambda h: "all") -> dict[str, dict[str, Any]]:
    """Per group: answerable answered with a gold citation, unanswerable abstained, counts; by
    the assistant's own decision and with the model withholding answers under ``answer_at``."""
    groups: dict[str, list[HeldOut]] = defaultdict(list)
    for h in held:
        groups[key(h)].append(h)
    rows = {}
    for name, items in sorted(groups.items()):
        ans = [h for h in items if h.obs.answerable]
        una = [h for h in items if not h.obs.answerable]
        rows[name] = {
            "answerable": len(ans),
            "assistant_answered_correctly": _share(h.assistant_correct for h in ans),
            "answered_correctly": _share(h.correct for h in ans),
            "unanswerable": len(una),
            "assistant_abstained": _share(h.assistant_correct for h in una),
            "abstained": _share(h.correct for h in una),
        }
    return rows


def _share(flags: Iterable[bool]) -> float | None:
    values = list(flags)
    return round(sum(values) / len(values), 3) if values else None


def expected_calibration_error(held: Sequence[HeldOut], bins: int = 10) -> tuple[float, list[dict[str, float]]]:
    """ECE of the probabilities against the label (a gold turn is cited), over equal-width bins;
    forced questions are left out (no probability is shown for them). A refusal counts at 0.0,
    as its answer shows."""
    return calibration([(h.probability, bool(h.obs.label)) for h in held if not h.obs.forced], bins)


KINDS = ("near-miss", "false-premise", "wrong-speaker", "wrong-debate", "absent-topic", "paraphrase", "who-said",
         "why", "yes-no", "motion", "commitment", "interruption")
"""The question kinds the leave-one-debate-out table is broken down by (a question counts under
its first tag in this order; "other" when it has none of them)."""


def question_kind(held: HeldOut) -> str:
    return next((k for k in KINDS if k in held.obs.tags), "other")


def _table(title: str, rows: dict[str, dict[str, Any]]) -> list[str]:
    lines = [f"\n{title}", f"{'':<44}{'answerable':>11}{'cited':>7}{'(gate)':>7}{'unansw.':>9}{'abstained':>10}{'(gate)':>7}"]

    def shown(value: float | None, width: int) -> str:
        return f"{'-' if value is None else f'{value:.3f}':>{width}}"

    for name, r in rows.items():
        lines.append(f"{name[:44]:<44}{r['answerable']:>11}{shown(r['assistant_answered_correctly'], 7)}"
                     f"{shown(r['answered_correctly'], 7)}{r['unanswerable']:>9}{shown(r['assistant_abstained'], 10)}"
                     f"{shown(r['abstained'], 7)}")
    return lines


def render_fit(model: AnswerabilityModel, held: Sequence[HeldOut]) -> str:
    """The coefficients, then the leave-one-debate-out tables (all, per debate, per language,
    per question kind) and the calibration, as `debate eval calibrate` prints them.
    "cited": answerable questions answered with a gold turn among the citations, by the
    assistant's decision; "(gate)": with the held-out model withholding answers under its
    ``answer_at``."""
    lines = ["answerability model (logistic regression over standardised features, fitted on the answered questions)",
             f"  intercept {model.intercept:+.3f}; 'answered' from p >= {model.sure_at}; "
             f"withholding answers under p = {model.answer_at} would serve best (not applied)"]
    for name, weight in sorted(model.weights.items(), key=lambda kv: -abs(kv[1])):
        lines.append(f"  {name:<22}{weight:+.3f}")
    lines += _table("leave-one-debate-out, all questions", summary(held))
    lines += _table("per debate (held out)", summary(held, lambda h: h.obs.debate))
    lines += _table("per question language", summary(held, lambda h: h.obs.language))
    lines += _table("per question kind", summary(held, question_kind))
    ece, bins = expected_calibration_error(held)
    lines.append(f"\nexpected calibration error (10 bins, held out): {ece:.3f}")
    for b in bins:
        lines.append(f"  p in [{b['lo']:.1f}, {b['hi']:.1f}): n={b['n']:<4} mean p {b['confidence']:.3f}  cited a gold turn {b['accuracy']:.3f}")
    return "\n".join(lines)
