"""Follow-up questions without an LLM: carry the speaker and the topic by rule.

"And what did he say about the money?" after a question about Minister Blok keeps Blok;
"wat zei de SP daarover?" keeps the topic of the previous question. The rules only carry what the
follow-up leaves open: a follow-up that names its own speaker or topic keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.question import Constraints, topic_of

_PRONOUN = re.compile(r"\b(he|she|him|his|her|they|them|hij|zij|ze|hem|haar|hun|die)\b", re.I)
_THAT_TOPIC = re.compile(
    r"\b(daarover|hierover|erover|daarvan|daarvoor|about (that|it|this)|on (that|it|this)|for (that|it|this)|"
    r"(over|van|voor) (dat|dit|het)|that topic|dat onderwerp)\b",
    re.I,
)
_FOLLOWUP_START = re.compile(r"^\s*(and|also|what about|how about|en|ook|maar|but)\b", re.I)


@dataclass(frozen=True)
class Condensed:
    """The standalone form of a follow-up and the constraints it inherits."""

    question: str
    inherited: Constraints
    is_followup: bool


def _previous(history: Sequence[Any]) -> tuple[str, Constraints] | None:
    """The last turn of the history: its standalone question and resolved constraints.

    History items are `Answer`s or dicts with ``question`` and optionally ``filters`` and
    ``standalone_question`` (the REST API's shape)."""
    if not history:
        return None
    last = history[-1]
    if not isinstance(last, Mapping):
        last = last.to_dict()
    question = last.get("standalone_question") or last.get("question") or ""
    return question, Constraints.from_dict(last.get("resolved") or last.get("filters") or {})


def condense(question: str, history: Sequence[Any], own: Constraints) -> Condensed:
    """Rewrite ``question`` as a standalone question using the last item of ``history``.

    ``own`` are the constraints the follow-up states itself; a pronoun with no speaker of its own
    inherits the previous speaker constraint, a "daarover"/"about that" inherits the topic.
    """
    previous = _previous(history)
    if previous is None:
        return Condensed(question, Constraints(), False)
    prev_question, prev_constraints = previous
    names_speaker = bool(own.speakers or own.parties or own.roles)
    inherits_speaker = not names_speaker and (_PRONOUN.search(question) or _FOLLOWUP_START.search(question))
    inherited = Constraints(
        speakers=prev_constraints.speakers if inherits_speaker else (),
        roles=prev_constraints.roles if inherits_speaker and not prev_constraints.speakers else (),
        parties=prev_constraints.parties if inherits_speaker and not prev_constraints.speakers else (),
        doc_ids=prev_constraints.doc_ids,
    )
    standalone = question
    if _THAT_TOPIC.search(question):
        topic = topic_of(prev_question)
        standalone = _THAT_TOPIC.sub(f"over {topic}" if _is_dutch_marker(question) else f"about {topic}", question, count=1)
    # "And when did the minister promise ...?" names its own speaker but stays in the debate
    is_followup = bool(inherits_speaker or standalone != question or _FOLLOWUP_START.search(question))
    return Condensed(standalone, inherited if is_followup else Constraints(doc_ids=()), is_followup)


def _is_dutch_marker(question: str) -> bool:
    return bool(re.search(r"\b(daarover|hierover|erover|daarvan|daarvoor|(over|van|voor) (dat|dit|het)|dat onderwerp)\b", question, re.I))
