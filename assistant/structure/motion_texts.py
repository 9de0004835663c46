"""The motions submitted in a sitting, read from the parser's ``motion`` events.

A motion's text is not speech: the VLOS and ParlaMint parsers keep it as an `Event` of kind
``motion`` placed after the member's turn that reads it out. Its last lines carry what the
cabinet's words never repeat: who submitted it ("Deze motie is voorgesteld door de leden Bamenga,
Ceder en White.") and its stuk number ("Zij krijgt nr. 499 (31497).", for a budget "nr. 9 (36740-XVI)", in VLOS;
"Zij krijgt nr. kst-32545-160" in ParlaMint). Those two lines are the only formats seen in the corpus (7 VLOS and
ParlaMint sittings with motions); the evaluation sittings added a dossier with a part of its own
("kst-21501-33-905") and the Eerste Kamer's lettered motions ("kst-35355-E", submitters named in the
reading turn). A motion event without a number is skipped, because the cabinet refers to motions by number.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ingest.models import Transcript

_NUMBER_VLOS = re.compile(r"Zij krijgt nr\.\s*(\d+)\s*\((\d+(?:-[A-Z0-9]+)*)\)")
# The dossier may have a part of its own: "kst-21501-33-905" is motion 905 in dossier 21501-33 (ParlaMint-NL
# 2022-01-20, Informele Energieraad; read as motion 33 before, so none of its eight motions was found). An Eerste
# Kamer motion is lettered: "kst-35355-E" (ParlaMint-NL 2021-11-02).
_NUMBER_TEI = re.compile(r"Zij krijgt nr\.\s*kst-(\d+(?:-[A-Z0-9]+)*)-(\d+|[A-Z]{1,3})\b")
_SUBMITTERS = re.compile(r"voorgesteld door (?:het lid|de leden)\s+(.+?)\.?\s*(?:\n|$)")
_READ_BY = re.compile(r"\b[Dd]oor (?:het lid|de leden)\s+(.+?)\s+wordt de volgende motie voorgesteld")
"""An Eerste Kamer member names the submitters before reading the motion out, and the motion's own text
does not: "Door de leden Recourt, De Boer, Janssen en Dittrich wordt de volgende motie voorgesteld:"."""
_DICTUM = re.compile(r"((?:verzoekt|spreekt uit|roept)\b.*?)(?:,?\s*en gaat over tot de orde van de dag|$)", re.S)


@dataclass(frozen=True)
class MotionText:
    """One submitted motion as its event records it. ``after_turn`` is the index of the turn that
    reads it out; ``submitters`` are spelled as the event spells them, first submitter first."""

    number: str
    kamerstuk: str
    submitters: tuple[str, ...]
    dictum: str
    text: str
    after_turn: int

    @property
    def is_statement(self) -> bool:
        """A "spreekt uit" motion states the Kamer's view and asks nothing of the cabinet."""
        return self.dictum.lower().startswith("spreekt uit")

    @property
    def addresses_presidium(self) -> bool:
        """A motion asking the Presidium is forwarded, not appreciated by the cabinet."""
        return "verzoekt het presidium" in self.dictum.lower()


def split_names(listed: str) -> tuple[str, ...]:
    """"Bamenga, Ceder en White" -> ("Bamenga", "Ceder", "White")."""
    parts = re.split(r",\s*|\s+en\s+", listed.strip())
    return tuple(p.strip() for p in parts if p.strip())


def read_motion_text(text: str, after_turn: int) -> MotionText | None:
    """The motion in one event's text, or None when the text carries no stuk number."""
    if (m := _NUMBER_VLOS.search(text)) is not None:
        number, kamerstuk = m.group(1), f"{m.group(2)}-{m.group(1)}"
    elif (m := _NUMBER_TEI.search(text)) is not None:
        number, kamerstuk = m.group(2), f"{m.group(1)}-{m.group(2)}"
    else:
        return None
    who = _SUBMITTERS.search(text)
    dictum = _DICTUM.search(text)
    return MotionText(
        number=number, kamerstuk=kamerstuk,
        submitters=split_names(who.group(1)) if who else (),
        dictum=" ".join(dictum.group(1).split()) if dictum else "",
        text=text, after_turn=after_turn,
    )


def number_order(number: str | None) -> tuple[int, str]:
    """Sorts motion numbers as the Kamer numbers them: "9" before "10"; lettered ones ("E") by letter."""
    return (int(number), "") if number and number.isdigit() else (-1, number or "")


def submitted_motions(transcript: Transcript) -> list[MotionText]:
    """Every numbered motion event of ``transcript``, in document order."""
    found = []
    for event in transcript.events:
        if event.kind == "motion" and (motion := read_motion_text(event.text, event.after_turn)) is not None:
            reading = transcript.turn_at(event.after_turn)
            if not motion.submitters and reading is not None and (read_by := _READ_BY.search(reading.text)) is not None:
                motion = dataclasses.replace(motion, submitters=split_names(read_by.group(1)))
            found.append(motion)
    return found
