"""The dense candidates of a question are chosen fairly across languages: multilingual-e5 scores a
passage in the question's own language higher than one that says the same in another language,
so a passage in another language is credited `CROSS_LANGUAGE_BONUS` when the candidates are
chosen, keeps its plain cosine for everything after, and leaves the dense margin as it was."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from doubles import InMemoryStore

from assistant.constraints import Constraints
from assistant.retrieval import (
    CROSS_LANGUAGE_BONUS,
    HybridRetriever,
    dense_margin,
    exact_nearest,
    language_fair_search,
    other_language_rows,
)
from ingest.chunk_meta import ChunkMeta
from ingest.lexical import LexicalIndex


def _at_cosines(*cosines: float) -> tuple[np.ndarray, np.ndarray]:
    """Unit rows whose cosines with the query [1, 0] are ``cosines``, and that query."""
    rows = np.asarray([[c, (1.0 - c * c) ** 0.5] for c in cosines], dtype=np.float32)
    return rows, np.array([1.0, 0.0], dtype=np.float32)


def test_a_passage_in_another_language_is_credited_when_the_candidates_are_chosen() -> None:
    # the Dutch passage is closer by less than the credit: the English one comes first
    vectors, query = _at_cosines(0.80, 0.80 - CROSS_LANGUAGE_BONUS / 2, 0.70)
    languages = np.array(["nl", "en", "nl"], dtype=object)
    hits, _, _ = language_fair_search(vectors, query, 2, other_language_rows(languages, "nl"))
    assert [row for row, _ in hits] == [1, 0]
    assert hits[0][1] == pytest.approx(0.80 - CROSS_LANGUAGE_BONUS / 2, abs=1e-6)  # its plain cosine


def test_a_passage_in_the_question_language_that_is_clearly_closer_stays_first() -> None:
    vectors, query = _at_cosines(0.85, 0.85 - 2 * CROSS_LANGUAGE_BONUS)
    languages = np.array(["en", "nl"], dtype=object)
    hits, _, _ = language_fair_search(vectors, query, 2, other_language_rows(languages, "en"))
    assert [row for row, _ in hits] == [0, 1]


@pytest.mark.parametrize("question_language", ["en", "fr"])
def test_passages_all_in_one_language_or_none_in_the_questions_rank_by_plain_cosine(question_language: str) -> None:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(50, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    query = rng.normal(size=8).astype(np.float32)
    one_language = np.array(["en"] * 50, dtype=object)
    hits, _, _ = language_fair_search(vectors, query, 10, other_language_rows(one_language, question_language))
    assert hits == exact_nearest(vectors, query, 10)


def test_the_margin_is_that_of_the_plain_cosines_whatever_the_credit_brings_in() -> None:
    cosines = [0.90, 0.89, 0.88, 0.87, 0.86, 0.85, 0.84, 0.83, 0.82, 0.81] + [0.80 - CROSS_LANGUAGE_BONUS / 2] * 5
    vectors, query = _at_cosines(*cosines)
    languages = np.array(["nl"] * 10 + ["en"] * 5, dtype=object)
    hits, margin, _ = language_fair_search(vectors, query, 10, other_language_rows(languages, "nl"))
    assert any(row >= 10 for row, _ in hits)  # the credit brought English passages in
    assert margin == dense_margin(cosines)
    assert margin == dense_margin([sim for _, sim in exact_nearest(vectors, query, 10)])


def test_the_filter_still_decides_which_passages_may_be_candidates() -> None:
    vectors, query = _at_cosines(0.80, 0.79, 0.70)
    languages = np.array(["nl", "en", "en"], dtype=object)
    mask = np.array([True, False, True])
    hits, _, _ = language_fair_search(vectors, query, 3, other_language_rows(languages, "nl"), mask)
    assert [row for row, _ in hits] == [0, 2]
    assert language_fair_search(vectors, query, 3, other_language_rows(languages, "nl"), np.zeros(3, dtype=bool)) == ([], 0.0, 0.0)


class _FixedEmbedder:
    """An `Embedder` whose every query is the vector it was given."""

    model_id = "fixed"
    dim = 2

    def __init__(self, query: np.ndarray) -> None:
        self.query = query

    def embed_passages(self, texts: Sequence[str], batch_size: int = 32, progress: object = None) -> np.ndarray:
        raise AssertionError("retrieval embeds no passages")

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self.query for _ in texts])


def _retriever(cosines: dict[str, tuple[float, str]], query: np.ndarray) -> HybridRetriever:
    """A retriever over one chunk per turn, at the given cosine with ``query`` and in the given language."""
    rows, vectors = [], {}
    for turn, (cosine, language) in cosines.items():
        meta = ChunkMeta(doc_id=f"debate-{language}", doc_title="", turn_id=turn, turn_index=0,
                         speaker="", speaker_key="", language=language).to_chroma()
        rows.append((f"{turn}:c000", "begroting budget", dict(meta, embed_text="begroting budget")))
        vectors[f"{turn}:c000"] = np.array([cosine, (1.0 - cosine * cosine) ** 0.5], dtype=np.float32)
    lexical = LexicalIndex.build(rows, vectors)
    return HybridRetriever(InMemoryStore([], np.empty((0, 2), np.float32)), lexical, _FixedEmbedder(query))


def test_a_dutch_question_finds_the_english_turn_that_e5_scores_just_below_a_dutch_one() -> None:
    query = np.array([1.0, 0.0], dtype=np.float32)
    retriever = _retriever({"nl-a": (0.84, "nl"), "en-a": (0.83, "en"), "nl-b": (0.78, "nl")}, query)
    dutch = retriever.retrieve("Hoeveel levert het schrappen van de regeling op?", Constraints())
    assert dutch.turns[0].turn_id == "en-a"
    assert dutch.turns[0].dense == pytest.approx(0.83, abs=1e-6)
    english = retriever.retrieve("How much does dropping the scheme save?", Constraints())
    assert english.turns[0].turn_id == "nl-a"  # asked in English, the English turn has no credit
    assert dutch.dense_margin == english.dense_margin == dense_margin([0.84, 0.83, 0.78])


def test_the_margin_among_passages_in_another_language_is_kept_beside_the_whole_crowds() -> None:
    # a Dutch question: the Dutch passages top the plain cosines, the English one stands out among its own
    cosines = [0.86, 0.855, 0.85, 0.845, 0.84, 0.84, 0.84, 0.84, 0.84, 0.84, 0.84, 0.85, 0.79, 0.78, 0.78]
    vectors, query = _at_cosines(*cosines)
    languages = np.array(["nl"] * 11 + ["en"] * 4, dtype=object)
    _, margin, across = language_fair_search(vectors, query, 5, other_language_rows(languages, "nl"))
    assert margin == dense_margin(cosines)
    assert across == dense_margin([0.85, 0.79, 0.78, 0.78])
    one_language = np.array(["nl"] * 15, dtype=object)
    assert language_fair_search(vectors, query, 5, other_language_rows(one_language, "nl"))[2] == 0.0


def test_no_other_language_margin_when_a_passage_in_another_language_is_the_best_of_all() -> None:
    # an English question whose best passage is Dutch: the whole crowd's margin already measures it
    cosines = [0.86, 0.85, 0.84, 0.84, 0.84, 0.84, 0.84, 0.84, 0.84, 0.84, 0.84, 0.855, 0.80]
    vectors, query = _at_cosines(*cosines)
    languages = np.array(["nl"] * 11 + ["en"] * 2, dtype=object)
    _, margin, across = language_fair_search(vectors, query, 5, other_language_rows(languages, "en"))
    assert margin == dense_margin(cosines) and across == 0.0
