"""Parse the text of a Tweede Kamer *verslag* (a Kamerstuk report of a committee meeting, as
extracted from its PDF) into a `Transcript`.

Why a line parser: the verslag has no markup, only typography that survives text extraction.
A turn starts at a speaker label on its own line (``De heer Van Nispen (SP):``, ``Mevrouw X
(CDA):``, ``Minister Blok:``, ``Staatssecretaris X:``, ``De voorzitter:``) and runs to the next
label, chair line or procedural line. Every speaker field comes from that structure only:

* a member's party is the one in their own label;
* ``De voorzitter:`` is whoever the last ``Voorzitter: NAME`` line made chair, with the party of
  that person's own member labels (none if they have none); before any chair line it stays
  unresolved, with a warning;
* a cabinet member's function comes from the header ("de heer Blok, Minister van ...");
* a label with text on the same line counts only at a paragraph start (after a blank, chair or
  procedural line, or on a page's first line), so a sentence "Minister X: ..." is no new speaker.

Pages: the text starts on page 1. A footer ("Tweede Kamer, vergaderjaar 2016–2017, 28 638,
nr. 157 11") closes the page it names and the next line opens the next page; the footer wins
over the count (a disagreement is a warning). Pages without a printed footer are counted from
their first line, which carries a form feed (as `ingest.parse_pdf` joins PDF pages) or, in text
without form feeds, a leading space (a PDF-to-text artefact no other line has). A turn's
``page`` is the page of its label. Footers are removed from the text.

Text: a turn's lines joined with single spaces, words broken at a line end rejoined
(`ingest.dehyphenation`).

Procedural lines ("De vergadering wordt ... geschorst.", "Aanvang 10.02 uur.", "Sluiting 11.49
uur.") and chair lines become `Event`s, known by their wording alone (PDF text has no blank
lines). Text after them that no label claims is attributed to no one: it is a warning.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ingest.dehyphenation import join_lines
from ingest.doc_ids import document_id
from ingest.errors import EmptyTranscriptError
from ingest.models import CABINET_ROLES, Event, Transcript, Turn, TurnId
from ingest.parse_limits import check_deadline
from ingest.speaker_labels import SpeakerLabel, parse_speaker_label

# --- names and labels ------------------------------------------------------------------------

# One capitalised part of a surname as labels print it: "Van", "Nispen", "Kops-Bolkestein".
_NAME_PART = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
# Lower-case particles that may sit between capitalised parts: "Van der Staaij", "Van 't Wout".
_PARTICLE = r"(?:van|de|der|den|het|ter|ten|te|in|op|'t|’t|d'|la|le|du)"
_NAME = rf"{_NAME_PART}(?:[ ](?:{_PARTICLE}[ ])*{_NAME_PART})*"

# A candidate speaker label opening a (stripped) line: a title, a few more words, a colon, and
# maybe text. `ingest.speaker_labels` decides whether the words before the colon are a label.
# The rest of the line is taken whole and stripped in Python: a lazy ".*?\s*$" retried the
# trailing-blank test at every character, quadratic in a long run of blanks inside the line.
_LABEL_RE = re.compile(
    r"""^(?P<label>(?:De[ ]voorzitter|De[ ]heer|Mevrouw|Kamerlid|(?:De[ ])?[Mm]inister
                    |(?:De[ ])?[Ss]taatssecretaris)\b[^:]{0,80}?)[ ]*+:[ ]*+(?P<rest>.*)""",
    re.VERBOSE,
)
# "Voorzitter: Van Nispen" — from here on, "De voorzitter:" is Van Nispen.
_CHAIR_LINE_RE = re.compile(rf"^Voorzitter:[ ]*(?P<name>{_NAME})[ ]*$")
# "Griffier: Tielens-Tripels" — the clerk; not a speaker.
_CLERK_LINE_RE = re.compile(r"^Griffier:[ ]*\S.*$")

_NO_LABELS = "no speaker labels found (lines like 'De voorzitter:', 'De heer Naam (Partij):')"

# --- page structure --------------------------------------------------------------------------

# The page footer: chamber, session, dossier number, document number, page number.
_FOOTER_RE = re.compile(
    r"""^(?P<chamber>Tweede|Eerste)[ ]Kamer,[ ]vergaderjaar[ ](?P<session>\d{4}[–-]\d{4}),[ ]
        (?P<dossier>\d[\w ]*?),[ ]nr\.[ ](?P<nr>\d+)[ ](?P<page>\d+)\s*$""",
    re.VERBOSE,
)

# --- procedural lines ------------------------------------------------------------------------

_CLOCK = r"\d{1,2}[.:]\d{2}[ ]uur"
# A procedural note, the whole of a line (or of a wrapped pair); the group name is the Event kind.
_PROCEDURAL_RE = re.compile(
    rf"""^(?:
        (?P<suspension>De[ ]vergadering[ ]wordt[ ].*\bgeschorst\.)
      | (?P<resumption>De[ ]vergadering[ ]wordt[ ].*\bheropend\.)
      | (?P<opening>Aanvang(?:[ ]om)?[ ]{_CLOCK}\.)
      | (?P<closing>Sluiting(?:[ ]om)?[ ]{_CLOCK}\.)
    )$""",
    re.VERBOSE,
)
_CLOCK_RE = re.compile(r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2}) uur")

# --- header ----------------------------------------------------------------------------------

_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december"
# "De vaste commissie voor Veiligheid en Justitie heeft op 16 februari 2017 overleg gevoerd"
# The committee's name is bounded (the longest real one is under 100 characters) and holds no
# "De " of its own: an unbounded ".*?" scanned to the end of the header from every "De
# commissie", quadratic in their number; now each try stops at the next "De ".
_MEETING_RE = re.compile(
    r"\bDe (?P<committee>(?:vaste |algemene |tijdelijke )?commissie\b(?:(?!De ).){0,200}?) (?:heeft|hebben) op "
    r"(?P<day>\d{1,2}) (?P<month>[a-z]+) (?P<year>\d{4}) (?P<gathering>\w*overleg)? ?gevoerd"
)
# "..., over: – de brief van ...; – de brief van ... ." up to the closing formula.
_AGENDA_RE = re.compile(r"\bover:\s*(?P<agenda>.+?)\s*(?=Van dit overleg brengt|$)")
_AGENDA_BULLET_RE = re.compile(r"(?:^|\s)–\s")
# "te weten: Van Laar, Van Nispen, Van Oosten en Van Toorenburg, en de heer Blok, ..."
_MEMBERS_RE = re.compile(
    r"\bte weten:\s*(?P<members>.+?)(?:,?\s+en\s+(?=(?:de heer|mevrouw)\b)|\.(?:\s|$)|$)"
)
_LIST_SEPARATOR_RE = re.compile(r",\s*|\s+en\s+")
# "de heer Blok, Minister van Veiligheid en Justitie" (ends at a comma, stop, or next person).
_OFFICIAL_RE = re.compile(
    rf"\b(?:de heer|mevrouw) (?P<name>{_NAME}), (?P<function>(?:[Mm]inister|[Ss]taatssecretaris)"
    r"\b.*?)(?=,|;|\.(?:\s|$)|\s+en\s+(?:de heer|mevrouw)\b|$)"
)
# "Aan de orde is het algemeen overleg Mensenhandel." in the chair's opening words.
_ORDER_OF_BUSINESS_RE = re.compile(
    r"\bAan de orde (?:is|zijn) (?:het|de|een) (?P<kind>algemeen overleg|notaoverleg|nota-overleg"
    r"|wetgevingsoverleg|commissiedebat|schriftelijk overleg) (?:over )?"
    r"(?P<subject>[^.?!]+)"
)

_WHITESPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based line number in the source text
    text: str  # as extracted, form feeds removed, trailing blanks kept (they mark hard hyphens)
    page: int
    starts_page: bool


@dataclass
class _RawTurn:
    speaker: SpeakerLabel
    label: str  # as printed, without the colon
    chair: str | None  # who was chair when the turn started
    page: int
    line: int
    lines: list[str]  # the text after the label's colon (maybe ""), then the following lines


@dataclass
class _Segments:
    header: list[str] = field(default_factory=list)
    turns: list[_RawTurn] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def looks_like_verslag(text: str) -> bool:
    """Tell whether ``text`` reads like the text of a verslag (used by format detection).

    True when a page footer ("Tweede Kamer, vergaderjaar ...") occurs or at least two lines
    are speaker labels on their own; markup (text starting with ``<``) never is."""
    head = text[:500_000].lstrip("\ufeff \t\r\n\f")
    if head.startswith("<"):
        return False
    lines = [line.strip(" \t\f") for line in head.splitlines()]
    if any(_FOOTER_RE.match(line) for line in lines):
        return True
    labels = (_read_label(line) for line in lines)
    return sum(1 for label in labels if label and not label[2]) >= 2


def parse_verslag(text: str, source_path: str) -> Transcript:
    """Parse the text of a verslag into a `Transcript` with ``source_format="verslag"``.

    Args:
        text: the document text as extracted from the PDF (form feeds between pages allowed).
        source_path: the file the text came from; used in errors and in ``Transcript.source_path``.

    Returns:
        The transcript; its ``id`` is ``kst-<dossier>-<nr>`` from the page footer (e.g.
        ``kst-28638-157``), or ``verslag-<hash of the text>`` when no footer is present.

    Raises:
        EmptyTranscriptError: the text holds no speaker label, so there is no speech to cite.
    """
    lines, footer, page_warnings = _paginate(text)
    segments = _segment(lines)
    if not segments.turns:
        raise EmptyTranscriptError(source_path, _NO_LABELS)
    doc_id = _document_id(footer, text)
    header_text = join_lines(segments.header)
    offices = _official_functions(header_text)
    parties, party_warnings = _member_parties(segments.turns)
    built = [_build_turn(raw, i, doc_id, parties, offices) for i, raw in enumerate(segments.turns)]
    turns = [turn for turn, _ in built]
    warnings = [*page_warnings, *segments.warnings, *party_warnings]
    warnings.extend(problem for _, problem in built if problem)
    return Transcript(
        id=doc_id,
        source_format="verslag",
        source_path=source_path,
        turns=tuple(turns),
        events=tuple(segments.events),
        warnings=tuple(warnings),
        **_metadata(header_text, turns, segments.events, footer),
    )


# --- pages -----------------------------------------------------------------------------------


def _paginate(text: str) -> tuple[list[_Line], re.Match[str] | None, list[str]]:
    """The lines with page numbers (method: module docstring) but without footers, the first
    footer (or None), and warnings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    form_feeds = "\f" in text
    lines: list[_Line] = []
    footers: list[re.Match[str]] = []
    warnings: list[str] = []
    page, started, closed = 1, False, False
    for number, raw in enumerate(text.split("\n"), start=1):
        check_deadline()
        content = raw.replace("\f", "")
        footer = _FOOTER_RE.match(content.strip())
        if footer:
            printed = int(footer["page"])
            if printed != page:
                problem = f"footer says page {printed}, counted {page}"
                warnings.append(f"line {number}: {problem}; numbering follows the footer")
            footers.append(footer)
            page, started, closed = printed, True, True
            continue
        has_text = bool(content.strip())
        opens = raw.count("\f") if form_feeds else int(has_text and content.startswith(" "))
        if closed and (has_text or opens):
            opens = max(opens, 1)
            closed = False
        elif not started:
            opens = 0  # the first line of the text is on page 1 whatever it starts with
        page += opens
        started = started or has_text
        lines.append(_Line(number, content, page, starts_page=opens > 0))
    documents = sorted({f"{footer['dossier']}, nr. {footer['nr']}" for footer in footers})
    if len(documents) > 1:
        warnings.append(f"page footers name several documents {documents}; the first is used")
    return lines, (footers[0] if footers else None), warnings


