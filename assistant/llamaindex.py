"""The assistant through llama-index's interfaces, for applications built with llama-index.

`DebateRetriever` is a llama-index `BaseRetriever` over the assistant's own retrieval: hybrid
(exact e5 cosine + BM25, fused by reciprocal rank), speaker-aware ("the minister" is resolved to
the minister who spoke, "Blok" to his turns), filtered like ``/api/ask``, and grouped per speaker
turn. We keep it rather than llama-index's `VectorStoreIndex` retriever because it is measured
far better on our questions (`debate bench` compares it with the naive llama-index pipeline,
`eval/naive_pipeline.py`). Each result is a `NodeWithScore` whose `TextNode` is one whole
speaker turn, its id the turn id, its metadata who spoke, in which debate and when (from the
transcript's structure only), and the dense and lexical scores behind its fused ``score``.

`DebateQueryEngine` (also `DebateRetriever.as_query_engine()`) answers with the assistant's own
answerer: the extractive answer, or the configured LLM's with every sentence validated against
its sources (`assistant.citations`) and the extractive fallback. It returns a llama-index
`Response` whose ``source_nodes`` are the cited turns and whose ``metadata`` holds the
confidence, the backend that answered and the whole `Answer`.

Neither touches llama-index's global ``Settings`` (its default LLM and embedding model would
reach for OpenAI): the assistant brings its own embedder and answer backend. This module imports
llama-index; `assistant/__init__.py` exports these names lazily so that ``import assistant``
(and the CLI) stay light.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from llama_index.core.base.base_query_engine import BaseQueryEngine
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.response.schema import Response
from llama_index.core.callbacks import CallbackManager
from llama_index.core.prompts.mixin import PromptMixinType
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from assistant.constraints import Constraints
from assistant.models import Answer, Citation
from assistant.retrieval import RetrievedTurn
from assistant.service import Assistant
from ingest.errors import ConfigError
from ingest.models import Turn
from ingest.settings import Settings, load_settings

FILTER_KEYS = frozenset(Constraints.__dataclass_fields__)
"""The filters ``/api/ask`` accepts: doc_ids, speakers, parties, roles, date_from, date_to."""

DEFAULT_TOP_K = 10
"""Turns returned per query: what `Assistant.retrieve` ranks by default, and twice the turns
an answer cites at most (``top_k`` 5), so the cited ones and their nearest rivals are all there."""

_SCORE_KEYS = ["dense_score", "lexical_score"]
_LOCATION_KEYS = ["doc_id", "turn_id", "turn_index", "is_chair"]


def _checked_filters(filters: Mapping[str, Any] | None) -> dict[str, Any]:
    """``filters`` as `Assistant` takes them; raises `ConfigError` naming an unknown key (a
    typo must not silently search everything)."""
    values = dict(filters or {})
    unknown = sorted(set(values) - FILTER_KEYS)
    if unknown:
        raise ConfigError(f"unknown filter(s) {', '.join(unknown)}; the filters are {', '.join(sorted(FILTER_KEYS))}")
    return values


def _turn(assistant: Assistant, retrieved: RetrievedTurn) -> Turn | None:
    transcript = assistant.transcript(retrieved.doc_id)
    if transcript is None:
        return None
    return next((t for t in transcript.turns if t.id == retrieved.turn_id), None)


def turn_node(assistant: Assistant, retrieved: RetrievedTurn) -> NodeWithScore:
    """One retrieved speaker turn as a llama-index node: the whole turn's text (the matched
    chunks' text when the transcript is not in the catalog) and its attribution."""
    meta = retrieved.metadata
    turn = _turn(assistant, retrieved)
    text = turn.text if turn is not None else "\n".join(c.text for c in retrieved.chunks)
    metadata: dict[str, Any] = {
        "speaker": turn.speaker if turn else meta.speaker,
        "party": turn.party if turn else meta.party,
        "role": turn.role if turn else meta.role,
        "function": turn.function if turn else meta.function,
        "doc_id": retrieved.doc_id,
        "doc_title": meta.doc_title,
        "date": meta.date,
        "turn_id": retrieved.turn_id,
        "turn_index": turn.index if turn else None,
        "is_chair": turn.is_chair if turn else meta.is_chair,
        "dense_score": round(retrieved.dense, 6),
        "lexical_score": round(retrieved.lexical, 6),
    }
    node = TextNode(id_=retrieved.turn_id, text=text, metadata=metadata,
                    excluded_llm_metadata_keys=_SCORE_KEYS + _LOCATION_KEYS,
                    excluded_embed_metadata_keys=_SCORE_KEYS + _LOCATION_KEYS)
    return NodeWithScore(node=node, score=round(retrieved.score, 6))


