"""The typed data model every layer shares: a parsed `Transcript` of ordered `Turn`s, and the
`Chunk`s that are embedded and indexed.

Attribution is the product's core promise, so the speaker fields of a `Turn` are only ever filled
from the transcript's own structure (a speaker label, a VLOS ``spreker`` element, a TEI ``u``),
never inferred from the text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from ingest.chunk_meta import ChunkMeta

Role = Literal["member", "minister", "state_secretary", "chair", "other"]
"""What a speaker is in a turn: the one definition of the roles (labels and filters key on it)."""
ROLES: tuple[Role, ...] = get_args(Role)
CABINET_ROLES: frozenset[Role] = frozenset(("minister", "state_secretary"))
"""The roles that speak for the government: their words are the cabinet's position."""
SourceFormat = Literal["verslag", "verslag_pdf", "vlos", "parlamint"]
SOURCE_FORMATS: tuple[SourceFormat, ...] = get_args(SourceFormat)


_DEBATE_PHASE = re.compile(r"\s+[–-]\s+Termijn\b")


def agenda_item(section: str | None) -> str | None:
    """The agenda item of a turn's ``section``, without the debate phase the VLOS parser adds to it
    ("Passend onderwijs – Termijn antwoord"): one tweeminutendebat of a plenary sitting."""
    if section is None:
        return None
    return _DEBATE_PHASE.split(section)[0].strip()


@dataclass(frozen=True)
class TurnId:
    """A turn's id: its debate's id and its position there, written ``"{doc_id}:t{index:04d}"``.

    ``str(TurnId(doc_id, index))`` makes one; ``TurnId.parse`` reads one back (the debate id may
    itself hold colons, so the last ``:t`` splits).
    """

    doc_id: str
    index: int

    def __str__(self) -> str:
        return f"{self.doc_id}:t{self.index:04d}"

    @classmethod
    def parse(cls, text: str) -> TurnId:
        """Raises ``ValueError`` when ``text`` is not a turn id."""
        doc_id, marker, index = text.rpartition(":t")
        if not (doc_id and marker and index.isdigit()):
            raise ValueError(f"{text!r} is not a turn id (expected '<debate id>:t<number>')")
        return cls(doc_id, int(index))


def chunk_id(turn_id: str, ordinal: int) -> str:
    """The id of a turn's ``ordinal``-th chunk, ``"{turn_id}:c{ordinal:03d}"``: made at ingest, and
    counted up from 0 to rebuild a whole turn from the chunk table."""
    return f"{turn_id}:c{ordinal:03d}"


ExchangeRole = Literal["challenge", "reply"]


@dataclass(frozen=True)
class Turn:
    """One uninterrupted stretch of speech by one speaker.

    ``id`` is ``str(TurnId(transcript_id, index))``: stable across runs as long as the file does not
    change. ``speaker`` is the name as the transcript prints it ("Van Nispen", "Blok");
    ``function`` is the full office ("Minister van Veiligheid en Justitie") where the transcript
    gives one. ``role`` is the kind of speaker *in this turn*: a chair speaking as chair has role
    ``chair``. ``page`` (verslag) and ``start_time`` (VLOS, ISO 8601) locate the turn in the source.

    The ``exchange_*`` fields place the turn in an interruption exchange (`ingest.exchanges`, from
    the turn order and the format's interruption marks only): ``exchange_id`` names the exchange,
    ``exchange_position`` is 0 for the opening challenge and counts up in spoken order,
    ``exchange_role`` says whether the turn challenges or replies, ``challenger`` and ``challenged``
    name who interrupted whom, and ``interrupts_turn`` is the index of the challenged speaker's
    turn that the exchange interrupts. All None for a turn outside any exchange (and in
    transcripts stored before exchanges existed).
    """

    id: str
    index: int
    speaker: str
    text: str
    role: Role = "other"
    party: str | None = None
    function: str | None = None
    is_chair: bool = False
    is_interruption: bool = False
    page: int | None = None
    start_time: str | None = None
    section: str | None = None
    label: str | None = None
    exchange_id: str | None = None
    exchange_position: int | None = None
    exchange_role: ExchangeRole | None = None
    challenger: str | None = None
    challenged: str | None = None
    interrupts_turn: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Event:
    """A procedural line that is not speech ("De vergadering wordt ... geschorst.", a motion text,
    a time stamp). ``after_turn`` is the index of the turn it follows (-1: before the first)."""

    kind: str
    text: str
    after_turn: int = -1

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Transcript:
    """A parsed debate: metadata plus its speaker turns in document order.

    ``id`` comes from the format's own identifier (Kamerstuk number, VLOS ``vergadering``
    objectid, ParlaMint ``xml:id``) so that the same debate gets the same id whatever the file is
    called. ``date`` is ISO ``YYYY-MM-DD``. ``kind`` is e.g. ``commissiedebat``, ``plenair``,
    ``algemeen overleg``. ``warnings`` carries non-fatal findings of the parser. ``language`` is the
    ISO 639-1 code of the speech, from the source (TEI ``xml:lang``; VLOS and the verslag are Dutch
    by definition): search and quoting follow it, whatever language the question is asked in.
    """

    id: str
    title: str
    date: str | None
    source_format: SourceFormat
    source_path: str
    turns: tuple[Turn, ...]
    chamber: str | None = None
    kind: str | None = None
    committee: str | None = None
    number: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    status: str | None = None
    participants: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str = "nl"
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def turn(self, turn_id: str) -> Turn | None:
        """The turn with id ``turn_id``, or None: found by the index the id carries (`TurnId`),
        then checked, since an id from an older parse of a changed file may point elsewhere."""
        try:
            index = TurnId.parse(turn_id).index
        except ValueError:
            return None
        turn = self.turns[index] if index < len(self.turns) else None
        return turn if turn is not None and turn.id == turn_id else None

    def turn_at(self, index: int) -> Turn | None:
        """The turn at ``index``, or None: an `Event`'s ``after_turn`` is -1 before the first turn, and a
        motion event may follow the last turn of a sample that was cut."""
        return self.turns[index] if 0 <= index < len(self.turns) else None

    def metadata(self) -> dict[str, Any]:
        """The transcript's fields without its turns and events."""
        data = dataclasses.asdict(self)
        for key in ("turns", "events"):
            data.pop(key)
        return data

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``debate parse --json``."""
        return {
            "transcript": self.metadata(),
            "turns": [turn.to_dict() for turn in self.turns],
            "events": [event.to_dict() for event in self.events],
        }


@dataclass(frozen=True)
class Chunk:
    """A piece of one turn, the unit that is embedded and retrieved.

    ``text`` is a verbatim slice of the turn: ``turn.text[start:end] == text``, so whatever is
    quoted from a chunk is quotable from the turn. ``embed_text`` is what the embedder and the
    lexical index see: a header naming speaker, role and party, then (for short answers) the
    question the turn replies to, then the text. ``context`` holds that question separately so it
    can be shown but is never quoted as the speaker's words.
    """

    id: str
    turn_id: str
    doc_id: str
    ordinal: int
    text: str
    start: int
    end: int
    embed_text: str
    metadata: ChunkMeta = field(hash=False, compare=False)
    context: str | None = None
