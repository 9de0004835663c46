"""Find the commitments a minister or state secretary makes in their own turns.

A commitment is an explicit promise of a future act: send a letter, inform or report back to the
Kamer, find something out, raise it with someone, come back to it ("Ik zeg toe …", "Ik kom daarop
terug", "Ik stuur de Kamer voor de zomer een brief", "Dat zal ik doen", "Ik zal … informeren"),
or an explicit yes to a member's request for one. Not a commitment: a come-back within the same
debate ("daar kom ik straks op terug"), a refusal ("dat kan ik niet toezeggen"), a question, or
existing policy stated as fact. The cue lists were written on the five tuning debates of
`eval/commitments/` (never the four test debates); `eval/commitments/score.py` measures them.

Each cue sentence becomes one `Found` (adjacent cue sentences merge into one quote); the quote is
a verbatim slice of the turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.models import Transcript, Turn

from .cabinet import is_cabinet
from .sentences import Sentence, split_sentences

Strength = str  # "explicit" (a first-person promise) or "passive" (an announcement, borderline)

_SUBJECT = r"(?:ik|we|wij|het\s+kabinet)"
_MODAL = r"(?:zal|zullen|ga|gaan|kom|komen|wil|willen|stuur|sturen|neem|nemen)"
# Deliverables to the Kamer or a report-back: any first-person modal will do ("ik wil ... informeren").
_TOWARDS_KAMER = (r"(?:informeren|berichten|(?:toe)?sturen|versturen|toekomen|terug(?:komen|koppelen)?|rapporteren"
                  r"|uitzoeken|nagaan|navragen|laten\s+weten|op\s+de\s+hoogte|inzichtelijk|schriftelijk"
                  r"|een\s+(?:brief|reactie|update|overzicht|plan)|(?:kamer)?brief)")
# Concrete acts: only with "zal/zullen/ga/gaan" (a "wil" here is mostly narration: "ik wil u vragen").
_ACT = (r"(?:vragen|opbrengen|aankaarten|bespreken|in\s+gesprek|onder\s+de\s+aandacht|delen|meenemen|mee\s*nemen"
        r"|verkennen|ingaan|reageren|aansturen|uitwerken|ter\s+sprake|contact\s+opnemen|kijken\s+of|bekijken\s+of|appel"
        r"|suggestie\s+doen|voorleggen|navraag)")
_SPAN = r"\b[^.?!]{0,140}?\b"

CUES: tuple[tuple[re.Pattern[str], Strength], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), strength) for pattern, strength in (
        (r"\b(?:ik\s+zeg|zeg\s+ik)\b[^.?!]{0,60}\btoe\b", "explicit"),
        (r"\b(?:kan|wil)\s+ik\b[^.?!]{0,40}\btoezeggen\b|\bik\s+(?:kan|wil)\b[^.?!]{0,40}\btoezeggen\b", "explicit"),
        (r"\b" + _SUBJECT + r"\s+" + _MODAL + _SPAN + _TOWARDS_KAMER + r"\b", "explicit"),
        (r"\b" + _MODAL + r"\s+" + _SUBJECT + _SPAN + _TOWARDS_KAMER + r"\b", "explicit"),
        (r"\b" + _SUBJECT + r"\s+(?:zal|zullen|ga|gaan)" + _SPAN + _ACT + r"\b", "explicit"),
        (r"\b(?:zal|zullen|ga|gaan)\s+" + _SUBJECT + _SPAN + _ACT + r"\b", "explicit"),
        (r"\b(?:nemen|neem)\s+(?:we|wij|ik)\b[^.?!]{0,80}\bmee\b|\b(?:we|wij|ik)\s+(?:nemen|neem)\b[^.?!]{0,80}\bmee\b", "explicit"),
        (r"\b(?:ik|we|wij)\s+(?:kom|komen)\b(?!\s+(?:van|uit)\b)[^.?!]{0,140}\bmet\s+(?:een|het|de)\b", "explicit"),
        (r"^(?:dat|dit)\s+pakken\s+(?:we|wij|ik)\s+(?:daarin\s+|ook\s+|dan\s+)*op\b", "explicit"),
        (r"^(?:dat|dit)\s+(?:zal|ga|wil|kan)\s+ik\s+(?:graag\s+|zeker\s+|even\s+|dan\s+|ook\s+)*doen\b", "explicit"),
        (r"^(?:dat|dit)\s+(?:gaan|zullen|willen)\s+(?:we|wij)\s+(?:graag\s+|zeker\s+|even\s+|dan\s+|ook\s+)*(?:doen|uitzoeken)\b", "explicit"),
        (r"\b(?:dat|dit)\s+zoeken\s+(?:we|wij|ik)\s+(?:even\s+|nog\s+)*uit\b", "explicit"),
        (r"^(?:ik\s+kan\s+dat|dat\s+kan\s+ik)\s+(?:zeker\s+|graag\s+)*doen\b", "explicit"),
        (r"^geen\s+enkel\s+probleem\b", "explicit"),
        (r"\ber\s+komt\b[^.?!]{0,80}\b(?:brief|reactie|rapportage|voorstel)\b[^.?!]{0,80}\bkamer\b", "passive"),
        (r"\b(?:met|aan|naar)\s+(?:uw|de)\s+kamer\s+(?:worden|wordt)\s+(?:gedeeld|gestuurd|verstuurd|gezonden)\b", "passive"),
        (r"\b(?:hij|zij)\s+(?:zal|komt)\b[^.?!]{0,80}\b(?:kamer|terug)\b[^.?!]{0,60}\b(?:informeren|terug)\b", "passive"),
    )
)
# A come-back within the debate, a refusal, a hypothetical or past promise: no commitment.
EXCLUDE = re.compile(
    r"\b(?:straks|zo\s+meteen|zometeen|zo\s+direct|dadelijk|tweede\s+termijn|in\s+dit\s+debat|hierna"
    r"|niet|nooit|geen|zou|zouden|had|heb\s+\w+\s+toegezegd|al\s+eerder|reeds|verwijzen|beantwoording\s+van\s+de\s+vragen"
    r"|ga\s+ik\s+over|vraagt\s+of|vroeg\s+of|vragen\s+of\s+ik)\b|\bzo\b[^.?!]*\bterug|\bterug\b[^.?!]*\bzo\b"
    r"|\bkom\s+ik\s+(?:\w+\s+)?terug\s+op\b",
    re.IGNORECASE,
)
# A bare yes to "Kan de minister dat toezeggen?" / "Kan ik dat noteren als een toezegging?".
_ASKED = re.compile(r"toezeg|noteren\s+als|genoteerd\s+als|kunt\s+u\s+(?:dat|ons|de\s+kamer)\b[^.?!]*\?", re.IGNORECASE)
_YES = re.compile(r"^(?:ja|jazeker|zeker|absoluut|prima|natuurlijk|dat\s+is\s+goed|dat\s+doen\s+we|helemaal\s+eens)\b[.,!]?", re.IGNORECASE)


# Cue sentences this close are one promise. On the tuning debates a gap of 2 merged different acts
# of one turn (strict precision 0.75, recall 0.96) where adjacent-only gave 0.74 and 1.0.
MERGE_GAP = 1


@dataclass(frozen=True)
class Found:
    """A commitment found in one cabinet turn: its verbatim quote and offsets in ``turn.text``."""

    turn: Turn
    quote: str
    start: int
    end: int
    strength: Strength
    sentences: tuple[Sentence, ...]
    all_sentences: tuple[Sentence, ...]


def _cue(sentence: Sentence) -> Strength | None:
    text = sentence.text
    if text.rstrip().endswith("?"):
        return None
    for pattern, strength in CUES:
        if pattern.search(text) and (pattern.pattern.startswith("^geen") or not EXCLUDE.search(text)):
            return strength
    return None


def _asked_for_commitment(transcript: Transcript, turn: Turn) -> bool:
    for earlier in reversed(transcript.turns[:turn.index]):
        if is_cabinet(earlier):
            return False
        if earlier.role == "member" or earlier.is_chair:
            if _ASKED.search(earlier.text[-400:]):
                return True
            if earlier.role == "member":
                return False
    return False


def find_in_turn(transcript: Transcript, turn: Turn) -> list[Found]:
    """The commitments in one cabinet turn, in order."""
    sentences = split_sentences(turn.text)
    hits: dict[int, Strength] = {}
    for position, sentence in enumerate(sentences):
        strength = _cue(sentence)
        if strength:
            hits[position] = strength
    if sentences and 0 not in hits and _YES.match(sentences[0].text) and _asked_for_commitment(transcript, turn):
        hits[0] = "explicit"
    return list(_merge(turn, sentences, hits))


def _merge(turn: Turn, sentences: list[Sentence], hits: dict[int, Strength]) -> Iterator[Found]:
    """Cue sentences of one paragraph at most `MERGE_GAP` sentences apart are one promise."""
    group: list[int] = []
    for position in sorted(hits):
        if group and (position - group[-1] > MERGE_GAP or sentences[position].paragraph != sentences[group[-1]].paragraph):
            yield _found(turn, sentences, group, hits)
            group = []
        group.append(position)
    if group:
        yield _found(turn, sentences, group, hits)


def _found(turn: Turn, sentences: list[Sentence], group: list[int], hits: dict[int, Strength]) -> Found:
    start, end = sentences[group[0]].start, sentences[group[-1]].end
    strength = "explicit" if any(hits[p] == "explicit" for p in group) else "passive"
    return Found(turn, turn.text[start:end], start, end, strength,
                 tuple(sentences[p] for p in group), tuple(sentences))


def find_commitments(transcript: Transcript) -> list[Found]:
    """Every commitment made in a cabinet turn of ``transcript``, in document order."""
    return [found for turn in transcript.turns if is_cabinet(turn) for found in find_in_turn(transcript, turn)]
