"""Commitments (toezeggingen) of one debate as records: who promised what to whom, by when, where.

`debate_commitments` joins the three parts of this package: the finder over the cabinet's own
turns (`finder`), the chair's official list (`chair_list`) linked to the minister's turn that made
each promise (`linking`), and the deadline grammar (`deadlines`). A list item the finder missed
still becomes a record, attributed to the minister whose turn it links to and quoting that
minister's own sentence; the chair's wording is kept beside it as ``list_text``, attributed to
the chair. Attribution comes from the parsed structure only.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from ingest.models import Transcript

from .addressees import addressee, answered_turn, member_names, role_aliases
from .chair_list import Correction, ListItem, parse_chair_list
from .deadlines import DebateDates, debate_dates, timed_span
from .finder import Found, find_commitments
from .linking import link_items
from .repeats import date_from_later_answers, fold_repeats
from .requests import is_request_turn, request_span

Source = Literal["finder", "list"]


@dataclass(frozen=True)
class Commitment:
    """One commitment, attributed from structure. ``quote`` is the minister's verbatim sentence(s)
    (``turn_text[start:end]``); ``list_*`` is the chair's list item that registered it, if any;
    ``repeated_in`` the later turns that say it again or date it (`repeats`), and ``said_again``
    where in them the finder found it said again (a bare date answer has no saying of its own, so
    it is a turn of ``repeated_in`` only); ``asked`` the member's request
    it answers, verbatim from that member's turn ``asked_turn_id`` (`requests`), where it opens the
    answer to one."""

    speaker: str
    role: str
    function: str | None
    to: str | None
    quote: str
    deadline_text: str | None
    deadline: str | None
    doc_id: str
    doc_title: str
    date: str | None
    turn_id: str
    start: int
    end: int
    strength: str
    source: Source
    list_item: int | None = None
    list_text: str | None = None
    list_speaker: str | None = None
    list_turn_id: str | None = None
    list_corrections: tuple[Correction, ...] = ()  # what was said about the item while the list was read
    repeated_in: tuple[str, ...] = ()  # later turns where the minister said this promise again
    said_again: tuple[tuple[str, int, int], ...] = ()  # (turn id, start, end) of each later saying
    asked: str | None = None
    asked_turn_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _listed_only(transcript: Transcript, item: ListItem, dates: DebateDates) -> Commitment:
    """A list item no found commitment matches: the chair's words, attributed to the chair."""
    turn = transcript.turns[int(item.turn_id.rsplit(":t", 1)[1])]
    start = turn.text.find(item.text)
    deadline = dates.find(item.text)
    return Commitment(
        speaker=turn.speaker, role=turn.role, function=turn.function, to=item.to, quote=item.text,
        deadline_text=deadline.text if deadline else None, deadline=deadline.iso if deadline else None,
        doc_id=transcript.id, doc_title=transcript.title, date=transcript.date, turn_id=turn.id,
        start=max(start, 0), end=max(start, 0) + len(item.text), strength="listed", source="list",
        list_item=item.n, list_text=item.text, list_speaker=item.speaker, list_turn_id=item.turn_id,
        list_corrections=item.corrections,
    )


def _record(transcript: Transcript, found: Found, to: str | None, item: ListItem | None, dates: DebateDates) -> Commitment:
    """The record of one found promise; ``to`` is whom it was made to (`addressees.addressee`), else
    the member the chair's ``item`` names."""
    turn = found.turn
    deadline = dates.find(found.quote)
    if deadline is None and item is not None:
        deadline = dates.find(item.text)
    if deadline is None:  # the sentence beside the promise that says when, as the answer quotes it
        start, end = timed_span(turn.text, found.start, found.end, dates.find)
        deadline = dates.find(turn.text[start:end]) if (start, end) != (found.start, found.end) else None
    if to is None and item is not None:
        to = item.to
    asked = _request(transcript, found, to)
    return Commitment(
        speaker=turn.speaker, role=turn.role, function=turn.function, to=to, quote=found.quote,
        deadline_text=deadline.text if deadline else None, deadline=deadline.iso if deadline else None,
        doc_id=transcript.id, doc_title=transcript.title, date=transcript.date, turn_id=turn.id,
        start=found.start, end=found.end, strength=found.strength, source="finder",
        list_item=item.n if item else None, list_text=item.text if item else None,
        list_speaker=item.speaker if item else None, list_turn_id=item.turn_id if item else None,
        list_corrections=item.corrections if item else (),
        asked=asked[0] if asked else None, asked_turn_id=asked[1] if asked else None,
    )