# --- segmentation ----------------------------------------------------------------------------


def _procedural(lines: Sequence[_Line], at: int) -> tuple[str, str, int] | None:
    """(event kind, text, lines used) of a procedural note at ``lines[at]``: one whole line, or
    two where "De vergadering wordt ..." wraps; None if there is none."""
    first = _WHITESPACE_RE.sub(" ", lines[at].text).strip()
    candidates = [(first, 1)]
    if first.startswith("De vergadering wordt") and at + 1 < len(lines):
        candidates.append((join_lines([lines[at].text, lines[at + 1].text]), 2))
    for text, used in candidates:
        found = _PROCEDURAL_RE.match(text)
        if found and found.lastgroup:
            return found.lastgroup, text, used
    return None


def _segment(lines: Sequence[_Line]) -> _Segments:
    """Split the lines into header, raw turns and events, in document order."""
    segments = _Segments()
    chair: str | None = None
    current: _RawTurn | None = None
    at, paragraph_start = 0, True
    while at < len(lines):
        check_deadline()
        line = lines[at]
        stripped = line.text.strip()
        at += 1
        if not stripped:
            paragraph_start = True
            continue
        # a procedural, chair or clerk line ends a paragraph as a blank line does
        starts_paragraph, paragraph_start = paragraph_start or line.starts_page, True
        procedural = _procedural(lines, at - 1)
        if procedural:
            kind, text, used = procedural
            segments.events.append(Event(kind, text, after_turn=len(segments.turns) - 1))
            current, at = None, at - 1 + used
            continue
        chair_line = _CHAIR_LINE_RE.match(stripped)
        if chair_line:
            chair = chair_line["name"]
            segments.events.append(Event("chair", stripped, len(segments.turns) - 1))
            current = None
            continue
        if _CLERK_LINE_RE.match(stripped):
            continue
        paragraph_start = False
        speaker, printed, rest = _read_label(stripped) or (None, "", "")
        if speaker and (not rest or starts_paragraph):
            current = _RawTurn(speaker, printed, chair, line.page, line.number, [rest])
            segments.turns.append(current)
        elif current is not None:
            current.lines.append(line.text)
        elif not segments.turns:
            segments.header.append(line.text)
        else:
            segments.warnings.append(
                f"line {line.number}: text outside any speaker turn, not attributed: "
                f"{stripped[:60]!r}"
            )
    return segments


