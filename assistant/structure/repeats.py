"""A promise said again is the same promise: fold the finder's repeats into the first saying.

Ministers repeat a promise when a member or the chair asks to have it noted ("Kunnen we dat noteren
als een toezegging?" - "Dat kan ik toezeggen"), asks when it comes ("Het is dan wel de vraag
wanneer." - "Voor de verkiezingen kom ik daarop terug.") or reads it out in the list ("Kan ik de
toezegging zo noteren?" - "Ik kom daarop terug."). The hand labels count each promise once, with the
later turns as `also_in`, so each repeat the finder reported was a false positive: folding them
removed 5 of the 26 on the tuning split (1 December 2026) and lost no label.

A repeat refers back instead of naming its act: it opens with "dat/dit" + a verb ("Dat kan ik
toezeggen") or a bare yes, or it comes back "daarop/erop/daarover". It is folded only where the
structure says what it refers back to: during the chair's list reading, the promise the item being
read links to (there an undated restatement in its own words folds too: "Wij zullen dus ingaan op
..."); elsewhere, when the turns it answers ask to note or date a promise, the last earlier promise
to the same member, or the last promise when the repeat names no member (the chair's "Kan ik dat
dan noteren als een toezegging?" - "Jazeker."). A repeat that dates the promise gives it its date
(the later date wins, as in the labels: "where the date changed during the list reading, the later
one is used").
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ingest.models import Transcript, Turn

from .cabinet import is_cabinet
from .chair_list import ListItem, list_start
from .finder import POINTS_BACK

if TYPE_CHECKING:
    from .commitments import Commitment

# The turn answered asks to note a promise already made, or when it comes: "Kunnen we dat noteren als
# een toezegging?", "Kan ik de toezegging zo noteren?", "Het is dan wel de vraag wanneer.", "te vragen
# wanneer hij daarop terugkomt", "voor welke datum is dat dan?".
ASKS_TO_NOTE_OR_DATE = re.compile(
    r"\b(?:noteren\s+als|genoteerd\s+als|als\s+(?:een\s+)?toezegging\s+(?:noteren|zien|beschouwen)"
    r"|toezegging\s+(?:zo\s+)?noteren|is\s+dat\s+een\s+toezegging|wanneer|welke\s+datum|welke\s+termijn)\b",
    re.IGNORECASE,
)


def _index(turn_id: str) -> int:
    return int(turn_id.rsplit(":t", 1)[1])


def _asked(transcript: Transcript, turn: Turn) -> str:
    """What the members and the chair said since the cabinet last spoke: the request this turn answers."""
    asked: list[str] = []
    for earlier in reversed(transcript.turns[:turn.index]):
        if is_cabinet(earlier):
            break
        asked.append(earlier.text)
    return "\n".join(reversed(asked))


def _item_being_read(items: list[ListItem], index: int) -> ListItem | None:
    read = [item for item in items if not item.added and _index(item.turn_id) < index]
    return read[-1] if read else None


def _original(transcript: Transcript, kept: dict[int, Commitment], record: Commitment, items: list[ListItem],
              start: int | None) -> int | None:
    """Key in ``kept`` of the earlier promise that ``record`` says again, or None."""
    index = _index(record.turn_id)
    points_back = bool(POINTS_BACK.search(record.quote))
    earlier = [(key, kept[key]) for key in sorted(kept) if _index(kept[key].turn_id) < index]
    if start is not None and index > start and (points_back or record.deadline is None):
        item = _item_being_read(items, index)
        return next((key for key, first in earlier if item is not None and first.list_item == item.n), None)
    if not points_back:
        return None
    if not ASKS_TO_NOTE_OR_DATE.search(_asked(transcript, transcript.turns[index])):
        return None
    return next((key for key, first in reversed(earlier) if record.to in (None, first.to)), None)


def _folded(first: Commitment, repeat: Commitment) -> Commitment:
    """``first`` with ``repeat`` folded in: its turn, its date if it gives one, its list item if ``first`` has none."""
    changes: dict[str, object] = {"repeated_in": (*first.repeated_in, repeat.turn_id)}
    if repeat.deadline is not None:
        changes |= {"deadline": repeat.deadline, "deadline_text": repeat.deadline_text}
    if first.list_item is None and repeat.list_item is not None:
        changes |= {"list_item": repeat.list_item, "list_text": repeat.list_text, "list_speaker": repeat.list_speaker,
                    "list_turn_id": repeat.list_turn_id}
    return dataclasses.replace(first, **changes)  # type: ignore[arg-type]  # keys are Commitment fields


def fold_repeats(transcript: Transcript, records: list[Commitment], items: list[ListItem]) -> list[Commitment]:
    """``records`` (the finder's, in document order) without the repeats, each original carrying
    the turns that repeat it (``repeated_in``), the latest date they gave, and their list item. A repeat
    registered as another list item than its original's stays a record of its own."""
    start = list_start(transcript)
    kept: dict[int, Commitment] = {}
    for position, record in enumerate(records):
        original = _original(transcript, kept, record, items, start)
        if original is None or None not in (kept[original].list_item, record.list_item):
            kept[position] = record
        else:
            kept[original] = _folded(kept[original], record)
    return [kept[i] for i in sorted(kept)]
