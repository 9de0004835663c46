"""The chair's official list of commitments at the end of a commission debate.

Most commission debates end with the chair reading out what the committee clerk registered: "Ik
loop graag nog even de toezeggingen met u door", "De toezeggingen. Let u goed op.", then one item
per paragraph ("De staatssecretaris zegt de Kamer toe …", "De Kamer ontvangt in het najaar een
brief …"; in the verslag each item is a "– " bullet), often ending "Dit is een toezegging aan de
heer Grinwis." Members and ministers interject to correct an item ("Ik mis nog de toezegging …").
This is the authoritative record; it is the chair's wording, never the minister's.

The list starts at the first chair turn in the second half of the debate that announces the
commitments; every later chair paragraph that reads like an item is one, numbered in order (an
item read twice, word for word or in other words after an objection, counts once). Every non-chair
turn after an item and before the next is a correction of that item, as is the chair's settled
wording before the next; a member's "Ik mis nog de toezegging …" is an added item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.exchanges import is_procedural
from ingest.models import Transcript, Turn
from ingest.sentences import split_sentences

from .addressees import member_names, named_members

_START = re.compile(
    r"\btoezeggingen\b[^.?!\n]{0,40}\b(?:door(?:nemen|lopen|te\s+nemen)?|genoteerd|voorlezen|gedaan)\b"
    r"|\b(?:kom\s+ik|komen\s+we|ga\s+ik[^.?!\n]{0,20}|gaan\s+we[^.?!\n]{0,20})\s+(?:bij|naar|toe\s+aan)\s+(?:de|een)\b[^.?!\n]{0,20}\btoezegging"
    r"|\bde\s+toezeggingen\.|\b(?:een|\w+tal|aantal)\s+toezeggingen\s*:|\bde\s+toezegging\s+heb\s+voorgelezen|\bde\s+eerste\s+toezegging\b",
    re.IGNORECASE,
)
_ACTOR = r"(?:de\s+)?(?:minister|staatssecretaris|bewindspersoon|kabinet|regering|kamer)"
_LEAD_IN = (r"(?:(?:tot\s+slot|ten\s+slotte|als\s+laatste|verder|voorts|daarnaast)\s*,?\s+)?"
            r"(?:heb\s+ik|is\s+er|staat\s+er)\s+(?:ook\s+)?(?:nog\s+)?(?:de|een)\s+toezegging\s+(?:staan\s+|genoteerd\s+)?dat\s+")
"""The chair announcing an item before reading it: "Tot slot heb ik de toezegging staan dat de
staatssecretaris ... zal informeren" (Nationale fiscaliteit, its eighth item, was not read)."""
_ITEM = re.compile(
    r"^(?:" + _LEAD_IN + r")?(?:(?:\w+|\d+)[.:]\s+)?(?:(?:ten\s+aanzien\s+van|voor|bij|in|na)\b[^.?!]{0,160}?)?\b" + _ACTOR +
    r"\b[^?!]{0,200}?\b(?:zal|zullen|zegt|toegezegd|komt|ontvangt|informeert|stuurt|gaat|wordt)\b"
    r"|^(?:het\s+onderwerp|de\s+bevindingen|de\s+resultaten)\b[^?!]{0,200}\b(?:wordt|worden)\b"
    # the verb before the actor after a fronted phrase: "Ten aanzien van Pijler 2 informeert de staatssecretaris …"
    r"|^(?:ten\s+aanzien\s+van|voor|bij|in|na)\b[^.?!]{0,160}?\b(?:informeert|stuurt|komt|zal|ontvangt|gaat)\s+" + _ACTOR + r"\b",
    re.IGNORECASE,
)
# A numbered paragraph in the list region is an item whatever its wording ("Punt vier. De relevante
# fiscale evaluaties worden … meegenomen."; the VWS annual-report debate numbers all eight).
_NUMBERED = re.compile(
    r"^(?:(?:punt|toezegging)\s+)?(?:\d+|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien"
    r"|veertien|vijftien|zestien)[.:]\s+\S", re.IGNORECASE)
_NOT_ITEM = re.compile(r"^(?:ik|dan|dank|er|dat|is|zijn|mag|kan|kunnen|moet|hij|zij|u|we|wij)\b", re.IGNORECASE)
_MISSING = re.compile(r"\bik\s+mis\s+(?:nog\s+)?(?:de|een)\s+toezegging\b", re.IGNORECASE)
# The chair closing the meeting ("Ik sluit de vergadering", "ik dank u voor uw bijdragen vandaag") and
# announcing the next item ("Dan kom ik bij de vierde, vijfde en zesde toezegging", "Ik kom bij de laatste
# toezegging"): where what is said about an item ends.
_CLOSING = re.compile(r"\bsluit\b[^.?!]{0,20}\bvergadering\b|\bvergadering\b[^.?!]{0,20}\bgesloten\b"
                      r"|\bdank\s+(?:ik\s+)?u\s+(?:allen\s+)?voor\s+uw\s+(?:bijdragen|aanwezigheid|inbreng)\b", re.IGNORECASE)
