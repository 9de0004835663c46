"""The time a question says a promise is due ("Did Aartsen promise Stoffer the results ... before
Prinsjesdag?", "Heeft Struycken toegezegd nog vóór het kerstreces te rapporteren ...?"), and
whether the deadline a promise was given fits it.

A question that presumes a deadline the promise does not have is a false premise, like a motion
view that differs (issue 9): the blind sets asked it often (`dev-structure-16` to `-20`, written
as "a deadline that differs"), and the promise was quoted as if it answered. The question is read
with the deadline grammar of `deadlines`, which is Dutch; an English question about a Dutch debate
says the same times in English ("before the summer recess", "before Budget Day", "by the end of
September"), so those phrases are put into their Dutch words first (`ENGLISH_TIMES`). A Commons
sitting keeps the English grammar (its recesses are not the Tweede Kamer's). Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .deadlines import EN_MONTHS, MONTHS, Deadline, find_deadline

_EN_MONTH = "|".join(EN_MONTHS)
_TO_DUTCH_MONTH = dict(zip(EN_MONTHS, MONTHS, strict=True))

ENGLISH_TIMES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern, re.IGNORECASE), dutch) for pattern, dutch in (
    (r"\b(?:before|ahead\s+of)\s+the\s+summer(?:\s+(?:recess|break|holidays?))?\b", "voor het zomerreces"),
    (r"\b(?:before|ahead\s+of)\s+(?:the\s+)?Christmas(?:\s+(?:recess|break|holidays?))?\b", "voor het kerstreces"),
    (r"\b(?:before|ahead\s+of)\s+(?:Prinsjesdag|Budget\s+Day)\b", "voor Prinsjesdag"),
    (r"\b(?:by|on|at)\s+(?:Prinsjesdag|Budget\s+Day)\b", "op Prinsjesdag"),
    (r"\b(?:right\s+|shortly\s+|soon\s+)?after\s+the\s+summer(?:\s+(?:recess|break|holidays?))?\b", "na de zomer"),
    (r"\b(?:before|ahead\s+of)\s+the\s+(?:general\s+)?elections?\b", "voor de verkiezingen"),
    (r"\b(?:this|in\s+the)\s+summer\b", "deze zomer"),
    (r"\b(?:this|in\s+the)\s+spring\b", "dit voorjaar"),
    (r"\bnext\s+spring\b", "volgend voorjaar"),
    (r"\b(?:by|before)\s+the\s+end\s+of\s+(?P<month>" + _EN_MONTH + r")\b", "uiterlijk eind {month}"),
    (r"\b(?:at\s+)?the\s+end\s+of\s+(?P<month>" + _EN_MONTH + r")\b", "eind {month}"),
    (r"\bby\s+(?P<month>" + _EN_MONTH + r")\b", "uiterlijk in {month}"),
    (r"\b(?:in|during)\s+(?P<month>" + _EN_MONTH + r")\b", "in {month}"),
))
"""English times of the Dutch parliamentary year, in the Dutch words the grammar dates (each
dated as its Dutch phrase is, `deadlines.GRAMMAR`)."""


@dataclass(frozen=True)
class AskedDeadline:
    """The deadline a question names: its words as the question writes them (``text``) and the
    dates they stand for (``start``/``end``, as a `Deadline`'s)."""

    text: str
    start: date | None
    end: date


def asked_deadline(question: str, debate_date: date | None, dutch_debate: bool) -> AskedDeadline | None:
    """The deadline ``question`` presumes for a promise of a debate held on ``debate_date``; None
    when it names no datable time, or a time that holds or precedes the debate itself: "Welke
    toezeggingen deed de minister in juli?" or "... in het debat op 2 juli" name the debate, not
    when its promises are due (a promise is always due after the day it is made)."""
    if debate_date is None:
        return None
    found = _english_time(question, debate_date) if dutch_debate else None
    found = found or _dutch_time(question, debate_date)
    if found is None or (found.start or found.end) <= debate_date:
        return None
    return found


def deadline_words(question: str) -> str | None:
    """The words of the time ``question`` says something is due ("voor de zomer", "before the end of
    September"), whatever debate it is read against; None when it names none."""
    for pattern, _ in ENGLISH_TIMES:
        if (match := pattern.search(question)) is not None:
            return match.group(0)
    found = find_deadline(question, None)
    return found.text if found is not None and found.text else None


def _english_time(question: str, debate_date: date) -> AskedDeadline | None:
    for pattern, dutch in ENGLISH_TIMES:
        if (match := pattern.search(question)) is None:
            continue
        month = match.groupdict().get("month")
        words = dutch.format(month=_TO_DUTCH_MONTH[month.lower()]) if month else dutch
        if (found := find_deadline(words, debate_date)) is not None and found.end is not None:
            return AskedDeadline(match.group(0), found.start, found.end)
    return None


def _dutch_time(question: str, debate_date: date) -> AskedDeadline | None:
    found = find_deadline(question, debate_date)
    if found is None or found.end is None:
        return None
    return AskedDeadline(found.text, found.start, found.end)


DEADLINE_SLACK = timedelta(days=7)
"""How much later than the time a question names a promise may be due and still fit it: "voor de
zomer" (the day before the summer recess, 3 July 2025) fits "before the end of June"."""


def deadline_fits(asked: AskedDeadline, promised: Deadline) -> bool | None:
    """Whether a promise due ``promised`` keeps the time ``asked``; None when the promise has no
    date to compare. A bound ("before Prinsjesdag") is kept by a promise due by then (a window, by
    its last day: "in het najaar" does not promise it before Prinsjesdag); a window ("in
    December") by a promise whose time reaches into it (a bound "voor het einde van het jaar" does,
    "voor de zomer" does not)."""
    if promised.end is None:
        return None
    if asked.start is None:
        return promised.end <= asked.end + DEADLINE_SLACK
    return promised.end >= asked.start and (promised.start is None or promised.start <= asked.end)


def unkept_deadline(question: str, debate_date: date | None, dutch_debate: bool,
                    promised: Deadline | None) -> AskedDeadline | None:
    """The deadline ``question`` presumes (`asked_deadline`) where ``promised`` is dated and does not
    keep it (`deadline_fits`); None where the question presumes none or the promise keeps it or has
    no date to tell."""
    asked = asked_deadline(question, debate_date, dutch_debate)
    if asked is None or promised is None or deadline_fits(asked, promised) is not False:
        return None
    return asked


def promised_deadline(text: str | None, iso: str | None) -> Deadline | None:
    """A commitment's recorded deadline (its words and ISO date or ``start/end`` range) as a `Deadline`."""
    if not text or not iso:
        return None
    first, _, last = iso.partition("/")
    try:
        return Deadline(text, date.fromisoformat(first), date.fromisoformat(last)) if last else Deadline(
            text, None, date.fromisoformat(first))
    except ValueError:
        return None
