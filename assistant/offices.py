"""Offices a question names by title or portfolio ("the Chancellor", "the finance minister",
"de minister van Justitie en Veiligheid"), resolved to the speakers whose function titles in the
transcripts hold them. The words come from the parliament profiles
(`ingest.profiles.parliament`); nothing here names a person of the sample corpus."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.constraints import Constraints
from assistant.speaker_directory import SpeakerDirectory
from ingest.profiles.parliament import ParliamentOffice, merged_parliaments

_PARLIAMENTS = merged_parliaments()


@lru_cache(maxsize=1)
def _office_patterns() -> tuple[tuple[ParliamentOffice, re.Pattern[str]], ...]:
    return tuple(
        (office, re.compile(rf"(?<![\w-])(?:{phrase})(?![\w-])", 0 if office.case_sensitive else re.I))
        for office in _PARLIAMENTS.offices for phrase in office.phrases
    )


def find_offices(question: str, roles: Container[str] | None = None) -> tuple[tuple[ParliamentOffice, ...], tuple[int, int] | None]:
    """The office of any parliament profile that the question names first by its own title
    ("the Chancellor", "de Chancellor", "Chancellor of the Exchequer"), and where; with
    ``roles``, only offices held in one of them. The first named is the one asked about: in
    "Whom did the Speaker call after the Chancellor answered?" the Speaker. At one place the
    longest phrase wins, so "the Chancellor of the Duchy of Lancaster" is not "the Chancellor";
    offices that share the phrase are all returned."""
    best: list[ParliamentOffice] = []
    span: tuple[int, int] | None = None
    for office, pattern in _office_patterns():
        if roles is not None and office.role not in roles:
            continue
        match = pattern.search(question)
        if match is None:
            continue
        key = (match.start(), -(match.end() - match.start()))
        if span is None or key < (span[0], -(span[1] - span[0])):
            best, span = [office], match.span()
        elif match.span() == span and office not in best:
            best.append(office)
    return tuple(best), span


PORTFOLIOS: dict[str, str] = _PARLIAMENTS.portfolios
"""Function-title stems (as in "minister van Justitie en Veiligheid") and the words a question
uses for them, from the parliament profiles."""
_OFFICE = _PARLIAMENTS.portfolio_offices
MINISTRY_POSTS: dict[str, tuple[str, ...]] = _PARLIAMENTS.ministry_posts
"""Per portfolio stem, the posts of that ministry whose function titles do not name it
("Fiscaliteit, Belastingdienst en Douane" for Financiën), from the parliament profiles."""


def find_portfolios(question: str) -> tuple[tuple[str, ...], str]:
    """Portfolios attached to an office in the question, and the phrase that named them: "the
    justice minister", "minister of Finance", "de minister van Onderwijs", "State Secretary for
    Security and Justice". A portfolio word elsewhere ("the police debate on security") is a
    topic, not a constraint."""
    found, phrase = [], ""
    for stem, words in PORTFOLIOS.items():
        before = rf"\b(?:{words})\s+{_OFFICE}\b"
        after = rf"\b{_OFFICE}\s+(?:of|for|van|voor)\s+(?:the\s+)?(?:[\w,]+\s+(?:and|en)\s+)?(?:{words})\b"
        match = re.search(before, question, re.I) or re.search(after, question, re.I)
        if match:
            found.append(stem)
            phrase = max(phrase, match.group(0), key=len)
    return tuple(found), phrase


@dataclass(frozen=True)
class Office:
    """An office the question names by portfolio ("the finance minister"), as written, and
    whether anyone in the index holds it."""

    phrase: str
    held: bool


def resolve_office(question: str, constraints: Constraints, directory: SpeakerDirectory) -> tuple[Constraints, Office | None]:
    """Narrow a role to the holders of the office the question names by its title ("the
    Chancellor" is whoever the transcripts record as Chancellor of the Exchequer), from the
    function titles in the transcripts, in whatever role they speak. Returns the constraints and
    the office (None when the question names none); an office nobody holds gets an honest
    "nobody speaks" reply. As for portfolios, a speaker of the office's role whose function the
    transcript does not record stays a candidate unless someone's recorded function matches,
    except for an office that says not to guess (`ParliamentOffice.guess_unrecorded`): with no
    recorded holder it constrains nobody, and the evidence decides."""
    offices, span = find_offices(question, constraints.roles or None)
    if not offices or span is None:
        return constraints, None
    phrase = question[span[0] : span[1]]
    holders = sorted(key for key, s in directory.speakers.items()
                     if any(o.holds(f) for o in offices for f in s.functions))
    if holders:
        return replace(constraints, speakers=tuple(holders), roles=()), Office(phrase, held=True)
    if not all(o.guess_unrecorded for o in offices):
        # "the head of government": whoever it is may be recorded as a member, so constrain nobody
        return replace(constraints, roles=()), None
    roles = {o.role for o in offices}
    unrecorded = sorted(key for key, s in directory.speakers.items() if s.roles & roles and not s.functions)
    if unrecorded:
        return replace(constraints, speakers=tuple(unrecorded)), Office(phrase, held=True)
    return constraints, Office(phrase, held=False)


def resolve_portfolio(question: str, constraints: Constraints, directory: SpeakerDirectory) -> tuple[Constraints, Office | None]:
    """Narrow "the minister" to the holders of the office (`resolve_office`) or of the portfolio
    the question names, from the function titles in the transcripts. Returns the constraints and
    the office (None when the question names no portfolio); an office nobody holds gets an
    honest "nobody speaks" reply.

    A speaker whose function the transcript does not record (ParlaMint ministers) stays a
    candidate unless someone's recorded function matches: we cannot rule them out."""
    if constraints.speakers or not constraints.roles:
        return constraints, None
    narrowed, office = resolve_office(question, constraints, directory)
    if office is not None or narrowed != constraints:
        return narrowed, office
    stems, phrase = find_portfolios(question)
    if not stems:
        return constraints, None
    holders, unrecorded = [], []
    for key, speaker in directory.speakers.items():
        if not speaker.roles & set(constraints.roles):
            continue
        functions = " ".join(speaker.functions).lower()
        if all(stem in functions or any(post in functions for post in MINISTRY_POSTS.get(stem, ())) for stem in stems):
            holders.append(key)
        elif not speaker.functions:
            unrecorded.append(key)
    chosen = holders or unrecorded
    if not chosen:
        return constraints, Office(phrase, held=False)
    return replace(constraints, speakers=tuple(sorted(chosen))), Office(phrase, held=True)
