"""Answer "what did the minister promise in this debate?" with the debate's commitments, all of them.

Issue 10's first commitment question is the committee clerk's: "What did the minister promise, and
by when?", about a debate, not about a topic. `assistant.commitment_answers` ranks commitments by
the topic words a question shares with them, so a question with no topic ("What did the state
secretary promise in the victims debate?", "Welke toezeggingen deed de minister in het debat over de
MIVD?") matched none, or only the one promise that happened to share a word of the debate's title:
it was refused, or answered with 2 of the debate's 12 commitments.

A question is an overview question when it asks for commitments (`asks_for_commitments`) and,
once the debate it names ("in the victims debate", "tijdens het commissiedebat Slachtofferbeleid")
and the people it names are set aside, names no topic. It is answered with every commitment of
one debate, in the order they were made, each cited from its own turn (the minister's words; a
chair's list item the finder did not link stays the chair's), at most `MAX_LISTED`, and the count
and the debate in the notice. Who it was made to, the deadline and the list item are noted per
citation, as for a topical commitment answer. A question naming a minister or state secretary, by
name or office, keeps theirs; one naming a member keeps the promises made to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from assistant.answerability import NOT_FOUND
from assistant.answering import compose_answer, format_date, not_found_text
from assistant.commitment_answers import (
    asks_for_commitments,
    cite_commitment,
    commitment_note,
    content_words,
)
from assistant.commitment_listing import CommitmentsOf, last_day
from assistant.commitment_status import DeadlineStatus, asked_status, by_status, without_status
from assistant.debate_lists import places
from assistant.models import Answer, Citation
from assistant.question import DEBATE_LOCATOR, DEBATE_SOURCE
from assistant.retrieval import RetrievedTurn
from assistant.speaker_directory import mention, surname
from assistant.structure.asked_deadlines import (
    asked_deadline,
    deadline_fits,
    deadline_words,
    promised_deadline,
)
from assistant.structure.cabinet import is_member
from assistant.structure.chair_list import parse_chair_list
from assistant.structure.commitments import Commitment, debate_commitments
from assistant.structure.deadlines import parse_debate_date
from ingest.models import Transcript
from ingest.profiles.language import language_profile, language_profiles

MAX_LISTED = 40
"""At most this many commitments quoted in one answer, as many as a motion list
(`motion_answers.LIST_LIMIT`): the debates of the sample corpus have 1 to 33 (`debate
commitments`), so each is listed whole. The notice gives the full count, and `debate commitments
--doc` and the Commitments tab list them all."""

MAX_DEBATES = 5
"""Debates looked at, in retrieval's order: as many as a topical commitment question looks at."""

_OFFICE = re.compile(r"\b(?:minister|staatssecretaris|state\s+secretary|secretary\s+of\s+state)\s+(?:of|for|van|voor)\s+"
                     r"(?:the\s+)?[\w-]+(?:\s+(?:and|en)\s+[\w-]+)?", re.IGNORECASE)
"""An office with its portfolio ("the minister of Defence", "de staatssecretaris van Financiën"):
the portfolio names who, not what was promised."""

_FRAME = frozenset("""
commitments commitment promises promised promise toezeggingen toezegging beloftes beloften toegezegd
were werd werden zijn there made make gave gedaan deed done any alle list lijst overview overzicht
which what welke give geven gaven heeft hebben have has had their hun everything alles
minister ministers staatssecretaris staatssecretarissen state secretary secretaries bewindspersoon
bewindspersonen bewindsman bewindsvrouw cabinet kabinet government regering premier prime
chair chairman chairwoman voorzitter read reads voorgelezen voorlas las noted genoteerd noteerde registered
official officiële staan stonden stond end einde afloop hoeveel many number aantal
geef noem toon laat zien show tell vertel list name came kwamen voort
due moeten moet worden nagekomen nakomen ingelost kept fulfilled from
deadline deadlines termijn termijnen ahead still inmiddels nog
""".split())
"""Words of an overview question that name neither a topic nor a person (`content_words` already
leaves out the question words it shares with topical commitment questions), the chair's list among
them: "Which commitments did the chair read out at the end of the VWS debate?" asks for them all; and
the words that ask for a list ("Geef alle toezeggingen uit ...", "Show me the promises ...", "Which
promises came out of ..."); and those that ask when they are due ("zijn inmiddels over tijd", "with
their deadline still ahead")."""

