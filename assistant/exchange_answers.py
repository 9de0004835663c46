"""Answers to exchange questions: the challenge first, then the reply that answers it.

"How did the minister respond when Van Laar interrupted?", "Hoe reageerde Kwint op Peters?",
"toen Alkaya vroeg ...": a question that names an interruption or a reaction is about an
*exchange* (`ingest.exchanges`), not about one passage. Plain retrieval finds the turn closest in
meaning, which is often the challenge alone, or a courtesy of the challenged speaker ("Ja,
voorzitter, ..."); issue 10 saw both. Here the best retrieved turns that sit in an exchange pick
the exchange, and the answer quotes, in spoken order:

1. the challenge (the member's interrupting turn that retrieval matched, or the one the matched
   reply answers);
2. the first *substantive* reply after it, never a bare "Voorzitter." or a courtesy
   (`ingest.exchanges.is_procedural`);
3. the next round (follow-up and its reply) when there is one, within the citation limit.

Every speaker field comes from the transcript's turns, as everywhere. Transcripts stored before
exchanges existed are marked on the fly (`mark_exchanges` is pure), so an old index answers too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from assistant.answering import format_date, select_quotes, speaker_title
from assistant.models import Answer, Citation
from assistant.retrieval import RetrievedTurn
from ingest.chunking import sentence_spans
from ingest.exchanges import exchange_turns, has_exchange_fields, is_procedural, mark_exchanges
from ingest.models import Transcript, Turn

_EXCHANGE_QUESTION = re.compile(
    r"interrupt|interrump|interruptie|onderbr[ao]k|"
    r"\brespon(?:d|ded|ds|se|ding)\b|\brepl(?:y|ied|ies)\b|\breact(?:ed|ion|s)?\b|"
    r"\breageer|\breageerde|\breageren|\breactie\b|\bantwoordde\b|"
    r"\bwhen\b[^?]{1,80}\basked\b|\btoen\b[^?]{1,80}\bvroeg\b",
    re.IGNORECASE,
)
"""Words that name an interruption or a reaction, in English and Dutch."""

MAX_EXCHANGE_CANDIDATES = 10
"""Retrieved turns looked at for an exchange: the ten best, as many as retrieval returns at least."""

MAX_EXCHANGE_TURNS = 4
"""Two rounds at most (challenge, reply, follow-up, reply): the rounds issue 10 calls common."""

OPENING_QUOTE_CHARS = 300
"""A quote taken from the start of a turn (a reply answers in its first sentences)."""


class _Plan(Protocol):
    question: str
    standalone: str
    language: str
    notes: list[str]


TranscriptLookup = Callable[[str], Transcript | None]


def is_exchange_question(question: str) -> bool:
    """Whether ``question`` names an interruption or a reaction ("when X interrupted", "how did
    Y respond", "toen X vroeg", "hoe reageerde", "interruptie")."""
    return bool(_EXCHANGE_QUESTION.search(question))


def _surname(name: str) -> str:
    return name.split()[-1]


def _named(question: str, name: str | None) -> bool:
    """Whether the question names this speaker (the surname as a capitalised word, as in
    `assistant.question`)."""
    if not name:
        return False
    return bool(re.search(rf"(?<!\w){re.escape(_surname(name))}(?!\w)", question))


def _marked(transcript: Transcript) -> Transcript:
    return transcript if has_exchange_fields(transcript) else mark_exchanges(transcript)


def _pick(question: str, turns: Sequence[RetrievedTurn], lookup: TranscriptLookup
          ) -> tuple[Transcript, Turn, RetrievedTurn] | None:
    """The retrieved turn whose exchange names most of the people the question names (ties: the
    better ranked)."""
    best: tuple[int, int, Transcript, Turn, RetrievedTurn] | None = None
    for rank, retrieved in enumerate(turns[:MAX_EXCHANGE_CANDIDATES]):
        transcript = lookup(retrieved.doc_id)
        if transcript is None:
            continue
        transcript = _marked(transcript)
        index = int(retrieved.turn_id.rsplit(":t", 1)[1])
        if index >= len(transcript.turns) or transcript.turns[index].id != retrieved.turn_id:
            continue
        turn = transcript.turns[index]
        if turn.exchange_id is None:
            continue
        named = _named(question, turn.challenger) + _named(question, turn.challenged)
        if best is None or named > best[0]:
            best = (named, rank, transcript, turn, retrieved)
    return None if best is None else best[2:]


def exchange_sequence(members: Sequence[Turn], matched: Turn, limit: int) -> list[Turn]:
    """The turns to quote, in spoken order: the challenge, its first substantive reply, then the
    next round while within ``limit`` turns."""
    position = matched.exchange_position or 0
    if matched.exchange_role == "reply":
        earlier = [t for t in members if t.exchange_role == "challenge" and (t.exchange_position or 0) < position]
        substantive = [t for t in earlier if not is_procedural(t.text)]
        start = (substantive or earlier or [matched])[-1]
    else:
        start = matched
    chosen: list[Turn] = []
    for turn in members:
        if (turn.exchange_position or 0) < (start.exchange_position or 0) or is_procedural(turn.text):
            continue
        if len(chosen) >= limit:
            break
        role_wanted = "challenge" if not chosen or chosen[-1].exchange_role == "reply" else "reply"
        if turn.exchange_role == role_wanted:
            chosen.append(turn)
    if len(chosen) % 2 == 1 and len(chosen) > 1:
        chosen.pop()  # end on a reply: a trailing follow-up without its answer adds nothing
    return chosen


def _opening(text: str) -> tuple[int, int]:
    """The first sentences of ``text`` up to `OPENING_QUOTE_CHARS`, a bare salutation skipped."""
    spans = sentence_spans(text) or [(0, len(text))]
    while len(spans) > 1 and is_procedural(text[spans[0][0]:spans[0][1]]):
        spans = spans[1:]
    start, end = spans[0]
    for _start, e in spans[1:]:
        if e - start > OPENING_QUOTE_CHARS:
            break
        end = e
    if end - start > OPENING_QUOTE_CHARS:
        cut = text.rfind(" ", start, start + OPENING_QUOTE_CHARS)
        end = cut if cut > start else start + OPENING_QUOTE_CHARS
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _citation(n: int, turn: Turn, transcript: Transcript, span: tuple[int, int], score: float) -> Citation:
    start, end = span
    return Citation(
        n=n, turn_id=turn.id, doc_id=transcript.id, doc_title=transcript.title, date=transcript.date,
        speaker=turn.speaker, party=turn.party, role=turn.role, function=turn.function,
        quote=turn.text[start:end], text=turn.text, score=round(score, 5), quote_start=start,
        quote_end=end, page=turn.page, start_time=turn.start_time, is_chair=turn.is_chair,
        turn_index=turn.index, replying_to=turn.challenger if turn.exchange_role == "reply" else None,
    )


def exchange_citations(query: str, transcript: Transcript, chosen: Sequence[Turn],
                       matched: Turn, retrieved: RetrievedTurn) -> list[Citation]:
    """One citation per chosen turn: the matched turn quoted where it matched the question, the
    others from their opening sentences."""
    citations = []
    for n, turn in enumerate(chosen, start=1):
        if turn.id == matched.id:
            quote = select_quotes(query, [(turn, retrieved)])[0]
            span = (quote.start, quote.end)
        else:
            span = _opening(turn.text)
        citations.append(_citation(n, turn, transcript, span, retrieved.score))
    return citations


def compose_exchange(citations: Sequence[Citation], language: str) -> str:
    """"X interrupted Y in “debate” (date):" then each quote in spoken order, with its [n]."""
    first = citations[0]
    replier = next((c for c in citations if c.replying_to), None)
    when = format_date(first.date, language)
    where = f"“{first.doc_title}”" + (f" ({when})" if when else "")
    challenger = speaker_title(first, language)
    if language == "nl":
        head = f"{challenger} interrumpeerde {speaker_title(replier, language)} in {where}:" if replier \
            else f"{challenger} interrumpeerde in {where}:"
    else:
        head = f"{challenger} interrupted {speaker_title(replier, language)} in {where}:" if replier \
            else f"{challenger} interrupted in {where}:"
    lines = [head]
    for c in citations:
        if c.replying_to:
            verb = "antwoordde" if language == "nl" else "replied"
        else:
            verb = "vroeg" if language == "nl" else "asked"
        lines.append(f"- {c.speaker} {verb}: “{c.quote}” [{c.n}]")
    return "\n".join(lines)


def exchange_answer(plan: _Plan, turns: Sequence[RetrievedTurn], lookup: TranscriptLookup,
                    limit: int) -> Answer | None:
    """The answer to an exchange question from the exchange the retrieved ``turns`` point to;
    None when the question is not about an exchange or no retrieved turn sits in one (the
    ordinary answer is given then). ``limit`` caps the citations (at least two: challenge and
    reply)."""
    if not is_exchange_question(plan.standalone):
        return None
    picked = _pick(plan.standalone, turns, lookup)
    if picked is None:
        return None
    transcript, matched, retrieved = picked
    assert matched.exchange_id is not None
    chosen = exchange_sequence(exchange_turns(transcript, matched.exchange_id), matched, max(2, min(limit, MAX_EXCHANGE_TURNS)))
    if not chosen:
        return None
    citations = exchange_citations(plan.standalone, transcript, chosen, matched, retrieved)
    language = "nl" if plan.language == "nl" else "en"
    return Answer(
        question=plan.question,
        answer=compose_exchange(citations, language),
        answerable=True,
        language=plan.language,
        citations=tuple(citations),
        notice=" ".join(plan.notes) or None,
        standalone_question=plan.standalone if plan.standalone != plan.question else None,
    )
