"""Which turns are the cabinet's: the one definition the structure views share (commitments,
motions). A cabinet turn is a minister's or a state secretary's, by the parser's role."""

from __future__ import annotations

import re

from ingest.models import CABINET_ROLES, Transcript, Turn


def is_cabinet(turn: Turn) -> bool:
    """True for a turn spoken by a minister or a state secretary in that role."""
    return turn.role in CABINET_ROLES


def is_member(turn: Turn) -> bool:
    """True for a turn of a member speaking as a member (a chair speaking as spokesperson counts)."""
    return turn.role == "member"


# How members address a member of the cabinet by office: "Kan ik dat noteren, van de staatssecretaris?".
_OFFICE = {"state_secretary": re.compile(r"\bstaatssecretaris\b", re.IGNORECASE),
           "minister": re.compile(r"\bminister\b", re.IGNORECASE)}


def turns_answered(transcript: Transcript, turn: Turn) -> list[Turn]:
    """The members' and the chair's turns a cabinet turn answers, the latest first: those since the
    cabinet last spoke. Where a colleague of the cabinet spoke just before (a minister and a state
    secretary answering a second term in turn: "Kan ik dat noteren als een toezegging, met een datum?"
    to the state secretary, then the minister's answer to another member, then hers), the turns
    before the colleague's, if a member among them speaks to this turn's office; none otherwise (an
    interruption the colleague answered is the colleague's). Written from mini-debates where two members
    of the cabinet answer in turn (round 20)."""
    before = list(reversed(transcript.turns[:turn.index]))
    colleagues = 0
    while colleagues < len(before) and is_cabinet(before[colleagues]) and before[colleagues].speaker != turn.speaker:
        colleagues += 1
    answered: list[Turn] = []
    for earlier in before[colleagues:]:
        if is_cabinet(earlier):
            break
        answered.append(earlier)
    office = _OFFICE.get(turn.role or "")
    if colleagues and (office is None or not any(is_member(t) and office.search(t.text) for t in answered)):
        return []
    return answered
