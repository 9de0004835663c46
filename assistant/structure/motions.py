"""Motions and the cabinet's view of each (issue 10, part 3): pure functions over a `Transcript`.

In a plenary (most often a *tweeminutendebat*) members read out motions, then a minister or state
secretary goes through them one by one and gives the cabinet's appreciation: *oordeel Kamer*,
*ontraden*, *ontijdig*, *overbodig*, *overnemen*, a request to hold it (*aanhouden*), or an
*oordeel Kamer* with a condition or reading attached. The chair usually sums up ("De motie op stuk
nr. 159 wordt ontraden.") and asks for an appreciation that was left out ("En de appreciatie is?").

The extractor reads the debate in order, sentence by sentence, and keeps one thing in mind: the
motion(s) being talked about. A cabinet or chair sentence that names a motion (by number, "de
eerste/volgende/laatste motie", "de motie van mevrouw X") makes it current; an appreciation word in
a cabinet sentence is a step for the current motion; the chair's summary counts only where it
changes the value's kind (nr. 457: oordeel Kamer with a reading the member rejects, then
"ontraden"), and a chair's question counts when the cabinet answers "Ja". The last step wins,
except that a request to hold the motion never overrides a real appreciation (nr. 163: "wordt de
motie ontraden ... Ik vraag hem dan om de motie aan te houden").

Who spoke, their role and office come from the turn's structure only; the submitter and number
from the parser's motion event (`assistant.structure.motion_texts`); subject and reasoning are
verbatim slices of the cabinet member's turn. Tuned on ParlaMint-NL 2022-02-03 and the VLOS 103e
vergadering; measured on held-out sittings by ``eval/motions/score.py``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from assistant.structure.cabinet import is_cabinet
from assistant.structure.motion_texts import MotionText, number_order, submitted_motions
from ingest.models import CABINET_ROLES, Transcript, Turn, agenda_item

Appreciation = Literal["oordeel Kamer", "oordeel Kamer met appreciatie", "ontraden", "ontijdig",
                       "overbodig", "overnemen", "aanhouden"]
APPRECIATIONS: tuple[str, ...] = ("oordeel Kamer", "oordeel Kamer met appreciatie", "ontraden", "ontijdig",
                                  "overbodig", "overnemen", "aanhouden")
Mention = Literal["submitted", "referenced"]

_VALUES: tuple[tuple[Appreciation, re.Pattern[str]], ...] = (
    ("ontraden", re.compile(r"\bontra(?:ad|den|dt)\w*", re.I)),
    # Also "Ik kan het oordeel (dus) aan de Kamer laten", "het oordeel over deze motie van de heer X c.s. aan de
    # Kamer laten" (ParlaMint-NL 2021-05-26, where four of five oordelen Kamer were spoken so and read as none).
    ("oordeel Kamer", re.compile(r"\boordeel\s+(?:van\s+de\s+)?kamer\b"
                                 r"|\bhet\s+oordeel\b(?:[^.?!]|\bc\.s\.){0,80}?\baan\s+(?:de|uw)\s+kamer\b", re.I)),
    ("ontijdig", re.compile(r"\bontijdig\w*", re.I)),
    ("overbodig", re.compile(r"\boverbodig\w*", re.I)),
    ("overnemen", re.compile(r"\b(?:motie|hem|'m)\s+(?:\w+\s+){0,2}(?:overnemen|over te nemen|overgenomen)\b", re.I)),
    ("aanhouden", re.compile(r"\baan\s*(?:te\s+)?houden\b", re.I)),
)
_CONDITION = re.compile(r"\bmits\b|\baantekening|\binterpret|\bop voorwaarde\b|\bkanttekening|\bmet de aanpassing\b"
                        r"|\bzo (?:mag|kan) lezen\b|\bals\s+ik\b[^.?!]{0,120}?\bmag\b", re.I)
"""Words that make an oordeel Kamer conditional (README rule 6): "mits", "met de aantekening dat ik
de motie zo zal interpreteren", "met de volgende interpretatie", the chair's "met inachtneming van de
kanttekeningen", "als ik die zo mag lezen dat" (VWS jaarverslag, unlabelled), "Als ik die ruimte in de komende tijd
mag nemen om ..., dan kan ik deze motie ... oordeel Kamer geven" (ParlaMint-NL 2022-01-20, nr. 906)."""
_HYPOTHETICAL = re.compile(r"\b(?:zou|zouden)\b", re.I)
"""An oordeel Kamer in a "zou ... kunnen" sentence is an offer, not the appreciation (rule 5)."""
_CHAIR_SUGGESTS = re.compile(rf"\b(?:u\s+kunt|kunt\s+u)\b|{_HYPOTHETICAL.pattern}", re.I)
"""The chair telling the minister what they could do (not asking: a question waits for the minister's "Ja") is
not the chair's summary of the outcome: after the minister's "Laat ik het oordeel dan maar aan de Kamer laten",
"U kunt de motie ook ontraden als het al gebeurt" (ParlaMint-NL 2021-05-26, nr. 190) turned an oordeel Kamer into
ontraden."""
_NUMBERS = re.compile(r"\b(?:stuk\s+)?nrs?\.\s*(\d+(?:\s*(?:,|en|tot en met|t/m)\s*\d+)*)", re.I)
_ORDINALS = {"eerste": 0, "tweede": 1, "derde": 2, "vierde": 3, "vijfde": 4, "zesde": 5}
_ORDINAL = re.compile(r"\b(eerste|tweede|derde|vierde|vijfde|zesde|volgende|laatste)\s+motie\b", re.I)
_NAME = r"(?:[A-Z][\w'-]*\s+)?(?:(?:van|de|der|den|ter|te|in\s+'t)\s+)*[A-Z][\w'-]*"
"""A member's name as spoken: "Vijlbrief", "Van Meenen", "Aukje de Vries", "Van der Staaij"; it
ends at the surname, so "motie-Van Nispen de Gedragscode" names Van Nispen."""
_BY_MEMBER = re.compile(rf"\bmotie\s+van\s+(?:de heer|mevrouw|het lid)\s+({_NAME})")
_REFERENCED = re.compile(rf"\b(?:eerder\s+)?(?:aangenomen|eerdere?|vorige)\s+motie\s+van\s+(?:de heer|mevrouw|het lid)\s+"
                         rf"({_NAME}(?:\s+en\s+(?:de heer|mevrouw)\s+{_NAME})*)"
                         rf"|\bmotie-({_NAME}(?:/{_NAME})?)")
