"""The extractive answer: the sentences of the best turns that answer the question, quoted
verbatim, grouped per speaker, each with a numbered citation.

No generative model is involved, so nothing can be invented: every quote is a slice of the cited
turn's text (`Citation.quote == turn.text[quote_start:quote_end]`) and every speaker, party and
role comes from the parsed transcript.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.models import Citation
from assistant.retrieval import RetrievedTurn
from ingest.chunking import sentence_spans
from ingest.lexical import chunk_language, tokenize
from ingest.models import CABINET_ROLES, Turn
from ingest.profiles.language import language_profile

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
MIN_SENTENCE_CHARS = 25
MAX_QUOTE_CHARS = 450
SHORT_QUOTE_CHARS = 140


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    score: float


def format_date(date: str | None, language: str) -> str:
    """An ISO date as ``language`` writes it (`LanguageProfile.format_date`)."""
    return language_profile(language).format_date(date)


def speaker_title(citation: Citation, language: str) -> str:
    """"Minister Blok (Veiligheid en Justitie)", "Van Nispen (SP)", "the chair, Van Oosten (VVD)":
    names and offices as the transcript gives them, the framing words in ``language``."""
    function = citation.function or ""
    if citation.role in CABINET_ROLES and not citation.is_chair:
        office = "Minister" if citation.role == "minister" else "Staatssecretaris"
        portfolio = re.sub(r"^(minister|staatssecretaris)\s+(van|voor)\s+", "", function, flags=re.I)
        if portfolio.lower() in ("", "minister", "staatssecretaris"):
            portfolio = ""
        return f"{office} {citation.speaker}" + (f" ({portfolio})" if portfolio else "")
    name = citation.speaker + (f" ({citation.party})" if citation.party else "")
    if citation.is_chair:
        return language_profile(language).messages.chair.format(name=name)
    return name


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _best_window(text: str, spans: list[tuple[int, int]], query_terms: set[str], language: str) -> tuple[int, int]:
    """The contiguous run of sentences, at most `MAX_QUOTE_CHARS` long, that shares the most
    stemmed words (stemmed in the turn's ``language``) with the question (ties: the earliest).
    A bare "Voorzitter." is never chosen when there is more to say."""
    substantive = [sp for sp in spans if sp[1] - sp[0] >= MIN_SENTENCE_CHARS] or spans
    best, best_score = substantive[0], -1.0
    for i, (start, _) in enumerate(substantive):
        end = substantive[i][1]
        words: set[str] = set()
        for j in range(i, len(substantive)):
            if substantive[j][1] - start > MAX_QUOTE_CHARS and j > i:
                break
            end = substantive[j][1]
            words |= set(tokenize([text[substantive[j][0] : substantive[j][1]]], language)[0])
            # prefer more shared words; among equals, the shorter (tighter) quote
            score = len(query_terms & words) - 0.001 * (end - start) / MAX_QUOTE_CHARS
            if score > best_score:
                best, best_score = (start, end), score
    return best


def select_quotes(query: str, turns: Sequence[tuple[Turn, RetrievedTurn]]) -> list[Quote]:
    """The quote of each turn: from its best-matching chunk (chunks are two or three sentences,
    and this one matched the question in meaning or words), the sentences that share most words
    with the question, within `MAX_QUOTE_CHARS`. Offsets are absolute in the turn's text.

    Sentences are cut, and words stemmed, in the language of the turn's document (the chunk's
    ``language``), whatever the question's: "my hon. Friend" stays one sentence in an English
    turn asked about in Dutch."""
    quotes = []
    for turn, retrieved in turns:
        chunk = retrieved.chunks[0]
        language = chunk_language(chunk.metadata)
        query_terms = set(tokenize([query], language)[0])
        offset = chunk.metadata.start
        spans = quote_units(turn.text, offset, offset + len(chunk.text), language) or [(offset, offset + len(chunk.text))]
        start, end = _best_window(turn.text, spans, query_terms, language)
        start, end = _trim(turn.text, start, end)
        quotes.append(_cap(turn.text, _extend(turn.text, Quote(start, end, retrieved.score), language)))
    return quotes


_CLAUSE_END = re.compile(r"[;:]\s+")


def quote_units(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """The spans a quote may start at and end with, for the chunk at ``start:end`` of a turn's
    ``text``: the turn's sentences that overlap the chunk, so that a quote never starts in the
    middle of a sentence where a chunk happened to begin (a chunk cuts a sentence longer than
    itself at a word). A sentence longer than `MAX_QUOTE_CHARS` is cut into its clauses at ";" and
    ":" (Hansard's long lists: "...; the new VAT-free shopping scheme for non-UK visitors, saving
    a further £2 billion a year; ..."), each still starting where its clause does."""
    units: list[tuple[int, int]] = []
    for s_start, s_end in sentence_spans(text, language):
        if s_end <= start or s_start >= end:
            continue
        if s_end - s_start <= MAX_QUOTE_CHARS:
            units.append((s_start, s_end))
            continue
        cut = s_start
        for match in _CLAUSE_END.finditer(text, s_start, s_end):
            units.append((cut, match.end()))
            cut = match.end()
        units.append((cut, s_end))
    return [(a, b) for a, b in units if b > start and a < end and text[a:b].strip()]


def _extend(text: str, quote: Quote, language: str) -> Quote:
    """A short sentence alone rarely carries the point ("X asked about 13 Oceans." is followed by
    the answer): add the turn's next sentence while the quote stays short."""
    if quote.end - quote.start >= SHORT_QUOTE_CHARS:
        return quote
    following = sentence_spans(text[quote.end :], language)[:1]
    if not following:
        return quote
    _start, end = _trim(text, quote.end + following[0][0], quote.end + following[0][1])
    return Quote(quote.start, end, quote.score) if end - quote.start <= MAX_QUOTE_CHARS else quote


def _cap(text: str, quote: Quote) -> Quote:
    if quote.end - quote.start <= MAX_QUOTE_CHARS:
        return quote
    cut = text.rfind(" ", quote.start, quote.start + MAX_QUOTE_CHARS)
    return Quote(quote.start, cut if cut > quote.start else quote.start + MAX_QUOTE_CHARS, quote.score)


@lru_cache(maxsize=8)
def prompt_sections(name: str) -> dict[str, str]:
    """A prompt file split into its ``## key`` sections (the whole text under key "")."""
    text = (PROMPTS_DIR / name).read_text(encoding="utf-8")
    sections: dict[str, str] = {"": text}
    for match in re.finditer(r"^## (\w+)\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S):
        sections[match.group(1)] = match.group(2).strip()
    return sections


def not_found_text(language: str, detail: str = "") -> str:
    """The "not in the transcripts" reply in ``language``, with an optional ``detail`` sentence."""
    return language_profile(language).messages.not_found.replace("{detail}", f"{detail} " if detail else "")


def _reply_note(citation: Citation, language: str) -> str:
    """A short reply only makes sense with what it answers: say whom it answered."""
    if not citation.replying_to or len(citation.quote) > 120:
        return ""
    return language_profile(language).messages.in_reply_to.format(name=citation.replying_to)


def compose_answer(citations: Sequence[Citation], language: str) -> str:
    """Quotes grouped per speaker (in order of their best citation), each group framed with who,
    where and when, each quote followed by its [n]."""
    groups: dict[tuple[str, str], list[Citation]] = {}
    for citation in citations:
        groups.setdefault((citation.speaker, citation.doc_id), []).append(citation)
    profile = language_profile(language)
    lines: list[str] = []
    for cited in groups.values():
        first = cited[0]
        when = profile.format_date(first.date)
        said = profile.messages.said_in.format(speaker=speaker_title(first, language), title=first.doc_title)
        lines.append(said + (f" ({when}):" if when else ":"))
        lines.extend(f"- “{c.quote}” [{c.n}]" + _reply_note(c, language) for c in cited)
    return "\n".join(lines)
