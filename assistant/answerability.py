"""Answer or abstain, as a calibrated probability: how likely is it that the turns the assistant
would cite answer the question?

The old decision was a threshold on one signal (the dense margin, or the share of the question's
content words in the best turns). Each signal fails on its own kind of question: a paraphrase has
a low word coverage but a clear margin; a near miss ("how much did the minister pay for X" when
X is discussed but no amount is given) has both a margin and a coverage but lacks the one number
or name it asks for; an English question over Dutch text has no word coverage at all. So the
decision combines several small pieces of evidence in a logistic regression, small enough to
read (`debate eval calibrate` prints each coefficient), fitted on the development set
(`eval/dev.jsonl`, `eval/dev/`) and measured leave-one-debate-out.

The label it is fitted to is "the answer cites a gold turn", and only the questions the assistant
answered are fitted on: the probability is then what a user needs, the chance that the quotes
shown answer the question, and it is only ever shown with an answer (a refusal cites nothing and
shows 0.0). Until 3 December 2026 the model was fitted on every question, labelled by the turns
plain retrieval would cite: it averaged over answers and refusals and never saw the exchange,
commitment and premise answers the user is actually shown, so answers were under-stated (dev,
shown confidences: ECE 0.058, answers at p 0.84 cited a gold turn 0.95 of the time; golden ECE
0.207, only 4 answers shown as "answered").

Everything here is pure and numpy-only: the model is a vector of weights in `answerability.json`
beside this module, applied in microseconds; scikit-learn is needed only to fit it (eval).

What it does today (fitted 3 December 2026 with `debate eval calibrate --write` on the 488 dev
questions, 149 unanswerable, on the 304 the assistant answered):
- Its probability is calibrated on debates it never saw: expected calibration error 0.038
  leave-one-debate-out (10 bins, refusals at 0.0 as shown). It is shown with every answer as
  `Answer.confidence`, and in words: "answered" from `sure_at` (0.894: the probability above
  which 95 % of the training answers cite a gold turn; on dev 77 answers are shown so, 0.935 of
  them with a gold citation, 0.91 of 80 held out by debate; on the golden questions 38, 0.974),
  else "probably answered: check the quotes". Golden ECE 0.102 (was 0.207): the golden
  questions are easier than the dev ones (a gold turn is among the five best for 0.97 of them
  against 0.78), so their answers are still under-stated.
- It does not decide answer-or-abstain: the threshold policy (`assistant.abstention`) and the
  refusal checks do. Leave-one-debate-out, withholding the answers the held-out model scores
  under its ``answer_at`` would answer 0.593 of the answerable dev questions with a gold
  citation (the assistant alone: 0.658) and abstain on 0.799 of the unanswerable ones (0.752):
  seven more right refusals for 22 right answers lost, which is not a better trade.
  A gold turn is among the five best for only 0.776 of the answerable dev questions (0.350 of
  the paraphrases), which bounds both.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.abstention import Evidence
from assistant.retrieval import RetrievedTurn
from ingest.profiles.language import (
    QUESTION_TYPES,
    QuestionType,
    language_profiles,
)

MODEL_FILE = Path(__file__).resolve().parent / "answerability.json"

_NUMBER_RE = re.compile(r"\b\d[\d.,]*\b")
_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_ANCHORED: frozenset[QuestionType] = frozenset({"who", "when", "yes_no"})
"""Kinds of question recognised only by their first words ("Who ...", "Did ..."): the same words
later in a question ask something else ("the member who ...")."""


@lru_cache(maxsize=1)
def _question_type_patterns() -> dict[QuestionType, re.Pattern[str]]:
    """Per kind, the words of every language profile that ask it (a question may mix languages)."""
    patterns: dict[QuestionType, re.Pattern[str]] = {}
    for kind in QUESTION_TYPES:
        words = dict.fromkeys(w for p in language_profiles().values() for w in p.question_types[kind])
        start = r"^\s*" if kind in _ANCHORED else r"\b"
        patterns[kind] = re.compile(start + "(" + "|".join(words) + r")\b", re.I)
    return patterns


def asks(question: str, kind: QuestionType) -> bool:
    """Whether ``question`` asks this kind of question, in any profiled language."""
    return _question_type_patterns()[kind].search(question) is not None


FEATURES: tuple[str, ...] = (
    "dense",
    "margin",
    "coverage",
    "specific_coverage",
    "has_specifics",
    "missing_terms",
    "top_is_dense_best",
    "lexical_share",
    "dense_gap",
    "same_language",
    "margin_same_language",
    "coverage_same_language",
    "missing_terms_same_language",
    "constrained_speaker",
    "ask_who",
    "ask_why",
    "ask_how_many",
    "ask_when",
    "ask_yes_no",
    "policy_answers",
)
"""The evidence, each a number computed from what retrieval already returned (no extra search).