_ROLE_WORDS: dict[str, re.Pattern[str]] = {
    "state_secretary": re.compile(r"\bstaatssecretaris\w*|\bstate\s+secretar\w*|\bsecretary\s+of\s+state\b", re.IGNORECASE),
    "minister": re.compile(r"\bminister(?:s)?\b(?!-president)", re.IGNORECASE),
}


@lru_cache(maxsize=1)
def _date_words() -> re.Pattern[str]:
    """A date's words in any profiled language: numbers and month names ("2 juli 2025", "on 3
    July"): they name when, as a debate's name does where, not what was promised."""
    months = sorted({m.lower().rstrip(".") for p in language_profiles().values() for m in p.months}, key=len, reverse=True)
    return re.compile(r"\b(?:\d[\d./-]*|(?:" + "|".join(re.escape(m) for m in months) + r")[a-z]*)\b", re.IGNORECASE)


def _without_debate(question: str) -> str:
    """``question`` without the debate it names, whether the promises were made in it
    (`DEBATE_LOCATOR`) or a list is asked from it (`DEBATE_SOURCE`)."""
    return DEBATE_SOURCE.sub(" ", DEBATE_LOCATOR.sub(" ", question))


def asks_for_all_commitments(question: str, names: Sequence[str] = ()) -> bool:
    """Whether ``question`` asks for a debate's commitments without naming a topic: a commitment
    question whose content words, the debate it names (`DEBATE_LOCATOR`), its dates, offices
    (`_OFFICE`) and the names of ``names`` (the speakers of the debates looked at) aside, are none."""
    if not asks_for_commitments(question):
        return False
    rest = _OFFICE.sub(" ", without_status(_without_debate(question)))
    if due := deadline_words(rest):  # "voor de zomer": when they are due, no topic
        rest = rest.replace(due, " ")
    rest = _date_words().sub(" ", rest)
    people = {word for name in names for word in content_words(name) | {w.lower() for w in re.findall(r"[\w'-]+", name)}}
    return not (content_words(rest) - _FRAME - people)


def answer_with_all_commitments(question: str, language: str, doc_ids: Sequence[str], turns: Sequence[RetrievedTurn],
                                load: Callable[[str], Transcript | None],
                                commitments_of: CommitmentsOf = debate_commitments,
                                person_debates: Sequence[str] = (), dated_debates: Sequence[str] = (),
                                office: tuple[str, Sequence[str]] = ("", ()),
                                every_debate: Sequence[str] = (), today: date | None = None) -> Answer | None:
    """The commitments asked for by an overview question (`asks_for_all_commitments`); None for
    any other question, or when no debate looked at has a commitment of the people it names. The
    debates looked at are ``doc_ids`` (the question's filters), else those of retrieval's
    ``turns``, best first. The answer is of the first of them that has such a commitment, unless
    the question names a person and no debate ("What did the minister promise Olger van Dijk?"):
    then of every debate where they made or were made one, those of retrieval first, then the
    others where they speak (``person_debates``): retrieval's best turns may all come from one
    of them. A question that names a day and no debate ("Welke toezeggingen werden op 2 juli 2025
    gedaan?") gets those of every debate held then (``dated_debates``, the question's date
    filter), in the catalog's order. ``office`` is the office the question names by its portfolio,
    as written, and the speakers who hold it ("the foreign minister", Veldkamp): it names who, as a
    surname does; "What did the foreign minister promise?" was taken for promises about something
    "foreign" and got none.

    A question that names when the promises are due ("Welke toezeggingen moeten voor de zomer worden
    nagekomen?", "Which commitments are due before the end of the year?") gets those due by then
    (`asked_deadlines.deadline_fits`), the time read against the date of each one's debate, as the
    debate's own "voor de zomer" was; naming no debate, person or day, of ``every_debate``. It was
    refused with one promise's deadline ("Aartsen zegde dit toe met als termijn ..., niet voor de
    zomer"), or answered with promises of the Commons sitting made in other words ("shortly").
    None due is an honest "not in the transcripts" that names the time.

    A question that asks for those whose deadline has passed, or not yet ("Welke toezeggingen zijn
    over tijd?", "Which commitments are still open?", `commitment_status.asked_status`), gets them
    as of ``today`` (when the caller gives a day), from every debate when it names none."""
    if not asks_for_commitments(question):
        return None
    phrase, holders = office
    located = bool(doc_ids) or bool(DEBATE_LOCATOR.search(question))
    dated = bool(dated_debates) and not doc_ids
    docs = list(dict.fromkeys(list(doc_ids) or [t.doc_id for t in turns]))[:MAX_DEBATES]
    if dated:
        docs = list(dict.fromkeys(dated_debates))
    elif not located:
        docs = list(dict.fromkeys([*docs, *person_debates]))
    # read in the whole question: the debate it names may run on ("uit het MIRT-debat zijn over tijd")
    status = asked_status(question) if today is not None else None
    due = None if status else deadline_words(_without_debate(question))
    across = bool(due or status) and not located and not dated and bool(every_debate)
    if across:
        docs = list(dict.fromkeys(every_debate))
    transcripts = [t for doc_id in docs if (t := load(doc_id)) is not None]
    speakers = sorted({turn.speaker for t in transcripts for turn in t.turns})
    asked = re.sub(re.escape(phrase), " ", question, flags=re.IGNORECASE) if phrase else question
    # the titles too: "uit de Economic Update van 17 oktober 2022" names the debate, no topic
    if not asks_for_all_commitments(asked, [*speakers, *(t.title for t in transcripts)]):
        return None
    made = [(t, list(commitments_of(t))) for t in transcripts]
    named = _named_people(question, transcripts, [c for _, records in made for c in records], speakers)
    if phrase:  # the office's holders are named, whether or not they promised anything here
        named = NamedPeople(named.cabinet | frozenset(holders), named.members)
    found = [(t, kept) for t, records in made if (kept := _of_the_people_named(question, t, records, named))]
    if status is not None and today is not None:
        timed = sorted(((t, kept) for t, records in found if (kept := by_status(records, status, today))),
                       key=lambda pair: (pair[0].date or "", pair[0].title))  # oldest debate first
        if not timed:
            return _none_by_status(question, language, transcripts, [c for _, r in found for c in r], status, today, across)
        return _overview(question, language, timed, status=(status, today))
    applied = False  # whether the time named when any debate's promises are due
    if due and not dated and (found or across):  # a date filter's days are when they were made
        by_time: list[tuple[Transcript, list[Commitment]]] = []
        for t, kept in found:
            fitting = _due_by(question, t, kept)
            applied = applied or fitting is not None
            if fitting is None and not across:
                by_time.append((t, kept))
            elif fitting:
                by_time.append((t, fitting))
        found = by_time
        if not found and (applied or across):
            return _none_due(question, language, transcripts, due, across)
    if not found:
        return None
    if not (dated or across) and (located or not (holders or any(mention(question, name) >= 0 for name in speakers))):
        found = found[:1]
    return _overview(question, language, found, due if applied else None)


