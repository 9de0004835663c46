"""The pure parts of retrieval: exact dense scoring, the margin the abstention decides on, and
which retrieved turns are worth quoting."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
from doubles import HashEmbedder

from assistant.constraints import Constraints
from assistant.retrieval import (
    QueryCachingEmbedder,
    RetrievedChunk,
    RetrievedTurn,
    citable_turns,
    constraint_mask,
    dense_margin,
    exact_nearest,
)
from ingest.chunk_meta import ChunkMeta
from ingest.lexical import ChunkTable


def _unit(*rows: list[float]) -> np.ndarray:
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_exact_nearest_ranks_every_row_by_cosine() -> None:
    vectors = _unit([1, 0], [0.8, 0.6], [0, 1], [-1, 0])
    ranked = exact_nearest(vectors, np.array([1.0, 0.0]), k=3)
    assert [row for row, _ in ranked] == [0, 1, 2]
    assert ranked[0][1] == 1.0 and abs(ranked[1][1] - 0.8) < 1e-6


def test_exact_nearest_only_returns_rows_the_filter_allows() -> None:
    vectors = _unit([1, 0], [0.8, 0.6], [0, 1], [-1, 0])
    mask = np.array([False, True, False, True])
    assert [row for row, _ in exact_nearest(vectors, np.array([1.0, 0.0]), k=10, mask=mask)] == [1, 3]
    assert exact_nearest(vectors, np.array([1.0, 0.0]), k=10, mask=np.zeros(4, dtype=bool)) == []


def test_exact_nearest_breaks_ties_by_row_so_the_order_never_varies() -> None:
    vectors = _unit([0, 1], [1, 0], [0, 1], [1, 0], [0, 1])
    assert [row for row, _ in exact_nearest(vectors, np.array([0.0, 1.0]), k=3)] == [0, 2, 4]


def test_exact_nearest_does_not_need_a_unit_query() -> None:
    vectors = _unit([1, 0], [0, 1])
    assert exact_nearest(vectors, np.array([0.0, 5.0]), k=1) == [(1, 1.0)]


def test_the_margin_is_how_far_the_best_stands_out_from_the_tenth() -> None:
    flat = [0.83, 0.829, 0.828, 0.828, 0.827, 0.826, 0.826, 0.825, 0.825, 0.824, 0.80]
    peaked = [0.87, 0.86, 0.84, 0.83, 0.829, 0.828, 0.827, 0.826, 0.825, 0.824]
    assert dense_margin(flat) == 0.006
    assert dense_margin(peaked) == 0.046
    assert dense_margin([0.9, 0.85]) == 0.05  # fewer than ten: the last one
    assert dense_margin([]) == 0.0


def _turn(turn_id: str, dense: float, lexical: float, text: str = "text", speaker: str = "",
          is_chair: bool = False) -> RetrievedTurn:
    meta = ChunkMeta(doc_id="doc", doc_title="", turn_id=turn_id, turn_index=0, speaker=speaker,
                     speaker_key=speaker.lower(), is_chair=is_chair, role="chair" if is_chair else "member")
    return RetrievedTurn(turn_id, "doc", 0.03, dense, lexical, [RetrievedChunk(f"{turn_id}:c000", text, meta, dense, lexical)])


def test_a_turn_is_quoted_when_close_to_the_best_on_meaning_or_on_words() -> None:
    turns = [
        _turn("best", 0.880, 4.0),
        _turn("close-in-meaning", 0.865, 0.0),
        _turn("same-words", 0.820, 3.2),
        _turn("neither", 0.850, 2.0),
    ]
    assert [t.turn_id for t in citable_turns(turns, top_k=5)] == ["best", "close-in-meaning", "same-words"]
    assert [t.turn_id for t in citable_turns(turns, top_k=1)] == ["best"]
    assert citable_turns([], top_k=5) == []


def test_the_chairs_procedure_below_the_best_turn_is_not_quoted_as_evidence() -> None:
    turns = [
        _turn("answer", 0.880, 4.0, "The council will not conflict with the Bank of England.", "Stride"),
        _turn("call", 0.875, 3.9, "I call the Chair of the Treasury Committee.", "Hoyle", is_chair=True),
        _turn("carry-on", 0.870, 0.0, "Gaat u verder met uw betoog.", "Hoyle", is_chair=True),
        _turn("more", 0.866, 0.0, "And the Prudential Regulation Authority.", "Stride"),
    ]
    assert [t.turn_id for t in citable_turns(turns, top_k=5)] == ["answer", "more"]


def test_the_chairs_turns_stay_evidence_when_the_question_is_about_the_chair() -> None:
    turns = [
        _turn("suspends", 0.880, 4.0, "Ik schors de vergadering tot 14.00 uur.", "Hoyle", is_chair=True),
        _turn("reopens", 0.875, 3.9, "Ik heropen de vergadering.", "Hoyle", is_chair=True),
    ]
    assert [t.turn_id for t in citable_turns(turns, top_k=5, asked=Constraints(roles=("chair",)))] == ["suspends", "reopens"]
    assert [t.turn_id for t in citable_turns(turns, top_k=5, asked=Constraints(speakers=("hoyle",)))] == ["suspends", "reopens"]
    assert [t.turn_id for t in citable_turns(turns, top_k=5)] == ["suspends"]  # the best turn is always quoted


def _handoff(turn_id: str, dense: float, lexical: float, text: str, speaker: str, answered: str) -> RetrievedTurn:
    """A short chair's turn, embedded with the end of the turn it follows (`answered_context`)."""
    turn = _turn(turn_id, dense, lexical, text, speaker, is_chair=True)
    chunk = turn.chunks[0]
    meta = chunk.metadata.with_span(0, 0, len(text), answered)
    return RetrievedTurn(turn_id, "doc", 0.03, dense, lexical, [RetrievedChunk(chunk.chunk_id, text, meta, dense, lexical)])


