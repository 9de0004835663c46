"""Reading the printed Dutch speaker label that opens a turn in Kamer reports.

Verslagen, VLOS texts and ParlaMint ``note type="speaker"`` all print the same labels: "De heer
Van Nispen (SP)", "Mevrouw Van der Werf (D66)", "Minister Van Weel", "Staatssecretaris Van
Oostenbruggen", "De voorzitter". A label is part of the transcript's structure (set apart from the
speech by the stenographers), so reading name, party and office from it is attribution from
structure, not a guess from the spoken text. One reader serves every parser so that the same label
always yields the same speaker.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ingest.models import Role


class SpeakerLabel(NamedTuple):
    """What a printed label says. ``name`` is None when it names no person ("De voorzitter",
    "De minister van Financiën"); ``function`` only when the label spells out an office."""

    name: str | None
    party: str | None
    role: Role
    function: str | None


_CHAIR = re.compile(r"(?:de\s+)?voorzitter", re.IGNORECASE)
_PERSON = re.compile(
    r"(?P<title>[Dd]e heer|Mevrouw|Kamerlid)\s+(?P<name>[^\W\d_][\w'’. -]*?)"
    r"(?:\s*\((?P<party>[^()]+)\))?"
)
_OFFICE = re.compile(
    r"(?:de\s+)?(?P<office>minister-president|viceminister-president|minister|staatssecretaris)"
    r"(?:\s+(?P<rest>.+))?",
    re.IGNORECASE,
)
_PORTFOLIO = re.compile(r"(?:van|voor)\s")  # "Minister van Financiën": lowercase: an office, no name
_PARTICLES = frozenset(
    {"van", "der", "den", "de", "het", "ten", "ter", "te", "'t", "’t", "in", "op", "la", "le", "du"}
)
_PARTY_SUFFIX = re.compile(r"(?P<name>.+?)\s*\((?P<party>[^()]+)\)")
MAX_LABEL_CHARS = 200
"""Five times the longest label in the samples (42 characters, as measured over every VLOS and TEI
label); a longer 'label' in a hostile file is not read at all."""


def parse_speaker_label(label: str) -> SpeakerLabel | None:
    """Read a printed speaker label; a trailing colon and line breaks inside it are allowed.

    Returns:
        The label's speaker, or None when ``label`` is not a speaker label. A person label
        with a party ("De heer Alkaya (SP)") or the title "Kamerlid" is a ``member``; a person
        label without party ("De heer Eichelsheim", an invited expert) is ``other``.
    """
    if len(label) > 4 * MAX_LABEL_CHARS:  # before normalising: blanks may pad a real label
        return None
    text = " ".join(label.split()).removesuffix(":").strip()
    if len(text) > MAX_LABEL_CHARS:
        return None
    if _CHAIR.fullmatch(text):
        return SpeakerLabel(None, None, "chair", None)
    person = _PERSON.fullmatch(text)
    if person and _looks_like_name(person["name"]):
        party = person["party"]
        member = party is not None or person["title"].lower() == "kamerlid"
        return SpeakerLabel(person["name"], party, "member" if member else "other", None)
    office = _OFFICE.fullmatch(text)
    if office:
        return _office_label(office["office"], office["rest"] or "", text)
    return None


def _looks_like_name(name: str) -> bool:
    """Capitalised words and lowercase particles ("Tony van Dijck"), so that speech such as
    "Mevrouw de voorzitter." or "De heer Van Campen zegt" is not taken for a label."""
    words = name.split()
    return (
        bool(words)
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and not name.endswith(".")
        and all(word[0].isupper() or word in _PARTICLES for word in words)
    )


def _office_label(office: str, rest: str, text: str) -> SpeakerLabel | None:
    role: Role = "state_secretary" if office.lower() == "staatssecretaris" else "minister"
    function = office.capitalize() if "president" in office.lower() else None
    if not rest:
        return SpeakerLabel(None, None, role, function)
    if _PORTFOLIO.match(rest):
        return SpeakerLabel(None, None, role, text.removeprefix("De ").removeprefix("de "))
    with_party = _PARTY_SUFFIX.fullmatch(rest)
    name, party = (with_party["name"], with_party["party"]) if with_party else (rest, None)
    if not _looks_like_name(name):
        return None
    return SpeakerLabel(name, party, role, function)
