"""Parser for Tweede Kamer VLOS XML reports (namespace ``ggm/vergaderverslag/v1.0``).

VLOS is the best-structured source we get: every stretch of speech is a ``woordvoerder`` (the
member holding the floor) or an ``interrumpant`` nested in it, and each carries a ``spreker``
element naming the person, party, office and whether they speak as chair. Attribution is read
from that element only. The label the stenographers print at the start of the text ("Minister
Van Weel:", "De voorzitter:") is stripped from the text and kept as ``Turn.label``; when it
disagrees with the ``spreker`` the parser warns and still trusts the ``spreker``.

Text that is not speech (the report header, motions read into the record, suspensions, chair
changes, vote outcomes) becomes an `Event` in document order, so nothing is dropped silently.
"""

from __future__ import annotations

import datetime
import re

from lxml import etree

from ingest.doc_ids import document_id
from ingest.errors import EmptyTranscriptError, TranscriptParseError
from ingest.models import Event, Role, Transcript, Turn, TurnId
from ingest.parse_limits import check_deadline
from ingest.speaker_labels import parse_speaker_label
from ingest.xml_input import first_child, read_xml, root_tag

NAMESPACE = "http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"
_TURN_TAGS = frozenset({f"{{{NAMESPACE}}}woordvoerder", f"{{{NAMESPACE}}}interrumpant"})
_NO_TIME = "0001-01-01T00:00:00"  # VLOS' "not set", e.g. the closing time of a plenary in progress
_LABEL_MAX_CHARS = 150

_ROLE_BY_SOORT: dict[str, Role] = {
    "tweede kamerlid": "member",
    "minister": "minister",
    "staatssecretaris": "state_secretary",
}
_EVENT_KIND_BY_SOORT = {
    "Motie indiening": "motion",
    "Schorsing": "suspension",
    "Wisseling voorzitter": "chair_change",
    "Nonverbale uitingsvormen": "nonverbal",
    "Besluit": "decision",
}
_NOT_AGENDA = frozenset({"Opening", "Sluiting"})
# A name is bounded: an unbounded "[^,]+," scanned to the end of the text from every "de heer"
# that no comma followed, quadratic in their number.
_CABINET_MEMBER = re.compile(r"\b(?:de heer|mevrouw)\s+([^,]{1,200}),")
_CABINET_START = re.compile(r",?\s*\ben\s+(?:de heer|mevrouw)\b")


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _child(element: etree._Element, child: str) -> etree._Element | None:
    return first_child(element, _q(child))


def _text(element: etree._Element | None, child: str) -> str | None:
    """The whitespace-normalised text of ``element``'s child ``child``; None when absent/empty."""
    found = None if element is None else _child(element, child)
    value = " ".join((found.text or "").split()) if found is not None else ""
    return value or None


def looks_like_vlos(head: bytes) -> bool:
    """Whether ``head`` (the first bytes of a file) starts a VLOS document: its root element is
    in the VLOS namespace. A UTF-8 byte order mark before the XML declaration is fine."""
    tag = root_tag(head)
    return tag is not None and tag.startswith(f"{{{NAMESPACE}}}")


def parse_vlos(data: bytes, source_path: str) -> Transcript:
    """Parse a VLOS report into a `Transcript`: one `Turn` per ``woordvoerder`` and per
    ``interrumpant``, in document order.

    Turns whose text is empty once the printed label is stripped are skipped and counted in
    ``Transcript.warnings``. ``Transcript.extra["turn_source_ids"]`` holds, per turn index, the
    ``objectid`` of the VLOS element the turn came from. The transcript's id is ``vlos-`` and the
    ``vergadering``'s objectid (`ingest.doc_ids`).

    Raises:
        TranscriptParseError: not well-formed XML, no ``vergadering`` element, a ``vergadering``
            without objectid (every real report has one; without it two files would share an
            id), or a ``datum`` that is not a date.
        EmptyTranscriptError: no speech at all; ``warning_only`` for a 'Casco' skeleton report.
    """
    root = read_xml(data, source_path)
    meeting = root.find(_q("vergadering"))
    if meeting is None:
        raise TranscriptParseError(source_path, "VLOS document without <vergadering>", root.sourceline)
    status = root.get("status")
    objectid = (meeting.get("objectid") or "").strip()
    if not objectid:
        problem = "VLOS <vergadering> has no objectid, so the debate cannot be identified"
        raise TranscriptParseError(source_path, problem, meeting.sourceline)
    transcript_id = document_id("vlos-", objectid)
    date = _date(meeting, source_path)
    turns, events, warnings, source_ids = _walk(meeting, transcript_id)
    if not turns:
        if status == "Casco":
            raise EmptyTranscriptError(source_path, "Casco report: no speech text", warning_only=True)
        raise EmptyTranscriptError(source_path, "VLOS report without speech text")
    return Transcript(
        id=transcript_id,
        title=_text(meeting, "titel") or transcript_id,
        date=date,
        source_format="vlos",
        source_path=source_path,
        turns=tuple(turns),
        chamber=meeting.get("kamer"),
        kind=(meeting.get("soort") or "").lower() or None,
        committee=_committee(meeting),
        start_time=_time(meeting, "aanvangstijd"),
        end_time=_time(meeting, "sluiting"),
        status=status,
        participants=_participants(meeting),
        agenda=_agenda(meeting),
        events=tuple(events),
        warnings=tuple(warnings),
        extra={"turn_source_ids": tuple(source_ids)},
    )


