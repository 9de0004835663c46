"""Deciding "not in the transcripts": is the best evidence strong enough to answer?

e5 cosine scores are compressed (most pairs land between 0.70 and 0.86), so a fixed cut-off
picked by eye is wrong; the thresholds here are fitted on the labelled development questions
(`eval/dev.jsonl`) by `debate eval calibrate` and stored in `calibration.json` beside this module.

Three signals, because each fails alone:
- the dense margin: how far the best passage stands out from the tenth best under the
  question's filters (`assistant.retrieval.dense_margin`). Works across languages; the raw
  cosine does not (unrelated passages still score 0.83). Dutch questions meet Dutch text with
  wider margins, so the floor is per language;
- the share of the question's content words that the best turns contain: precise for names and
  numbers, blind across languages;
- a distinctive word of a Dutch question that occurs nowhere in the index ("hittegolf",
  "cryptovaluta"): then no transcript can be about it, whatever the vectors say. Only long words
  count (short ones are inflections and verbs the stemmer misses), and only for Dutch questions
  (an English question's words are naturally absent from Dutch transcripts).
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.retrieval import RetrievedTurn
from ingest.lexical import tokenize

CALIBRATION_FILE = Path(__file__).resolve().parent / "calibration.json"

_QUESTION_WORDS = re.compile(
    r"\b(what|which|who|whom|why|how|when|where|did|does|do|say|said|says|tell|told|think|thinks|about|"
    r"wat|welke|wie|waarom|hoe|wanneer|waar|zei|zegt|zeggen|gezegd|vond|vindt|vinden|over|"
    r"minister|ministers|staatssecretaris|state|secretary|chair|voorzitter|member|kamerlid|party|partij|"
    r"debate|debat|overleg|mr|mrs|ms|de heer|mevrouw|and|en|also|ook|gezegd|zeggen|antwoordde|reageerde|"
    r"according|volgens|transcript|transcripts|transcripten)\b",
    re.I,
)


MISSING_TERM_CHARS = 9


@dataclass(frozen=True)
class Evidence:
    """The numbers the decision is made on, kept for eval reports and calibration."""

    dense: float
    coverage: float
    language: str = "en"
    missing_terms: tuple[str, ...] = ()
    margin: float = 0.0

    def to_dict(self) -> dict[str, object]:
        """JSON-native (lists, not tuples), so an answer survives a round trip through the API."""
        return {**asdict(self), "missing_terms": list(self.missing_terms)}


@dataclass(frozen=True)
class AbstentionPolicy:
    """Answer when the best passage stands out enough for the question's language, or when the
    best turns contain most of the question's content words; never when a distinctive word of a
    Dutch question is absent from the whole index."""

    min_margin: float = 0.014
    min_margin_nl: float = 0.024
    min_coverage: float = 0.85
    min_dense: float = 0.78
    min_dense_nl: float = 0.82
    """Cosine floors under the margin rule, set by hand below every answerable development
    question (so they cost nothing there): in a small index (one debate) there is no crowd for
    the best passage to stand out from, and a question about bananas still finds a margin."""

    def answerable(self, evidence: Evidence) -> bool:
        if evidence.language == "nl" and evidence.missing_terms:
            return False
        dutch = evidence.language == "nl"
        stands_out = evidence.margin >= (self.min_margin_nl if dutch else self.min_margin)
        close = evidence.dense >= (self.min_dense_nl if dutch else self.min_dense)
        return (stands_out and close) or evidence.coverage >= self.min_coverage

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> AbstentionPolicy:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**{k: data[k] for k in asdict(cls()) if k in data})

    def save(self, path: Path = CALIBRATION_FILE, **extra: object) -> None:
        path.write_text(json.dumps({**asdict(self), **extra}, indent=2) + "\n", encoding="utf-8")


def content_terms(question: str, names: Sequence[str]) -> set[str]:
    """Stemmed content words of the question, without question words and the names of the
    speakers/parties it constrains on (those are filters, not evidence)."""
    text = _QUESTION_WORDS.sub(" ", question)
    for name in names:
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    return set(tokenize([text])[0])


def _absent(term: str, vocabulary: Container[str]) -> bool:
    """Absent from the index, also as a Dutch compound of two indexed words ("prostitutiewet" is
    there when "prostitutie" and "wet" are, with or without a linking s)."""
    if term in vocabulary:
        return False
    for i in range(4, len(term) - 2):
        head, tail = term[:i], term[i:]
        if tail in vocabulary and (head in vocabulary or (head.endswith("s") and head[:-1] in vocabulary)):
            return False
    return True


def gather_evidence(question: str, turns: list[RetrievedTurn], names: Sequence[str], language: str = "en",
                    vocabulary: Container[str] | None = None, margin: float = 0.0) -> Evidence:
    """Evidence from the top turns and the retrieval's dense ``margin``; ``vocabulary`` (every
    stemmed term in the index) finds the question's distinctive words that no transcript has."""
    terms = content_terms(question, names)
    missing = tuple(sorted(t for t in terms if len(t) >= MISSING_TERM_CHARS and vocabulary is not None
                           and _absent(t, vocabulary)))
    if not turns:
        return Evidence(0.0, 0.0, language, missing, margin)
    top = turns[:3]
    dense = max(t.dense for t in top)
    coverage = 0.0
    for turn in top if terms else ():
        words = set(tokenize([" ".join(c.metadata.embed_text or c.text for c in turn.chunks[:2])])[0])
        coverage = max(coverage, len(terms & words) / len(terms))
    return Evidence(round(dense, 4), round(coverage, 4), language, missing, margin)
