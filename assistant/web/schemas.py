"""What the REST API accepts: every request body is a pydantic model whose fields are typed and
bounded, so a malformed or oversized body is a 422 that names the field before any work is done.

The bounds, and why:

- ``MAX_HISTORY_ITEMS`` (20): a follow-up reads only the last exchange of its history
  (`assistant.followup.last_exchange`); 20 leaves a client room to send a whole conversation
  without letting one request carry an unbounded list.
- ``MAX_ANSWER_CHARS`` (60,000): the longest answer a history or a feedback may carry: a client
  must be able to send back any answer the server gave. An extractive answer quotes at most
  ``top_k`` passages (5 by default), and LLM answers measured on the dev set stay under 3,000
  characters, but a list answer quotes up to 40 motions or commitments
  (`assistant.motion_answers.LIST_LIMIT`, `assistant.commitment_overview.MAX_LISTED`): "Which
  motions were discussed?" over the sample corpus is 16,480 characters (31 motions), and 40 of
  the longest appreciation quotes (about 1,000 characters and a 200-character lead each) fit
  under 60,000.
- ``MAX_CITATIONS`` (50): ``Settings.top_k`` is at most 50, so no real answer cites more.
- ``MAX_TURN_CHARS`` (100,000): a citation carries its whole turn; the longest turn of the sample
  corpus is 24,462 characters.
- ``MAX_ID_CHARS`` (300) and ``MAX_NAME_CHARS`` (300): document ids, turn ids, speaker names;
  real ones are under 100 characters.
- ``MAX_FILTER_VALUES`` (50): values per filter list.

Questions themselves are checked by the core against ``Settings.max_question_chars`` (413), so
the limit an operator configures is the one enforced, here and in the chat alike.

Every body is also refused when any string in it holds a lone surrogate (JSON's ``"\\ud800"``):
such text cannot be encoded as UTF-8, so storing or echoing it would fail later, as a 500.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from assistant.models import Answer
from ingest.models import Role

MAX_HISTORY_ITEMS = 20
MAX_ANSWER_CHARS = 60_000
MAX_CITATIONS = 50
MAX_TURN_CHARS = 100_000
MAX_ID_CHARS = 300
MAX_NAME_CHARS = 300
MAX_FILTER_VALUES = 50
MAX_COMMENT_CHARS = 2000

Id = Annotated[str, StringConstraints(max_length=MAX_ID_CHARS)]
Name = Annotated[str, StringConstraints(max_length=MAX_NAME_CHARS)]


def _lone_surrogate_at(value: Any) -> str | None:
    """The JSON path of the first string in ``value`` that holds a lone surrogate, else None.
    Iterative, so a deeply nested body cannot exhaust the stack."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return where or "body"
        elif isinstance(item, dict):
            stack.extend((f"{where}.{k}" if where else str(k), v) for k, v in item.items())
            stack.extend((f"{where}.<key>" if where else "<key>", k) for k in item)
        elif isinstance(item, list):
            stack.extend((f"{where}.{i}" if where else str(i), v) for i, v in enumerate(item))
    return None