- ``dense``, ``margin``, ``coverage``: the old signals (`assistant.abstention.Evidence`);
- ``specific_coverage``: the share of the question's numbers and capitalised names (not the
  speaker it filters on) that the best turns contain: a near miss asks for one that is absent;
  ``has_specifics`` says whether there were any;
- ``missing_terms``: distinctive words of the question found nowhere in the index;
- ``top_is_dense_best``, ``lexical_share``: whether BM25 and the dense ranking agree on the best
  turn (the fused best is also the dense best; its BM25 score as a share of the best BM25 score);
- ``dense_gap``: how far the best turn stands out from the second best in meaning;
- ``same_language`` and its interactions: a question in the language of the best turn's debate
  meets it with larger margins and real word coverage, one across languages does not (fitted
  when every debate was Dutch, as ``dutch``: for Dutch debates the two are the same feature);
  ``missing_terms_same_language``: missing words mean an absent topic only when the question is
  in the text's language (a Dutch question's words are naturally absent from English text, so
  for cross-lingual questions the plain count is noise). Added with the cross-lingual dev
  questions: leave-one-debate-out ECE 0.064 -> 0.057 on the 447 dev questions;
- ``constrained_speaker``: the question names who said it, and retrieval searched only that
  person's turns;
- ``ask_*``: the question type; "why" and "how many" ask for something a passage on the topic
  often does not hold;
- ``policy_answers``: whether the threshold policy (`assistant.abstention.AbstentionPolicy`)
  answers on this evidence; an answer it would not give came from the debate's structure (an
  exchange it confirms, a commitment, a refuted premise). Added when the model was fitted on
  refusals too, where it carried the verdict (dev, leave-one-debate-out: ECE of the answered
  questions 0.099 -> 0.060); fitted on answers alone its weight is small (+0.06).

Tried and not adopted (3 December 2026): which rule built the answer (an exchange, a commitment)
as two more features. The exchange answers weigh +0.58, but leave-one-debate-out ECE rose from
0.038 to 0.045 on the 488 dev questions.
"""


@dataclass(frozen=True)
class QuestionEvidence:
    """What the answerability model needs of one question, gathered from the retrieval."""

    question: str
    language: str
    turns: Sequence[RetrievedTurn]
    evidence: Evidence
    names: Sequence[str] = ()
    constrained_speaker: bool = False
    policy_answers: bool = False
    """The threshold policy's verdict on ``evidence`` (the service's policy decides; see `FEATURES`)."""


_SKIP = frozenset(
    "what which who whom why how when where did does the minister state secretary mr mrs ms member "
    "wat welke wie waarom hoe wanneer waar minister staatssecretaris de het een heer mevrouw kamer "
    "tweede eerste house commons lords dutch nederland nederlandse".split()
)
"""Capitalised question and office words that are not specifics the answer must contain."""


def _specifics(question: str, names: Sequence[str]) -> set[str]:
    """Numbers and capitalised names in the question, lower-cased, without the filter names."""
    text = question
    for name in names:
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    found = {m.group(0).strip(".,").lower() for m in _NUMBER_RE.finditer(text)}
    for match in _NAME_RE.finditer(text):
        words = [w for w in match.group(0).lower().split() if len(w) > 2]
        found.update(words)
    return {f for f in found if f and f not in _SKIP}


def features(q: QuestionEvidence) -> dict[str, float]:
    """The model's inputs for one question (see `FEATURES`)."""
    ev = q.evidence
    turns = list(q.turns)
    top = turns[:3]
    text = " ".join(c.text for t in top for c in t.chunks[:3]).lower()
    specifics = _specifics(q.question, q.names)
    found = sum(1 for s in specifics if s in text)
    best_dense = max((t.dense for t in turns), default=0.0)
    best_lexical = max((t.lexical for t in turns), default=0.0)
    dense_sorted = sorted((t.dense for t in turns), reverse=True)
    same = 1.0 if ev.same_language else 0.0
    values = {
        "dense": ev.dense,
        "margin": ev.margin,
        "coverage": ev.coverage,
        "specific_coverage": found / len(specifics) if specifics else 1.0,
        "has_specifics": 1.0 if specifics else 0.0,
        "missing_terms": float(min(len(ev.missing_terms), 3)),
        "top_is_dense_best": 1.0 if turns and turns[0].dense >= best_dense else 0.0,
        "lexical_share": turns[0].lexical / best_lexical if turns and best_lexical > 0 else 0.0,
        "dense_gap": dense_sorted[0] - dense_sorted[1] if len(dense_sorted) > 1 else 0.0,
        "same_language": same,
        "margin_same_language": ev.margin * same,
        "coverage_same_language": ev.coverage * same,
        "missing_terms_same_language": float(min(len(ev.missing_terms), 3)) * same,
        "constrained_speaker": 1.0 if q.constrained_speaker else 0.0,
        "ask_who": 1.0 if asks(q.question, "who") else 0.0,
        "ask_why": 1.0 if asks(q.question, "why") else 0.0,
        "ask_how_many": 1.0 if asks(q.question, "how_many") else 0.0,
        "ask_when": 1.0 if asks(q.question, "when") else 0.0,
        "ask_yes_no": 1.0 if asks(q.question, "yes_no") else 0.0,
        "policy_answers": 1.0 if q.policy_answers else 0.0,
    }
    return {name: float(values[name]) for name in FEATURES}


