"""Judging, without a language model, whether a cited turn supports an answer sentence.

The extractive answer only quotes, so containment of the quote in the cited turn decides
(`eval.metrics.verbatim_support`). A generative answer paraphrases, often in English over Dutch
text, where word overlap says nothing; there the embedder scores the sentence against the turn's
sentence windows, and the cut-off is fitted on the golden set the run is scoring: a question
against its gold turns (supported) and against the best-ranked turn that is not gold (not
supported), the threshold that separates them best by balanced accuracy. A guessed cut-off would
make citation precision a number about the cut-off, not about the answers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eval.metrics import claimed_quotes, strip_markers, verbatim_support

WINDOW_SENTENCES = 3
"""An answer sentence paraphrases a few source sentences: score it against windows this wide."""
MAX_WINDOWS = 24
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def best_threshold(positive: Sequence[float], negative: Sequence[float]) -> tuple[float, float]:
    """The cut-off ``t`` (support when score >= t) maximising balanced accuracy, and that accuracy.

    Candidates are midpoints between neighbouring observed scores; ties go to the lower cut-off
    (a sentence the judge wrongly rejects costs a false regression, which is louder than a miss).
    """
    if not positive or not negative:
        raise ValueError("need scores of both supported and unsupported pairs")
    scores = sorted(set(positive) | set(negative))
    candidates = [scores[0]] + [(a + b) / 2 for a, b in itertools.pairwise(scores)] + [scores[-1] + 1e-6]
    best = (-1.0, 0.0)
    for t in candidates:
        tpr = sum(s >= t for s in positive) / len(positive)
        tnr = sum(s < t for s in negative) / len(negative)
        accuracy = (tpr + tnr) / 2
        if accuracy > best[0] + 1e-12:
            best = (accuracy, t)
    return round(best[1], 4), round(best[0], 4)


def windows(text: str) -> list[str]:
    """Overlapping windows of `WINDOW_SENTENCES` sentences over ``text`` (at most `MAX_WINDOWS`)."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s]
    if len(sentences) <= WINDOW_SENTENCES:
        return [" ".join(sentences)] if sentences else []
    out = [" ".join(sentences[i : i + WINDOW_SENTENCES]) for i in range(len(sentences) - WINDOW_SENTENCES + 1)]
    step = max(1, len(out) // MAX_WINDOWS)
    return out[::step][:MAX_WINDOWS]


@dataclass
class EmbeddingSupport:
    """A `eval.metrics.Support` judge: quoted spans must be verbatim; an unquoted sentence is
    supported when its best window cosine reaches ``threshold``."""

    embedder: Any
    threshold: float
    calibration_accuracy: float | None = None
    _vectors: dict[str, Any] = field(default_factory=dict, repr=False)

    def _windows(self, text: str) -> Any:
        """The window vectors of a turn, embedded once per run (turns are cited many times)."""
        if text not in self._vectors:
            self._vectors[text] = self.embedder.embed_passages(windows(text)) if windows(text) else None
        return self._vectors[text]

    def score(self, statement: str, evidence: Sequence[str]) -> float:
        """Best cosine between the statement and any window of the evidence (0.0 without any)."""
        blocks = [v for text in evidence if (v := self._windows(text)) is not None]
        if not blocks:
            return 0.0
        query = self.embedder.embed_queries([strip_markers(statement)])[0]
        return max(float((block @ query).max()) for block in blocks)

    def __call__(self, statement: str, evidence: Sequence[str]) -> bool:
        if claimed_quotes(statement):
            return verbatim_support(statement, evidence)
        return self.score(statement, evidence) >= self.threshold

    @classmethod
    def calibrate(cls, embedder: Any, supported: Sequence[tuple[str, str]],
                  unsupported: Sequence[tuple[str, str]]) -> EmbeddingSupport:
        """Fit the threshold on (sentence, turn text) pairs known to support / not support."""
        judge = cls(embedder, 0.0)
        positive = [judge.score(s, [t]) for s, t in supported]
        negative = [judge.score(s, [t]) for s, t in unsupported]
        judge.threshold, judge.calibration_accuracy = best_threshold(positive, negative)
        return judge