def _due_by(question: str, transcript: Transcript, commitments: list[Commitment]) -> list[Commitment] | None:
    """Those of ``commitments`` due by the time ``question`` names, read against the debate's date;
    None where that time holds or precedes the debate itself ("Welke toezeggingen deed de minister
    in juli?" of a July debate, "op 2 juli 2025"): it names when they were made, not when due, and
    the caller keeps them all (or, looking in every debate, none)."""
    asked = asked_deadline(question, parse_debate_date(transcript.date), transcript.language != "en")
    if asked is None:
        return None
    return [c for c in commitments
            if (promised := promised_deadline(c.deadline_text, c.deadline)) is not None and deadline_fits(asked, promised)]


def _none_due(question: str, language: str, transcripts: Sequence[Transcript], due: str, across: bool) -> Answer:
    """"Not in the transcripts: no commitment made in ... is due <time>", naming the debates looked
    at, or, where they are every debate (more than one), their count."""
    say = language_profile(language).messages
    detail = say.commitments_none_due.format(where=_looked_in(transcripts, language, across), due=due)
    return Answer(question=question, answerable=False, language=language, confidence_label=NOT_FOUND,
                  answer=not_found_text(language, detail, closest=False))


def _looked_in(transcripts: Sequence[Transcript], language: str, across: bool) -> str:
    """Where a "none" answer looked: the debates, or, where they are every debate (more than one),
    their count."""
    say = language_profile(language).messages
    return say.indexed_debates.format(count=len(transcripts)) if across and len(transcripts) > 1 else places(
        transcripts, language)


def _none_by_status(question: str, language: str, transcripts: Sequence[Transcript], commitments: Sequence[Commitment],
                    status: DeadlineStatus, today: date, across: bool) -> Answer:
    """"Not in the transcripts: no commitment made in ... has a deadline that had passed on <today>"
    (or, asked for those still open, none after it), with how many were dated before it and how
    many have no date."""
    say = language_profile(language).messages
    where = _looked_in(transcripts, language, across)
    undated = sum(1 for c in commitments if last_day(c) is None)
    day = format_date(today.isoformat(), language)
    detail = (say.commitments_none_passed.format(where=where, today=day, undated=undated) if status == "passed" else
              say.commitments_none_pending.format(where=where, today=day, undated=undated,
                                                  passed=len(by_status(commitments, "passed", today))))
    return Answer(question=question, answerable=False, language=language, confidence_label=NOT_FOUND,
                  answer=not_found_text(language, detail, closest=False))


