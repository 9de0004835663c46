"""The metadata each indexed chunk carries, as one typed record, and its flat form in the store.

Chroma takes only flat ``str | int | float | bool`` values and no ``None``, so ``to_chroma`` drops
unset fields; ``from_chroma`` reads such a dict back. The keys and values are exactly those the
index has always held (the prebuilt indexes load unchanged). Keys this version does not know (a
newer writer's) are kept in ``extra`` and
written back as they were, so reading and writing a chunk never drops a field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from ingest.models import ROLES, SOURCE_FORMATS, ExchangeRole, Role, SourceFormat

ChromaValue = str | int | float | bool
"""What a Chroma metadata value may be."""



@dataclass(frozen=True, kw_only=True)
class ChunkMeta:
    """Who speaks in a chunk, where it sits in its turn and debate, and what it answers.

    ``date_int`` is ``YYYYMMDD`` (0 when undated) so date filters are numeric comparisons in the
    store; ``speaker_key`` and ``party_key`` are the normalised forms filters match on. ``start`` and
    ``end`` are the chunk's offsets in its turn's text; ``context`` is the end of the previous
    speaker's turn that a short turn answers (shown, never quoted); ``embed_text`` is what was
    embedded, which the store keeps beside the rest (unset on a chunk not yet stored). ``language``
    is the document's (`ingest.lexical.chunk_language` reads an unset one as Dutch, which every
    chunk indexed before languages were recorded is). The fields are in the order
    the index has always written them.
    """

    doc_id: str
    doc_title: str
    date: str | None = None
    language: str | None = None
    date_int: int = 0
    source_format: SourceFormat | None = None
    turn_id: str
    turn_index: int
    speaker: str
    speaker_key: str
    party: str | None = None
    party_key: str = ""
    role: Role = "other"
    function: str | None = None
    is_chair: bool = False
    is_interruption: bool = False
    page: int | None = None
    start_time: str | None = None
    section: str | None = None
    exchange_id: str | None = None
    exchange_position: int | None = None
    exchange_role: ExchangeRole | None = None
    challenger: str | None = None
    challenged: str | None = None
    chunk_ordinal: int = 0
    start: int = 0
    end: int = 0
    context: str | None = None
    embed_text: str | None = None
    extra: Mapping[str, ChromaValue] = field(default_factory=dict, hash=False, compare=False)

    def to_chroma(self) -> dict[str, ChromaValue]:
        """The flat dict the store keeps: every set field by its name, then ``extra``."""
        flat: dict[str, ChromaValue] = {}
        for name in _FIELDS:
            value = getattr(self, name)
            if value is not None:
                flat[name] = value
        flat.update(self.extra)
        return flat

    @classmethod
    def from_chroma(cls, flat: Mapping[str, object]) -> ChunkMeta:
        """Read a stored chunk's metadata; a missing optional field takes its default.

        Raises ``ValueError`` when a required field (``doc_id``, ``turn_id``, ``speaker``…) is
        missing or a value has the wrong type: a chunk that cannot be attributed is not served.
        """
        role = _text(flat, "role", "other")
        exchange_role = flat.get("exchange_role")
        source_format = flat.get("source_format")
        return cls(
            doc_id=_text(flat, "doc_id"),
            doc_title=_text(flat, "doc_title", ""),
            turn_id=_text(flat, "turn_id"),
            turn_index=_int(flat, "turn_index"),
            speaker=_text(flat, "speaker"),
            speaker_key=_text(flat, "speaker_key", ""),
            date=_optional_text(flat, "date"),
            language=_optional_text(flat, "language"),
            date_int=_int(flat, "date_int", 0),
            source_format=source_format if source_format in SOURCE_FORMATS else None,
            party=_optional_text(flat, "party"),
            party_key=_text(flat, "party_key", ""),
            role=role if role in ROLES else "other",
            function=_optional_text(flat, "function"),
            is_chair=bool(flat.get("is_chair", False)),
            is_interruption=bool(flat.get("is_interruption", False)),
            page=_optional_int(flat, "page"),
            start_time=_optional_text(flat, "start_time"),
            section=_optional_text(flat, "section"),
            exchange_id=_optional_text(flat, "exchange_id"),
            exchange_position=_optional_int(flat, "exchange_position"),
            exchange_role=exchange_role if exchange_role in ("challenge", "reply") else None,
            challenger=_optional_text(flat, "challenger"),
            challenged=_optional_text(flat, "challenged"),
            chunk_ordinal=_int(flat, "chunk_ordinal", 0),
            start=_int(flat, "start", 0),
            end=_int(flat, "end", 0),
            context=_optional_text(flat, "context"),
            embed_text=_optional_text(flat, "embed_text"),
            extra={k: v for k, v in flat.items() if k not in _KNOWN and isinstance(v, str | int | float | bool)},
        )

    def with_span(self, ordinal: int, start: int, end: int, context: str | None) -> ChunkMeta:
        """The metadata of one chunk of the turn this metadata describes."""
        return dataclasses.replace(self, chunk_ordinal=ordinal, start=start, end=end, context=context)


_FIELDS = tuple(item.name for item in dataclasses.fields(ChunkMeta) if item.name != "extra")
"""The stored fields in their stored order (looked up once: `dataclasses.fields` per chunk cost
more than the rest of reading it)."""
_KNOWN = frozenset(_FIELDS)
_REQUIRED = object()


def _text(flat: Mapping[str, object], key: str, default: object = _REQUIRED) -> str:
    value = flat.get(key, default)
    if value is _REQUIRED or not isinstance(value, str):
        raise ValueError(f"chunk metadata: {key!r} is {value!r}, not text")
    return value


def _optional_text(flat: Mapping[str, object], key: str) -> str | None:
    value = flat.get(key)
    return None if value is None else _text(flat, key)


def _int(flat: Mapping[str, object], key: str, default: object = _REQUIRED) -> int:
    value = flat.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"chunk metadata: {key!r} is {value!r}, not a number")
    return int(value)


def _optional_int(flat: Mapping[str, object], key: str) -> int | None:
    value = flat.get(key)
    return None if value is None else _int(flat, key)
