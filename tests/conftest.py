"""Shared fixtures. Tests never see the machine: no DEBATE_* or OPENAI_* from the caller's
environment, no model hub, HOME-like state under tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

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


TESTS = Path(__file__).resolve().parent
INGEST_LAYER_TESTS = ("ingest/", "hostile/test_files_")
"""The tests of the ingest layer (paths under tests/), run with coverage paused. `make test-fast`
reports the coverage of assistant/, which the ingest layer cannot import (lint-imports' layers
contract): these tests run no line of it (coverage contexts of the whole fast suite, 1 Dec 2026:
0 of the 3,039 lines its tests run), so the figure is the same with or without them. Traced, they
cost more: the C tracer slows the code it does not measure too (parsing and chunking the verslag
and three VLOS reports: 0.89 s CPU untraced, 1.43 s traced)."""


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    import coverage

    measuring = coverage.Coverage.current()  # None unless run under --cov
    where = item.path.relative_to(TESTS).as_posix() if item.path.is_relative_to(TESTS) else ""
    pause = measuring is not None and where.startswith(INGEST_LAYER_TESTS)
    if pause:
        measuring.stop()
    try:
        yield
    finally:
        if pause:
            measuring.start()


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


@pytest.fixture
def debate_cli(monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """``debate_cli(*args)``: the `debate` command run in this process (`debate.cli.main`, the
    console entry point, with ``sys.argv`` set), its exit status and output captured. The same code
    as ``python -m debate.cli`` minus the interpreter start and imports, about a second each; the
    tests of a fresh process (what parsing imports) still run one."""
    from debate.cli import main

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        monkeypatch.setattr(sys, "argv", ["debate", *args])
        capsys.readouterr()
        with pytest.raises(SystemExit) as exited:
            main()
        out, err = capsys.readouterr()
        code = exited.value.code
        status = 0 if code is None else code if isinstance(code, int) else 1  # as the interpreter maps it
        return subprocess.CompletedProcess(["debate", *args], status, out, err)

    return run


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