class RequestBody(BaseModel):
    """A whole request body: unknown keys are refused, and so is text that is not Unicode."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _unicode_text_only(cls, data: Any) -> Any:
        where = _lone_surrogate_at(data)
        if where is not None:
            raise ValueError(f"{where} holds a character that is not valid Unicode text (a lone surrogate)")
        return data


class Filters(BaseModel):
    """Restrict the answer to some debates, speakers, parties or dates (all optional)."""

    model_config = ConfigDict(extra="forbid")

    doc_ids: list[Id] = Field(default_factory=list, max_length=MAX_FILTER_VALUES,
                              description="Debate ids from /api/documents.")
    speakers: list[Name] = Field(default_factory=list, max_length=MAX_FILTER_VALUES,
                                 description='Speaker names, e.g. "Van Nispen".')
    parties: list[Name] = Field(default_factory=list, max_length=MAX_FILTER_VALUES, description='Parties, e.g. "SP".')
    roles: list[Role] = Field(default_factory=list, max_length=MAX_FILTER_VALUES)
    date_from: date | None = Field(None, description="YYYY-MM-DD, inclusive.")
    date_to: date | None = Field(None, description="YYYY-MM-DD, inclusive.")

    def for_assistant(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump(mode="json").items() if v}


class ResolvedFilters(BaseModel):
    """The ``filters`` of an earlier answer: what its question was resolved to. Dates are
    ``YYYYMMDD`` integers there (or ``YYYY-MM-DD``); other keys (``evidence``) are not read."""

    model_config = ConfigDict(extra="ignore")

    doc_ids: list[Id] = Field(default_factory=list, max_length=MAX_FILTER_VALUES)
    speakers: list[Name] = Field(default_factory=list, max_length=MAX_FILTER_VALUES)
    parties: list[Name] = Field(default_factory=list, max_length=MAX_FILTER_VALUES)
    roles: list[Role] = Field(default_factory=list, max_length=MAX_FILTER_VALUES)
    date_from: Annotated[int, Field(ge=10000101, le=99991231)] | date | None = None
    date_to: Annotated[int, Field(ge=10000101, le=99991231)] | date | None = None


class CitedTurn(BaseModel):
    """A citation of an earlier answer. A follow-up reads its ``doc_id`` (it stays in that
    debate); the other fields of a `Citation` are accepted and not read."""

    model_config = ConfigDict(extra="allow")

    doc_id: Id
    turn_id: Id | None = None
    quote: Annotated[str, StringConstraints(max_length=MAX_TURN_CHARS)] | None = None
    text: Annotated[str, StringConstraints(max_length=MAX_TURN_CHARS)] | None = None


_ANSWER_KEYS = frozenset(f.name for f in dataclasses.fields(Answer))


class HistoryItem(BaseModel):
    """One earlier exchange: an answer's JSON as /api/ask returned it, or just
    ``{"question": ...}``. Keys that are not fields of an answer are refused."""

    model_config = ConfigDict(extra="forbid")

    question: str | None = Field(None, description="The earlier question.")
    standalone_question: str | None = None
    answer: Annotated[str, StringConstraints(max_length=MAX_ANSWER_CHARS)] | None = None
    answerable: bool | None = None
    language: Annotated[str, StringConstraints(max_length=20)] | None = None
    citations: list[CitedTurn] = Field(default_factory=list, max_length=MAX_CITATIONS)
    closest: list[CitedTurn] = Field(default_factory=list, max_length=MAX_CITATIONS)
    filters: ResolvedFilters | None = None
    timings_ms: dict[Annotated[str, StringConstraints(max_length=40)], float] | None = Field(None, max_length=20)
    backend: Annotated[str, StringConstraints(max_length=100)] | None = None
    notice: Annotated[str, StringConstraints(max_length=MAX_ANSWER_CHARS)] | None = None

    @model_validator(mode="before")
    @classmethod
    def _answer_fields_added_later_are_not_errors(cls, data: Any) -> Any:
        """An `Answer` field this model does not type yet (the core grew one) is dropped, not
        refused: a client that sends back what /api/ask returned is never wrong."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k in cls.model_fields or k not in _ANSWER_KEYS}
        return data

    def for_assistant(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True, exclude_defaults=True)


class AskRequest(RequestBody):
    question: str = Field(description="The question, in English or Dutch.",
                          examples=["What did the minister say about 13 Oceans?"])
    history: list[HistoryItem] = Field(
        default_factory=list, max_length=MAX_HISTORY_ITEMS,
        description=f'Earlier answers of this conversation (their JSON) or {{"question": ...}} objects, oldest '
                    f"first; at most {MAX_HISTORY_ITEMS}. A follow-up is read against the last one.",
    )
    filters: Filters | None = None


class RatedCitation(BaseModel):
    """A citation inside a rated answer; the feedback log keeps a few short fields of it."""

    model_config = ConfigDict(extra="allow")

    n: int | None = None
    turn_id: Id | None = None
    doc_id: Id | None = None
    doc_title: str | None = None
    date: str | None = None
    speaker: str | None = None
    party: str | None = None
    role: str | None = None
    quote: str | None = None


