"""Speaker-aware chunking: turns -> chunks that never cross a turn.

Why not llama-index's SentenceSplitter over the whole transcript: it would happily glue the end of
the minister's answer to the start of the next member's question, and a chunk with two speakers
cannot be attributed. Here every chunk is a verbatim slice of one turn (``turn.text[start:end]``),
split on sentence boundaries with one sentence of overlap, so a quote taken from a chunk is always
a quote from the turn it cites.

The embedded text is not the quoted text: it starts with a header line naming speaker, role,
party and debate (so "what did the minister say" lands on the minister's turns), and a short turn
that only makes sense with the question it answers ("Ik kom daar voor de zomer op terug.") also
carries the end of the previous speaker's turn as context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.chunk_meta import ChunkMeta
from ingest.models import Chunk, Role, Transcript, Turn, chunk_id
from ingest.profiles.language import language_profile

MAX_CHUNK_CHARS = 450
"""About 110 e5 tokens, two or three sentences: well inside the 512-token window, and small enough
that the best-matching chunk *is* the passage to quote, so answering needs no second embedding
pass at question time (that pass cost seconds per answer on 2 cores)."""

OVERLAP_MAX_CHARS = 160
"""A window repeats the previous window's last sentence only when that sentence is short: a little
overlap keeps a point that straddles a boundary findable without re-embedding long sentences."""

SHORT_TURN_CHARS = 240
CONTEXT_CHARS = 300

ROLE_LABELS: dict[Role, str] = {
    "minister": "minister",
    "state_secretary": "staatssecretaris (state secretary)",
    "chair": "voorzitter (chair)",
    "member": "Kamerlid (member of parliament)",
    "other": "spreker",
}

# A sentence end starts only where a run of end marks starts (the look-behind), and the runs are
# possessive: before, a run of n dots not followed by a capital was re-scanned from each of its n
# characters, quadratic (a 20,000-dot run took 7 s; issue 11).
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[»”’\")]*+\s++(?=[«“‘\"(]?[A-Z0-9ÀÁÂÄÉÈÊËÍÓÖÚÜ])")


def sentence_spans(text: str, language: str, *, paragraphs: bool = False) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, written in ``language``; together they
    cover it without gaps.

    A regex, not a model: parliamentary prose is regular enough, and the spans must be exact
    offsets into the original text. The language profile's abbreviations ("nr.", "d.d.",
    "hon.", "Mr.") do not end a sentence: "my hon. Friend will be aware" is one sentence.

    With ``paragraphs``, a line break also ends a sentence. Every parser writes "\n" only
    between the source's paragraphs (TEI ``<seg>``, VLOS ``<alinea>``; the verslag joins a PDF's
    lines with spaces), and a paragraph may end without a full stop: in the sample corpus 33 of
    1,590 breaks follow no end mark (32 in the English sitting: "…will be uprated shortly\nSecondly,
    the Government …") and none is followed by a lower-case word. Quotes use it; chunks do not
    (their spans are stored in the index).
    """
    abbreviations = language_profile(language).abbreviations
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        word = text[max(0, match.start() - 12) : match.start()].split()[-1:] or [""]
        if word[0].lower().rstrip(".") in abbreviations:
            continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    if paragraphs:
        spans = [piece for span in spans for piece in _paragraph_pieces(text, *span)]
    return [span for span in spans if text[span[0] : span[1]].strip()]