@dataclass(frozen=True)
class NamedPeople:
    """Who an overview question names, over every debate looked at: the cabinet members who made a
    promise in one of them (``cabinet``) and the members (``members``; by full name where it gives
    a speaker's: "Olger van Dijk", not every "Van Dijk")."""

    cabinet: frozenset[str]
    members: frozenset[str]


def _named_people(question: str, transcripts: Sequence[Transcript], records: Sequence[Commitment],
                  speakers: Sequence[str]) -> NamedPeople:
    """The `NamedPeople` of ``question``, read once over the debates looked at, so that each debate
    is filtered by the people named anywhere, not only by those who speak in it."""
    in_full = frozenset(name for name in speakers if len(name.split()) > 1 and name in question)
    cabinet = frozenset(c.speaker for c in records if c.source == "finder" and mention(question, c.speaker) >= 0)
    members = frozenset(turn.speaker for t in transcripts for turn in t.turns
                        if is_member(turn) and turn.speaker not in cabinet
                        and _names_member(question, turn.speaker, in_full - cabinet))
    return NamedPeople(cabinet, members)


def _of_the_people_named(question: str, transcript: Transcript, found: list[Commitment],
                         named: NamedPeople) -> list[Commitment]:
    """The commitments of the cabinet member the question names (by surname, else by office), made
    to the member it names, if it names any; all of them when it names no one. None when it names
    a speaker of the debate who made or was made none ("What did minister Pool promise?" of the
    chair), or a person of another debate looked at who made or was made none here: the office
    alone would keep another minister's promises ("Wat heeft minister Blok toegezegd aan Van
    Nispen?" once quoted Van Weel's to Van Nispen too), the minister alone all of theirs ("Wat
    zegde minister Karremans toe aan Grinwis?" quoted ten promises to others)."""
    promisers = {c.speaker for c in found if c.speaker in named.cabinet and c.source == "finder"}
    if named.cabinet and not promisers:
        return []
    if promisers:
        found = [c for c in found if c.speaker in promisers]
    else:
        offices = [role for role, words in _ROLE_WORDS.items() if words.search(question)]
        if len(offices) == 1:
            found = [c for c in found if c.role == offices[0] or c.source == "list"]
    members = {c.to for c in found if c.to in named.members}
    if named.members and not members:
        return []
    here = {turn.speaker for turn in transcript.turns if mention(question, turn.speaker) >= 0}
    if here and not (promisers or members):
        return []
    return [c for c in found if c.to in members] if members else found


def _names_member(question: str, member: str, in_full: frozenset[str]) -> bool:
    """Whether ``question`` names ``member``: in full where it gives a speaker's full name of the
    same surname ("Olger van Dijk", not every "Van Dijk"), else by surname. The minister's own
    full name ("minister Van Weel") says nothing of how a member is named."""
    if member in in_full:
        return True
    return mention(question, member) >= 0 and not any(surname(name) == surname(member) for name in in_full)


def _overview(question: str, language: str, found: list[tuple[Transcript, list[Commitment]]],
              due: str | None = None, status: tuple[DeadlineStatus, date] | None = None) -> Answer:
    citations: list[Citation] = []
    notes: list[str] = []
    for transcript, commitments in found:
        chair_items = parse_chair_list(transcript) if any(c.source == "list" for c in commitments) else []
        for c in commitments[:MAX_LISTED - len(citations)]:
            citations.append(cite_commitment(len(citations) + 1, c, transcript, 1.0, chair_items))
            notes.append(commitment_note(len(citations), c, language))
    say = language_profile(language).messages
    where = ", ".join(f"“{t.title}” ({format_date(t.date, language)})" for t, _ in found)
    count = sum(len(c) for _, c in found)
    if status is not None:
        head = (say.commitments_passed if status[0] == "passed" else say.commitments_pending).format(
            today=format_date(status[1].isoformat(), language), count=count, where=where, shown=len(citations))
    elif due:
        head = say.commitments_due.format(due=due, count=count, where=where, shown=len(citations))
    else:
        head = say.commitments_found.format(count=count, where=where, shown=len(citations))
    notice = " ".join([head, *(note for note in notes if note)])
    return Answer(question=question, answer=compose_answer(citations, language), answerable=True, language=language,
                  citations=tuple(citations), notice=notice)