ANSWERED = "answered"
PROBABLE = "probably answered"
NOT_FOUND = "not in the transcripts"


@dataclass(frozen=True)
class AnswerabilityModel:
    """A logistic regression over standardised `FEATURES`: p = sigmoid(b + sum w_i (x_i - mu_i) / s_i).

    ``answer_at``: the probability under which withholding an answer would have served the
    training questions best (measured leave-one-debate-out by `debate eval calibrate`, not applied).
    ``sure_at``: from here an answer is shown as "answered", below it as "probably answered:
    check the quotes". Both are chosen by `debate eval calibrate` on the development set.
    """

    weights: Mapping[str, float]
    intercept: float
    means: Mapping[str, float]
    scales: Mapping[str, float]
    answer_at: float = 0.5
    sure_at: float = 0.8
    meta: Mapping[str, object] = field(default_factory=dict)

    def probability(self, x: Mapping[str, float]) -> float:
        z = self.intercept
        for name, w in self.weights.items():
            scale = self.scales.get(name) or 1.0
            z += w * (x.get(name, 0.0) - self.means.get(name, 0.0)) / scale
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def to_dict(self) -> dict[str, object]:
        return {"weights": dict(self.weights), "intercept": self.intercept, "means": dict(self.means),
                "scales": dict(self.scales), "answer_at": self.answer_at, "sure_at": self.sure_at,
                **dict(self.meta)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> AnswerabilityModel:
        known = {"weights", "intercept", "means", "scales", "answer_at", "sure_at"}
        return cls(weights=_floats(data["weights"]), intercept=_float(data["intercept"]),
                   means=_floats(data["means"]), scales=_floats(data["scales"]),
                   answer_at=_float(data.get("answer_at", 0.5)), sure_at=_float(data.get("sure_at", 0.8)),
                   meta={k: v for k, v in data.items() if k not in known})

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> AnswerabilityModel | None:
        """The fitted model, or None when none was fitted (the threshold policy then decides)."""
        if not path.exists():
            return None
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def save(self, path: Path = MODEL_FILE) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")



def _float(value: object) -> float:
    """A number from the model file, which is JSON: a bool or text there is a corrupt file."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"answerability model: {value!r} is not a number")
    return float(value)


def _floats(value: object) -> dict[str, float]:
    """A name -> number table from the model file."""
    if not isinstance(value, Mapping):
        raise ValueError(f"answerability model: {value!r} is not a table of numbers")
    return {str(name): _float(number) for name, number in value.items()}