class RatedAnswer(BaseModel):
    """The answer being rated, as /api/ask returned it. Fields the log does not keep are
    accepted and dropped; the log truncates long ones (`assistant.web.feedback`)."""

    model_config = ConfigDict(extra="allow")

    question: str = ""
    answer: str = ""
    answerable: bool | None = None
    citations: list[RatedCitation] = Field(default_factory=list, max_length=MAX_CITATIONS)
    closest: list[RatedCitation] = Field(default_factory=list, max_length=MAX_CITATIONS)
    filters: dict[str, Any] = Field(default_factory=dict)
    backend: str | None = None

    def for_log(self) -> dict[str, Any]:
        return self.model_dump(include={"question", "answer", "answerable", "citations", "closest", "filters",
                                        "backend"})


class FeedbackRequest(RequestBody):
    rating: Literal["helpful", "wrong"]
    answer: RatedAnswer = Field(description="The answer JSON being rated, as /api/ask returned it.")
    comment: str | None = Field(None, max_length=MAX_COMMENT_CHARS)


class AppreciationStepOut(BaseModel):
    """One appreciation given, or summed up by the chair, in the order of the debate."""

    value: str
    speaker: str
    role: str
    turn_id: str
    quote: str


class MotionOut(BaseModel):
    """A motion mentioned in a debate and the cabinet's view of it, as `debate motions --json`
    prints it (`assistant.structure.motions.Motion`). ``reasoning`` is the cabinet member's words,
    ``turn_text[reasoning_start:reasoning_end]`` of the turn ``turn_id``."""

    doc_id: str
    doc_title: str
    date: str | None
    section: str | None
    mention: Literal["submitted", "referenced"]
    number: str | None
    kamerstuk: str | None
    submitter: str | None
    co_submitters: list[str]
    subject: str | None
    subject_source: str | None
    dictum: str | None
    appreciation: str | None = Field(description="oordeel Kamer, oordeel Kamer met appreciatie, ontraden, "
                                                 "ontijdig, overbodig, overnemen, aanhouden; null when none was given")
    condition: str | None
    speaker: str | None
    role: str | None
    function: str | None
    turn_id: str | None
    reasoning: str | None
    reasoning_start: int
    reasoning_end: int
    history: list[AppreciationStepOut]
    submitted_turn_id: str | None
    appreciation_turn_id: str | None
    appreciation_quote: str | None
    settled: AppreciationStepOut | None = Field(
        default=None, description="where a value that changed in the debate was last stated (often the chair's conclusion)")
class CorrectionOut(BaseModel):
    """What was said about a chair's list item while the list was read: a member's or minister's
    interjection, or the chair's settled wording (``role`` "chair"); ``text`` is verbatim from turn
    ``turn_id``, characters ``start`` to ``end``."""

    speaker: str
    role: str
    turn_id: str
    start: int
    end: int
    text: str


class CommitmentOut(BaseModel):
    """One commitment as `GET /api/commitments` returns it (`assistant.commitment_listing.COLUMNS`):
    the minister's own words in ``quote`` (turn ``turn_id``); the chair's list item, when one
    registered it, in ``list_*`` (the chair's words, turn ``list_turn_id``)."""

    speaker: str
    role: str
    function: str | None
    to: str | None
    quote: str
    deadline_text: str | None
    deadline: str | None = Field(description="ISO date (by then) or range start/end (within), or null")
    doc_id: str
    doc_title: str
    date: str | None
    turn_id: str
    source: Literal["finder", "list"]
    list_item: int | None
    list_text: str | None
    list_speaker: str | None
    list_turn_id: str | None
    asked: str | None = Field(default=None, description="the member's request the promise answers, verbatim from "
                              "the member's turn asked_turn_id (the member in `to`), or null")
    asked_turn_id: str | None = None
    list_corrections: list[CorrectionOut] = Field(
        default=[], description="what was said about the chair's list item while the list was read, in order")
