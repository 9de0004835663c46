"""Sentences of a turn with their character offsets, so a quote is always a verbatim slice.

A sentence ends at ".", "!" or "?" followed by white space and a capital, a quote or a digit, or
at a line break (speakers' paragraphs). Abbreviations common in the corpus ("nr.", "bijv.",
"o.a.", "d.w.z.", the Commons' "the hon. Member", "right hon. Friend") do not end a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_BOUNDARY = re.compile(r"(?<=[.!?…])\s+(?=[A-Z\"'„“‘(0-9À-Ý])|\n+")
_ABBREVIATION = re.compile(r"\b(?:nr|nrs|bijv|o\.a|d\.w\.z|m\.b\.t|t\.a\.v|i\.p\.v|e\.d|blz|art|mr|dr|drs|ir|prof"
                           r"|hon|rt|mrs|ms)\.$", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text == turn_text[start:end]``; ``paragraph`` counts line breaks before it."""

    text: str
    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, stripped, each a verbatim slice with its offsets."""
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        piece = text[start:boundary.start()]
        if "\n" not in boundary.group() and _ABBREVIATION.search(piece):
            continue
        _append(sentences, text, start, boundary.start(), paragraph)
        paragraph += boundary.group().count("\n") > 0
        start = boundary.end()
    _append(sentences, text, start, len(text), paragraph)
    return sentences


def paragraphs(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """``sentences`` (of one text, in order) grouped by the paragraph they stand in."""
    grouped: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        grouped.setdefault(sentence.paragraph, []).append(sentence)
    return [grouped[p] for p in sorted(grouped)]


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + piece.index(stripped)
        sentences.append(Sentence(stripped, offset, offset + len(stripped), paragraph))
