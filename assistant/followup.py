"""Follow-up questions without an LLM: carry the speaker and the topic by rule.

"And what did he say about the money?" after a question about Minister Blok keeps Blok;
"wat zei de SP daarover?" keeps the topic of the previous question. The rules only carry what the
follow-up leaves open: a follow-up that names its own speaker or topic keeps its own.

Only the last exchange of a history is read (`last_exchange`): a follow-up refers to what was just
said, so however long a conversation grows, one follow-up costs at most one extra understanding of
an earlier question. History items come from clients (the REST API), so `last_exchange` checks
what it reads and raises `InvalidQuestionError` / `QuestionTooLongError`, never a builtin error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.constraints import Constraints
from assistant.question import topic_of
from ingest.errors import InvalidQuestionError, QuestionTooLongError

_PRONOUN = re.compile(r"\b(he|she|him|his|her|they|them|hij|zij|ze|hem|haar|hun|die)\b", re.I)
_DUTCH_TOPIC = r"daarover|hierover|erover|daarvan|ervan|hiervan|daarvoor|daarop|hierop|(over|van|voor) (dat|dit|het)|dat onderwerp"
_THAT_TOPIC = re.compile(rf"\b({_DUTCH_TOPIC}|about (that|it|this)|on (that|it|this)|for (that|it|this)|that topic)\b", re.I)
"""A follow-up's words for the previous question's topic. "ervan" and "hiervan" too ("Is dat nou
een toezegging geworden, en wanneer hoort de Kamer ervan?" after Koops's question on victims in
penalty orders lost the debate and the topic, `dev-structure-34`, written blind); not "ervoor" or
"erop", which Dutch mostly uses in set phrases ("ervoor zorgen dat", "erop wijzen dat")."""
_FOLLOWUP_START = re.compile(r"^\s*(and|also|what about|how about|en|ook|maar|but)\b", re.I)
_THAT_MOTION = re.compile(r"\b(?:die|deze|dezelfde)\s+motie\b|\b(?:that|this|the\s+same)\s+motion\b", re.I)
"""A motion the follow-up points back to ("kreeg die motie dan alsnog oordeel Kamer?"): the one the
previous question named."""
_MOTION_WORD = re.compile(r"\bmoti(?:e|on)s?\b", re.I)


@dataclass(frozen=True)
class Condensed:
    """The standalone form of a follow-up and the constraints it inherits."""

    question: str
    inherited: Constraints
    is_followup: bool


def last_exchange(history: Sequence[Any] | None, max_chars: int) -> dict[str, Any] | None:
    """The last item of ``history`` as a dict, the only one a follow-up is rewritten against.

    Items are `Answer`s (the chat, the CLI) or dicts (the REST API: an earlier answer's JSON or
    just ``{"question": ...}``). Every item's ``question`` and ``standalone_question`` must be
    text of at most ``max_chars`` characters, like a question (`QuestionTooLongError`); the last
    item must be an object whose ``filters`` / ``resolved`` is an object and whose
    ``citations`` are objects with a ``doc_id`` (`InvalidQuestionError` otherwise).
    """
    if not history:
        return None
    for position, item in enumerate(history, start=1):
        if isinstance(item, Mapping):
            for key in ("question", "standalone_question"):
                if item.get(key) is not None:
                    checked_text(item[key], f"history item {position}: {key}", max_chars)
        elif not hasattr(item, "to_dict"):
            raise InvalidQuestionError(f"history item {position} must be an object, not {type(item).__name__}")
    last = history[-1]
    data = dict(last) if isinstance(last, Mapping) else last.to_dict()
    where = f"history item {len(history)}"
    for key in ("filters", "resolved"):
        if data.get(key) is not None and not isinstance(data[key], Mapping):
            raise InvalidQuestionError(f"{where}: {key} must be an object")
    citations = data.get("citations") or []
    if not isinstance(citations, Sequence) or isinstance(citations, str) or not all(
            isinstance(c, Mapping) and isinstance(c.get("doc_id"), str) for c in citations):
        raise InvalidQuestionError(f"{where}: citations must be objects with a doc_id")
    return data


def checked_text(value: Any, what: str, max_chars: int) -> str:
    """``value`` if it is text a question may be: a string of at most ``max_chars`` characters
    that encodes as UTF-8 (a lone surrogate, which JSON's ``\\ud800`` escapes and a mis-decoded
    command line can carry, does not). Raises `InvalidQuestionError` or `QuestionTooLongError`
    naming ``what``."""
    if not isinstance(value, str):
        raise InvalidQuestionError(f"{what} must be text, not {type(value).__name__}")
    if len(value) > max_chars:
        raise QuestionTooLongError(f"{what} is {len(value)} characters long; the limit is {max_chars}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidQuestionError(f"{what} holds a character that is not valid Unicode text at position {exc.start}") from exc
    return value


_ONE_PERSON = re.compile(r"\b(?:he|she|him|hij|hem|(?:her|haar)(?=\s+(?:anything|something|iets|about|over|a|an|the|de|het|een|"
                         r"toe|aan|to|then|toen|daar\w*|er\w*)\b|\s*[?,.]|\s*$))\b", re.I)
"""A pronoun for one person, never a possessive ("her motion", "haar motie" stay): the one a
follow-up means after an answer that found who (`_found_person`)."""


@dataclass(frozen=True)
class _Previous:
    question: str
    constraints: Constraints
    answered_by: str | None
    """The speaker of the previous answer's first citation, where it answered."""