# --- speakers --------------------------------------------------------------------------------


def _member_parties(turns: Iterable[_RawTurn]) -> tuple[dict[str, str], list[str]]:
    """Map each member to the party in their own labels; a member shown with two parties gets
    none (and a warning), so that no chair turn is given a party the text does not settle."""
    seen: dict[str, set[str]] = {}
    for raw in turns:
        if raw.speaker.role == "member" and raw.speaker.name and raw.speaker.party:
            seen.setdefault(raw.speaker.name, set()).add(raw.speaker.party.strip())
    parties = {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}
    several = [(name, sorted(found)) for name, found in seen.items() if len(found) > 1]
    warnings = [f"{name} is labelled with several parties: {found}" for name, found in several]
    return parties, warnings


def _build_turn(
    raw: _RawTurn,
    index: int,
    doc_id: str,
    parties: dict[str, str],
    functions: dict[str, str],
) -> tuple[Turn, str | None]:
    """Turn a raw turn into a `Turn`; the second value is a warning, if any."""
    label, name = raw.speaker, raw.speaker.name
    text = join_lines(raw.lines)
    problem = None if text else f"line {raw.line}: label {raw.label!r} has no text"
    party, function = label.party, label.function
    if label.role == "chair":
        name, party = raw.chair, parties.get(raw.chair or "")
        if name is None:
            problem = f"line {raw.line}: 'De voorzitter' before any 'Voorzitter:' line; unresolved"
    elif label.role in CABINET_ROLES:
        if name is None and function:  # "De minister van Financiën": the header names them
            name = next((n for n, f in functions.items() if f.lower() == function.lower()), None)
        function = functions.get(name or "", function)
    turn = Turn(
        id=str(TurnId(doc_id, index)),
        index=index,
        speaker=name or raw.label,
        text=text,
        role=label.role,
        party=party,
        function=function,
        is_chair=label.role == "chair",
        page=raw.page,
        label=raw.label,
    )
    return turn, problem


