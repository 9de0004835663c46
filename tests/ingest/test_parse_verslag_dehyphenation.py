"""The linear line joiner (`ingest.dehyphenation.join_lines`) gives exactly what the quadratic
one it replaced gave, on every mix of the line ends it treats specially."""

from __future__ import annotations

import random
import re

import pytest

from ingest.dehyphenation import join_lines

# --- the replaced implementation, verbatim but for names (issue 11): the reference ---------------
_BROKEN_WORD_RE = re.compile(r"(?P<head>\w+)-(?P<hard>[ \t]*)$")
_RANGE_END_RE = re.compile(r"\d[–-]$")
_SHARED_PART_RE = re.compile(r"^(?:en|of)(?:\s|$)")
_CHAINED_PARTS_RE = re.compile(r"^(?:en|of)-")
_HYPHEN_PREFIXES = frozenset({"niet", "ex", "oud", "vice", "non"})
_DOUBLED_VOWELS = frozenset({"aa", "ee", "ii", "oo", "uu"})
_WHITESPACE_RE = re.compile(r"\s+")
_SOFT_HYPHEN = "\u00ad"


def _reference_join(lines):
    text, previous = "", ""
    for raw in lines:
        line = _WHITESPACE_RE.sub(" ", raw).strip()
        if not line:
            continue
        text = _reference_append(text, previous, line) if text else line
        previous = raw
    return text.replace(_SOFT_HYPHEN, "")


def _reference_append(text, previous_raw, line):
    if text.endswith(_SOFT_HYPHEN):
        return text[:-1] + line
    if _RANGE_END_RE.search(text) and line[0].isdigit():
        return text + line
    broken = _BROKEN_WORD_RE.search(previous_raw)
    if not broken or _SHARED_PART_RE.match(line):
        return f"{text} {line}"
    if broken["hard"] or _reference_keeps(broken["head"], line):
        return text + line
    return text[:-1] + line


def _reference_keeps(head, line):
    first = line[0]
    return (first.isupper() or first.isdigit() or head[-1].isdigit() or head.lower() in _HYPHEN_PREFIXES
            or _CHAINED_PARTS_RE.match(line) is not None or (head[-1] + first).lower() in _DOUBLED_VOWELS)


# --- line pieces that exercise every branch ------------------------------------------------------
_ENDS = ["mensen-", "West-", "niet-", "zee-", "2011–", "B8-", "hard- ", "zacht\u00ad", "woord", "", "  ", "-",
         "x-\t", "één-", "a", "5-"]
_STARTS = ["handel", "Afrika", "egel", "2015", "en vluchtelingen", "en-weer", "of", "3-procedure", "", " ",
           "\u00adrest", "zee", "Één", "-", "1"]


@pytest.mark.parametrize("seed", range(40))
def test_the_linear_joiner_matches_the_quadratic_one_on_random_line_mixes(seed) -> None:
    rng = random.Random(seed)
    lines = [f"{rng.choice(_STARTS)} {rng.choice(['', 'tekst', 'twee woorden'])} {rng.choice(_ENDS)}".lstrip(" ")
             if rng.random() < 0.7 else rng.choice(_STARTS + _ENDS) for _ in range(rng.randint(1, 40))]
    assert join_lines(lines) == _reference_join(lines)


def test_the_joiner_matches_on_the_verslag_sample_turn_by_turn() -> None:
    from samples import VERSLAG_SAMPLE

    lines = VERSLAG_SAMPLE.read_text(encoding="utf-8").split("\n")
    for start in range(0, len(lines), 25):
        assert join_lines(lines[start:start + 25]) == _reference_join(lines[start:start + 25])