def test_the_chairs_handoff_that_ranked_for_the_turn_before_it_is_not_the_answer() -> None:
    turns = [
        _handoff("next-speaker", 0.890, 4.0, "Dank u wel. Dan komen we bij de volgende spreker.", "Mohandis",
                 "De Korte: Kunnen brieven voortaan een naam en telefoonnummer bevatten?"),
        _turn("asked", 0.885, 3.8, "Kunnen brieven voortaan een naam en telefoonnummer bevatten?", "De Korte"),
        _turn("answered", 0.880, 1.0, "Op die brief staat een naam en een telefoonnummer.", "Jansen"),
    ]
    assert [t.turn_id for t in citable_turns(turns, top_k=5)] == ["asked", "answered"]
    # asked about the chair, or with nothing else to cite, the chair's line stays
    assert citable_turns(turns, top_k=5, asked=Constraints(roles=("chair",)))[0].turn_id == "next-speaker"
    assert [t.turn_id for t in citable_turns(turns[:1], top_k=5)] == ["next-speaker"]


def test_a_members_short_reply_is_quoted_with_the_context_it_ranked_for() -> None:
    reply = _handoff("reply", 0.890, 4.0, "Ik kom daar voor de zomer op terug.", "Van Weel", "Boswijk: Komt er een brief?")
    member = RetrievedTurn("reply", "doc", 0.03, 0.890, 4.0,
                           [RetrievedChunk(c.chunk_id, c.text, dataclasses.replace(c.metadata, is_chair=False, role="minister"), 0.890, 4.0)
                            for c in reply.chunks])
    turns = [member, _turn("other", 0.885, 3.8, "Komt er een brief?", "Boswijk")]
    assert [t.turn_id for t in citable_turns(turns, top_k=5)] == ["reply", "other"]


def test_a_chair_who_speaks_as_spokesperson_is_quoted_like_any_member() -> None:
    turns = [
        _turn("answer", 0.880, 4.0, "Het kabinet verlengt de missie.", "Blok"),
        _turn("member", 0.875, 3.9, "Ik spreek nu als woordvoerder van de VVD: de missie moet door.", "Ten Broeke", is_chair=True),
    ]
    assert [t.turn_id for t in citable_turns(turns, top_k=5)] == ["answer", "member"]


