"""Validating a language model's answer against the sources it was given.

A model may cite a source it was not given, state something with no citation, or "quote" words
that are not in the source. Each of these is removed and reported, so what reaches the user is
only what the sources support as far as can be checked mechanically. If too little survives, the
caller falls back to the extractive answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.models import Citation

_MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_QUOTED = re.compile(r"[\"“«„]([^\"”»“]{12,}?)[\"”»“]")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).lower()


@dataclass
class Validation:
    """The cleaned answer, the source numbers it still cites, and what was removed and why."""

    text: str
    cited: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    kept_sentences: int = 0
    total_sentences: int = 0


def _markers(sentence: str) -> list[int]:
    return [int(n) for group in _MARKER.findall(sentence) for n in re.split(r"\s*,\s*", group)]


def validate_answer(text: str, sources: Sequence[Citation]) -> Validation:
    """Keep the sentences that cite only given sources and whose quotes are verbatim in them."""
    by_n = {c.n: c for c in sources}
    result = Validation(text="")
    kept: list[str] = []
    for sentence in (s.strip() for s in _SENTENCE.split(text.strip())):
        if not sentence or not re.search(r"\w", sentence):
            continue
        result.total_sentences += 1
        numbers = _markers(sentence)
        unknown = [n for n in numbers if n not in by_n]
        if unknown:
            result.problems.append(f"cited a source it was not given: {', '.join(f'[{n}]' for n in unknown)}")
            sentence = _MARKER.sub(lambda m: "" if any(int(x) in unknown for x in re.findall(r"\d+", m.group(0))) else m.group(0), sentence).strip()
            numbers = [n for n in numbers if n in by_n]
        if not numbers:
            if sentence.endswith(":"):  # a lead-in to a cited list keeps its place
                kept.append(sentence)
                continue
            result.problems.append(f"claim without a citation removed: {sentence[:80]!r}")
            continue
        bad_quote = next(
            (q for q in _QUOTED.findall(sentence)
             if not any(normalise(q) in normalise(by_n[n].text) for n in numbers)),
            None,
        )
        if bad_quote is not None:
            result.problems.append(f"quote not found in its source removed: {bad_quote[:80]!r}")
            continue
        kept.append(sentence)
        result.kept_sentences += 1
        result.cited.extend(n for n in numbers if n not in result.cited)
    result.text = "\n".join(kept)
    return result
