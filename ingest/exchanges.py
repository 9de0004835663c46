"""Interruption exchanges: who challenged whom, and which turns reply, from turn order alone.

An exchange is a member's interrupting turn (the *challenge*) plus the replies of the speaker who
held the floor, often two or three rounds: challenge, reply, follow-up, reply. `mark_exchanges`
is the one post-parse step (`ingest.detect.parse_bytes`) that fills the ``exchange_*`` fields of
every `Turn`, for all three formats; it never reads meaning, only structure:

* **Who holds the floor.** The speaker of the last turn that is not an interruption and not the
  chair's procedure ("Dank u wel. Dan geef ik het woord aan ...").
* **Which turns interrupt.** VLOS marks them: an ``interrumpant`` (`Turn.is_interruption`) that
  the chair did not speak. The verslag and ParlaMint mark nothing, so a member's turn is an
  interruption when it sits *inside* another speaker's contribution: the next turn by anyone else
  (the chair's procedure skipped) is the floor holder's again, and the turn does not open with
  the salutation that opens a contribution ("Voorzitter.", "Dank u wel, voorzitter."). In the
  2017 verslag and the three ParlaMint sittings every member's first-term contribution and every
  minister's answer opens that way, and no interruption does; "Ja, voorzitter, ..." is no opening.
  Where a minister holds the floor and answers next, a salutation opens a question all the same:
  after a statement in the Commons, each member the Speaker calls puts a question and the minister
  answers it ("Thank you, Mr Speaker— ... what happens in April?" then the Chancellor), and that
  one question was the only one of the sitting left out of its exchanges. In the other sample
  sittings no turn that opens so sits between a minister's turns.
* **The chair as a member.** A committee chair who asks a question "als woordvoerder" (the 2017
  verslag: "Als woordvoerder van de VVD heb ik een vraag aan de heer Van Laar") speaks as a
  member, and so does that chair's follow-up question to the same speaker; every other chair turn
  is procedure and belongs to no exchange.
* **Replies.** The floor holder's next turn after a challenge replies to it; the same member's
  next interruption is a follow-up round of the same exchange. A second floor-holder turn in a row
  ends the exchange (unless the first was a bare "Voorzitter." before the chair's "Gaat uw gang"), and so does a challenger's courtesy after a reply ("Fantastisch, dank u
  vriendelijk."): the floor holder's next turn goes on with the contribution. In VLOS an interruption answered straight away (no chair in between) by a
  different speaker than the floor holder ("nog één vraag" to both ministers, answered by one of
  them) gets that speaker as the challenged one.
* **A minister's interjection is no challenge.** VLOS also marks as ``interrumpant`` a minister or
  state secretary who speaks inside another cabinet member's block: answering a member's question
  meant for them ("Nogmaals: ik kan dat nu niet toezeggen."), answering the chair ("Voor het NO
  MIRT."), or a courtesy. In the sample corpus all 13 such turns were one of these and none
  challenged anyone; they had opened exchanges of their own, so the member's question kept no
  reply (development set: "How did the health minister respond when Thiadens pressed her ...").
  Such a turn now replies to a member's pending challenge when it follows it straight away (and
  is its challenged one when nobody has replied yet), goes on with the reply it just gave when
  only the chair spoke in between ("Oké." then "Maar ik kom er bij u op terug ..."), and
  otherwise belongs to no exchange: after the chair has spoken it answers the chair ("De achtste
  toezegging. ..." then "Voor het NO MIRT.").

* **An outside speaker answers; never challenges.** VLOS marks as ``interrumpant`` an outside
  speaker ("Externe spreker", role ``other``: an official, the Chief of Defence) whom a minister
  gives the floor to answer for them ("Ik kijk even naar de CDS.", the chair: "Kunt u dat even
  via de microfoon doen, meneer Eichelsheim?"). In the sample corpus that one turn had opened an
  exchange of its own, listed as an interruption by the Chief of Defence, and the member's
  question kept the minister's hand-over as its reply. An outside speaker's turn now goes on with
  the reply of the exchange it follows (or answers its pending challenge), in every format, and
  otherwise belongs to no exchange.

`is_procedural` says whether a turn's text is only a courtesy ("Voorzitter.", "Ja, voorzitter,
...", "Graag gedaan."): such a turn can sit in an exchange but is never *the* reply an answer
quotes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.models import CABINET_ROLES, ExchangeRole, Transcript, Turn

_OPENING = re.compile(
    r"^\W*(?:(?:dank(?:\s+u)?(?:\s+wel)?|goedemorgen|goedemiddag|goedenavond|thank\s+you)[,.!]?\s+)?"
    r"(?:(?:(?:mevrouw|meneer|mijnheer)\s+de\s+)?voorzitter|(?:mr|madam)\.?\s+(?:deputy\s+)?speaker)\b",
    re.IGNORECASE,
)
"""The salutation that opens a contribution, at the very start of a turn."""

_CHAIR_AS_MEMBER = re.compile(r"\b(?:als|hoedanigheid\s+van)\s+(?:\w+-)?woordvoerder\b", re.IGNORECASE)
CHAIR_AS_MEMBER_WINDOW = 200
"""Characters at the start of a chair's turn searched for "als woordvoerder": the four such turns
of the 2017 verslag say it in their first sentence (at most 60 characters in)."""

_COURTESY = frozenset(
    "voorzitter dank u wel ja nee mevrouw meneer mijnheer de graag gedaan oké oke ok goed prima "
    "thank you mr madam speaker yes no".split()
)
MIN_SUBSTANTIVE_WORDS = 3
"""Words beyond courtesy a reply needs to be quoted as the reply: "Ja." (Blok, 2017), "Voorzitter."
and "Geldmaten." (Kaag, 2022) are not answers; "Dat was wel de vraag: is het voldoende?" is."""

_WORD = re.compile(r"\w+", re.UNICODE)


def is_procedural(text: str, least: int = MIN_SUBSTANTIVE_WORDS) -> bool:
    """Whether ``text`` holds fewer than ``least`` words beyond courtesy words."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _COURTESY]
    return len(words) < least