def _walk(
    meeting: etree._Element, transcript_id: str
) -> tuple[list[Turn], list[Event], list[str], list[str | None]]:
    """Turns and events in document order. A ``woordvoerder`` comes before its own ``tekst``
    and its nested ``interrumpant``s in ``iter()``, which is exactly the spoken order."""
    turns: list[Turn] = []
    events: list[Event] = []
    warnings: list[str] = []
    source_ids: list[str | None] = []
    skipped = 0
    for element in meeting.iter(_q("woordvoerder"), _q("interrumpant"), _q("tekst")):
        check_deadline()
        if element.tag == _q("tekst"):
            event = _event(element, after_turn=len(turns) - 1)
            if event is not None:
                events.append(event)
            continue
        turn, problems = _turn(element, len(turns), transcript_id)
        warnings.extend(problems)
        if turn is None:
            skipped += 1
            continue
        turns.append(turn)
        source_ids.append(element.get("objectid"))
    if skipped:
        warnings.append(f"{skipped} speaker turn(s) without text were skipped")
    return turns, events, warnings, source_ids


def _turn(element: etree._Element, index: int, transcript_id: str) -> tuple[Turn | None, list[str]]:
    """One turn from a ``woordvoerder``/``interrumpant``; None when it has no text (or, never
    seen in practice, no ``spreker`` to attribute it to)."""
    line = element.sourceline
    spreker = _child(element, "spreker")
    name = _text(spreker, "verslagnaam") or _text(spreker, "weergavenaam")
    if spreker is None or name is None:
        return None, [f"line {line}: speech without a named <spreker> was skipped"]
    label, lines = _split_label(_lines(_child(element, "tekst")), name)
    if not lines:
        return None, []
    is_chair = (_text(element, "isvoorzitter") or "").lower() == "true"
    soort = (spreker.get("soort") or "").lower()
    role: Role = "chair" if is_chair else _ROLE_BY_SOORT.get(soort, "other")
    turn = Turn(
        id=str(TurnId(transcript_id, index)),
        index=index,
        speaker=name,
        text="\n".join(lines),
        role=role,
        party=_text(spreker, "fractie"),
        function=_text(spreker, "functie"),
        is_chair=is_chair,
        is_interruption=element.tag == _q("interrumpant"),
        start_time=_text(element, "markeertijdbegin"),
        section=_section(element),
        label=label,
    )
    return turn, _label_mismatch(turn, line)


def _lines(tekst: etree._Element | None) -> list[str]:
    """The non-empty ``alineaitem``s of a ``tekst`` (list items included), whitespace-normalised.
    In the samples every paragraph (``alinea``) holds one item after the label, so one item per
    line is one paragraph per line."""
    if tekst is None:
        return []
    lines = (" ".join("".join(item.itertext()).split()) for item in tekst.iter(_q("alineaitem")))
    return [line for line in lines if line]


def _split_label(lines: list[str], speaker: str) -> tuple[str | None, list[str]]:
    """Separate the printed label ("Mevrouw Mutluer (GroenLinks-PvdA):"), which VLOS gives as a
    first item of its own, from the speech. Continued chair turns have no label."""
    if not lines:
        return None, lines
    first = lines[0]
    if (
        len(first) <= _LABEL_MAX_CHARS
        and first.endswith(":")
        and (parse_speaker_label(first) is not None or speaker.lower() in first.lower())
    ):
        return first.removesuffix(":").strip(), lines[1:]
    return None, lines


