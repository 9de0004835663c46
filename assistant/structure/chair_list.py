"""The chair's official list of commitments at the end of a commission debate.

Most commission debates end with the chair reading out what the committee clerk registered: "Ik
loop graag nog even de toezeggingen met u door", "De toezeggingen. Let u goed op.", then one item
per paragraph ("De staatssecretaris zegt de Kamer toe …", "De Kamer ontvangt in het najaar een
brief …"; in the verslag each item is a "– " bullet), often ending "Dit is een toezegging aan de
heer Grinwis." Members and ministers interject to correct an item ("Ik mis nog de toezegging …").
This is the authoritative record; it is the chair's wording, never the minister's.

The list starts at the first chair turn in the second half of the debate that announces the
commitments; every later chair paragraph that reads like an item is one, numbered in order (an
item read twice counts once). Every non-chair turn after an item and before the next is a
correction of that item; a member's "Ik mis nog de toezegging …" is an added item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.models import Transcript, Turn

from .addressees import member_names, named_members
from .sentences import split_sentences

_START = re.compile(
    r"\btoezeggingen\b[^.?!\n]{0,40}\b(?:door(?:nemen|lopen|te\s+nemen)?|genoteerd|voorlezen|gedaan)\b"
    r"|\b(?:kom\s+ik|komen\s+we|ga\s+ik[^.?!\n]{0,20}|gaan\s+we[^.?!\n]{0,20})\s+(?:bij|naar|toe\s+aan)\s+(?:de|een)\b[^.?!\n]{0,20}\btoezegging"
    r"|\bde\s+toezeggingen\.|\b(?:een|\w+tal|aantal)\s+toezeggingen\s*:|\bde\s+toezegging\s+heb\s+voorgelezen|\bde\s+eerste\s+toezegging\b",
    re.IGNORECASE,
)
_ACTOR = r"(?:de\s+)?(?:minister|staatssecretaris|bewindspersoon|kabinet|regering|kamer)"
_ITEM = re.compile(
    r"^(?:(?:\w+|\d+)[.:]\s+)?(?:(?:ten\s+aanzien\s+van|voor|bij|in|na)\b[^.?!]{0,160}?)?\b" + _ACTOR +
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
_TRAILER = re.compile(r"^(?:dit|deze|die|dat|ik|is|klopt|moet|er|hij|zij|u)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Correction:
    """An interjection during the reading that changes an item (a member's or the minister's)."""

    speaker: str
    role: str
    turn_id: str
    text: str


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
    """The chair's list of commitments, in reading order; empty when the debate has none."""
    start = list_start(transcript)
    if start is None:
        return []
    names = member_names(transcript)
    items: list[ListItem] = []
    seen: set[str] = set()
    for turn in transcript.turns[start:]:
        if turn.is_chair:
            items += _items_in(turn, names, seen, len(items))
        elif items and _MISSING.search(turn.text):
            items.append(ListItem(len(items) + 1, turn.text, turn.speaker, turn.id, turn.speaker, added=True))
        elif items:
            last = items[-1]
            correction = Correction(turn.speaker, turn.role, turn.id, turn.text)
            items[-1] = ListItem(last.n, last.text, last.speaker, last.turn_id, last.to,
                                 (*last.corrections, correction), last.added)
    return items


def _items_in(turn: Turn, names: tuple[str, ...], seen: set[str], count: int) -> list[ListItem]:
    found: list[ListItem] = []
    for paragraph in _paragraphs(turn.text):
        if _MISSING.search(paragraph):  # the chair may add one herself: "Ik mis nog de toezegging …"
            found.append(ListItem(count + len(found) + 1, paragraph, turn.speaker, turn.id, None, added=True))
            continue
        numbered = bool(_NUMBERED.match(paragraph))
        if not numbered and (_NOT_ITEM.match(paragraph) or paragraph.rstrip().endswith("?") or not _ITEM.search(paragraph)):
            continue
        text, trailer = _item_text(paragraph)
        key = " ".join(text.lower().split())
        if key in seen:
            continue
        seen.add(key)
        found.append(ListItem(count + len(found) + 1, text, turn.speaker, turn.id, _to(text, trailer, names)))
    return found