_NUMBERED = re.compile(r"\s*(?:c\.s\.|cum\s+suis)?\s*(?:op\s+)?(?:stuk\s+)?nrs?\.\s*\d")
_SUBJECT = re.compile(r"\b(?:over|betreft|inzake)\s+([^,.;:?!]{8,})")
_AFFIRMATION = re.compile(r"^\s*(?:ja|klopt|dat klopt|correct|zeker|inderdaad)\b", re.I)
_NO_APPRECIATION = re.compile(r"niet te appreci|spreekt-uitmotie|verzoek aan het presidium", re.I)
_OFFICE = re.compile(r"\b((?:minister|staatssecretaris)(?:\s+(?:van|voor)\s+[A-Z][\w-]*(?:,?\s+(?:en\s+)?[A-Z][\w-]*)*))")
REASONS_BEFORE = 5
REASONS_AFTER = 3
"""How far the reasoning reaches around the appreciation sentence. The labelled reasonings on the
development sittings are 1 to 6 sentences, most of them before the appreciation ("..., dus daarom
moet ik hem ontraden") and at most 2 after it."""


@dataclass(frozen=True)
class Span:
    """A stretch ``text[start:end]`` of a turn."""

    start: int
    end: int


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9À-Ý])|\n+")


def sentence_spans(text: str) -> list[Span]:
    """The sentences of a turn as spans, each without surrounding white space. A stop followed by
    a digit or lower-case word ("nr. 457", "d.d. 21/05") does not end a sentence... except before
    a digit, which "nr." is the only abbreviation in the corpus to precede; those are joined back."""
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[start:m.start()]
        if piece.strip():
            spans.append(_stripped(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(_stripped(text, start, len(text)))
    merged: list[Span] = []
    for span in spans:
        if merged and re.search(r"\b(?:nrs?|stuk|d\.d|art|blz)\.$", text[merged[-1].start:merged[-1].end], re.I):
            merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged


def _stripped(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


@dataclass(frozen=True)
class AppreciationStep:
    """One appreciation given (or, for the chair, summed up) in the debate, in order."""

    value: Appreciation
    speaker: str
    role: str
    turn_id: str
    quote: str


@dataclass(frozen=True)
class Motion:
    """One motion mentioned in a debate and the cabinet's view of it.

    ``turn_id``/``speaker``/``role``/``function`` name the cabinet member's turn that gives the
    final appreciation (or, without one, the turn where the cabinet names the motion); ``reasoning``
    is ``turn_text[reasoning_start:reasoning_end]``, verbatim. ``subject_source`` says whose words
    ``subject`` are: ``minister`` (the cabinet member's), or ``motion_text`` (the dictum)."""

    doc_id: str
    doc_title: str
    date: str | None
    section: str | None
    mention: Mention
    number: str | None
    kamerstuk: str | None
    submitter: str | None
    co_submitters: tuple[str, ...]
    subject: str | None
    subject_source: str | None
    dictum: str | None
    appreciation: Appreciation | None
    condition: str | None
    speaker: str | None
    role: str | None
    function: str | None
    turn_id: str | None
    reasoning: str | None
    reasoning_start: int = 0
    reasoning_end: int = 0
    history: tuple[AppreciationStep, ...] = ()
    submitted_turn_id: str | None = None
    appreciation_turn_id: str | None = None
    """The turn whose words give the final appreciation; differs from ``turn_id`` where that is a
    bare "Ontraden." answering the chair, or the chair's question the cabinet confirmed."""
    appreciation_quote: str | None = None
    settled: AppreciationStep | None = None
    """Where a value that changed in the debate (``history`` not empty) was last stated: the chair's
    "De motie op stuk nr. 457 is daarmee ontraden." after the member kept her text, where the
    cabinet's own words gave "oordeel Kamer" with an interpretation. None where it never changed."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class _State:
    """What the walk through the debate has gathered about one motion so far."""

    number: str | None
    text: MotionText | None
    section: str | None
    steps: list[AppreciationStep] = field(default_factory=list)
    cabinet_steps: list[tuple[Turn, Span, Appreciation]] = field(default_factory=list)
    mention: tuple[Turn, Span] | None = None
    subject: str | None = None
    condition: str | None = None
    not_appreciated: bool = False


def section_of(turn: Turn) -> str | None:
    """The agenda item without its "– Termijn ..." part: one tweeminutendebat of a sitting."""
    return agenda_item(turn.section)


def appreciation_in(sentence: str) -> Appreciation | None:
    """The appreciation a sentence states (the last one named in it), or None."""
    found = [(m.start(), value) for value, pattern in _VALUES for m in pattern.finditer(sentence)]
    if not found:
        return None
    value = max(found)[1]
    if value == "oordeel Kamer" and _CONDITION.search(sentence):
        return "oordeel Kamer met appreciatie"
    return value


def _numbers(sentence: str, known: dict[str, _State]) -> list[str]:
    out: list[str] = []
    for m in _NUMBERS.finditer(sentence):
        for number in re.findall(r"\d+", m.group(1)):
            if number in known or (not known and "motie" in sentence.lower()):
                out.append(number)
    return out


def _referenced_motions(sentence: str, known: dict[str, _State], current: list[str],
                        section: str | None) -> list[str]:
    """The numbers of the motions a cabinet or chair sentence names."""
    numbers = _numbers(sentence, known)
    if numbers:
        return numbers
    in_section = sorted((s for s in known.values() if s.section == section and s.number),
                        key=lambda s: number_order(s.number))
    if (m := _ORDINAL.search(sentence)) is not None and in_section:
        word = m.group(1).lower()
        if word == "laatste":
            return [in_section[-1].number or ""]
        if word == "volgende":
            after = [s for s in in_section if current and number_order(s.number) > number_order(current[-1])]
            return [after[0].number or ""] if after else []
        index = _ORDINALS[word]
        return [in_section[index].number or ""] if index < len(in_section) else []
    if (m := _BY_MEMBER.search(sentence)) is not None and not _REFERENCED.search(sentence):
        surname = m.group(1).split()[-1].lower()
        theirs = [s for s in in_section if s.text and s.text.submitters
                  and s.text.submitters[0].split()[-1].lower() == surname]
        open_ones = [s for s in theirs if not s.steps] or theirs
        return [open_ones[0].number or ""] if open_ones else []
    return []


_SPLIT_OVER = re.compile(r"\b(?:daar|hier|waar)\b(?:\s+[\w'-]+){0,8}\s+over\s+\S+\s*$", re.I)
"""An "over" that closes a split "daar ... over" names nothing: "Daar zal ik zo meteen nog wat meer over zeggen in
reactie op de motie van mevrouw Kröger" (ParlaMint-NL 2022-01-20 gave that motion the subject "zeggen in reactie
op ..."); nor does "over te informeren" (a verb)."""


def _subject(sentence: str) -> str | None:
    m = _SUBJECT.search(sentence)
    if m is None or m.group(1).startswith("te ") or _SPLIT_OVER.search(sentence[:m.start(1)] + m.group(1).split()[0]):
        return None
    return m.group(1).strip()


def _office(transcript: Transcript, turn: Turn) -> str | None:
    """The cabinet member's office: the turn's own function (VLOS), else how the chair introduced
    them in that debate ("Het woord is aan de minister van Financiën", ParlaMint)."""
    if turn.function:
        return turn.function
    for earlier in reversed(transcript.turns[: turn.index]):
        if earlier.role == "chair" and section_of(earlier) == section_of(turn):
            m = _OFFICE.search(earlier.text)
            if m and m.group(1).split()[0] == ("minister" if turn.role == "minister" else "staatssecretaris"):
                return m.group(1)
    return None


def _walk(transcript: Transcript, states: dict[str, _State]) -> None:
    """Go through the debate in order and record, per motion, every mention and appreciation."""
    current: list[str] = []
    section: str | None = None
    pending: tuple[Appreciation, list[str]] | None = None  # the chair's "... ontraden?" awaiting "Ja"
    for turn in transcript.turns:
        if section_of(turn) != section:
            section, current, pending = section_of(turn), [], None
        if not is_cabinet(turn) and turn.role != "chair":
            continue
        cabinet = is_cabinet(turn)
        if cabinet and pending is not None and _AFFIRMATION.match(turn.text):
            confirmed, numbers = pending
            for number in numbers:
                _step(states[number], turn, Span(0, len(turn.text)), confirmed)
        pending = None
        for span in sentence_spans(turn.text):
            sentence = turn.text[span.start:span.end]
            named = _referenced_motions(sentence, states, current, section)
            for number in named:
                state = states.setdefault(number, _State(number, None, section))
                if cabinet and state.mention is None:
                    state.mention = (turn, span)
                if cabinet and state.subject is None:
                    state.subject = _subject(sentence)
            if named:
                current = named
            if _NO_APPRECIATION.search(sentence):
                for number in current:
                    states[number].not_appreciated = True
                    if states[number].mention is None:
                        states[number].mention = (turn, span)
                continue
            value = appreciation_in(sentence)
            if value is None or not current:
                continue
            if cabinet:
                _cabinet_says(states, current, turn, span, sentence, value)
            elif value != "aanhouden":
                if sentence.rstrip().endswith("?"):
                    pending = (value, list(current))
                elif not _CHAIR_SUGGESTS.search(sentence):
                    for number in current:
                        _chair_says(states[number], turn, span, value)


def _cabinet_says(states: dict[str, _State], current: list[str], turn: Turn, span: Span,
                  sentence: str, value: Appreciation) -> None:
    for number in current:
        state = states[number]
        if value.startswith("oordeel Kamer") and _HYPOTHETICAL.search(sentence):
            state.condition = sentence.strip()
            continue
        if value == "oordeel Kamer met appreciatie":
            state.condition = sentence.strip()
        _step(state, turn, span, value)


def _step(state: _State, turn: Turn, span: Span, value: Appreciation) -> None:
    state.steps.append(AppreciationStep(value, turn.speaker, turn.role, turn.id, turn.text[span.start:span.end]))
    state.cabinet_steps.append((turn, span, value))


def _kind(value: str) -> str:
    return "oordeel Kamer" if value.startswith("oordeel Kamer") else value


def states_value(text: str, value: Appreciation) -> bool:
    """Whether a sentence of ``text`` gives an appreciation of ``value``'s kind ("oordeel Kamer"
    with or without an interpretation counts as one kind)."""
    return any((said := appreciation_in(text[span.start:span.end])) is not None and _kind(said) == _kind(value)
               for span in sentence_spans(text))


def _chair_says(state: _State, turn: Turn, span: Span, value: Appreciation) -> None:
    """The chair's summary changes the outcome only where it changes the kind of value."""
    state.steps.append(AppreciationStep(value, turn.speaker, turn.role, turn.id, turn.text[span.start:span.end]))
    final = _final(state)
    if final is not None and _kind(final[2]) != _kind(value) and state.cabinet_steps:
        last_turn, last_span, _ = state.cabinet_steps[-1]
        state.cabinet_steps.append((last_turn, last_span, value))


def _final(state: _State) -> tuple[Turn, Span, Appreciation] | None:
    """The last cabinet appreciation (a request to hold it only where nothing else was said),
    located where it was first given: a repetition of the same value after the member objects
    ("dus die motie is ontraden") is not where the reasons are (README rule 3)."""
    steps = [s for s in state.cabinet_steps if s[2] != "aanhouden"] or state.cabinet_steps
    if not steps:
        return None
    value = steps[-1][2]
    first = len(steps) - 1
    while first > 0 and _kind(steps[first - 1][2]) == _kind(value):
        first -= 1
    return steps[first][0], steps[first][1], value


def _reasoning(turn: Turn, span: Span, numbers: set[str], known: dict[str, _State]) -> Span:
    """The sentences of ``turn`` about this motion around ``span``: back to where the motion is
    introduced in the turn (at most `REASONS_BEFORE` sentences), forward until another motion is
    named (at most `REASONS_AFTER`)."""
    spans = sentence_spans(turn.text)
    at = next((i for i, s in enumerate(spans) if s.start <= span.start < s.end), 0)
    start = at
    while start > 0 and at - start < REASONS_BEFORE and not _names_other(turn.text, spans[start], numbers, known):
        if set(_numbers(turn.text[spans[start].start:spans[start].end], known)) & numbers:
            break
        start -= 1
    if start < at and _names_other(turn.text, spans[start], numbers, known):
        start += 1
    end = at
    while end + 1 < len(spans) and end - at < REASONS_AFTER and not _names_other(turn.text, spans[end + 1], numbers, known):
        end += 1
    return Span(spans[start].start, spans[end].end)


def _names_other(text: str, span: Span, numbers: set[str], known: dict[str, _State]) -> bool:
    sentence = text[span.start:span.end]
    named = set(_numbers(sentence, known))
    return bool(named - numbers) or (not named and bool(_ORDINAL.search(sentence)))


def _motion(transcript: Transcript, state: _State, known: dict[str, _State]) -> Motion:
    text = state.text
    final = None if state.not_appreciated else _final(state)
    anchor: tuple[Turn, Span] | None = (final[0], final[1]) if final else state.mention
    if anchor is not None and len(anchor[0].text.split()) < 4 and state.mention is not None:
        anchor = state.mention  # "Ontraden." answers the chair; the reasons are in the turn before
    reasoning: Span | None = None
    if anchor is not None:
        reasoning = _reasoning(anchor[0], anchor[1], {state.number or ""}, known)
    turn = anchor[0] if anchor else None
    value = final[2] if final else None
    history = _history(state.steps)
    subject, source = (state.subject, "minister") if state.subject else (
        (text.dictum, "motion_text") if text and text.dictum else (None, None))
    return Motion(
        doc_id=transcript.id, doc_title=transcript.title, date=transcript.date, section=state.section,
        mention="submitted" if text is not None else "referenced", number=state.number, kamerstuk=text.kamerstuk if text else None,
        submitter=_submitter(transcript, text), co_submitters=text.submitters[1:] if text else (),
        subject=subject, subject_source=source, dictum=text.dictum if text else None,
        appreciation=value,
        condition=state.condition if value in ("oordeel Kamer met appreciatie", "ontraden") else None,
        speaker=turn.speaker if turn else None, role=turn.role if turn else None,
        function=_office(transcript, turn) if turn else None, turn_id=turn.id if turn else None,
        reasoning=turn.text[reasoning.start:reasoning.end] if turn and reasoning else None,
        reasoning_start=reasoning.start if reasoning else 0, reasoning_end=reasoning.end if reasoning else 0,
        history=history,
        submitted_turn_id=reader.id if text and (reader := transcript.turn_at(text.after_turn)) else None,
        appreciation_turn_id=final[0].id if final else None,
        appreciation_quote=final[0].text[final[1].start:final[1].end] if final else None,
        settled=_settled(state.steps, value) if value is not None and history else None,
    )


def _settled(steps: list[AppreciationStep], value: Appreciation) -> AppreciationStep | None:
    """The last statement of the final ``value``'s kind, by the cabinet or the chair."""
    return next((step for step in reversed(steps) if _kind(step.value) == _kind(value)), None)


def _history(steps: list[AppreciationStep]) -> tuple[AppreciationStep, ...]:
    """Every change of value in order; empty when the value never changed (README rule 3)."""
    changes: list[AppreciationStep] = []
    for step in steps:
        if not changes or changes[-1].value != step.value:
            changes.append(step)
    return tuple(changes) if len({_kind(s.value) for s in changes}) > 1 else ()


def _submitter(transcript: Transcript, text: MotionText | None) -> str | None:
    """The first submitter, spelled as the parser names the member who read the motion out when
    that member is the one the event names first."""
    if text is None or not text.submitters:
        return None
    first = text.submitters[0]
    reader = transcript.turn_at(text.after_turn)
    if reader is not None and reader.speaker.split()[-1].lower() == first.split()[-1].lower():
        return reader.speaker
    return first


def referenced_motions(transcript: Transcript, submitted: Sequence[Motion]) -> list[Motion]:
    """Earlier motions a speaker cites ("de eerder aangenomen motie van de heer Alkaya",
    "motie-Rog/Van Meenen"), one per debate and first submitter. A bare "de motie-Leijten" in a
    debate where Leijten submitted one is that motion, not an earlier one (ParlaMint-NL 2022-01-20:
    "De motie-Leijten is tegen dat hele voorstel", "De motie-Kröger/Thijssen zie ik als een steun",
    both about motions of that sitting, were two false earlier motions). Where a member names it
    first and a minister or state secretary later, the cabinet's citation is the one recorded: what
    the cabinet says of an earlier motion (carried out, with the Minister of Finance, voted down) is
    what a question about the motions of a commission debate asks for (`assistant.motion_answers`)."""
    submitters = {(m.section, m.submitter.split()[-1].lower()) for m in submitted if m.submitter}
    seen: dict[tuple[str | None, str], int] = {}
    found: list[Motion] = []
    for turn in transcript.turns:
        for m in _REFERENCED.finditer(turn.text):
            if m.group(2) and _NUMBERED.match(turn.text, m.end()):
                continue  # "de motie-Thiadens (c.s.) op stuk nr. 13": a numbered motion, not an earlier one
            names = re.split(r"/|\s+en\s+(?:de heer|mevrouw)\s+", (m.group(1) or m.group(2)).strip())
            names = [re.sub(r"(?:\s+(?:van|de|der|den|te|ter))+$", "", n).strip() for n in names]
            key = (section_of(turn), names[0].lower())
            if not names[0] or (key in seen and not (is_cabinet(turn) and found[seen[key]].role not in CABINET_ROLES)):
                continue
            if m.group(2) and (key[0], names[0].split()[-1].lower()) in submitters:
                continue
            cited = Motion(
                doc_id=transcript.id, doc_title=transcript.title, date=transcript.date, section=section_of(turn),
                mention="referenced", number=None, kamerstuk=None, submitter=names[0],
                co_submitters=tuple(names[1:]), subject=_subject(turn.text[m.end():m.end() + 200]) or None,
                subject_source="member" if turn.role == "member" else "minister", dictum=None,
                appreciation=None, condition=None, speaker=turn.speaker, role=turn.role,
                function=turn.function, turn_id=turn.id, reasoning=None,
            )
            if key in seen:
                found[seen[key]] = cited
            else:
                seen[key] = len(found)
                found.append(cited)
    return found


def extract_motions(transcript: Transcript) -> tuple[Motion, ...]:
    """Every motion mentioned in ``transcript``: the submitted ones in number order per debate
    (with the cabinet's appreciation where it gives one), then the earlier motions cited."""
    states: dict[str, _State] = {}
    for text in submitted_motions(transcript):
        section = section_of(reader) if (reader := transcript.turn_at(text.after_turn)) else None
        states.setdefault(text.number, _State(text.number, text, section))
    _walk(transcript, states)
    submitted = [_motion(transcript, s, states) for s in states.values() if s.text is not None or s.steps]
    return tuple(submitted) + tuple(referenced_motions(transcript, submitted))
