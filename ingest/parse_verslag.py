"""Parse the text of a Tweede Kamer *verslag* (a Kamerstuk report of a committee meeting, as
extracted from its PDF) into a `Transcript`.

Why a line parser: the verslag has no markup, only typography that survives text extraction.
A speaker turn starts at a speaker label on its own line (``De heer Van Nispen (SP):``,
``Mevrouw Van Toorenburg (CDA):``, ``Minister Blok:``, ``Staatssecretaris X:``,
``De voorzitter:``) and runs to the next label, a chair line or a procedural line. Attribution
is the product's promise, so every speaker field comes from that structure and nothing else:

* a member's party is the one in their own label;
* ``De voorzitter:`` is resolved to whoever the last ``Voorzitter: NAME`` line made chair, with
  the party that person shows in their own member labels (none if they never speak as member);
  before any ``Voorzitter:`` line the chair is left unresolved, with a warning;
* a minister's or state secretary's full function comes from the header
  ("de heer Blok, Minister van Veiligheid en Justitie"), never from what the turn says;
* a label followed by text on the same line is accepted only at a paragraph start (after a blank
  line or at a page start; PDF text has only the latter), so that a sentence that happens to
  begin ``Minister X:`` is not taken for a new speaker.

Page numbers. The extracted text keeps some of the page layout, and pages are counted from it:

1. the text starts on page 1;
2. a page footer (``Tweede Kamer, vergaderjaar 2016–2017, 28 638, nr. 157 11``) closes the page
   it names, and the next line opens the page after it. The footer wins over the count so far
   (a disagreement is reported in ``warnings``);
3. where a page has no printed footer its start is still visible: the first line of a page
   carries a form feed (``\\f``, as `ingest.parse_pdf` joins PDF pages) or, in text without form
   feeds, a leading space (an artefact of the PDF-to-text conversion; no other line has one).

A turn's ``page`` is the page of its label line. Footers are removed from the text.

Text. A turn's text is its lines joined with single spaces. A word hyphenated at a line end is
joined again ("mensen-" + "handel" -> "mensenhandel") unless the hyphen is a real one: the next
part is capitalised or a number ("West-Afrika", "commissie-Azough", "B8/3-procedure"), the line
ends in hyphen-and-space as this converter prints hard hyphens ("niet- geregistreerde" ->
"niet-geregistreerde"), the first part is a prefix that always keeps its hyphen ("niet-", "ex-",
"oud-"), or joining would double a vowel ("zee-egel"). A hyphen followed by "en"/"of" stays with
its space ("zeden- en geweldsdelicten"), and a number range stays closed ("2011–2015").

Procedural lines ("De vergadering wordt ... geschorst.", "Aanvang 10.02 uur.",
"Sluiting 11.49 uur."; a whole line, or two where "De vergadering wordt" wraps) and chair lines
become `Event`s, not speech: PDF text keeps no blank lines, so they are known by their wording
alone. Text after such a line that no label claims is not attributed to anyone: it is reported
in ``warnings``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ingest.errors import EmptyTranscriptError
from ingest.models import Event, Role, Transcript, Turn

# --- names and labels ------------------------------------------------------------------------

# One capitalised part of a surname as labels print it: "Van", "Nispen", "Kops-Bolkestein".
_NAME_PART = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
# Lower-case particles that may sit between capitalised parts: "Van der Staaij", "Van 't Wout".
_PARTICLE = r"(?:van|de|der|den|het|ter|ten|te|in|op|'t|’t|d'|la|le|du)"
_NAME = rf"{_NAME_PART}(?:[ ](?:{_PARTICLE}[ ])*{_NAME_PART})*"

# A speaker label: the whole (stripped) line, or the start of one when text follows the colon.
_LABEL_RE = re.compile(
    rf"""^(?:
        (?P<chair>De[ ]voorzitter)                                          # the sitting chair
      | (?P<honorific>De[ ]heer|Mevrouw)[ ](?P<member>{_NAME})[ ]\((?P<party>[^()]+)\)  # member
      | (?P<office>Minister(?:-[Pp]resident)?|Staatssecretaris)[ ](?P<official>{_NAME})  # cabinet
    )[ ]*:[ ]*(?P<rest>.*?)\s*$""",
    re.VERBOSE,
)
# "Voorzitter: Van Nispen" — from here on, "De voorzitter:" is Van Nispen.
_CHAIR_LINE_RE = re.compile(rf"^Voorzitter:[ ]*(?P<name>{_NAME})[ ]*$")
# "Griffier: Tielens-Tripels" — the clerk; not a speaker.
_CLERK_LINE_RE = re.compile(r"^Griffier:[ ]*\S.*$")

_OFFICE_ROLES: dict[str, Role] = {
    "minister": "minister",
    "minister-president": "minister",
    "staatssecretaris": "state_secretary",
}

# --- page structure --------------------------------------------------------------------------

# The page footer: chamber, session, dossier number, document number, page number.
_FOOTER_RE = re.compile(
    r"""^(?P<chamber>Tweede|Eerste)[ ]Kamer,[ ]vergaderjaar[ ](?P<session>\d{4}[–-]\d{4}),[ ]
        (?P<dossier>\d[\w ]*?),[ ]nr\.[ ](?P<nr>\d+)[ ](?P<page>\d+)\s*$""",
    re.VERBOSE,
)

# --- procedural lines ------------------------------------------------------------------------

_CLOCK = r"\d{1,2}[.:]\d{2}[ ]uur"
# A whole paragraph that is a procedural note; the group name is the `Event.kind`.
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

_MONTHS = {
    name: number
    for number, name in enumerate(
        "januari februari maart april mei juni juli augustus september oktober november december"
        .split(),
        start=1,
    )
}
# "De vaste commissie voor Veiligheid en Justitie heeft op 16 februari 2017 overleg gevoerd"
_MEETING_RE = re.compile(
    r"\bDe (?P<committee>(?:vaste |algemene |tijdelijke )?commissie\b.*?) (?:heeft|hebben) op "
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

# --- dehyphenation ---------------------------------------------------------------------------

# A line that ends in a word plus hyphen; blanks after the hyphen mark a printed (hard) hyphen.
_BROKEN_WORD_RE = re.compile(r"(?P<head>\w+)-(?P<hard>[ \t]*)$")
# "2011–" at a line end, continued by "2015": a range, joined without a space.
_RANGE_END_RE = re.compile(r"\d[–-]$")
# "migratie-" + "en vluchtelingenketen": the hyphen stands for a shared second part.
_SHARED_PART_RE = re.compile(r"^(?:en|of)(?:\s|$)")
_HYPHEN_PREFIXES = frozenset({"niet", "ex", "oud", "vice", "non"})
_DOUBLED_VOWELS = frozenset({"aa", "ee", "ii", "oo", "uu"})
_WHITESPACE_RE = re.compile(r"\s+")
_SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based line number in the source text
    text: str  # as extracted, form feeds removed, trailing blanks kept (they mark hard hyphens)
    page: int
    starts_page: bool


@dataclass(frozen=True)
class _Pagination:
    lines: tuple[_Line, ...]  # every line but the footers
    footers: tuple[re.Match[str], ...]
    warnings: tuple[str, ...]


@dataclass
class _RawTurn:
    label: re.Match[str]
    chair: str | None  # who was chair when the turn started
    page: int
    line: int
    lines: list[str] = field(default_factory=list)


@dataclass
class _Segments:
    header: list[str] = field(default_factory=list)
    turns: list[_RawTurn] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def looks_like_verslag(text: str) -> bool:
    """Tell whether ``text`` reads like the text of a verslag (used by format detection).

    True when a Kamerstuk page footer ("Tweede Kamer, vergaderjaar ...") occurs, or when at
    least two lines are speaker labels on their own line. Markup (text starting with ``<``) is
    never a verslag.
    """
    head = text[:500_000].lstrip("\ufeff \t\r\n\f")
    if not head or head.startswith("<"):
        return False
    labels = 0
    for line in head.splitlines():
        stripped = line.strip(" \t\f")
        if _FOOTER_RE.match(stripped):
            return True
        label = _LABEL_RE.match(stripped)
        if label and not label["rest"]:
            labels += 1
            if labels >= 2:
                return True
    return False


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
    pagination = _paginate(text)
    segments = _segment(pagination.lines)
    if not segments.turns:
        raise EmptyTranscriptError(
            source_path,
            "no speaker labels found (expected lines like 'De voorzitter:', "
            "'De heer Naam (Partij):' or 'Minister Naam:')",
        )
    footer = pagination.footers[0] if pagination.footers else None
    doc_id = _document_id(footer, text)
    header_text = _join_lines(segments.header)
    functions = _official_functions(header_text)
    warnings = [*pagination.warnings, *segments.warnings, *_footer_conflicts(pagination.footers)]
    parties, party_warnings = _member_parties(segments.turns)
    warnings.extend(party_warnings)
    turns = []
    for index, raw in enumerate(segments.turns):
        turn, problem = _build_turn(raw, index, doc_id, parties, functions)
        turns.append(turn)
        if problem:
            warnings.append(problem)
    date = _meeting_date(header_text)
    kind, subject = _order_of_business(turns, header_text)
    return Transcript(
        id=doc_id,
        title=_title(kind, subject, header_text, footer),
        date=date,
        source_format="verslag",
        source_path=source_path,
        turns=tuple(turns),
        chamber=f"{footer['chamber']} Kamer" if footer else None,
        kind=kind,
        committee=_committee(header_text),
        number=f"{footer['dossier']}, nr. {footer['nr']}" if footer else None,
        start_time=_event_time(segments.events, "opening", date),
        end_time=_event_time(segments.events, "closing", date),
        participants=_participants(header_text),
        agenda=_agenda(header_text),
        events=tuple(segments.events),
        warnings=tuple(warnings),
    )


# --- pages -----------------------------------------------------------------------------------


def _paginate(text: str) -> _Pagination:
    """Number the pages of every line and take out the footers (method: module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    form_feeds = "\f" in text
    lines: list[_Line] = []
    footers: list[re.Match[str]] = []
    warnings: list[str] = []
    page, started, closed = 1, False, False
    for number, raw in enumerate(text.split("\n"), start=1):
        content = raw.replace("\f", "")
        footer = _FOOTER_RE.match(content.strip())
        if footer:
            printed = int(footer["page"])
            if printed != page:
                warnings.append(
                    f"line {number}: footer says page {printed}, counted {page}; "
                    "numbering follows the footer"
                )
            footers.append(footer)
            page, started, closed = printed, True, True
            continue
        has_text = bool(content.strip())
        if form_feeds:
            opens = raw.count("\f")
        else:
            opens = int(has_text and content.startswith(" "))
        if closed and (has_text or opens):
            opens = max(opens, 1)
            closed = False
        elif not started:
            opens = 0  # the first line of the text is on page 1 whatever it starts with
        page += opens
        started = started or has_text
        lines.append(_Line(number, content, page, starts_page=opens > 0))
    return _Pagination(tuple(lines), tuple(footers), tuple(warnings))


def _footer_conflicts(footers: Iterable[re.Match[str]]) -> list[str]:
    numbers = {(footer["dossier"], footer["nr"]) for footer in footers}
    if len(numbers) <= 1:
        return []
    listed = ", ".join(f"{dossier} nr. {nr}" for dossier, nr in sorted(numbers))
    return [f"page footers name several documents ({listed}); the first one is used"]


# --- segmentation ----------------------------------------------------------------------------


def _procedural(lines: Sequence[_Line], at: int) -> tuple[str, str, int] | None:
    """The procedural note starting at ``lines[at]``: (event kind, text, lines used), or None.

    PDF text keeps no blank lines around the note, so it is recognised as one whole line, or
    two when "De vergadering wordt ..." wraps.
    """
    first = _WHITESPACE_RE.sub(" ", lines[at].text).strip()
    candidates = [(first, 1)]
    if first.startswith("De vergadering wordt") and at + 1 < len(lines):
        candidates.append((_join_lines([lines[at].text, lines[at + 1].text]), 2))
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
        line = lines[at]
        stripped = line.text.strip()
        at += 1
        if not stripped:
            paragraph_start = True
            continue
        starts_paragraph, paragraph_start = paragraph_start or line.starts_page, False
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
        label = _LABEL_RE.match(stripped)
        if label and (not label["rest"] or starts_paragraph):
            current = _RawTurn(label, chair, line.page, line.number)
            if label["rest"]:
                current.lines.append(label["rest"])
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
        if raw.label["member"]:
            seen.setdefault(raw.label["member"], set()).add(raw.label["party"].strip())
    parties = {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}
    warnings = [
        f"{name} is labelled with several parties ({', '.join(sorted(found))})"
        for name, found in seen.items()
        if len(found) > 1
    ]
    return parties, warnings


def _build_turn(
    raw: _RawTurn,
    index: int,
    doc_id: str,
    parties: dict[str, str],
    functions: dict[str, str],
) -> tuple[Turn, str | None]:
    """Turn a raw turn into a `Turn`; the second value is a warning, if any."""
    label = raw.label
    printed = label.group(0).split(":", 1)[0].strip()
    common = {
        "id": f"{doc_id}:t{index:04d}",
        "index": index,
        "text": _join_lines(raw.lines),
        "page": raw.page,
        "label": printed,
    }
    problem = None if common["text"] else f"line {raw.line}: label {printed!r} has no text"
    if label["chair"]:
        if raw.chair is None:
            problem = f"line {raw.line}: 'De voorzitter' before any 'Voorzitter:' line; unresolved"
            return Turn(speaker=printed, role="chair", is_chair=True, **common), problem
        party = parties.get(raw.chair)
        return Turn(speaker=raw.chair, role="chair", party=party, is_chair=True, **common), problem
    if label["member"]:
        turn = Turn(speaker=label["member"], role="member", party=label["party"].strip(), **common)
        return turn, problem
    name = label["official"]
    role = _OFFICE_ROLES[label["office"].lower()]
    return Turn(speaker=name, role=role, function=functions.get(name), **common), problem


# --- header ----------------------------------------------------------------------------------


def _document_id(footer: re.Match[str] | None, text: str) -> str:
    if footer:
        return f"kst-{footer['dossier'].replace(' ', '')}-{footer['nr']}"
    normalised = _WHITESPACE_RE.sub(" ", text).strip()
    return "verslag-" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def _meeting_date(header: str) -> str | None:
    meeting = _MEETING_RE.search(header)
    if not meeting or meeting["month"] not in _MONTHS:
        return None
    return f"{meeting['year']}-{_MONTHS[meeting['month']]:02d}-{int(meeting['day']):02d}"


def _committee(header: str) -> str | None:
    meeting = _MEETING_RE.search(header)
    return meeting["committee"] if meeting else None


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


def _order_of_business(turns: Iterable[Turn], header: str) -> tuple[str | None, str | None]:
    """Kind and subject from "Aan de orde is het algemeen overleg X." (the chair's opening);
    without that sentence, kind "overleg" when the header says "overleg gevoerd"."""
    for turn in turns:
        found = _ORDER_OF_BUSINESS_RE.search(turn.text)
        if found:
            return found["kind"], found["subject"].strip()
    meeting = _MEETING_RE.search(header)
    if meeting:
        return meeting["gathering"] or "overleg", None
    return None, None


def _title(
    kind: str | None, subject: str | None, header: str, footer: re.Match[str] | None
) -> str:
    if kind and subject:
        return f"{kind[0].upper()}{kind[1:]} {subject}"
    committee = _committee(header)
    if committee:
        return f"Verslag van een {kind or 'overleg'} van de {committee}"
    if footer:
        return f"Verslag {footer['dossier']}, nr. {footer['nr']}"
    return "Verslag"


def _event_time(events: Iterable[Event], kind: str, date: str | None) -> str | None:
    """ISO 8601 time of the first event of ``kind`` ("Aanvang 10.02 uur." -> "...T10:02:00")."""
    for event in events:
        clock = _CLOCK_RE.search(event.text) if event.kind == kind else None
        if clock:
            time = f"{int(clock['hour']):02d}:{clock['minute']}:00"
            return f"{date}T{time}" if date else time
    return None


# --- text ------------------------------------------------------------------------------------


def _join_lines(lines: Iterable[str]) -> str:
    """Join extracted lines into one paragraph, repairing words hyphenated at line ends."""
    text, previous = "", ""
    for raw in lines:
        line = _WHITESPACE_RE.sub(" ", raw).strip()
        if not line:
            continue
        text = _append_line(text, previous, line) if text else line
        previous = raw
    return text.replace(_SOFT_HYPHEN, "")


def _append_line(text: str, previous_raw: str, line: str) -> str:
    """Append ``line`` to ``text`` (which ends with ``previous_raw``'s content)."""
    if text.endswith(_SOFT_HYPHEN):
        return text[:-1] + line
    if _RANGE_END_RE.search(text) and line[0].isdigit():
        return text + line  # "2011–" + "2015"
    broken = _BROKEN_WORD_RE.search(previous_raw)
    if not broken or _SHARED_PART_RE.match(line):
        return f"{text} {line}"  # also "migratie-" + "en vluchtelingenketen"
    if broken["hard"] or _keeps_hyphen(broken["head"], line):
        return text + line  # "West-" + "Afrika"
    return text[:-1] + line  # "mensen-" + "handel"


def _keeps_hyphen(head: str, line: str) -> bool:
    """Whether "head-" + line is a written hyphen rather than a line-end word break."""
    first = line[0]
    return (
        first.isupper()
        or first.isdigit()
        or head[-1].isdigit()
        or head.lower() in _HYPHEN_PREFIXES
        or (head[-1] + first).lower() in _DOUBLED_VOWELS
    )
