"""The embedder support judge: threshold fitting, quotes still decided verbatim."""

from __future__ import annotations

import numpy as np
import pytest

from eval.support import EmbeddingSupport, best_threshold, windows

VOCAB = ["geld", "money", "politie", "police", "weer", "weather"]
SYNONYMS = {"money": "geld", "police": "politie", "weather": "weer"}


class BagOfWords:
    """Words mapped across the two languages, so 'money' and 'geld' embed alike."""

    def _embed(self, texts):
        rows = []
        for text in texts:
            v = np.zeros(len(VOCAB), dtype=np.float32)
            for word in text.lower().replace(".", " ").split():
                word = SYNONYMS.get(word, word)
                if word in VOCAB:
                    v[VOCAB.index(word)] += 1
            rows.append(v / (np.linalg.norm(v) or 1.0))
        return np.array(rows)

    embed_queries = _embed

    def embed_passages(self, texts, batch_size=32, progress=None):
        return self._embed(texts)


def test_best_threshold_separates_the_scores_by_balanced_accuracy() -> None:
    threshold, accuracy = best_threshold([0.9, 0.8, 0.85], [0.5, 0.6, 0.82])
    assert accuracy == pytest.approx(0.8333, abs=1e-3)
    assert 0.6 < threshold <= 0.8
    assert best_threshold([0.9], [0.1]) == (0.5, 1.0)


def test_best_threshold_needs_both_kinds() -> None:
    with pytest.raises(ValueError):
        best_threshold([0.9], [])


def test_windows_cover_a_long_turn_in_overlapping_stretches() -> None:
    text = " ".join(f"Zin {i}." for i in range(10))
    assert windows(text)[0] == "Zin 0. Zin 1. Zin 2." and len(windows(text)) == 8
    assert windows("Kort.") == ["Kort."]


def test_calibrated_judge_accepts_a_cross_lingual_paraphrase_and_rejects_another_topic() -> None:
    judge = EmbeddingSupport.calibrate(
        BagOfWords(),
        supported=[("money police", "Er is geld voor de politie."), ("weather", "Het weer is slecht.")],
        unsupported=[("money police", "Het weer is slecht."), ("weather", "Geld voor de politie.")],
    )
    assert judge.calibration_accuracy == 1.0
    assert judge("The police get money [1].", ["Meer geld voor de politie."])
    assert not judge("The weather was bad [1].", ["Meer geld voor de politie."])
    assert not judge("He said “meer geld voor de brandweer” [1].", ["Meer geld voor de politie."])  # quotes: verbatim