def _paragraph_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``start:end`` cut after each line break in it (the break stays with the piece before)."""
    cut = text.find("\n", start, end)
    while cut != -1:
        yield start, cut + 1
        start = cut + 1
        cut = text.find("\n", start, end)
    yield start, end


def _windows(spans: list[tuple[int, int]], max_chars: int) -> Iterator[tuple[int, int]]:
    """Group consecutive sentence spans into windows of at most ``max_chars`` (a single longer
    sentence becomes its own window, cut at word boundaries), each window starting with the last
    sentence of the previous one when that sentence is short."""
    i = 0
    while i < len(spans):
        start = spans[i][0]
        j = i
        while j + 1 < len(spans) and spans[j + 1][1] - start <= max_chars:
            j += 1
        yield start, spans[j][1]
        if j + 1 >= len(spans):
            return
        overlap = j > i and spans[j][1] - spans[j][0] <= OVERLAP_MAX_CHARS
        i = j if overlap else j + 1


def _split_long(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    while end - start > max_chars:
        cut = text.rfind(" ", start, start + max_chars)
        cut = cut if cut > start else start + max_chars
        yield start, cut
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    yield start, end


def chunk_spans(text: str, language: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """Spans of the chunks of one turn's text (in ``language``), trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for start, end in _windows(sentence_spans(text, language), max_chars):
        spans.extend(_split_long(text, start, end, max_chars))
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def speaker_header(turn: Turn, transcript: Transcript) -> str:
    """The first line of every embedded chunk: who speaks, as what, in which debate."""
    who = turn.speaker + (f" ({turn.party})" if turn.party else "")
    role = turn.function or ROLE_LABELS.get(turn.role, turn.role)
    if turn.is_chair:
        role = f"{ROLE_LABELS['chair']}, {role}" if turn.function else ROLE_LABELS["chair"]
    debate = ", ".join(part for part in (transcript.title, transcript.date) if part)
    return f"{who}, {role} — {debate}"


def answered_context(turns: tuple[Turn, ...], index: int) -> str | None:
    """For a short turn, the end of the previous speaker's turn, which it usually answers."""
    turn = turns[index]
    if len(turn.text) > SHORT_TURN_CHARS or index == 0:
        return None
    previous = turns[index - 1]
    if previous.speaker == turn.speaker:
        return None
    tail = previous.text[-CONTEXT_CHARS:]
    if len(previous.text) > CONTEXT_CHARS:
        tail = tail[tail.find(" ") + 1 :]
    return f"{previous.speaker}: {tail}"


def chunk_metadata(turn: Turn, transcript: Transcript) -> ChunkMeta:
    """The metadata every chunk of ``turn`` shares (each chunk adds its span)."""
    return ChunkMeta(
        doc_id=transcript.id,
        doc_title=transcript.title,
        date=transcript.date,
        language=transcript.language,
        date_int=int(transcript.date.replace("-", "")) if transcript.date else 0,
        source_format=transcript.source_format,
        turn_id=turn.id,
        turn_index=turn.index,
        speaker=turn.speaker,
        speaker_key=speaker_key(turn.speaker),
        party=turn.party,
        party_key=(turn.party or "").lower(),
        role=turn.role,
        function=turn.function,
        is_chair=turn.is_chair,
        is_interruption=turn.is_interruption,
        page=turn.page,
        start_time=turn.start_time,
        section=turn.section,
        exchange_id=turn.exchange_id,
        exchange_position=turn.exchange_position,
        exchange_role=turn.exchange_role,
        challenger=turn.challenger,
        challenged=turn.challenged,
    )


def speaker_key(name: str) -> str:
    """A normalised speaker name for matching ("Van Nispen" == "van nispen")."""
    return " ".join(name.lower().replace("’", "'").split())


def chunk_transcript(transcript: Transcript, max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    """All chunks of a transcript, in turn order. Every turn yields at least one chunk."""
    chunks: list[Chunk] = []
    for turn in transcript.turns:
        header = speaker_header(turn, transcript)
        context = answered_context(transcript.turns, turn.index)
        base_meta = chunk_metadata(turn, transcript)
        for ordinal, (start, end) in enumerate(chunk_spans(turn.text, transcript.language, max_chars)):
            text = turn.text[start:end]
            parts = [header]
            if context and ordinal == 0:
                parts.append(f"[antwoord op / reply to] {context}")
            parts.append(text)
            meta = base_meta.with_span(ordinal, start, end, context if ordinal == 0 else None)
            chunks.append(
                Chunk(
                    id=chunk_id(turn.id, ordinal),
                    turn_id=turn.id,
                    doc_id=transcript.id,
                    ordinal=ordinal,
                    text=text,
                    start=start,
                    end=end,
                    embed_text="\n".join(parts),
                    metadata=meta,
                    context=context if ordinal == 0 else None,
                )
            )
    return chunks
