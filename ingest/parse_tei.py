"""Parser for ParlaMint TEI transcripts (``http://www.tei-c.org/ns/1.0``), Dutch edition.

ParlaMint encodes each speech as a ``u`` whose ``@who`` points into a person list we do not ship,
so the speaker is read from the printed label before it (``note type="speaker"``: "De heer
Alkaya (SP)", "Minister Kaag", "De voorzitter"), and its kind from ``@ana`` (``#chair``,
``#regular``, ``#guest``). Only where there is no label, or the label names no one ("De
voorzitter"), is the name spelled out from the ``@who`` identifier ("#MahirAlkaya").

With the corpus metadata (`ingest.parlamint_meta`, found beside the file by
`ingest.parlamint_files`), ``@who`` is resolved instead: the person's full name, their party on
the sitting's date, and a government office held that day (role ``minister``, or
``state_secretary`` for a "staatssecretaris"/"state secretary"; the office name is the turn's
``function``: "Chancellor of the Exchequer"). ``@ana="#chair"`` still decides who chairs. Where
the metadata does not list a person, or says nothing of party or office, the sitting's own label
and ``@ana`` are used as without metadata: nothing is guessed.

Procedural notes become `Event`s. Motions are ``note``s *inside* a ``u``; they are not the
speaker's words, so they stay out of the turn text and follow the turn as events. The 2018-era
files differ (no ``head``, notes without ``@type``, sampling ``gap``s); see `_untyped_note`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from lxml import etree

from ingest.doc_ids import tei_document_id
from ingest.errors import EmptyTranscriptError, TranscriptParseError
from ingest.models import CABINET_ROLES, Event, Role, Transcript, Turn, TurnId
from ingest.parlamint_meta import CorpusMetadata, SpeakerFacts
from ingest.parse_limits import check_deadline
from ingest.speaker_labels import SpeakerLabel, parse_speaker_label
from ingest.xml_input import first_child, read_xml, root_tag

NAMESPACE = "http://www.tei-c.org/ns/1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Name particles glued into @who ids ("#KeesvanderStaaij"). Only "van ..." is split off: "de" and
# "ter" are also ordinary given-name endings (Claude, Pieter).
_PARTICLES = ("van der", "van den", "van de", "van")


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _all_text(element: etree._Element) -> str:
    return _clean("".join(element.itertext()))


def looks_like_tei(head: bytes) -> bool:
    """Whether ``head`` (the first bytes of a file) starts a TEI document (root in the TEI
    namespace, ``TEI`` or ``teiCorpus``)."""
    tag = root_tag(head)
    return tag is not None and tag.startswith(f"{{{NAMESPACE}}}")


@dataclass
class _Body:
    """What reading the ``body`` yields; ``section`` and ``label`` are the reading state."""

    transcript_id: str
    metadata: CorpusMetadata | None = None
    date: str | None = None
    language: str = "nl"
    unlisted: set[str] = field(default_factory=set)
    turns: list[Turn] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_ids: list[str | None] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    section: str | None = None
    label: str | None = None
    skipped: int = 0
    # parents that have had a ``u`` child so far (kept alive here, so lxml returns the same proxy)
    parents_with_u: set[etree._Element] = field(default_factory=set)

    def event(self, kind: str, text: str) -> None:
        if text:
            self.events.append(Event(kind=kind, text=text, after_turn=len(self.turns) - 1))


def _language(root: etree._Element, body: etree._Element) -> str:
    """The speech's language: the ``xml:lang`` nearest the body (ParlaMint sets it on ``<text>`` and
    on the root), as a bare ISO 639-1 code ("en-GB" -> "en"); Dutch when the file names none."""
    text = body.getparent()
    for element in (body, text, root):
        code = (element.get(_XML_LANG) or "").strip().lower() if element is not None else ""
        if code:
            return code.split("-")[0][:8]
    return "nl"


def parse_tei(data: bytes, source_path: str, metadata: CorpusMetadata | None = None,
              metadata_warnings: tuple[str, ...] = ()) -> Transcript:
    """Parse a ParlaMint TEI file into a `Transcript`: one `Turn` per ``u``, in document order.

    ``metadata``: the corpus's people and organisations, to resolve ``@who`` (module docstring);
    ``metadata_warnings`` (what was missing when it was looked up) join the transcript's warnings.

    ``Transcript.extra["turn_source_ids"]`` holds, per turn index, the ``u``'s ``xml:id``.
    The transcript's id is the root's ``xml:id`` (else the file name's stem), namespaced by
    `ingest.doc_ids.tei_document_id`: ``ParlaMint-...`` ids stay, others get ``tei-`` in front.

    Raises:
        TranscriptParseError: not well-formed XML, or not a TEI document with a ``text/body``.
        EmptyTranscriptError: the body holds no ``u`` with text.
    """
    root = read_xml(data, source_path)
    body = root.find(f"{_q('text')}/{_q('body')}")
    if root.tag != _q("TEI") or body is None:
        found = etree.QName(root).localname
        problem = f"expected <TEI> with <text><body>, found <{found}>"
        raise TranscriptParseError(source_path, problem, root.sourceline)
    transcript_id = tei_document_id((root.get(_XML_ID) or "").strip(), PurePath(source_path).stem)
    header = root.find(_q("teiHeader"))
    date, language = _date(header, transcript_id), _language(root, body)
    read = _read_body(body, _Body(transcript_id, metadata or None, date, language))
    if not read.turns:
        raise EmptyTranscriptError(source_path, "TEI document without speech (<u>)")
    if read.unlisted:
        listed = ", ".join(sorted(read.unlisted)[:5]) + (", ..." if len(read.unlisted) > 5 else "")
        read.warnings.append(f"{len(read.unlisted)} speaker id(s) not in the ParlaMint listPerson ({listed}): "
                             "named from the sitting itself")
    return Transcript(
        id=transcript_id,
        title=_title(header, read.agenda) or transcript_id,
        date=date,
        source_format="parlamint",
        source_path=source_path,
        language=language,
        turns=tuple(read.turns),
        chamber=_chamber(header, transcript_id),
        kind="plenair",
        agenda=tuple(read.agenda),
        events=tuple(read.events),
        warnings=(*metadata_warnings, *read.warnings),
        extra={"turn_source_ids": tuple(read.source_ids)},
    )


def _read_body(body: etree._Element, read: _Body) -> _Body:
    """Walk ``div``s, ``head``s, ``note``s, ``u``s and ``gap``s in document order. Notes inside a
    ``u`` are handled with their ``u``."""
    for element in body.iter(_q("div"), _q("head"), _q("note"), _q("u"), _q("gap")):
        check_deadline()
        tag = etree.QName(element).localname
        if tag == "div":
            read.section = None
        elif tag == "head":
            _heading(read, _all_text(element))
        elif tag == "u":
            _utterance(read, element)
        elif tag == "gap":
            _gap(read, element)
        elif element.getparent() is None or element.getparent().tag != _q("u"):
            _note(read, element)
    if read.skipped:
        read.warnings.append(f"{read.skipped} utterance(s) without text were skipped")
    return read


def _heading(read: _Body, text: str) -> None:
    if text:
        read.section = text
        read.agenda.append(text)


def _note(read: _Body, note: etree._Element) -> None:
    text = _all_text(note)
    kind = note.get("type")
    if kind == "speaker":
        read.label = text
    elif kind is None:
        _untyped_note(read, note, text)
    else:
        read.event(kind, text)


def _untyped_note(read: _Body, note: etree._Element, text: str) -> None:
    """Older files (edition 2.1) type no notes. One before any ``u`` of a ``div`` without a
    ``head`` is the agenda title ("Herdenking W. Kok"); the others are comments. (Whether a
    ``u`` came before is remembered while walking: asking XPath for preceding siblings at every
    note was quadratic in the number of notes of one ``div``.)"""
    div = note.getparent()
    opens_div = div is not None and div not in read.parents_with_u
    # section first: once a div has its heading, no note of it looks for a head (lxml's find
    # lists all children, which was quadratic in the notes of a div)
    if opens_div and read.section is None and first_child(div, _q("head")) is None:
        _heading(read, text)
    else:
        read.event("comment", text)


def _gap(read: _Body, gap: etree._Element) -> None:
    reason = gap.get("reason") or "unknown"
    description = _all_text(gap) or "no description"
    read.event("gap", f"{reason}: {description}")
    read.warnings.append(f"line {gap.sourceline}: text left out of the source ({reason}: {description})")


def _utterance(read: _Body, u: etree._Element) -> None:
    """One ``u`` → one turn (its ``seg``s, one per line), then its inner notes as events."""
    label, read.label = read.label, None
    read.parents_with_u.add(u.getparent())
    text = "\n".join(line for line in (_all_text(seg) for seg in u.iter(_q("seg"))) if line)
    if not text:
        read.skipped += 1
        return
    index = len(read.turns)
    printed = parse_speaker_label(label) if label else None
    if label and printed is None:
        read.warnings.append(f"line {u.sourceline}: speaker label {label[:80]!r} not understood")
    who = (u.get("who") or "").strip()
    facts = _facts(read, who)
    role = _role(u.get("ana") or "", printed, facts)
    read.turns.append(
        Turn(
            id=str(TurnId(read.transcript_id, index)),
            index=index,
            speaker=(facts.name if facts else None) or (printed.name if printed else None) or name_from_person_id(who),
            text=text,
            role=role,
            party=(facts.party if facts else None) or (printed.party if printed else None),
            function=_function(role, facts) or (printed.function if printed else None),
            is_chair=role == "chair",
            section=read.section,
            label=label,
        )
    )
    read.source_ids.append(u.get(_XML_ID))
    _inner_notes(read, u)


def _inner_notes(read: _Body, u: etree._Element) -> None:
    """Notes inside a ``u``: a run of comment notes opening with "Motie" is one motion event."""
    runs: list[tuple[str, list[str]]] = []
    for note in u.iter(_q("note")):
        kind, text = note.get("type") or "comment", _all_text(note)
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(text)
        else:
            runs.append((kind, [text]))
    for kind, lines in runs:
        if kind == "comment" and lines[0] == "Motie":
            for motion in split_motions(lines):
                read.event("motion", "\n".join(line for line in motion if line))
        else:
            read.event(kind, "\n".join(line for line in lines if line))


_SUBMITTED = re.compile(r"^Deze motie is voorgesteld door\b")
_NUMBERED = re.compile(r"^Zij krijgt nr\.")


def split_motions(lines: list[str]) -> list[list[str]]:
    """One run of comment notes as its motions. A member who tables several motions in one ``u`` may
    have them printed as all the texts first and then all the "Deze motie is voorgesteld door … /
    Zij krijgt nr. …" lines (ParlaMint-NL 2021-09-29 and 2021-11-23: three runs of three motions, which
    were one motion event each, so two of every three motions had no number); the k-th text gets
    the k-th of those pairs, in order, as the minister's answers confirm. A run whose texts and
    pairs do not add up stays whole."""
    starts = [i for i, line in enumerate(lines) if line == "Motie"]
    if len(starts) < 2:
        return [lines]
    texts = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    last = texts[-1]
    first_trailer = next((i for i, line in enumerate(last) if _SUBMITTED.match(line)), len(last))
    texts[-1], trailer = last[:first_trailer], last[first_trailer:]
    if any(_SUBMITTED.match(line) for text in texts for line in text):
        # each text already carries its own lines ("Motie … Zij krijgt nr. 1. Motie … nr. 2"): split only
        return [*texts[:-1], [*texts[-1], *trailer]]
    pairs = [trailer[i:i + 2] for i in range(0, len(trailer), 2)]
    if len(pairs) != len(texts) or not all(
            len(pair) == 2 and _SUBMITTED.match(pair[0]) and _NUMBERED.match(pair[1]) for pair in pairs):
        return [lines]
    return [[*text, *pair] for text, pair in zip(texts, pairs, strict=True)]


def _facts(read: _Body, who: str) -> SpeakerFacts | None:
    """What the corpus metadata says of ``who`` on the sitting's date (None without metadata or
    for a person it does not list, who is then remembered for one warning)."""
    if read.metadata is None or not who:
        return None
    facts = read.metadata.facts(who, read.date, read.language)
    if facts is None:
        read.unlisted.add(who)
    else:
        read.warnings.extend(w for w in facts.warnings if w not in read.warnings)
    return facts


def _function(role: Role, facts: SpeakerFacts | None) -> str | None:
    if facts is None:
        return None
    return facts.chair_office if role == "chair" else facts.office if role in CABINET_ROLES else None


def _role(ana: str, printed: SpeakerLabel | None, facts: SpeakerFacts | None = None) -> Role:
    """``@ana`` decides chair / member / guest; a government office on the date (metadata) makes
    a minister or state secretary, else a guest's label tells minister from state secretary, and
    a guest whose label names a party ("De heer Van der Voort (D66)") is a member: ParlaMint-NL
    marks every senator of the Eerste Kamer sitting of 2 November 2021 ``#guest`` (92 turns, all
    "other" before, so no exchange or commitment could name the senator it answered)."""
    kinds = set(ana.split())
    if "#chair" in kinds:
        return "chair"
    if facts is not None and facts.in_government:
        office = (facts.office or "").lower()
        return "state_secretary" if "staatssecretaris" in office or "state secretary" in office else "minister"
    if "#regular" in kinds:
        return "member"
    if "#guest" in kinds and printed is not None and printed.role in (*CABINET_ROLES, "member"):
        return printed.role
    return "other"


def name_from_person_id(who: str) -> str:
    """Spell out a ParlaMint person id: "#MahirAlkaya" → "Mahir Alkaya", "#KeesvanderStaaij" →
    "Kees van der Staaij", "#AnkieBroekers-Knol" → "Ankie Broekers-Knol"."""
    words: list[str] = []
    current = ""
    for char in who.lstrip("#"):
        if char.isupper() and current and current[-1].islower():
            words.append(current)
            current = ""
        current += char
    if current:
        words.append(current)
    if len(words) > 1:
        words[0] = _split_particle(words[0])
    return " ".join(words)


def _split_particle(given: str) -> str:
    for particle in _PARTICLES:
        glued = particle.replace(" ", "")
        if given.endswith(glued) and len(given) - len(glued) >= 2:
            return f"{given[: -len(glued)]} {particle}"
    return given


def _title(header: etree._Element | None, agenda: list[str]) -> str | None:
    """The agenda item when the file holds exactly one, else the Dutch sub title ("Verslag van
    de vergadering van de Tweede Kamer, Meeting 46, ...")."""
    if len(set(agenda)) == 1:
        return agenda[0]
    if header is None:
        return None
    subtitles = header.findall(f".//{_q('titleStmt')}/{_q('title')}[@type='sub']")
    dutch = [t for t in subtitles if t.get(_XML_LANG) == "nl"] or subtitles
    return _all_text(dutch[0]) if dutch else None


def _date(header: etree._Element | None, transcript_id: str) -> str | None:
    """The sitting date: ``settingDesc//date/@when``, else the sitting ``meeting/@n``, else the
    date in the id."""
    if header is not None:
        for when in header.xpath(".//tei:settingDesc//tei:date/@when", namespaces={"tei": NAMESPACE}):
            if _DATE.fullmatch(str(when)):
                return str(when)
        for meeting in header.iter(_q("meeting")):
            if _DATE.fullmatch(meeting.get("n") or ""):
                return str(meeting.get("n"))
    found = _DATE.search(transcript_id)
    return found.group(0) if found else None


def _chamber(header: etree._Element | None, transcript_id: str) -> str | None:
    """Tweede or Eerste Kamer, from the ``meeting/@ana`` (``#parla.lower``/``#parla.upper``) of a
    ParlaMint-NL file or the id ("...-tweedekamer-7"); House of Commons or Lords from a
    ParlaMint-GB id ("..._2022-10-17-commons")."""
    analyses = " ".join(m.get("ana") or "" for m in header.iter(_q("meeting"))) if header is not None else ""
    lowered = transcript_id.lower()
    if lowered.startswith("parlamint-gb"):
        return "House of Commons" if lowered.endswith("-commons") else "House of Lords" if lowered.endswith("-lords") else None
    dutch = lowered.startswith("parlamint-nl") or not lowered.startswith("parlamint-")
    if "tweedekamer" in lowered or (dutch and "#parla.lower" in analyses):
        return "Tweede Kamer"
    if "eerstekamer" in lowered or (dutch and "#parla.upper" in analyses):
        return "Eerste Kamer"
    return None
