"""The kind of meeting a question names ("the agriculture committee debate of 10 July 2025", "de
plenaire vergadering van 2 juli"), against the kinds of the debates held on the days it names.

A question that names its days and a kind of meeting none of the debates held then was is about a
meeting the transcripts do not hold: its answer is "not in the transcripts", saying which debates
were held then. Before, the days alone filtered retrieval, and "How many speakers did the
agriculture committee debate of 10 July 2025 have?" was answered with the chair opening the plenary
sitting of that day, the only debate of that day in the index (`dev-structure-28`, written blind).

Only the kind is checked, never the subject words beside it ("agriculture"): a plenary sitting's
title names no subject, and staff name a committee debate by a subject its title may not hold, so
a subject that no title has proves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from assistant.answering import format_date
from assistant.constraints import day_of
from assistant.evidence_fit import letter_bounded
from ingest.models import Transcript
from ingest.profiles.language import language_profile, language_profiles

MeetingKind = Literal["committee", "plenary"]

PLENARY = "plenair"
"""The kind the parsers give a plenary sitting (a VLOS ``soort``, every ParlaMint sitting); every
other kind they give ("commissie", "algemeen overleg") is a committee's meeting."""

MAX_LISTED = 5
"""The most debates the refusal names as held then; a day holds at most eight in the sample corpus,
and a year named in a question may hold a great many."""


@lru_cache(maxsize=2)
def _kind_re(kind: MeetingKind) -> re.Pattern[str]:
    return letter_bounded([w for p in language_profiles().values() for w in p.debate_cues[kind]])


def named_kind(question: str) -> MeetingKind | None:
    """The kind of meeting ``question`` names (the profiles' ``debate_cues.committee`` and
    ``debate_cues.plenary``, in any profiled language), or None where it names neither or both."""
    kinds: tuple[MeetingKind, ...] = ("committee", "plenary")
    named = [kind for kind in kinds if _kind_re(kind).search(question)]
    return named[0] if len(named) == 1 else None


def kind_of(transcript: Transcript) -> MeetingKind | None:
    """The kind of meeting ``transcript`` records, or None where its header records none."""
    if not transcript.kind:
        return None
    return "plenary" if transcript.kind == PLENARY else "committee"


def of_named_kind(question: str, held: Sequence[Transcript]) -> list[Transcript]:
    """Those of the debates ``held`` on the days ``question`` names that are of the kind of meeting
    it names ("Wie sprak er in de plenaire vergadering van 2 juli 2025?" is the plenary sitting of
    that day, not also its seven committee debates, and was refused); all of them where it names no
    kind or a debate records none."""
    asked = named_kind(question)
    kinds = [kind_of(t) for t in held]
    if asked is None or None in kinds:
        return list(held)
    return [t for t, kind in zip(held, kinds, strict=True) if kind == asked]


def unheld_reason(question: str, language: str, held: Sequence[Transcript], date_from: int,
                  date_to: int | None) -> str | None:
    """Why ``question`` is not answered where the kind of meeting it names is none of the debates
    ``held`` on the days it names (``date_from`` to ``date_to``, as the numbers YYYYMMDD of
    `assistant.constraints.Constraints`); None where it names no kind, where a debate held then is
    of that kind, or where one records no kind (nothing then says it was not)."""
    asked = named_kind(question)
    kinds = [kind_of(t) for t in held]
    if asked is None or not held or asked in kinds or None in kinds:
        return None
    say = language_profile(language).messages
    called = {"committee": say.committee_meeting, "plenary": say.plenary_sitting}
    listed = [f"“{t.title}” ({called[kind]}, {format_date(t.date, language)})"
              for t, kind in zip(held, kinds, strict=True) if kind is not None][:MAX_LISTED]
    first, last = (format_date(day_of(day).isoformat(), language) for day in (date_from, date_to or date_from))
    return say.meeting_unheld.format(kind=called[asked], when=first if first == last else f"{first} – {last}",
                                     held=", ".join(listed) + (" …" if len(held) > MAX_LISTED else ""))