def opens_contribution(turn: Turn) -> bool:
    """Whether the turn starts with the salutation of a new contribution ("Voorzitter. ...")."""
    return bool(_OPENING.match(turn.text))


def speaks_as_member(turn: Turn) -> bool:
    """Not the chair's procedure: a member, minister or other speaker, or a chair who says they
    speak "als woordvoerder"."""
    return not turn.is_chair or chair_speaks_as_member(turn.text)


def chair_speaks_as_member(text: str) -> bool:
    """Whether a chair's turn, starting with ``text``, says the chair speaks "als woordvoerder"."""
    return bool(_CHAIR_AS_MEMBER.search(text[:CHAIR_AS_MEMBER_WINDOW]))


@dataclass
class _Exchange:
    number: int
    challenger: str
    challenged: str
    interrupts_turn: int | None
    turns: list[tuple[int, ExchangeRole]] = field(default_factory=list)

    @property
    def last_role(self) -> ExchangeRole:
        return self.turns[-1][1]


def _next_other_speaker(turns: Sequence[Turn], index: int) -> str | None:
    """The speaker of the first turn after ``index`` that speaks as a member and is not by the
    same speaker; None when there is none."""
    speaker = turns[index].speaker
    for turn in turns[index + 1 :]:
        if speaks_as_member(turn) and turn.speaker != speaker:
            return turn.speaker
    return None


def interrupting_turns(transcript: Transcript) -> set[int]:
    """Indexes of the turns that interrupt another speaker's contribution (see the module doc)."""
    turns = transcript.turns
    if transcript.source_format == "vlos":
        return {t.index for t in turns if t.is_interruption and speaks_as_member(t)}
    marks: set[int] = set()
    floor: Turn | None = None
    for i, turn in enumerate(turns):
        if not speaks_as_member(turn):
            continue
        if floor is not None and turn.speaker != floor.speaker and _next_other_speaker(turns, i) == floor.speaker \
                and (not opens_contribution(turn) or floor.role in CABINET_ROLES):
            marks.add(i)
            continue
        floor = turn
    return marks


def _chair_follow_up(turns: Sequence[Turn], i: int, current: _Exchange | None) -> bool:
    """A procedural-looking chair turn that is the chair-member's follow-up question: same person
    as the exchange's challenger, asks something, and the challenged speaker answers next."""
    turn = turns[i]
    return (current is not None and current.challenger == turn.speaker and current.last_role == "reply"
            and "?" in turn.text and i + 1 < len(turns) and turns[i + 1].speaker == current.challenged)