_NEXT_ITEM = re.compile(r"\b(?:kom\s+ik|ik\s+kom|komen\s+we|we\s+komen|ga\s+ik|gaan\s+we)\s+(?:nu\s+)?(?:bij|naar|toe\s+aan)"
                        r"\s+(?:de|het)\b[^.?!\n]{0,40}\btoezegging", re.IGNORECASE)
_TRAILER = re.compile(r"^(?:dit|deze|die|dat|ik|is|klopt|moet|er|hij|zij|u)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Correction:
    """What was said about an item before the next was read: a member's or minister's interjection
    ("Ik zou het dus graag ietsje breder willen") or the chair's settled wording ("Ik stel voor dat
    we ... het veralgemeniseren"). ``text`` is ``turn.text[start:end]`` of turn ``turn_id``."""

    speaker: str
    role: str
    turn_id: str
    start: int
    end: int
    text: str

    @property
    def by_chair(self) -> bool:
        return self.role == "chair"

    def __str__(self) -> str:
        """How a correction reads in one table or CSV cell: "Van Toorenburg: Ik zou het ..."."""
        return f"{self.speaker}: {self.text}"


MAX_CORRECTION_TURNS = 8
"""Turns kept after an item, at most (it bounds the last item's, which no next item ends): the
longest corrections of the labelled lists run six turns (the Pijler 2 item of Internationale
fiscaliteit, from the state secretary's objection to his "Ja, prima") and seven (MIRT item 15: the
chair pressing for a date until "Voor de verkiezingen kom ik daarop terug")."""


@dataclass(frozen=True)
class ListItem:
    """One item of the chair's list: the chair's words (``text``), who read it, the member named
    in it (``to``), and the interjections that corrected it."""

    n: int
    text: str
    speaker: str
    turn_id: str
    to: str | None
    corrections: tuple[Correction, ...] = ()
    added: bool = False

    @property
    def corrected(self) -> bool:
        """Someone other than the chair spoke about the item while the list was read."""
        return any(not c.by_chair for c in self.corrections)


def list_start(transcript: Transcript) -> int | None:
    """Index of the chair turn that opens the list, or None when the debate has no list."""
    half = len(transcript.turns) // 2
    for turn in transcript.turns[half:]:
        if turn.is_chair and _START.search(turn.text):
            return turn.index
    return None


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of a chair turn; a verslag reads its items as "– " bullets inside one paragraph."""
    pieces: list[str] = []
    for paragraph in text.split("\n"):
        pieces += [piece.strip() for piece in re.split(r"\s[–—-]\s|^[–—-]\s", paragraph) if piece.strip()]
    return pieces


def _item_text(paragraph: str) -> tuple[str, str]:
    """(the item's own sentences, the chair's remarks after it)."""
    sentences = split_sentences(paragraph)
    kept = [sentences[0]]
    for sentence in sentences[1:]:
        if _TRAILER.match(sentence.text):
            break
        kept.append(sentence)
    return paragraph[:kept[-1].end], paragraph[kept[-1].end:]


def _to(item: str, trailer: str, names: tuple[str, ...]) -> str | None:
    named = named_members(item, names)
    if named:
        return named[0][1]
    for sentence in split_sentences(trailer):
        if re.search(r"\b(?:gericht\s+aan|toezegging\s+aan|is\s+aan|was\s+aan)\b", sentence.text, re.IGNORECASE):
            named = named_members(sentence.text, names)
            if named:
                return named[0][1]
    return None


def parse_chair_list(transcript: Transcript) -> list[ListItem]:
    """The chair's list of commitments, in reading order, each with what was said about it
    (`_corrections`); empty when the debate has none. An item read again in other words after an
    objection (`_read_again`) stays one item: its later reading and what was said after it join the
    first as corrections. Measured and not adopted (3 December 2026): giving a member's correction
    that names none of its item's own words, but another item's, to that other item ("Bij de
    digitaledienstenbelasting ... Bij de verrekenprijzen ...", said after the chair had moved on):
    corrections read on the tuning split 19 -> 22 of 23, on the test split 3 -> 2 of 5."""
    start = list_start(transcript)
    if start is None:
        return []
    names = member_names(transcript)
    readings: list[ListItem] = []
    seen: set[str] = set()
    for turn in transcript.turns[start:]:
        if turn.is_chair:
            readings += _items_in(turn, names, seen, readings)
        elif readings and _MISSING.search(turn.text):
            readings.append(ListItem(_next_n(readings), turn.text, turn.speaker, turn.id, turn.speaker, added=True))
    said = [_corrections(transcript, reading, readings[i + 1] if i + 1 < len(readings) else None)
            for i, reading in enumerate(readings)]
    items: dict[int, ListItem] = {}
    for reading, corrections in zip(readings, said, strict=True):
        first = items.get(reading.n)
        if first is None:
            items[reading.n] = replace(reading, corrections=corrections)
        else:
            read = transcript.turn(reading.turn_id)
            at = max(read.text.find(reading.text), 0) if read is not None else 0
            again = Correction(reading.speaker, "chair", reading.turn_id, at, at + len(reading.text), reading.text)
            items[reading.n] = replace(first, corrections=(*first.corrections, again, *corrections))
    return list(items.values())


def _next_n(readings: list[ListItem]) -> int:
    return max((r.n for r in readings), default=0) + 1


REREAD_SHARE = 0.8
"""Of the words (five letters or more) of the shorter of two items, the share they must have in
common for the later to be the earlier read again, in a later turn: the Pijler 2 item of
Internationale fiscaliteit, read again after the state secretary said "Die eerste ging ook vrij
snel", shares 0.91 with its first reading (its labels count the two readings as one item); two
different items of one list share at most 0.6 (measured over the ten lists of the sample corpus).
Two items read in one turn are never one: the list's formulaic words ("De minister zegt toe de
Kamer te informeren over ...") can make short ones alike."""
_LONG_WORD = re.compile(r"\w{5,}")


def _read_again(text: str, turn: Turn, readings: list[ListItem]) -> ListItem | None:
    """The earlier item ``text``, read in ``turn``, reads again, if any (`REREAD_SHARE`)."""
    words = set(_LONG_WORD.findall(text.lower()))
    for reading in readings:
        if reading.turn_id == turn.id:
            continue
        earlier = set(_LONG_WORD.findall(reading.text.lower()))
        shorter = min(len(words), len(earlier))
        if shorter >= 6 and len(words & earlier) >= REREAD_SHARE * shorter:
            return reading
    return None


def _corrections(transcript: Transcript, item: ListItem, following: ListItem | None) -> tuple[Correction, ...]:
    """The substantive turns after the one that reads ``item``, up to the turn that reads the next
    item, and of that turn the chair's words before it ("Ik stel voor dat we ... het
    veralgemeniseren."); at most
    `MAX_CORRECTION_TURNS`, and none from the chair's turn that closes the meeting. A bare "Ja.",
    the chair's questions ("Zal ik de eerste even herhalen?") and her announcing the next item ("Dan
    kom ik bij de vierde, vijfde en zesde toezegging.") settle nothing and are left out."""
    read = transcript.turn(item.turn_id)
    upto = transcript.turn(following.turn_id) if following else None
    if read is None:
        return ()
    first = read.index + 1
    last = upto.index if upto else min(len(transcript.turns), first + MAX_CORRECTION_TURNS) - 1
    said: list[Correction] = []
    for turn in transcript.turns[first:last + 1]:
        end = max(turn.text.find(following.text), 0) if following and turn.id == following.turn_id else len(turn.text)
        closing = _CLOSING.search(turn.text, 0, end) if turn.is_chair else None
        moving_on = _NEXT_ITEM.search(turn.text, 0, end) if turn.is_chair else None
        cut = min((m.start() for m in (closing, moving_on) if m), default=None)
        if cut is not None:  # up to the sentence that closes the meeting or announces the next item
            end = max((x.start for x in split_sentences(turn.text[:end]) if x.start <= cut), default=0)
        text = turn.text[:end].rstrip(" \n–—-")
        if text and not is_procedural(text) and not (turn.is_chair and text.endswith("?")):
            said.append(Correction(turn.speaker, "chair" if turn.is_chair else turn.role, turn.id, 0, len(text), text))
        if closing:
            break
    return tuple(said[:MAX_CORRECTION_TURNS])


def _items_in(turn: Turn, names: tuple[str, ...], seen: set[str], readings: list[ListItem]) -> list[ListItem]:
    """The items ``turn`` reads, numbered after ``readings``; an item read again keeps its number."""
    found: list[ListItem] = []
    for paragraph in _paragraphs(turn.text):
        if _MISSING.search(paragraph):  # the chair may add one herself: "Ik mis nog de toezegging …"
            found.append(ListItem(_next_n([*readings, *found]), paragraph, turn.speaker, turn.id, None, added=True))
            continue
        numbered = bool(_NUMBERED.match(paragraph))
        if not numbered and (_NOT_ITEM.match(paragraph) or paragraph.rstrip().endswith("?") or not _ITEM.search(paragraph)):
            continue
        text, trailer = _item_text(paragraph)
        key = " ".join(text.lower().split())
        if key in seen:
            continue
        seen.add(key)
        earlier = _read_again(text, turn, readings)
        n = earlier.n if earlier is not None else _next_n([*readings, *found])
        found.append(ListItem(n, text, turn.speaker, turn.id, _to(text, trailer, names)))
    return found
