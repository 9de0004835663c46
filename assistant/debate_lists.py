"""An answer that lists turns of the debates a question names, read from their structure: who
interrupted whom (`assistant.exchange_listing`), who took part (`assistant.participants`).

Both are built alike: the named debates, a first line with the count and where, then one line per
listed turn ("- speaker ...: “quote” [n]"), each quote cited from its turn; none found is an honest
"not in the transcripts" that says where was looked. What differs is which turns are listed, what
of each is quoted, and what stands after the speaker's name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from assistant.answerability import NOT_FOUND
from assistant.answering import debate_place, not_found_text, quote_line, speaker_title
from assistant.models import Answer, Citation
from assistant.plan import DebateQuestion
from ingest.models import Transcript, Turn


@dataclass(frozen=True)
class ListedTurn:
    """One line of a list: the turn, the span of its text to quote, and what follows the speaker's
    name on the line (" → Van Weel", " (3 beurten)")."""

    transcript: Transcript
    turn: Turn
    span: tuple[int, int]
    after_name: str


def speaks_for(turn: Turn, names: Collection[str], parties: Collection[str] = (), roles: Collection[str] = ()) -> bool:
    """Whether ``turn`` is of one of the speakers (``names``, as the transcripts write them), parties
    (any case) or roles a question names; a party's only while not chairing (the chair's party label
    is not the party speaking)."""
    party = (turn.party or "").lower()
    return turn.speaker in names or turn.role in roles or (
        not turn.is_chair and bool(party) and party in {p.lower() for p in parties})


def named_debates(plan: DebateQuestion, load: Callable[[str], Transcript | None]) -> list[Transcript]:
    """The transcripts of the debates the question's filter names that the index holds."""
    return [t for d in plan.constraints.doc_ids if (t := load(d)) is not None]


def places(transcripts: Sequence[Transcript], language: str) -> str:
    """Where, for a list's first line: each debate as `debate_place` writes it."""
    return ", ".join(debate_place(t.title, t.date, language) for t in transcripts)


def listed_answer(plan: DebateQuestion, transcripts: Sequence[Transcript], listed: Sequence[ListedTurn],
                  head: str, none: str, limit: int) -> Answer:
    """The list answer: ``head`` (a message with ``{count}`` and ``{where}``) over the first
    ``limit`` of ``listed``, or "not in the transcripts" with ``none`` (``{where}``) when nothing is."""
    where = places(transcripts, plan.language)
    if not listed:
        return Answer(question=plan.question, answerable=False, language=plan.language, confidence_label=NOT_FOUND,
                      answer=not_found_text(plan.language, none.format(where=where), closest=False))
    citations = [Citation.of_turn(n, row.turn, row.span, doc_id=row.transcript.id, doc_title=row.transcript.title,
                                  date=row.transcript.date, score=1.0, replying_to=None)
                 for n, row in enumerate(listed[:limit], start=1)]
    lines = [head.format(count=len(listed), where=where)]
    lines += [f"- {speaker_title(citation, plan.language)}{row.after_name}: “{quote_line(citation.quote)}” [{citation.n}]"
              for citation, row in zip(citations, listed, strict=False)]
    return Answer(question=plan.question, answer="\n".join(lines), answerable=True, language=plan.language,
                  citations=tuple(citations), confidence_label="answered")
