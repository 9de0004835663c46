"""Shared fixtures. Tests never see the machine: no DEBATE_* or OPENAI_* from the caller's
environment, no model hub, HOME-like state under tmp_path."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import coverage
import pytest
from coverage_pauses import in_ingest_layer, paused, untraced_third_party_imports
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


@pytest.hookimpl(hookwrapper=True)
def pytest_sessionstart(session: pytest.Session) -> Iterator[None]:
    """After pytest-cov has started coverage (in each xdist worker it does so here): pause it in
    the xdist controller, which runs no test, and everywhere else for third-party imports
    (`coverage_pauses`)."""
    yield
    if coverage.Coverage.current() is None:
        return
    if session.config.pluginmanager.has_plugin("dsession") and not hasattr(session.config, "workerinput"):
        coverage.Coverage.current().stop()
    else:
        imports = contextlib.ExitStack()
        imports.enter_context(untraced_third_party_imports())
        session.config.add_cleanup(imports.close)


# The fast test files that import gradio and llama-index (5.3 s and 2.5 s on their own, with
# chromadb and the openai client behind them). Under `--dist loadfile` they are one unit of work
# for one xdist worker, so those imports are paid once instead of once per worker; every other file
# stays a unit of its own, so a module fixture is still built once. Measured on 2 cores
# (`make test-fast`, 2,441 tests): pytest 51-55 s when each of these files was its own unit, 47-51 s
# with them together. xdist's `--dist loadgroup` with one group per file did the same grouping but
# took 64-66 s (110-115 s of CPU in all, against 89-93 s). `_split_scope` is how xdist 3.8's
# LoadFileScheduling names a unit (pinned in constraints.txt).
SHARED_IMPORT_FILES = frozenset({
    "tests/app/test_live_first_run.py",
    "tests/assistant/test_llamaindex.py",
    "tests/assistant/test_llm_backends.py",
    "tests/assistant/test_llm_injection.py",
    "tests/hostile/test_http_requests.py",
})


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class SharedImportScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = super()._split_scope(nodeid)
            return "gradio-and-llama-index" if path in SHARED_IMPORT_FILES else path

    return SharedImportScheduling(config, log)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """The ingest layer's tests run with coverage paused (`coverage_pauses.INGEST_LAYER_TESTS`)."""
    with paused() if in_ingest_layer(item.path, TESTS) else contextlib.nullcontext():
        yield


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