def _read_label(line: str) -> tuple[SpeakerLabel, str, str] | None:
    """(speaker, label as printed, text after the colon) when ``line`` opens with a label."""
    found = _LABEL_RE.match(line)
    speaker = parse_speaker_label(found["label"]) if found else None
    return (speaker, found["label"].strip(), found["rest"].strip()) if found and speaker else None


# --- header ----------------------------------------------------------------------------------


def _document_id(footer: re.Match[str] | None, text: str) -> str:
    """``kst-<dossier>-<nr>`` from the footer, else ``verslag-`` and a hash of the text (both
    made safe by `ingest.doc_ids`)."""
    if footer:
        return document_id("kst-", f"{footer['dossier'].replace(' ', '')}-{footer['nr']}")
    normalised = _WHITESPACE_RE.sub(" ", text).strip()
    return "verslag-" + hashlib.sha256(normalised.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def _metadata(
    header: str, turns: Sequence[Turn], events: Sequence[Event], footer: re.Match[str] | None
) -> dict[str, Any]:
    """The `Transcript` fields that come from the header, the footer and the chair's opening.

    Kind and subject come from "Aan de orde is het algemeen overleg X." in a turn; without that
    sentence the kind is the header's "overleg gevoerd" and the title names the committee.
    """
    meeting = _MEETING_RE.search(header)
    committee = meeting["committee"] if meeting else None
    date = None
    if meeting and meeting["month"] in _MONTHS.split():
        month = _MONTHS.split().index(meeting["month"]) + 1
        date = _valid_date(f"{meeting['year']}-{month:02d}-{int(meeting['day']):02d}")
    order = next(filter(None, (_ORDER_OF_BUSINESS_RE.search(turn.text) for turn in turns)), None)
    kind = order["kind"] if order else (meeting["gathering"] or "overleg") if meeting else None
    number = f"{footer['dossier']}, nr. {footer['nr']}" if footer else None
    if order:
        title = f"{order['kind'][0].upper()}{order['kind'][1:]} {order['subject'].strip()}"
    elif committee:
        title = f"Verslag van een {kind} van de {committee}"
    else:
        title = f"Verslag {number}" if number else "Verslag"
    return {
        "title": title,
        "date": date,
        "chamber": f"{footer['chamber']} Kamer" if footer else None,
        "kind": kind,
        "committee": committee,
        "number": number,
        "start_time": _event_time(events, "opening", date),
        "end_time": _event_time(events, "closing", date),
        "participants": _participants(header),
        "agenda": _agenda(header),
    }


def _valid_date(iso: str) -> str | None:
    """``iso`` if it is a real date ("31 februari" in a header is none: no date rather than one
    that breaks every date filter)."""
    try:
        return datetime.date.fromisoformat(iso).isoformat()
    except ValueError:
        return None


def _official_functions(header: str) -> dict[str, str]:
    """Name -> function of each cabinet member the header introduces."""
    return {found["name"]: found["function"].strip() for found in _OFFICIAL_RE.finditer(header)}


def _participants(header: str) -> tuple[str, ...]:
    """Members listed as present, then the cabinet members, each once, in header order."""
    names: list[str] = []
    present = _MEMBERS_RE.search(header)
    if present:
        names.extend(part.strip() for part in _LIST_SEPARATOR_RE.split(present["members"]))
    names.extend(_official_functions(header))
    return tuple(dict.fromkeys(name for name in names if name))


def _agenda(header: str) -> tuple[str, ...]:
    """The items after "over:", without their dash bullets and closing ';' or '.'."""
    agenda = _AGENDA_RE.search(header)
    if not agenda:
        return ()
    items = (re.sub(r"\s*[;.]$", "", item.strip()) for item in _AGENDA_BULLET_RE.split(agenda[1]))
    return tuple(item for item in items if item)


def _event_time(events: Iterable[Event], kind: str, date: str | None) -> str | None:
    """ISO 8601 time of the first event of ``kind`` ("Aanvang 10.02 uur." -> "...T10:02:00")."""
    for event in events:
        clock = _CLOCK_RE.search(event.text) if event.kind == kind else None
        if clock:
            time = f"{int(clock['hour']):02d}:{clock['minute']}:00"
            return f"{date}T{time}" if date else time
    return None
