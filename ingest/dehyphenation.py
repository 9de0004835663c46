"""Joining the lines of text extracted from a PDF into one paragraph, repairing line-end hyphens.

A word broken at a line end is rejoined ("mensen-" + "handel") unless its hyphen is real: the
next part is capitalised or a number ("West-Afrika", "B8/3-procedure"), the line ends in
hyphen-and-space as this converter prints a hard hyphen, the first part always takes one
("niet-"), or the join would double a vowel ("zee-egel"). Before "en"/"of" the hyphen keeps its
space ("zeden- en geweldsdelicten"); a number range stays closed ("2011–2015"). A soft hyphen
(U+00AD) at a line end joins without a trace; soft hyphens are removed everywhere.

Why its own module, and why a list of parts: the first version re-built the whole paragraph
string for every line and searched it with a regex, which made a turn of n lines cost n² (on this
2-core machine, December 2026: 8.3 s at 2,500 lines, 27.5 s at 5,000, 66 s at 10,000; a 50 MB
text never finished; issue 11). Here every decision looks only at the previous line and the last
characters joined so far, so the cost is linear: 0.08 s at 5,000 lines, 0.31 s at 20,000, 3.6 s
at 200,000, and a 50 MB single-turn verslag parses in 26 s. tests/ingest/
test_parse_verslag_dehyphenation.py pins its output to the old algorithm's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.parse_limits import check_deadline

# A line that ends in a word plus hyphen; blanks after the hyphen mark a printed (hard) hyphen.
# The look-behind lets a match start only at the start of a word, and the possessive blanks do
# not backtrack, so a line of one long word costs its length once, not its length squared.
_BROKEN_WORD_RE = re.compile(r"(?<!\w)(?P<head>\w+)-(?P<hard>[ \t]*+)$")
# "2011–" at a line end, continued by "2015": a range, joined without a space.
_RANGE_END_RE = re.compile(r"\d[–-]$")
# "migratie-" + "en vluchtelingenketen": the hyphen stands for a shared second part.
_SHARED_PART_RE = re.compile(r"^(?:en|of)(?:\s|$)")
# "heen-" + "en-weerprocessie": a chain of parts, all hyphenated.
_CHAINED_PARTS_RE = re.compile(r"^(?:en|of)-")
# First parts that Dutch always writes with a hyphen: "niet-geregistreerde", "oud-minister".
_HYPHEN_PREFIXES = frozenset({"niet", "ex", "oud", "vice", "non"})
# Dutch writes a hyphen where two parts would double a vowel ("zee-egel", "anti-inflatie");
# within a word it uses a diaeresis instead ("beëindigen"), so a soft break never shows these.
_DOUBLED_VOWELS = frozenset({"aa", "ee", "ii", "oo", "uu"})
_WHITESPACE_RE = re.compile(r"\s+")
_SOFT_HYPHEN = "\u00ad"


def join_lines(lines: Iterable[str]) -> str:
    """Join extracted lines into one paragraph, repairing words hyphenated at line ends.

    Lines are whitespace-normalised; blank lines are skipped. Cost is linear in the total length.
    """
    parts: list[str] = []  # the paragraph so far, as pieces; never empty strings
    previous = ""
    for raw in lines:
        check_deadline()
        line = _WHITESPACE_RE.sub(" ", raw).strip()
        if not line:
            continue
        if parts:
            _append_line(parts, previous, line)
        else:
            parts.append(line)
        previous = raw
    return "".join(parts).replace(_SOFT_HYPHEN, "")


def _tail(parts: list[str], length: int) -> str:
    """The last ``length`` characters joined so far (pieces are non-empty, so this walks back
    at most ``length`` pieces)."""
    tail = ""
    for piece in reversed(parts):
        tail = piece + tail if len(piece) < length else piece[-length:] + tail
        if len(tail) >= length:
            return tail[-length:]
    return tail


def _drop_last_char(parts: list[str]) -> None:
    parts[-1] = parts[-1][:-1]
    if not parts[-1]:
        parts.pop()


def _append_line(parts: list[str], previous_raw: str, line: str) -> None:
    """Append ``line`` to the paragraph in ``parts`` (which ends with ``previous_raw``'s content)."""
    end = _tail(parts, 2)
    if end.endswith(_SOFT_HYPHEN):
        _drop_last_char(parts)
        parts.append(line)
        return
    if _RANGE_END_RE.search(end) and line[0].isdigit():
        parts.append(line)  # "2011–" + "2015"
        return
    broken = _BROKEN_WORD_RE.search(previous_raw)
    if not broken or _SHARED_PART_RE.match(line):
        parts.extend((" ", line))  # also "migratie-" + "en vluchtelingenketen"
    elif broken["hard"] or _keeps_hyphen(broken["head"], line):
        parts.append(line)  # "West-" + "Afrika"
    else:
        _drop_last_char(parts)  # "mensen-" + "handel"
        parts.append(line)


def _keeps_hyphen(head: str, line: str) -> bool:
    """Whether "head-" + line is a written hyphen rather than a line-end word break."""
    first = line[0]
    return (
        first.isupper()
        or first.isdigit()
        or head[-1].isdigit()
        or head.lower() in _HYPHEN_PREFIXES
        or _CHAINED_PARTS_RE.match(line) is not None
        or (head[-1] + first).lower() in _DOUBLED_VOWELS
    )
