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
from ingest.lexical import tokenize
from ingest.models import CABINET_ROLES, Turn

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
MIN_SENTENCE_CHARS = 25
MAX_QUOTE_CHARS = 450
SHORT_QUOTE_CHARS = 140

_MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    score: float


def format_date(date: str | None, language: str) -> str:
    if not date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return date or ""
    year, month, day = (int(p) for p in date.split("-"))
    months = _MONTHS_NL if language == "nl" else _MONTHS_EN
    return f"{day} {months[month - 1]} {year}"


def speaker_title(citation: Citation, language: str) -> str:
    """"Minister Blok (Veiligheid en Justitie)", "Van Nispen (SP)", "the chair, Van Oosten (VVD)"."""
    function = citation.function or ""
    if citation.role in CABINET_ROLES and not citation.is_chair:
        office = "Minister" if citation.role == "minister" else "Staatssecretaris"
        portfolio = re.sub(r"^(minister|staatssecretaris)\s+(van|voor)\s+", "", function, flags=re.I)
        if portfolio.lower() in ("", "minister", "staatssecretaris"):
            portfolio = ""
        return f"{office} {citation.speaker}" + (f" ({portfolio})" if portfolio else "")
    name = citation.speaker + (f" ({citation.party})" if citation.party else "")
    if citation.is_chair:
        return ("de voorzitter, " if language == "nl" else "the chair, ") + name
    return name


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _best_window(text: str, spans: list[tuple[int, int]], query_terms: set[str]) -> tuple[int, int]:
    """The contiguous run of sentences, at most `MAX_QUOTE_CHARS` long, that shares the most
    stemmed words with the question (ties: the earliest). A bare "Voorzitter." is never chosen
    when there is more to say."""
    substantive = [sp for sp in spans if sp[1] - sp[0] >= MIN_SENTENCE_CHARS] or spans
    best, best_score = substantive[0], -1.0
    for i, (start, _) in enumerate(substantive):
        end = substantive[i][1]
        words: set[str] = set()
        for j in range(i, len(substantive)):
            if substantive[j][1] - start > MAX_QUOTE_CHARS and j > i:
                break
            end = substantive[j][1]
            words |= set(tokenize([text[substantive[j][0] : substantive[j][1]]])[0])
            # prefer more shared words; among equals, the shorter (tighter) quote
            score = len(query_terms & words) - 0.001 * (end - start) / MAX_QUOTE_CHARS
            if score > best_score:
                best, best_score = (start, end), score
    return best


def select_quotes(query: str, turns: Sequence[tuple[Turn, RetrievedTurn]]) -> list[Quote]:
    """The quote of each turn: from its best-matching chunk (chunks are two or three sentences,
    and this one matched the question in meaning or words), the sentences that share most words
    with the question, within `MAX_QUOTE_CHARS`. Offsets are absolute in the turn's text."""
    query_terms = set(tokenize([query])[0])
    quotes = []
    for turn, retrieved in turns:
        chunk = retrieved.chunks[0]
        offset = chunk.metadata.start
        spans = [(offset + s, offset + e) for s, e in sentence_spans(chunk.text)] or [(offset, offset + len(chunk.text))]
        start, end = _best_window(turn.text, spans, query_terms)
        start, end = _trim(turn.text, start, end)
        quotes.append(_cap(turn.text, _extend(turn.text, Quote(start, end, retrieved.score))))
    return quotes


def _extend(text: str, quote: Quote) -> Quote:
    """A short sentence alone rarely carries the point ("X asked about 13 Oceans." is followed by
    the answer): add the turn's next sentence while the quote stays short."""
    if quote.end - quote.start >= SHORT_QUOTE_CHARS:
        return quote
    following = sentence_spans(text[quote.end :])[:1]
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
    sections = prompt_sections("not_found.md")
    template = sections.get(language) or sections["en"]
    return template.replace("{detail}", f"{detail} " if detail else "")


def _reply_note(citation: Citation, language: str) -> str:
    """A short reply only makes sense with what it answers: say whom it answered."""
    if not citation.replying_to or len(citation.quote) > 120:
        return ""
    return f" (antwoord aan {citation.replying_to})" if language == "nl" else f" (in reply to {citation.replying_to})"


def compose_answer(citations: Sequence[Citation], language: str) -> str:
    """Quotes grouped per speaker (in order of their best citation), each group framed with who,
    where and when, each quote followed by its [n]."""
    groups: dict[tuple[str, str], list[Citation]] = {}
    for citation in citations:
        groups.setdefault((citation.speaker, citation.doc_id), []).append(citation)
    verb = "zei in" if language == "nl" else "said in"
    lines: list[str] = []
    for cited in groups.values():
        first = cited[0]
        when = format_date(first.date, language)
        lines.append(f"{speaker_title(first, language)} {verb} “{first.doc_title}”" + (f" ({when}):" if when else ":"))
        lines.extend(f"- “{c.quote}” [{c.n}]" + _reply_note(c, language) for c in cited)
    return "\n".join(lines)
