"""Deciding "not in the transcripts": is the best evidence strong enough to answer?

e5 cosine scores are compressed (most pairs land between 0.70 and 0.86), so a fixed cut-off
picked by eye is wrong; the thresholds here are fitted on the labelled development questions
(`eval/dev.jsonl`) by `debate eval calibrate` and stored in `calibration.json` beside this module.

Two signals, because each fails alone: the dense similarity of the best turn (works across
languages, but unrelated Dutch passages still score 0.8) and the share of the question's content
words that the best turn contains (precise for names and numbers, blind across languages).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.retrieval import RetrievedTurn
from ingest.lexical import tokenize

CALIBRATION_FILE = Path(__file__).resolve().parent / "calibration.json"

_QUESTION_WORDS = re.compile(
    r"\b(what|which|who|whom|why|how|when|where|did|does|do|say|said|says|tell|told|think|thinks|about|"
    r"wat|welke|wie|waarom|hoe|wanneer|waar|zei|zegt|zeggen|gezegd|vond|vindt|vinden|over|"
    r"minister|ministers|staatssecretaris|state|secretary|chair|voorzitter|member|kamerlid|party|partij|"
    r"debate|debat|overleg|mr|mrs|ms|de heer|mevrouw|and|en|also|ook)\b",
    re.I,
)


@dataclass(frozen=True)
class Evidence:
    """The numbers the decision is made on, kept for eval reports and calibration."""

    dense: float
    coverage: float


@dataclass(frozen=True)
class AbstentionPolicy:
    """Answer when the best turn is close in meaning (``dense >= min_dense``), or when it is
    moderately close and contains most of the question's content words."""

    min_dense: float = 0.86
    min_dense_with_terms: float = 0.80
    min_coverage: float = 0.5

    def answerable(self, evidence: Evidence) -> bool:
        if evidence.dense >= self.min_dense:
            return True
        return evidence.dense >= self.min_dense_with_terms and evidence.coverage >= self.min_coverage

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> AbstentionPolicy:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**{k: data[k] for k in asdict(cls()) if k in data})

    def save(self, path: Path = CALIBRATION_FILE, **extra: object) -> None:
        path.write_text(json.dumps({**asdict(self), **extra}, indent=2) + "\n", encoding="utf-8")


def content_terms(question: str, names: list[str]) -> set[str]:
    """Stemmed content words of the question, without question words and the names of the
    speakers/parties it constrains on (those are filters, not evidence)."""
    text = _QUESTION_WORDS.sub(" ", question)
    for name in names:
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    return set(tokenize([text])[0])


def gather_evidence(question: str, turns: list[RetrievedTurn], names: list[str]) -> Evidence:
    if not turns:
        return Evidence(0.0, 0.0)
    top = turns[:3]
    dense = max(t.dense for t in top)
    terms = content_terms(question, names)
    if not terms:
        return Evidence(dense, 0.0)
    coverage = 0.0
    for turn in top:
        words = set(tokenize([" ".join(c.metadata.get("embed_text", c.text) for c in turn.chunks[:2])])[0])
        coverage = max(coverage, len(terms & words) / len(terms))
    return Evidence(round(dense, 4), round(coverage, 4))
