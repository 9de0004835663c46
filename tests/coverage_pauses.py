"""Where the fast suite pauses coverage (`make coverage` runs it with ``--cov=assistant``).

Coverage measures assistant/ only, but its C tracer (Python 3.11 has no ``sys.monitoring``) slows
every line Python runs while it is on, measured or not: parsing and chunking the verslag and three
VLOS reports takes 0.89 s CPU untraced and 1.43 s traced; importing gradio 4.5 s and 8.4 s,
llama-index's OpenAI-like LLM 3.4 s and 5.7 s, chromadb 1.1 s and 2.6 s, scikit-learn 1.9 s and
3.3 s (1 December 2026, on the shared 2-core machine). So it is paused where no line of
assistant/ can run, and the figure stays the same (the whole fast suite measured both ways: the
same lines of assistant/ covered):

- the tests of the ingest layer (`INGEST_LAYER_TESTS`), which cannot reach assistant/: the layers
  contract of lint-imports forbids ingest/ to import it;
- the first import of a third-party package (`UNMEASURED_PACKAGES`), which imports nothing of
  this repository;
- the pytest-xdist controller, which runs no test.

A pause stops and restarts the one `coverage.Coverage` that pytest-cov started (13 µs), and only
on the main thread while no thread runs code of assistant/ (`paused`): a restarted tracer does not
trace the frames that were running when it stopped, in any thread, so the rest of such a function
would go unmeasured (a test's own frames and pytest's may: they are not measured).
Without ``--cov`` nothing here does anything.
"""

from __future__ import annotations

import builtins
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import coverage

INGEST_LAYER_TESTS = ("ingest/", "hostile/test_files_")
"""The tests of the ingest layer, as paths under tests/. The coverage contexts of the whole fast
suite (1 December 2026) show they run none of the 3,039 lines of assistant/ that its tests run."""

UNMEASURED_PACKAGES = frozenset({
    "bm25s", "chromadb", "fastapi", "gradio", "gradio_client", "httpx", "llama_index", "lxml",
    "matplotlib", "numpy", "ollama", "openai", "pandas", "pdfminer", "pdfplumber", "pydantic",
    "pypdf", "scipy", "sentence_transformers", "sklearn", "starlette", "Stemmer", "tiktoken",
    "torch", "transformers", "typer", "uvicorn",
})
"""Third-party packages whose first import runs untraced: the heavy ones the tests import."""

MEASURED = str(Path(__file__).resolve().parents[1] / "assistant")
_builtin_import = builtins.__import__


@contextmanager
def paused() -> Iterator[None]:
    """Coverage off for the block, if it is on and no thread runs code of assistant/ (else
    nothing): stopping coverage stops its tracer in every thread, and restarting it traces only
    this thread and those started later, never the frames that were running."""
    measuring = coverage.Coverage.current()
    if measuring is None or threading.current_thread() is not threading.main_thread() or _measured_code_is_running():
        yield
        return
    measuring.stop()
    try:
        yield
    finally:
        measuring.start()


def in_ingest_layer(test_path: Path, tests: Path) -> bool:
    return test_path.is_relative_to(tests) and test_path.relative_to(tests).as_posix().startswith(INGEST_LAYER_TESTS)


def _measured_code_is_running() -> bool:
    """Whether a frame of assistant/ is on the stack of any thread."""
    for frame in sys._current_frames().values():
        while frame is not None:
            if frame.f_code.co_filename.startswith(MEASURED):
                return True
            frame = frame.f_back
    return False


def _import(name: str, globals: Mapping[str, Any] | None = None, locals: Mapping[str, Any] | None = None,
            fromlist: Sequence[str] = (), level: int = 0) -> Any:
    if level == 0 and name not in sys.modules and name.partition(".")[0] in UNMEASURED_PACKAGES:
        with paused():
            return _builtin_import(name, globals, locals, fromlist, level)
    return _builtin_import(name, globals, locals, fromlist, level)


@contextmanager
def untraced_third_party_imports() -> Iterator[None]:
    """For the block, ``import`` statements go through `_import` (one dictionary lookup more when
    the module is already imported)."""
    builtins.__import__ = _import
    try:
        yield
    finally:
        builtins.__import__ = _builtin_import
