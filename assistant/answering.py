"""The extractive answer: the sentences of the best turns that answer the question, quoted
verbatim, grouped per speaker, each with a numbered citation.

No generative model is involved, so nothing can be invented: every quote is a slice of the cited
turn's text (`Citation.quote == turn.text[quote_start:quote_end]`) and every speaker, party and
role comes from the parsed transcript.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.models import Citation
from assistant.retrieval import RetrievedTurn
from ingest.chunking import sentence_spans
from ingest.lexical import tokenize
from ingest.models import Turn

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
MIN_SENTENCE_CHARS = 25
MAX_QUOTE_CHARS = 450
MAX_CANDIDATE_SENTENCES = 8
"""Per turn; bounds the sentences embedded at answer time (latency)."""

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
    if citation.role in ("minister", "state_secretary") and not citation.is_chair:
        office = "Minister" if citation.role == "minister" else "Staatssecretaris"
        portfolio = re.sub(r"^(minister|staatssecretaris)\s+(van|voor)\s+", "", function, flags=re.I)
        if portfolio.lower() in ("", "minister", "staatssecretaris"):
            portfolio = ""
        return f"{office} {citation.speaker}" + (f" ({portfolio})" if portfolio else "")
    name = citation.speaker + (f" ({citation.party})" if citation.party else "")
    if citation.is_chair:
        return ("de voorzitter, " if language == "nl" else "the chair, ") + name
    return name


def _sentence_candidates(turn_text: str, retrieved: RetrievedTurn) -> list[tuple[int, int]]:
    """Sentences of the matched chunks (best chunk first), as absolute spans in the turn text."""
    spans: list[tuple[int, int]] = []
    for chunk in retrieved.chunks[:2]:
        offset = int(chunk.metadata.get("start", 0))
        for s, e in sentence_spans(chunk.text):
            span = (offset + s, offset + e)
            if span not in spans:
                spans.append(span)
    long_enough = [sp for sp in spans if sp[1] - sp[0] >= MIN_SENTENCE_CHARS] or spans
    return long_enough[: MAX_CANDIDATE_SENTENCES * 2]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def select_quotes(
    query: str,
    query_vector: np.ndarray,
    turns: Sequence[tuple[Turn, RetrievedTurn]],
    embed: Callable[[list[str]], np.ndarray],
) -> list[Quote]:
    """The best quote of each turn: the sentence closest to the question (cosine with the query,
    plus a bonus per shared stemmed word), extended by the next sentence when short."""
    query_terms = set(tokenize([query])[0])
    candidates: list[tuple[int, int, int]] = []
    for i, (turn, retrieved) in enumerate(turns):
        for start, end in _sentence_candidates(turn.text, retrieved)[:MAX_CANDIDATE_SENTENCES]:
            candidates.append((i, *_trim(turn.text, start, end)))
    if not candidates:
        return []
    texts = [turns[i][0].text[s:e] for i, s, e in candidates]
    vectors = embed(texts)
    cosine = vectors @ query_vector
    best: dict[int, Quote] = {}
    for (i, s, e), text, cos in zip(candidates, texts, cosine):
        overlap = len(query_terms & set(tokenize([text])[0]))
        score = float(cos) + 0.02 * overlap
        if i not in best or score > best[i].score:
            best[i] = Quote(s, e, score)
    return [_extend(turns[i][0].text, best[i]) for i in range(len(turns)) if i in best]


def _extend(text: str, quote: Quote) -> Quote:
    """A short sentence alone rarely carries the point: add the next one if room allows."""
    if quote.end - quote.start >= 120:
        return _cap(text, quote)
    following = [span for span in sentence_spans(text[quote.end :])][:1]
    if following:
        s, e = _trim(text, quote.end + following[0][0], quote.end + following[0][1])
        if e - quote.start <= MAX_QUOTE_CHARS:
            return Quote(quote.start, e, quote.score)
    return quote


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
        lines.extend(f"- “{c.quote}” [{c.n}]" for c in cited)
    return "\n".join(lines)
