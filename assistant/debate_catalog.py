"""Questions about the indexed debates themselves: which there are ("Welke debatten zitten er in de
transcripten?", "In which debates did Van Nispen speak?") and when one was held ("Wanneer was het
MIRT-debat?", "When was the EUFOR Althea debate held?") and how long it lasted ("Hoe lang duurde het
MIRT-debat?").

The index's catalog answers them, not a passage: "Welke debatten zitten er in de transcripten?" was
answered with Van Nispen saying "We zitten in een demissionaire periode ...", "Wanneer was het
MIRT-debat?" with a passage of the state secretary's (its date only in the heading). Each debate is
listed with its title and date and cited by its opening turn, so the reader can open it; a speaker
or party the question names keeps the debates where they speak, each cited by their first turn
there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from assistant.answerability import NOT_FOUND
from assistant.answering import debate_place, not_found_text
from assistant.debate_lists import ListedTurn, listed_answer, speaks_for
from assistant.meeting_kinds import named_kind, of_named_kind
from assistant.models import Answer
from assistant.participants import opening_span
from assistant.plan import DebateQuestion
from assistant.question import ABBREVIATED_MEETING, DEBATE_NOUNS
from assistant.topic_debates import (
    asks_one_debate,
    debates_about,
    literal,
    own_glosses,
    topic_words,
)
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile

_WHICH_DEBATES = re.compile(
    r"\b(?:which|what)\s+(?:(?:committee|plenary)\s+)?(?:debates|transcripts|sittings|meetings)\b"
    r"|\blist\s+(?:all\s+)?(?:the\s+)?(?:(?:committee|plenary)\s+)?(?:debates|transcripts)\b"
    r"|\b(?:welke|wat\s+voor)\s+(?:plenaire\s+)?(?:debatten|transcripten|vergaderingen|verslagen"
    r"|commissiedebatten|commissievergaderingen)\b"
    r"|\bin\s+(?:which|what)\s+debates?\b|\bin\s+welke?\s+(?:debatten|debat|vergaderingen|vergadering)\b",
    re.IGNORECASE)
"""A question for a list of debates: "Which debates are indexed?", "Welke debatten zitten er in de
transcripten?", "In which debates did Van Nispen speak?", "In welke debatten sprak de SP?", "Which
debates mention the energy price guarantee?"; "Which committee debates were held on 3 July?" (of the
debates held then, those of the kind named: `assistant.meeting_kinds`)."""


_WHEN_HELD = re.compile(
    rf"^\s*(?:when|on\s+what\s+(?:date|day))\s+(?:was|were|is|did)\s+the\s+[^?]{{0,80}}?(?:{DEBATE_NOUNS})\b"
    rf"[^?]{{0,60}}?(?:held|take\s+place|happen)?\s*\??\s*$"
    rf"|^\s*(?:wanneer|op\s+welke\s+(?:datum|dag))\s+(?:was|is|vond|werd)\s+(?:het|de)\s+[^?]{{0,80}}?"
    rf"(?:{DEBATE_NOUNS})\b[^?]{{0,60}}?(?:plaats|gehouden)?\s*\??\s*$",
    re.IGNORECASE)
"""A question for when a debate was held, and nothing more: "When was the MIRT debate?", "Wanneer
vond het debat over de MIVD plaats?"; not "When was the debate in which X promised Y?", nor "On
what date is minister Blok meeting the National Rapporteur?" (the debate is the subject, after
its article)."""


_BEFORE_THE_NOUN = r"(?:(?!(?:in|at|during|of|tijdens|bij|op|van)\b)\S+\s+){0,5}?\S*?"
"""The words between the article and the debate noun: the debate is the subject ("the EUFOR Althea
debate", "het commissiedebat"), not where something else happened ("the minister speak in the
debate", "de schorsing in het debat")."""

_STARTED = r"(?:begon|eindigde|startte|sloot)"
_ASKS_END = re.compile(r"\b(?:hoe\s+lang|duurde|eindigde|sloot|how\s+long|last|end|ended|finish|finished|close|closed)\b",
                       re.IGNORECASE)
"""A time question that needs the end: how long it lasted, when it ended."""

_HOW_LONG = re.compile(
    rf"^\s*(?:how\s+long\s+(?:did|was)|(?:when|what\s+time)\s+did)\s+the\s+{_BEFORE_THE_NOUN}(?:{DEBATE_NOUNS}|{ABBREVIATED_MEETING})\b"
    rf"[^?]{{0,60}}?(?:last|take|start|begin|end|finish|close)?\s*\??\s*$"
    rf"|^\s*(?:hoe\s+lang\s+(?:duurde|was)|(?:hoe\s+laat|wanneer)\s+{_STARTED}(?:\s+en\s+{_STARTED})?)\s+(?:het|de)\s+"
    rf"{_BEFORE_THE_NOUN}(?:{DEBATE_NOUNS}|{ABBREVIATED_MEETING})\b[^?]{{0,60}}?\??\s*$",
    re.IGNORECASE)
"""A question for how long a debate lasted, or when it began or ended: "Hoe lang duurde het
MIRT-debat?", "Hoe laat begon het politiedebat?", "When did the MIVD debate end?", "Hoe laat begon
en eindigde het AO Mensenhandel?" (a kind of meeting named in short, the profiles'
``meeting_abbreviations``). The
transcript's header records the times (VLOS, the verslag); the answer gives them, cited by the
debate's opening."""

_NAMES_ANOTHER_OCCASION = re.compile(r"\b(?:in\s+which|waarin|where|waar)\b", re.IGNORECASE)
""""When was the debate in which X promised Y?": a debate told by what happened in it, not named."""


def asks_which_debates(question: str) -> bool:
    """Whether ``question`` asks which debates: all of them, those where someone speaks, or, where it
    names a topic, those that discuss it (`which_debates`)."""
    return bool(_WHICH_DEBATES.search(question))


def asks_when_held(question: str) -> bool:
    return bool(_WHEN_HELD.search(question) or _HOW_LONG.search(question)) and not _NAMES_ANOTHER_OCCASION.search(question)


def _first_turn(transcript: Transcript, names: Sequence[str], parties: Sequence[str]) -> tuple[Turn, int] | None:
    """The debate's first turn with text, or, where the question names speakers or parties, their
    first turn there and their number of turns; None when they do not speak in it."""
    turns = [t for t in transcript.turns if t.text.strip() and (not (names or parties) or speaks_for(t, names, parties))]
    return (turns[0], len(turns)) if turns else None


def which_debates(plan: DebateQuestion, topic_text: str, documents: Sequence[Mapping[str, Any]],
                  load: Callable[[str], Transcript | None], names: Sequence[str] = ()) -> Answer | None:
    """The answer to a which-debates question (`asks_which_debates`): where ``topic_text`` (the
    question without the names and dates its filters hold) names a topic, the debates that say it
    (`topic_debates.debates_about`), with the turns of the speakers, parties or roles it names; else
    the catalog (`debates_listed`). None for any other question, and for "in which debate did X say
    Y?", which asks for the one passage retrieval finds."""
    if not asks_which_debates(plan.standalone):
        return None
    asked = plan.constraints
    topic_text, own = own_glosses(topic_text, plan.language)  # "nitrogen (stikstof)"
    if not (words := topic_words(topic_text, plan.language)):
        # "Which debates were held in 2021?", "Which committee debates were held on 3 July?": those
        # its filters name (it listed all 18); none is retrieval's "not in the transcripts"
        kept = [d for d in documents if asked.allows_debate(str(d["id"]), d.get("date"))]
        if named_kind(plan.standalone):  # "Which plenary sittings are indexed?"
            held = [t for d in kept if (t := load(str(d["id"]))) is not None]
            of_kind = {t.id for t in of_named_kind(plan.standalone, held)}
            kept = [d for d in kept if d["id"] in of_kind]
        return debates_listed(plan, kept, load, names) if kept else None
    if asks_one_debate(plan.standalone):
        return None
    named = bool(names or asked.parties or asked.roles)
    return debates_about(plan, words, documents, load,
                         (lambda turn: speaks_for(turn, names, asked.parties, asked.roles)) if named else None, own)


def debates_listed(plan: DebateQuestion, documents: Sequence[Mapping[str, Any]],
                   load: Callable[[str], Transcript | None], names: Sequence[str] = ()) -> Answer | None:
    """The answer to "which debates (does X speak in)?" from the catalog (``documents``, the index's
    rows with ``id``), oldest first; None for any other question. ``names`` are the speakers the
    question names, as the transcripts write them."""
    if not asks_which_debates(plan.standalone):
        return None
    return catalog_answer(plan, documents, load, names, language_profile(plan.language).messages.debates_head)


def catalog_answer(plan: DebateQuestion, documents: Sequence[Mapping[str, Any]], load: Callable[[str], Transcript | None],
                   names: Sequence[str], head: str) -> Answer:
    """The debates of ``documents``, oldest first, under ``head``, each cited by its opening turn
    (or by the first turn of the speakers ``names`` or parties the question names, with their count
    of turns, leaving out those where they do not speak)."""
    say = language_profile(plan.language).messages
    rows = sorted(documents, key=lambda d: (str(d.get("date") or ""), str(d.get("title") or "")))
    found: list[ListedTurn] = []
    for row in rows:
        transcript = load(str(row["id"]))
        if transcript is None or (first := _first_turn(transcript, names, plan.constraints.parties)) is None:
            continue
        turn, count = first
        after = f" {say.debate_in.format(where=debate_place(transcript.title, transcript.date, plan.language))}"
        if names or plan.constraints.parties:
            after += f" ({say.participants_turns.format(count=count)})"
        found.append(ListedTurn(transcript, turn, opening_span(turn.text), after))
    return listed_answer(plan, [], found, head, say.debates_none, len(found))


def when_held(plan: DebateQuestion, load: Callable[[str], Transcript | None]) -> Answer | None:
    """The answer to "when was the X debate held?" for the one debate it names: its date, cited by
    its opening turn; None for any other question, or one that names no debate or several."""
    if not asks_when_held(plan.standalone) or len(plan.constraints.doc_ids) != 1:
        return None
    transcript = load(plan.constraints.doc_ids[0])
    if transcript is None or (first := _first_turn(transcript, (), ())) is None:
        return None
    say = language_profile(plan.language).messages
    turn, _ = first
    head = say.debate_held_head
    if _HOW_LONG.search(plan.standalone):
        where = debate_place(transcript.title, transcript.date, plan.language)
        start, end = _clock(transcript.start_time), _clock(transcript.end_time)
        end = end if start is not None and end is not None and end > start else None
        unrecorded = say.debate_times_none.format(where=where) if start is None else (
            say.debate_end_none.format(where=where, start=clock_time(start, plan.language))
            if end is None and _ASKS_END.search(plan.standalone) else None)
        if unrecorded is not None:
            return Answer(question=plan.question, answerable=False, language=plan.language, confidence_label=NOT_FOUND,
                          answer=not_found_text(plan.language, unrecorded, closest=False))
        assert start is not None  # unrecorded otherwise
        head = literal(_times_head(where, start, end, plan.language))
    return listed_answer(plan, [transcript], [ListedTurn(transcript, turn, opening_span(turn.text), "")],
                         head, say.debates_none, 1)


def _times_head(where: str, start: datetime, end: datetime | None, language: str) -> str:
    """The first line of the answer to how long the debate at ``where`` lasted: when it began and,
    where its header records it (``end``; ParlaMint's TEI and the plenary VLOS of the sample corpus
    give none), when it ended and how long that is."""
    say = language_profile(language).messages
    if end is None:
        return say.debate_start_head.format(where=where, start=clock_time(start, language))
    minutes = int((end - start).total_seconds() // 60)
    return say.debate_times_head.format(where=where, start=clock_time(start, language), end=clock_time(end, language),
                                        hours=minutes // 60, minutes=minutes % 60)


def clock_time(time: datetime, language: str) -> str:
    """A time of day as ``language`` writes it ("10.02 uur", "10:02")."""
    return language_profile(language).messages.clock.format(hour=time.hour, minute=time.minute)


def _clock(value: str | None) -> datetime | None:
    """An ISO date and time of the header ("2025-07-02T11:15:00"); None for none, or a date alone."""
    if not value or "T" not in value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
