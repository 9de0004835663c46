"""What the assistant returns: an `Answer` with numbered `Citation`s. The same objects serve the
CLI (`debate ask --json`), the REST API, the Gradio chat and the eval suite."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ingest.models import Role, Turn


@dataclass(frozen=True)
class Citation:
    """One cited (or, for an unanswerable question, merely close) speaker turn.

    ``quote`` is a verbatim substring of ``text`` (the full turn), at ``quote_start:quote_end``;
    the card highlights it inside the turn. Speaker fields are copied from the parsed turn.
    """

    n: int
    turn_id: str
    doc_id: str
    doc_title: str
    date: str | None
    speaker: str
    party: str | None
    role: Role
    function: str | None
    quote: str
    text: str
    score: float
    quote_start: int = 0
    quote_end: int = 0
    page: int | None = None
    start_time: str | None = None
    is_chair: bool = False
    turn_index: int = 0
    replying_to: str | None = None
    """For a short turn that answers the previous speaker: that speaker's name."""
    asked: str | None = None
    """For a commitment that opens the minister's answer to a member: the member's request it
    answers, verbatim from the member's turn (`assistant.structure.requests`); ``asked_by`` is that
    member, ``asked_turn_index`` the turn's index in the debate. "Dat zal ik doen." says nothing alone."""
    asked_by: str | None = None
    asked_turn_index: int | None = None
    dated: str | None = None
    """For a commitment whose deadline was said outside its quote: the words that say it, verbatim
    (the minister's later sentence, "... daarop terug te komen tijdens het tweeminutendebat.", or
    the chair's list item); ``dated_by`` their speaker, ``dated_turn_index`` their turn. The
    answer's notice names the deadline; this lets the reader check it."""
    dated_by: str | None = None
    dated_turn_index: int | None = None

    @classmethod
    def of_turn(cls, n: int, turn: Turn, span: tuple[int, int], *, doc_id: str, doc_title: str,
                date: str | None, score: float, replying_to: str | None = None) -> Citation:
        """Citation ``n`` of ``turn``, quoting ``turn.text[start:end]`` for ``span``: the speaker
        fields always come from the parsed turn, whichever answer (extractive, exchange, motion,
        commitment) cites it."""
        start, end = span
        return cls(
            n=n, turn_id=turn.id, doc_id=doc_id, doc_title=doc_title, date=date,
            speaker=turn.speaker, party=turn.party, role=turn.role, function=turn.function,
            quote=turn.text[start:end], text=turn.text, score=score, quote_start=start,
            quote_end=end, page=turn.page, start_time=turn.start_time, is_chair=turn.is_chair,
            turn_index=turn.index, replying_to=replying_to,
        )

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Answer:
    """An answer built only from the transcripts.

    ``answerable`` False means the evidence was too weak: ``answer`` then says so in the
    question's language, ``citations`` is empty and ``closest`` holds the nearest turns.
    ``filters`` shows the speaker/document constraints the question was resolved to, so a user
    can see which minister the assistant took "the minister" to mean.
    """

    question: str
    answer: str
    answerable: bool
    language: str
    citations: tuple[Citation, ...] = ()
    closest: tuple[Citation, ...] = ()
    filters: dict[str, Any] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)
    backend: str = "extractive"
    notice: str | None = None
    standalone_question: str | None = None
    confidence: float | None = None
    """The calibrated probability (0..1) that the cited turns answer the question
    (`assistant.answerability`); None when no answerability model is fitted."""
    confidence_label: str | None = None
    """The confidence in words: "answered", "probably answered" or "not in the transcripts"."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "answerable": self.answerable,
            "language": self.language,
            "citations": [c.to_dict() for c in self.citations],
            "closest": [c.to_dict() for c in self.closest],
            "filters": self.filters,
            "timings_ms": self.timings_ms,
            "backend": self.backend,
            "notice": self.notice,
            "standalone_question": self.standalone_question,
            "confidence": self.confidence,
            "confidence_label": self.confidence_label,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Answer:
        fields = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in fields}
        values["citations"] = tuple(Citation(**c) for c in data.get("citations", []))
        values["closest"] = tuple(Citation(**c) for c in data.get("closest", []))
        return cls(**values)