class _Builder:
    """Walks the turns once, opening and extending exchanges (see the module doc)."""

    def __init__(self, transcript: Transcript) -> None:
        self.turns = transcript.turns
        self.marks = interrupting_turns(transcript)
        self.explicit = transcript.source_format == "vlos"
        self.done: list[_Exchange] = []
        self.current: _Exchange | None = None
        self.floor: str | None = None
        self.floor_turn: int | None = None
        self.chair_between = False

    def close(self) -> None:
        if self.current is not None:
            self.done.append(self.current)
        self.current = None

    def run(self) -> list[_Exchange]:
        for i, turn in enumerate(self.turns):
            if not speaks_as_member(turn):
                if _chair_follow_up(self.turns, i, self.current):
                    assert self.current is not None
                    self.current.turns.append((i, "challenge"))
                else:
                    self.chair_between = True
                continue
            if i in self.marks:
                self.challenge(i, turn)
            elif turn.speaker == self.floor:
                self.floor_speaks(i)
            else:
                self.new_speaker(i, turn)
            self.chair_between = False
        self.close()
        return self.done

    def challenge(self, i: int, turn: Turn) -> None:
        if self.explicit and turn.role in CABINET_ROLES:
            self.cabinet_interjection(i, turn)
            return
        if turn.role == "other":
            self.outside_answer(i)
            return
        current = self.current
        if current is not None and current.challenger == turn.speaker:
            closing = current.last_role == "reply" and is_procedural(turn.text)
            current.turns.append((i, "challenge"))
            if closing:
                self.close()
            return
        self.close()
        if self.floor is None or self.floor == turn.speaker:
            return
        number = len(self.done) + 1
        self.current = _Exchange(number, turn.speaker, self.floor, self.floor_turn, [(i, "challenge")])

    def cabinet_interjection(self, i: int, turn: Turn) -> None:
        """A minister's ``interrumpant`` turn (see the module doc): a reply to the member's pending
        challenge, or the rest of the reply it just gave; otherwise no part of any exchange."""
        current = self.current
        if current is None or current.challenger == turn.speaker:
            return
        if current.last_role == "challenge" and not self.chair_between:
            if not any(role == "reply" for _, role in current.turns):
                current.challenged = turn.speaker
            current.turns.append((i, "reply"))
        elif current.challenged == turn.speaker and self.turns[current.turns[-1][0]].speaker == turn.speaker:
            current.turns.append((i, "reply"))

    def outside_answer(self, i: int) -> None:
        """An outside speaker's turn inside a contribution (see the module doc): the rest of the
        reply to the exchange's pending challenge, or to its last round; no exchange otherwise."""
        current = self.current
        if current is not None and (current.last_role == "challenge"
                                    or self.turns[current.turns[-1][0]].speaker == current.challenged):
            current.turns.append((i, "reply"))

    def floor_speaks(self, i: int) -> None:
        current = self.current
        if current is not None and current.challenged == self.floor and (
                current.last_role == "challenge" or is_procedural(self.turns[current.turns[-1][0]].text)):
            current.turns.append((i, "reply"))
        else:
            self.close()
            if not is_procedural(self.turns[i].text):
                self.floor_turn = i

    def new_speaker(self, i: int, turn: Turn) -> None:
        current = self.current
        if (self.explicit and current is not None and current.last_role == "challenge"
                and len(current.turns) == 1 and not self.chair_between):
            current.challenged = turn.speaker
            current.turns.append((i, "reply"))
        else:
            self.close()
            self.floor_turn = i
        self.floor = turn.speaker


def find_exchanges(transcript: Transcript) -> list[list[tuple[int, ExchangeRole]]]:
    """The exchanges of ``transcript`` in spoken order: per exchange, its turns' indexes and roles
    (the first is always the challenge)."""
    return [exchange.turns for exchange in _Builder(transcript).run()]


def mark_exchanges(transcript: Transcript) -> Transcript:
    """``transcript`` with every turn's ``exchange_*`` fields filled (None outside exchanges).

    Pure and idempotent: fields from an earlier run are replaced, never merged.
    """
    placed: dict[int, tuple[_Exchange, int, ExchangeRole]] = {}
    for exchange in _Builder(transcript).run():
        for position, (index, role) in enumerate(exchange.turns):
            placed[index] = (exchange, position, role)
    turns = []
    for turn in transcript.turns:
        if turn.index not in placed:
            turns.append(dataclasses.replace(
                turn, exchange_id=None, exchange_position=None, exchange_role=None,
                challenger=None, challenged=None, interrupts_turn=None))
            continue
        exchange, position, role = placed[turn.index]
        turns.append(dataclasses.replace(
            turn, exchange_id=f"{transcript.id}:x{exchange.number:03d}", exchange_position=position,
            exchange_role=role, challenger=exchange.challenger, challenged=exchange.challenged,
            interrupts_turn=exchange.interrupts_turn))
    return dataclasses.replace(transcript, turns=tuple(turns))


def exchange_turns(transcript: Transcript, exchange_id: str) -> list[Turn]:
    """The turns of one exchange, in spoken order (empty for an unknown id)."""
    return sorted((t for t in transcript.turns if t.exchange_id == exchange_id),
                  key=lambda t: t.exchange_position or 0)


def has_exchange_fields(transcript: Transcript) -> bool:
    """Whether any turn carries exchange fields (transcripts stored before exchanges have none)."""
    return any(t.exchange_id is not None for t in transcript.turns)


def with_exchanges(transcript: Transcript) -> Transcript:
    """``transcript`` with its exchanges marked: as it is where its turns carry them, else
    `mark_exchanges` of it (a transcript stored before exchanges were marked)."""
    return transcript if has_exchange_fields(transcript) else mark_exchanges(transcript)