class _CountingEmbedder(HashEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.asked += list(texts)
        return super().embed_queries(texts)


def test_a_question_is_embedded_once_however_often_retrieval_and_the_answer_ask() -> None:
    inner = _CountingEmbedder()
    cached = QueryCachingEmbedder(inner)
    first = cached.embed_queries(["Wat zei de minister over 13 Oceans?"])
    again = cached.query_vector("Wat zei de minister over 13 Oceans?")
    assert inner.asked == ["Wat zei de minister over 13 Oceans?"]
    assert np.array_equal(first[0], again) and np.array_equal(again, inner.embed_queries(["Wat zei de minister over 13 Oceans?"])[0])
    assert not again.flags.writeable  # a caller cannot change what the next one gets


def test_several_questions_at_once_and_passages_go_straight_to_the_model() -> None:
    inner = _CountingEmbedder()
    cached = QueryCachingEmbedder(inner)
    assert cached.embed_queries(["a", "b"]).shape == (2, inner.dim)
    assert cached.embed_passages(["een passage"]).shape == (1, inner.dim)
    assert inner.asked == ["a", "b"] and cached.dim == inner.dim and cached.model_id == inner.model_id


def _table(*rows: tuple[str, str, str, bool]) -> ChunkTable:
    """A chunk table of one chunk per turn: (turn id, party, text, is_chair)."""
    metas = [{"turn_id": turn_id, "party_key": party, "is_chair": is_chair, "role": "chair" if is_chair else "member",
              "speaker_key": turn_id} for turn_id, party, _text, is_chair in rows]
    return ChunkTable([f"{turn_id}:c000" for turn_id, *_ in rows], [text for _, _, text, _ in rows], metas)


def test_a_partys_view_is_its_members_words_not_its_chairs_procedure() -> None:
    table = _table(
        ("member", "pvv", "Voorzitter. De CO2-heffing moet weg.", False),
        ("chair", "pvv", "Dan passen we die zo even aan.", True),
        ("chair-as-member", "vvd", "Als woordvoerder van de VVD heb ik een vraag.", True),
        ("other", "d66", "Ik steun de heffing.", False),
    )
    mask = constraint_mask(table, Constraints(parties=("PVV", "VVD")))
    assert mask is not None and mask.tolist() == [True, False, True, False]
    asked_chair = constraint_mask(table, Constraints(parties=("PVV",), roles=("chair",)))
    assert asked_chair is not None and asked_chair.tolist() == [False, True, False, False]


def test_a_member_named_is_what_they_said_not_their_chairs_procedure_where_they_said_anything() -> None:
    """Boutkan chaired the MIRT debate and spoke as the PVV member in one exchange: "when the NSC
    member pressed Boutkan ..., what did he say?" retrieved ten of his chair's lines."""
    metas = [{"turn_id": f"t{i}", "speaker_key": speaker, "party_key": "pvv", "is_chair": chair,
              "role": "chair" if chair else "member"} for i, (speaker, chair) in enumerate(
        [("boutkan", True), ("boutkan", False), ("boutkan", True), ("pool", True), ("van dijk", False)])]
    texts = ["Graag.", "Die zijn er heel veel, maar helaas zijn de euro's op.",
             "Als woordvoerder van de PVV mag ik ook meedoen met de interrupties.", "Dank u wel.", "Wat gaat de PVV doen?"]
    table = ChunkTable([f"t{i}:c000" for i in range(5)], texts, metas)
    as_member = constraint_mask(table, Constraints(speakers=("boutkan",), as_members=True))
    assert as_member is not None and as_member.tolist() == [False, True, True, False, False]
    anyhow = constraint_mask(table, Constraints(speakers=("boutkan",)))
    assert anyhow is not None and anyhow.tolist() == [True, True, True, False, False]
    only_chaired = constraint_mask(table, Constraints(speakers=("pool",), as_members=True))
    assert only_chaired is not None and only_chaired.tolist() == [False, False, False, True, False]
