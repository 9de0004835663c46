"""The member questions stored at ingest (`ingest.asked`): which sentences, how they are kept
beside the transcript, and that a stale or foreign file is never used."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from doubles import HashEmbedder

from assistant.exchange_choice import QUESTION_WEIGHT, vector_closeness
from ingest.asked import AskedSentences, asked_sentences, embed_asked, load_asked, save_asked
from ingest.catalog import IndexLayout
from ingest.lexical import ChunkTable
from ingest.models import Transcript, Turn, chunk_id


def _turn(index: int, speaker: str, text: str, role: str = "member", is_chair: bool = False) -> Turn:
    return Turn(id=f"doc:t{index:04d}", index=index, speaker=speaker, text=text, role=role,  # type: ignore[arg-type]
                is_chair=is_chair)


def _debate() -> Transcript:
    return Transcript(id="doc", title="Debat", date="2025-07-02", source_format="vlos", source_path="doc.xml",
                      language="nl", turns=(
                          _turn(0, "Voorzitter", "Heeft u nog een vraag? Gaat uw gang.", role="chair", is_chair=True),
                          _turn(1, "Veldkamp", "Wat doen we daaraan? Ik zet mij in voor een staakt-het-vuren.",
                                role="minister"),
                          _turn(2, "Kahraman", "De minister gaf dat aan. Kan de minister aangeven welke druk vanuit "
                                "Europa wordt opgebouwd? Dank u wel."),
                          _turn(3, "Piri", "Ik heb geen vraag."),
                      ))


def test_the_questions_kept_are_the_members_question_sentences_only() -> None:
    assert asked_sentences(_debate()) == [
        ("doc:t0002", "Kan de minister aangeven welke druk vanuit Europa wordt opgebouwd?")]


def test_the_stored_questions_come_back_for_the_same_text_and_model(tmp_path) -> None:
    layout, debate, embedder = IndexLayout(tmp_path), _debate(), HashEmbedder()
    save_asked(layout, debate.id, embed_asked(debate, embedder))
    loaded = load_asked(layout, debate, embedder.model_id)
    assert loaded is not None and loaded.texts == ("Kan de minister aangeven welke druk vanuit Europa wordt opgebouwd?",)
    query = embedder.embed_queries(["Kan de minister aangeven welke druk vanuit Europa wordt opgebouwd?"])[0]
    assert loaded.closeness("doc:t0002", query) == pytest.approx(1.0)
    assert loaded.closeness("doc:t0003", query) is None


def test_questions_of_another_text_or_model_or_an_unreadable_file_are_not_used(tmp_path) -> None:
    layout, debate, embedder = IndexLayout(tmp_path), _debate(), HashEmbedder()
    save_asked(layout, debate.id, embed_asked(debate, embedder))
    changed = replace(debate, turns=(*debate.turns[:2], replace(debate.turns[2], text="Welke druk?"), debate.turns[3]))
    assert load_asked(layout, changed, embedder.model_id) is None  # an ingest killed between transcript and questions
    assert load_asked(layout, debate, "another-model") is None
    layout.asked_file(debate.id).write_text("{not json", encoding="utf-8")
    assert load_asked(layout, debate, embedder.model_id) is None
    layout.asked_file(debate.id).unlink()
    assert load_asked(layout, debate, embedder.model_id) is None


def test_a_turns_closeness_weighs_its_closest_question_beside_its_chunk() -> None:
    """The chunk holds the whole turn; the question sentence is what an exchange question
    describes. A turn without stored questions keeps its chunk's closeness."""
    query = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    table = ChunkTable([chunk_id("doc:t0002", 0), chunk_id("doc:t0003", 0)], ["", ""], [{}, {}],
                       np.array([[0.6, 0.8, 0.0], [0.7, 0.0, 0.71414]], dtype=np.float32))
    asked = AskedSentences("m", "d", ("doc:t0002",), ("Welke druk?",), np.array([[0.9, 0.0, 0.43589]], np.float32))
    without = vector_closeness(table, lambda: query)(["doc:t0002", "doc:t0003"])
    assert without == pytest.approx({"doc:t0002": 0.6, "doc:t0003": 0.7})
    found = vector_closeness(table, lambda: query, {"doc": asked}.get)(["doc:t0002", "doc:t0003"])
    blended = (0.6 + QUESTION_WEIGHT * 0.9) / (1 + QUESTION_WEIGHT)
    assert found == pytest.approx({"doc:t0002": blended, "doc:t0003": 0.7})
    assert found["doc:t0002"] > found["doc:t0003"]  # the turn that asks what the question describes comes first
