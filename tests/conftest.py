"""Shared fixtures. Tests never see the machine: no DEBATE_* or OPENAI_* from the caller's
environment, no model hub, HOME-like state under tmp_path."""

from __future__ import annotations

import os

import pytest
from samples import CORPUS

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.json from the parsers' current output (review the diff!)",
    )


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    for name in list(os.environ):
        if name.startswith(("DEBATE_", "OPENAI_")) and name != "DEBATE_MODEL_CACHE":
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def embedder():
    """The real bundled e5 model, loaded once for the whole run."""
    from ingest.embedder import load_embedder

    return load_embedder(None)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, embedder):
    """The whole sample corpus, ingested once per test run with the real model into a real
    embedded Chroma. Read-only for tests: copy it (`shutil.copytree`) before writing."""
    from ingest.indexing import ingest_paths
    from ingest.settings import Settings

    settings = Settings(index_dir=tmp_path_factory.mktemp("corpus-index") / "index")
    prebuilt = os.environ.get("TEST_CORPUS_INDEX")
    if prebuilt:  # local iteration only: a copy of an index built from this corpus by this code
        import shutil

        shutil.copytree(prebuilt, settings.index_dir)
    summary = ingest_paths([CORPUS], settings, embedder=embedder)
    assert not summary.failed, summary.failed
    return settings


@pytest.fixture(scope="session")
def corpus_assistant(corpus_index, embedder):
    """An `Assistant` over the whole sample corpus (extractive, no LLM)."""
    from assistant.service import Assistant

    return Assistant.open(corpus_index, embedder=embedder)