def _label_mismatch(turn: Turn, line: int | None) -> list[str]:
    """Warn when the printed label names someone else than the ``spreker`` (never 'correct' it)."""
    printed = parse_speaker_label(turn.label) if turn.label else None
    if printed is None:
        return []
    if (printed.role == "chair") != turn.is_chair:
        return [f"line {line}: label {turn.label!r} disagrees with isvoorzitter={turn.is_chair}"]
    if printed.name and printed.name.lower() != turn.speaker.lower():
        return [f"line {line}: label {turn.label!r} names {printed.name!r}, spreker is {turn.speaker!r}"]
    return []


def _event(tekst: etree._Element, after_turn: int) -> Event | None:
    """A non-speech ``tekst`` (a turn's own ``tekst`` is not an event) as an `Event`."""
    parent = tekst.getparent()
    if parent is None or parent.tag in _TURN_TAGS:
        return None
    lines = _lines(tekst)
    if not lines:
        return None
    kind = _EVENT_KIND_BY_SOORT.get(parent.get("soort") or "", "procedure")
    return Event(kind=kind, text="\n".join(lines), after_turn=after_turn)


def _section(element: etree._Element) -> str | None:
    """The agenda item a turn belongs to: the ``activiteit`` title, made more specific by its
    ``activiteithoofd`` when that is a real sub-item (a vote) or a debate phase ('Termijn
    antwoord'). ``activiteitdeel`` titles only repeat the speaker ('Spreekbeurt - Pool')."""
    activity = next(element.iterancestors(_q("activiteit")), None)
    head = next(element.iterancestors(_q("activiteithoofd")), None)
    activity_title = _text(activity, "titel") or _text(activity, "onderwerp")
    head_title = _text(head, "titel") or _text(head, "onderwerp")
    if head is None or not head_title or head_title == activity_title or head.get("soort") == "Algemeen":
        return activity_title or head_title
    if head.get("soort") == "Termijn" and activity_title:
        return f"{activity_title} – {head_title}"
    return head_title


def _date(meeting: etree._Element, source_path: str) -> str | None:
    """The ``datum`` as ISO ``YYYY-MM-DD`` (VLOS gives ``2025-07-02T00:00:00``); None if absent.

    Raises:
        TranscriptParseError: the ``datum`` is there but not a date ("onbekend").
    """
    raw = _text(meeting, "datum")
    if raw is None:
        return None
    try:
        return datetime.date.fromisoformat(raw[:10]).isoformat()
    except ValueError as exc:
        line = meeting.find(_q("datum")).sourceline
        problem = f"<datum> {raw[:40]!r} is not a date (expected YYYY-MM-DD, as 2025-07-02T00:00:00)"
        raise TranscriptParseError(source_path, problem, line) from exc


def _time(meeting: etree._Element, child: str) -> str | None:
    value = _text(meeting, child)
    return None if value in (None, _NO_TIME) else value


def _committee(meeting: etree._Element) -> str | None:
    """The lead committee (``type="Voortouwcommissie"``), else the first one listed."""
    committees = meeting.findall(f"{_q('commissies')}/{_q('commissie')}")
    lead = [c for c in committees if c.get("type") == "Voortouwcommissie"] or committees
    return _text(lead[0], "verslagnaam") if lead else None


def _agenda(meeting: etree._Element) -> tuple[str, ...]:
    titles = (
        _text(activity, "titel")
        for activity in meeting.iter(_q("activiteit"))
        if activity.get("soort") not in _NOT_AGENDA
    )
    return tuple(title for title in titles if title)


def _participants(meeting: etree._Element) -> tuple[str, ...]:
    """Names from the header: "Aanwezig zijn elf leden der Kamer, te weten: Aardema, ... en
    Wijen-Nass," and "en de heer Van Weel, minister van Justitie en Veiligheid." (members first,
    then cabinet). Plenary reports may leave the member list empty."""
    for tekst in meeting.iter(_q("tekst")):
        lines = _lines(tekst)
        start = next((i for i, line in enumerate(lines) if line.startswith("Aanwezig zijn")), None)
        if start is None:
            continue
        block = []
        for line in lines[start:]:
            if line.startswith("Aanvang"):
                break
            block.append(line)
        present = " ".join(block).partition("te weten:")[2]
        members_part = _CABINET_START.split(present, maxsplit=1)[0]
        members = [name.strip(" ,.") for name in re.split(r",|\s+en\s+", members_part)]
        cabinet = [name.strip() for name in _CABINET_MEMBER.findall(present)]
        return tuple(name for name in members + cabinet if name)
    return ()
