"""Commitments by whether their deadline has passed on the day a question is asked: "Welke
toezeggingen zijn over tijd?", "Which commitments are overdue?", "Welke toezeggingen staan nog
open?".

A clerk asks these of the toezeggingenregister. Before, the first was answered with five passages
that say "tijd" or "toezegging" (Van Oostenbruggen's "heb ik die ook in de tijd geplaatst", Inge van
Dijk's "Ik ben blij met deze toezegging."), the second was refused, the third answered with two
promises of one debate. The transcripts hold each promise's deadline (`Commitment.deadline`,
normalised against its debate's date), not whether it was kept: the answer lists those whose
deadline has passed (or not yet) on the day asked, and says it cannot tell which were kept. The
words that ask are language data (the profiles' ``commitment_cues.deadline_passed`` and
``deadline_pending``). Pure functions; the day is the caller's (`Assistant.today`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Literal

from assistant.commitment_listing import last_day
from assistant.structure.commitments import Commitment
from ingest.profiles.language import CommitmentCue, language_profiles

DeadlineStatus = Literal["passed", "pending"]


@lru_cache(maxsize=2)
def _cue(kind: CommitmentCue) -> re.Pattern[str]:
    """``kind``'s cues of every profile: an English question may ask about a Dutch debate."""
    return re.compile("|".join(f"(?:{c})" for p in language_profiles().values() for c in p.commitment_cues[kind]),
                      re.IGNORECASE)


def asked_status(question: str) -> DeadlineStatus | None:
    """Whether ``question`` asks for the commitments whose deadline has passed or those whose
    deadline has not; None when it asks neither. "Not yet" is read first: "nog niet verlopen" holds
    "verlopen"."""
    if _cue("deadline_pending").search(question):
        return "pending"
    if _cue("deadline_passed").search(question):
        return "passed"
    return None


def without_status(question: str) -> str:
    """``question`` without its words that ask for a deadline's status (they name no topic)."""
    return _cue("deadline_passed").sub(" ", _cue("deadline_pending").sub(" ", question))


def by_status(commitments: Sequence[Commitment], status: DeadlineStatus, today: date) -> list[Commitment]:
    """Those of ``commitments`` with a dated deadline that has passed on ``today`` (its last day
    before it) or, ``pending``, has not; undated ones are neither."""
    return [c for c in commitments if (day := last_day(c)) is not None and (day < today) == (status == "passed")]