def _request(transcript: Transcript, found: Found, to: str | None) -> tuple[str, str] | None:
    """(request, turn id) of the member's turn ``found`` answers (`requests`): the turn the
    minister's answers, when the promise is in its first paragraph, made to that member, and the
    turn is a request."""
    if to is None or found.sentences[0].paragraph != 0:
        return None
    answered = answered_turn(transcript, found.turn)
    if answered is None or answered.speaker != to or not is_request_turn(answered):
        return None
    span = request_span(answered.text, found.quote, transcript.language)
    return (answered.text[span[0]:span[1]], answered.id) if span else None


def debate_commitments(transcript: Transcript) -> list[Commitment]:
    """Every commitment of one debate, in document order: the finder's, each tagged with the chair's
    list item it matches or was made about while the list was read (`_said_while_read`), plus a
    record for every list item no promise claims. Measured 3 December 2026 (`eval/commitment_scores.py`):
    the tuning, test and fresh figures did not change; on the development set one more question
    passes (what the state secretary promised instead of a passage in the progress report)."""
    names = member_names(transcript)
    found = find_commitments(transcript)
    items = parse_chair_list(transcript)
    aliases, dates = role_aliases(transcript), debate_dates(transcript)
    members = [addressee(transcript, f.turn, f.sentences[0], list(f.all_sentences), names, aliases) for f in found]
    links = link_items(transcript, items, found, members)
    by_found: dict[int, ListItem] = {}
    unlinked: list[ListItem] = []
    for item, link in zip(items, links, strict=True):
        position = next((i for i, f in enumerate(found) if f is link), None)
        if position is None or position in by_found:  # one promise, one item: a second item stays the chair's
            unlinked.append(item)
        else:
            by_found[position] = item
    records = fold_repeats(transcript, [_record(transcript, f, members[i], by_found.get(i), dates)
                                        for i, f in enumerate(found)], items)
    records = date_from_later_answers(transcript, records, dates)
    records, unlinked = _said_while_read(records, items, unlinked)
    records, unlinked = _same_day(records, unlinked, dates)
    records += [_listed_only(transcript, item, dates) for item in unlinked]
    return sorted(records, key=lambda record: (record.turn_id, record.start))


def _same_day(records: list[Commitment], unlinked: list[ListItem],
              dates: DebateDates) -> tuple[list[Commitment], list[ListItem]]:
    """An item no promise's words matched is the promise to the same member by the same day: the
    chair's "De Kamer ontvangt uiterlijk 16 juli een bijgewerkte opgave ... Dit is een toezegging aan
    de heer Grinwis." paraphrases the state secretary's "Dat kan ik bij dezen toezeggen.", dated "een
    week voor de 23ste" when Grinwis asked for a date (`repeats.date_from_later_answers`): both 16
    July, both to Grinwis, and the words share nothing (`linking`). Only a day the item names by its
    number counts ("voor de zomer" or a window is shared by unrelated promises), only a member the
    item names, and only where one unlinked promise fits. Measured 4 December 2026: see
    `eval/commitments/README.md`."""
    out = list(records)
    still: list[ListItem] = []
    for item in unlinked:
        day = dates.find(item.text)
        named_day = day is not None and day.start is None and day.end is not None and any(ch.isdigit() for ch in day.text)
        fits = [i for i, r in enumerate(out) if r.source == "finder" and r.list_item is None and r.to == item.to
                and r.deadline == day.iso] if named_day and item.to and day is not None else []
        if len(fits) != 1:
            still.append(item)
            continue
        out[fits[0]] = dataclasses.replace(out[fits[0]], list_item=item.n, list_text=item.text, list_speaker=item.speaker,
                                           list_turn_id=item.turn_id, list_corrections=item.corrections)
    return out, still


def _said_while_read(records: list[Commitment], items: list[ListItem],
                     unlinked: list[ListItem]) -> tuple[list[Commitment], list[ListItem]]:
    """A promise the minister makes while the chair reads the list, in what is said about an item
    (`ListItem.corrections`), is that item's: the list as settled ("De staatssecretaris zegt de Kamer
    toe in de volgende voortgangsrapportage ..." - "Ik ga in het najaar een afzonderlijke brief over
    letselschade aan uw Kamer sturen." - "Dat is nog beter."). Only a promise no item claimed yet and
    that was not folded into an earlier saying (`fold_repeats`) takes it; an item that had no promise
    of its own is then linked, not the chair's words alone."""
    said_in = {c.turn_id: item for item in items for c in item.corrections if not c.by_chair}
    out = []
    for record in records:
        item = said_in.get(record.turn_id) if record.list_item is None else None
        if item is not None:
            record = dataclasses.replace(record, list_item=item.n, list_text=item.text, list_speaker=item.speaker,
                                         list_turn_id=item.turn_id, list_corrections=item.corrections,
                                         to=record.to or item.to)
        out.append(record)
    claimed = {r.list_item for r in out}
    return out, [item for item in unlinked if item.n not in claimed]