def citation_node(citation: Citation) -> NodeWithScore:
    """One cited turn of an `Answer` as a llama-index node; ``quote`` is the part the answer
    quotes, ``n`` the number the answer cites it by."""
    metadata: dict[str, Any] = {
        "n": citation.n, "speaker": citation.speaker, "party": citation.party, "role": citation.role,
        "function": citation.function, "doc_id": citation.doc_id, "doc_title": citation.doc_title,
        "date": citation.date, "turn_id": citation.turn_id, "turn_index": citation.turn_index,
        "is_chair": citation.is_chair, "quote": citation.quote,
    }
    node = TextNode(id_=citation.turn_id, text=citation.text, metadata=metadata,
                    excluded_llm_metadata_keys=["n", "quote", *_LOCATION_KEYS],
                    excluded_embed_metadata_keys=["n", "quote", *_LOCATION_KEYS])
    return NodeWithScore(node=node, score=citation.score)


def answer_response(answer: Answer) -> Response:
    """An `Answer` as a llama-index `Response`: the answer text, the cited turns as source
    nodes, and in ``metadata`` the confidence, whether it was answered, which backend wrote it,
    the filters the question was resolved to and the whole answer (``answer.to_dict()``)."""
    return Response(
        response=answer.answer,
        source_nodes=[citation_node(c) for c in answer.citations],
        metadata={
            "answerable": answer.answerable,
            "confidence": answer.confidence,
            "confidence_label": answer.confidence_label,
            "backend": answer.backend,
            "notice": answer.notice,
            "filters": answer.filters,
            "answer": answer.to_dict(),
        },
    )


class DebateRetriever(BaseRetriever):
    """The assistant's hybrid, speaker-aware retrieval as a llama-index retriever.

    ``DebateRetriever()`` opens the configured index (``DEBATE_INDEX`` and the rest of
    `Settings`, as ``debate ask`` does); pass ``settings`` or an open ``assistant`` to choose.
    ``filters`` take the keys of ``/api/ask``'s: ``doc_ids``, ``speakers``, ``parties``,
    ``roles``, ``date_from``, ``date_to``. At most ``top_k`` turns come back, best first."""

    def __init__(self, assistant: Assistant | None = None, *, settings: Settings | None = None,
                 filters: Mapping[str, Any] | None = None, top_k: int = DEFAULT_TOP_K,
                 callback_manager: CallbackManager | None = None) -> None:
        if top_k < 1:
            raise ConfigError(f"top_k must be at least 1, not {top_k}")
        self.filters = _checked_filters(filters)
        self.top_k = top_k
        self.assistant = assistant if assistant is not None else Assistant.open(settings or load_settings())
        super().__init__(callback_manager=callback_manager)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        _plan, turns = self.assistant.retrieve(query_bundle.query_str, filters=self.filters or None, k=self.top_k)
        return [turn_node(self.assistant, t) for t in turns[: self.top_k]]

    def as_query_engine(self, history: Sequence[Mapping[str, Any]] | None = None) -> DebateQueryEngine:
        """A query engine over the same assistant and filters (see `DebateQueryEngine`)."""
        return DebateQueryEngine(self.assistant, filters=self.filters, history=history,
                                 callback_manager=self.callback_manager)


class DebateQueryEngine(BaseQueryEngine):
    """Answers with the assistant's own answerer and validated citations, as a llama-index
    `Response`. ``history`` (earlier questions, each ``{"question": ...}``, optionally with the
    ``answer``/``citations``/``filters`` of ``/api/ask``) makes follow-ups work as in the chat."""

    def __init__(self, assistant: Assistant | None = None, *, settings: Settings | None = None,
                 filters: Mapping[str, Any] | None = None, history: Sequence[Mapping[str, Any]] | None = None,
                 callback_manager: CallbackManager | None = None) -> None:
        self.filters = _checked_filters(filters)
        self.history = list(history or [])
        self.assistant = assistant if assistant is not None else Assistant.open(settings or load_settings())
        super().__init__(callback_manager=callback_manager)

    def _get_prompt_modules(self) -> PromptMixinType:
        return {}

    def _query(self, query_bundle: QueryBundle) -> Response:
        answer = self.assistant.ask(query_bundle.query_str, history=self.history or None, filters=self.filters or None)
        return answer_response(answer)

    async def _aquery(self, query_bundle: QueryBundle) -> Response:
        return self._query(query_bundle)
