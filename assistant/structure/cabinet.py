"""Which turns are the cabinet's: the one definition the structure views share (commitments,
motions). A cabinet turn is a minister's or a state secretary's, by the parser's role."""

from __future__ import annotations

from ingest.models import CABINET_ROLES, Turn


def is_cabinet(turn: Turn) -> bool:
    """True for a turn spoken by a minister or a state secretary in that role."""
    return turn.role in CABINET_ROLES


def is_member(turn: Turn) -> bool:
    """True for a turn of a member speaking as a member (a chair speaking as spokesperson counts)."""
    return turn.role == "member"
