"""To whom a cabinet turn's sentence is addressed, from structure: the member whose question or
interruption the turn answers, else the member the minister names for that point.

Names come only from the transcript: the speakers of member turns. A name counts as named when
it follows "de heer", "mevrouw", "het lid", "collega" or "zeg ik tegen"."""

from __future__ import annotations

import re

from ingest.models import Transcript, Turn

from .cabinet import is_cabinet, is_member
from .sentences import Sentence

_TITLE = r"(?:de\s+heer|heer|mevrouw|het\s+lid|lid|collega)\s+"


def member_names(transcript: Transcript) -> tuple[str, ...]:
    """Every speaker who spoke as a member, longest name first (so "Tony van Dijck" wins over
    "Van Dijck")."""
    names = {turn.speaker for turn in transcript.turns if is_member(turn)}
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


def named_members(text: str, names: tuple[str, ...]) -> list[tuple[int, str]]:
    """(offset, name) of every member named with a title in ``text``, in order of appearance."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for name in names:
        pattern = re.compile(_TITLE + re.escape(name).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                taken.append((match.start(), match.end()))
                found.append((match.start(), name))
    return sorted(found)


def interrupter(transcript: Transcript, turn: Turn) -> str | None:
    """The member whose turn this cabinet turn answers: the nearest earlier non-chair turn when it
    is a member's and no other cabinet turn came between."""
    for earlier in reversed(transcript.turns[:turn.index]):
        if earlier.is_chair or earlier.role == "chair":
            continue
        if is_cabinet(earlier):
            return None
        return earlier.speaker if is_member(earlier) else None
    return None


def addressee(transcript: Transcript, turn: Turn, sentence: Sentence, sentences: list[Sentence],
              names: tuple[str, ...]) -> str | None:
    """The member a promise in ``sentence`` of ``turn`` was made to, or None.

    A member named in the sentence wins; then the member named last in the same paragraph before
    it; then, for a promise in the turn's first paragraph, the member whose turn this one answers.
    """
    in_sentence = named_members(sentence.text, names)
    if in_sentence:
        return in_sentence[0][1]
    before = [s for s in sentences if s.paragraph == sentence.paragraph and s.end <= sentence.start]
    for earlier in reversed(before):
        named = named_members(earlier.text, names)
        if named:
            return named[-1][1]
    if sentence.paragraph == 0:
        return interrupter(transcript, turn)
    return None