def _previous(history: Sequence[Any]) -> _Previous | None:
    """The last turn of the history: its standalone question, resolved constraints and the
    speaker its answer cited first.

    History items are `Answer`s or dicts with ``question`` and optionally ``filters``,
    ``standalone_question`` and ``citations`` (the REST API's shape)."""
    if not history:
        return None
    last = history[-1]
    if not isinstance(last, Mapping):
        last = last.to_dict()
    question = last.get("standalone_question") or last.get("question") or ""
    try:
        constraints = Constraints.from_dict(last.get("resolved") or last.get("filters") or {})
    except (TypeError, ValueError) as exc:
        raise InvalidQuestionError(f"history item {len(history)}: its filters are malformed ({exc})") from exc
    citations = last.get("citations") or []
    speaker = citations[0].get("speaker") if last.get("answerable", True) and citations else None
    return _Previous(str(question), constraints, speaker if isinstance(speaker, str) and speaker.strip() else None)


def _found_person(question: str, previous: _Previous) -> str:
    """``question`` with its pronoun for one person (`_ONE_PERSON`) replaced by the person the
    previous answer found, where the previous question named nobody (no speaker, party or office
    to inherit): "Who asked whether organisations follow the Laundry Bear report's
    recommendations?" found Olger van Dijk, and "And did the minister promise him anything on
    that?" means him (`dev-structure-37`, written blind: the minister's turns on the report were
    quoted, not his promise to Van Dijk). A previous question that named someone is carried by
    its constraints instead (`condense`)."""
    c = previous.constraints
    if previous.answered_by is None or c.speakers or c.parties or c.roles:
        return question
    return _ONE_PERSON.sub(lambda _match: previous.answered_by or "", question, count=1)


def condense(question: str, history: Sequence[Any], own: Constraints) -> Condensed:
    """Rewrite ``question`` as a standalone question using the last item of ``history``.

    ``own`` are the constraints the follow-up states itself; a pronoun with no speaker of its own
    inherits the previous speaker constraint, a "daarover"/"about that" inherits the topic.
    """
    previous = _previous(history)
    if previous is None:
        return Condensed(question, Constraints(), False)
    prev_question, prev_constraints = previous.question, previous.constraints
    names_speaker = bool(own.speakers or own.parties or own.roles)
    inherits_speaker = not names_speaker and (_PRONOUN.search(question) or _FOLLOWUP_START.search(question))
    inherited = Constraints(
        speakers=prev_constraints.speakers if inherits_speaker else (),
        roles=prev_constraints.roles if inherits_speaker and not prev_constraints.speakers else (),
        parties=prev_constraints.parties if inherits_speaker and not prev_constraints.speakers else (),
        doc_ids=prev_constraints.doc_ids,
        as_members=prev_constraints.as_members and bool(inherits_speaker),
    )
    standalone = _found_person(question, previous)
    if _THAT_TOPIC.search(question):
        topic = topic_of(prev_question)
        phrase = f"over {topic}" if _is_dutch_marker(question) else f"about {topic}"
        # a function, not a template string: the topic is user text, so a backslash or a "\g<0>"
        # in it stays literal text instead of being read as an escape or a group reference
        standalone = _THAT_TOPIC.sub(lambda _match: phrase, standalone, count=1)
    if (motion := _THAT_MOTION.search(standalone)) is not None and _MOTION_WORD.search(prev_question):
        standalone = standalone[:motion.start()] + _the_motion(prev_question, motion.group(0)) + standalone[motion.end():]
    # "And when did the minister promise ...?" names its own speaker but stays in the debate
    is_followup = bool(inherits_speaker or standalone != question or _FOLLOWUP_START.search(question))
    return Condensed(standalone, inherited if is_followup else Constraints(doc_ids=()), is_followup)


def _the_motion(prev_question: str, pointer: str) -> str:
    """The motion the previous question named, for the follow-up's "die motie" / "that motion": its
    topic where that names the motion itself ("de motie van Westerveld om ..."), else "de motie over
    <topic>". "En toen Westerveld voorstelde om er elke zes maanden van te maken, kreeg die motie dan
    alsnog oordeel Kamer?" after a question on her motion on thuiszitters was answered from
    Westerveld's turns alone, with no motion found (`dev-structure-21`)."""
    topic = topic_of(prev_question)
    if _MOTION_WORD.search(topic):
        return topic
    return f"de motie over {topic}" if pointer.lower().endswith("motie") else f"the motion on {topic}"


def _is_dutch_marker(question: str) -> bool:
    return bool(re.search(rf"\b({_DUTCH_TOPIC})\b", question, re.I))
