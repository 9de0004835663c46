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

Two later additions (fourth tuning round, ParlaMint-NL plenaries): what the minister puts into *the*
letter in her next turn, with only the chair between, is that letter again ("Dan zullen we dat ook
nog even in de brief zetten"); and a short answer to a question about the letter or its timing that
names no act of its own ("Die is er in ieder geval uiterlijk vrijdag.") dates the promise before it
(`date_from_later_answers`).

Two more from mini-debates of many turns (round 19, `eval/commitment_debate_probes.py`), where the
words say what the structure does not: a promise the minister says is said again ("zeg ik nogmaals:
...", "dat heb ik ... in eerste termijn toegezegd", `SAYS_AGAIN`), and one in its own words right
after "Mevrouw Oomen vraagt wanneer." (`ASKED_WHEN`), fold into the speaker's last earlier promise to
the same member. On the 29 labelled debates neither folds anything.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ingest.models import Transcript, Turn
from ingest.profiles.language import all_stopwords
from ingest.sentences import split_sentences

from .cabinet import is_cabinet
from .chair_list import ListItem, list_start
from .deadlines import DebateDates
from .finder import POINTS_BACK

if TYPE_CHECKING:
    from .commitments import Commitment

# The turn answered asks to note a promise already made, or when it comes: "Kunnen we dat noteren als
# een toezegging?", "Kan ik de toezegging zo noteren?", "Het is dan wel de vraag wanneer.", "te vragen
# wanneer hij daarop terugkomt", "voor welke datum is dat dan?", "Ik hoef alleen maar een datum te weten".
ASKS_TO_NOTE_OR_DATE = re.compile(
    # ("Kan ik ook noteren dat de Kamer dat voor de zomer hoort?", a mini-debate's second term, round 19)
    r"\b(?:noteren\s+(?:als|dat)|genoteerd\s+als|als\s+(?:een\s+)?toezegging\s+(?:noteren|zien|beschouwen)"
    r"|toezegging\s+(?:zo\s+)?noteren|is\s+dat\s+een\s+toezegging|wanneer|welke\s+datum|welke\s+termijn"
    # a member pressing for a date: "Ik hoef alleen maar een datum te weten", "geen deadline voor zichzelf"
    r"|datum|deadline)\b",
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
    if SAYS_AGAIN.search(record.quote):  # "Tegen de heer Ravensbergen zeg ik nogmaals: we zoeken uit ..."
        return _last_promise_to_the_member(earlier, record)
    if start is not None and index > start and (points_back or record.deadline is None):
        item = _item_being_read(items, index)
        return next((key for key, first in earlier if item is not None and first.list_item == item.n), None)
    if not points_back:
        if earlier and INTO_THE_LETTER.search(record.quote) and "brief" in earlier[-1][1].quote.lower() \
                and _next_turn_after_the_chair(transcript, _index(earlier[-1][1].turn_id), record.speaker) == index:
            return earlier[-1][0]  # the same letter, filled in on the same point
        if record.to is not None and ASKED_WHEN.search(_paragraph_before(transcript.turns[index].text, record.start)):
            return _last_promise_to_the_member(earlier, record)
        return next((key for key, first in reversed(earlier) if first.speaker == record.speaker
                     and said_again_in_words(first.quote, record.quote)), None)
    if not ASKS_TO_NOTE_OR_DATE.search(_asked(transcript, transcript.turns[index])):
        return None
    return next((key for key, first in reversed(earlier) if record.to in (None, first.to)), None)


# A promise the minister says is said again: "Tegen de heer Ravensbergen zeg ik nogmaals: we zoeken uit hoe het zit met
# de terugbetalingen bij helpdeskfraude, per bank, en u hoort van mij voor de zomer." (a mini-debate's second term,
# round 19): the last earlier promise of the speaker to the same member.
SAYS_AGAIN = re.compile(r"\b(?:zeg|herhaal)\s+ik\s+(?:\w+\s+){0,4}?(?:nogmaals|nog\s+(?:maar\s+)?een\s+keer|nog\s+eens)\b"
                        r"|\b(?:nogmaals|nog\s+(?:maar\s+)?een\s+keer|nog\s+eens)\s*(?:gezegd|herhaald)?\s*:"
                        # "De cijfers ... stuur ik u voor 1 juni; dat heb ik de heer Demir in eerste termijn toegezegd."
                        r"|\b(?:dat|zoals)\s+(?:heb|had)\s+ik\s+(?:\w+\s+){0,6}?(?:toegezegd|beloofd)\b", re.IGNORECASE)


# The minister saying a member asked when ("Mevrouw Oomen vraagt wanneer. Ik spreek de platforms in het voorjaar, en
# voor de zomer laat ik de Kamer weten wat dat heeft opgeleverd.", a mini-debate's second term, round 19): what follows
# in the paragraph dates the last earlier promise to that member, in its own words.
ASKED_WHEN = re.compile(r"\b(?:vraagt|vroeg|wil\s+weten|wilde\s+weten)\s+(?:\w+\s+){0,3}?wanneer\b", re.IGNORECASE)


def _last_promise_to_the_member(earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the last earlier promise of ``record``'s speaker to its member (any, when it names none)."""
    return next((key for key, first in reversed(earlier) if first.speaker == record.speaker and record.to in (None, first.to)), None)


def _paragraph_before(text: str, start: int) -> str:
    return text[:start].rpartition("\n\n")[2]


_CONTENT_WORD = re.compile(r"\b[^\W\d_][\w-]{3,}\b")
# A promise said again in its own words in a later turn: "Ik zal de adviescommissie vragen in de jaarlijkse
# rapportages [...] ook aandacht te besteden aan eventuele signalen van discriminatie" and, forty turns on, "Naast de
# controle zal ik de adviescommissie vragen in de jaarlijkse rapportage aandacht te besteden aan eventuele signalen
# van discriminatie" (an Eerste Kamer debate, round 8) share 8 content words, half of either's. Over the finder's
# records of all 27 labelled debates (6 December 2026) the closest other pair of one speaker's promises in different
# turns shares four words (0.44 of the shorter's).
SAID_AGAIN_SHARE = 0.5
SAID_AGAIN_WORDS = 6


def said_again_in_words(first: str, later: str) -> bool:
    """Whether ``later`` says the promise ``first`` again in the same words (`SAID_AGAIN_SHARE` of the
    shorter one's content words, and at least `SAID_AGAIN_WORDS`)."""
    a, b = ({w.lower() for w in _CONTENT_WORD.findall(text)} - all_stopwords() for text in (first, later))
    shared = len(a & b)
    return shared >= SAID_AGAIN_WORDS and shared >= SAID_AGAIN_SHARE * min(len(a), len(b))


# "... in de brief zetten", "... in het briefje opnemen": something put into *the* letter, one promised before.
INTO_THE_LETTER = re.compile(r"\bin\s+(?:de|die|dat|het)\s+(?:\w+\s+)?(?:brief|briefje)\b", re.IGNORECASE)
# A short answer that dates what was just promised: "Die is er in ieder geval uiterlijk vrijdag.", "We zorgen
# ervoor dat die er morgen gewoon ligt.", "Uiterlijk vrijdag." (ParlaMint-NL 2022-04-06, a tuning debate: 2 to 9
# words); a longer sentence names a subject of its own.
DATING_ANSWER_WORDS = 12
POINTS_AT_IT = re.compile(r"^(?:uiterlijk|voor|vóór|binnen|morgen|op)\b|\b(?:die|dat|deze|hij|het\s+briefje|de\s+brief)\b",
                          re.IGNORECASE)
# How many turns after a promise such an answer may come: the chair's question and one exchange about it.
DATING_REACH = 8
# What the answer must answer: a question about the letter or its timing ("Zouden we de stemmingen willen
# aanhouden totdat we die brief hebben ontvangen?", "O, die is er morgen?"). Without it, a date in a later
# answer on another point ("in augustus") re-dated a promise on the tuning split.
ASKS_ABOUT_IT = re.compile(r"\b(?:wanneer|welke\s+datum|welke\s+termijn|brief|briefje|morgen|ontvangen)\b", re.IGNORECASE)


def _next_turn_after_the_chair(transcript: Transcript, index: int, speaker: str) -> int | None:
    """The index of ``speaker``'s next turn when only the chair speaks before it, else None: a member
    speaking between asks something new, and what goes into the letter then is a promise of its own
    (labelled so in ParlaMint-NL 2021-12-09; the same-point addition after the chair's "Daar zien we naar
    uit." in 2022-04-06 is labelled a repeat)."""
    for turn in transcript.turns[index + 1:]:
        if not turn.is_chair:
            return turn.index if is_cabinet(turn) and turn.speaker == speaker else None
    return None


def _folded(first: Commitment, repeat: Commitment) -> Commitment:
    """``first`` with ``repeat`` folded in: its turn, its date if it gives one (or its time words, undated,
    where ``first`` has no date: "Ik zal navraag doen binnen het departement." then "Ik zal er alles aan
    doen om daarop terug te komen tijdens het tweeminutendebat.", whose words were lost before), its
    list item if ``first`` has none."""
    changes: dict[str, object] = {"repeated_in": (*first.repeated_in, repeat.turn_id),
                                  "said_again": (*first.said_again, (repeat.turn_id, repeat.start, repeat.end))}
    if repeat.deadline is not None or (first.deadline is None and repeat.deadline_text is not None):
        changes |= {"deadline": repeat.deadline, "deadline_text": repeat.deadline_text}
    if first.list_item is None and repeat.list_item is not None:
        changes |= {"list_item": repeat.list_item, "list_text": repeat.list_text, "list_speaker": repeat.list_speaker,
                    "list_turn_id": repeat.list_turn_id, "list_corrections": repeat.list_corrections}
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


def date_from_later_answers(transcript: Transcript, records: list[Commitment], dates: DebateDates) -> list[Commitment]:
    """``records`` with the date a minister gives in a short answer after a promise: "Wanneer komt die
    brief?" - "Die is er in ieder geval uiterlijk vrijdag." Such an answer names no act (the finder finds
    nothing in it), so it dates the speaker's last promise of up to `DATING_REACH` turns before, with no
    other cabinet member's promise between; the latest such date wins, as in the labels."""
    promised_in = {_index(record.turn_id) for record in records}
    out = list(records)
    for position, record in enumerate(records):
        start = _index(record.turn_id)
        later = [p for p in promised_in if p > start]
        stop = min([*later, start + DATING_REACH + 1, len(transcript.turns)])
        for turn in transcript.turns[start + 1:stop]:
            if not is_cabinet(turn):
                continue
            if turn.speaker != record.speaker:
                break
            if turn.id in record.repeated_in or not ASKS_ABOUT_IT.search(_asked(transcript, turn)):
                continue  # a repeat the finder found is already folded, with its date
            dated = [deadline for sentence in split_sentences(turn.text)
                     if len(sentence.text.split()) <= DATING_ANSWER_WORDS and POINTS_AT_IT.search(sentence.text)
                     and (deadline := dates.find(sentence.text)) is not None and deadline.iso is not None]
            if dated:  # the turn's last date, as a later turn's wins over an earlier one
                out[position] = dataclasses.replace(out[position], deadline=dated[-1].iso, deadline_text=dated[-1].text,
                                                    repeated_in=(*out[position].repeated_in, turn.id))
    return out
