"""The ``bench`` extra (matplotlib, llama-index's HuggingFace embeddings and Chroma vector store)
is optional: without it the eval report is written whole but for its charts, and saying why, and
the naive llama-index baseline of `debate bench` fails with an error naming the extra. A package
is made missing the way Python sees an uninstalled one: ``sys.modules[name] = None``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from eval_fakes import FakeAssistant

from eval.golden_set import load_questions
from eval.naive_pipeline import open_naive_index
from eval.report import NO_CHARTS, write_report
from eval.runner import run_eval
from ingest.errors import ConfigError


def test_the_eval_report_is_written_with_its_charts_when_matplotlib_is_there(
        fake_assistant: FakeAssistant, question_file: Path, tmp_path: Path) -> None:
    written = write_report(run_eval(fake_assistant, load_questions(question_file)), tmp_path / "report")
    assert {p.name for p in written} >= {"history.png", "tags.png", "report.md"}
    assert NO_CHARTS not in (tmp_path / "report" / "report.md").read_text(encoding="utf-8")


def test_without_matplotlib_the_eval_report_is_written_without_charts_and_says_which_extra(
        fake_assistant: FakeAssistant, question_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    written = write_report(run_eval(fake_assistant, load_questions(question_file)), tmp_path / "report")
    assert not [p for p in written if p.suffix == ".png"]
    text = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert "[bench]" in text and "## Failing questions" in text
    assert (tmp_path / "report" / "report.html").exists() and (tmp_path / "report" / "result.json").exists()


@pytest.mark.parametrize("module", ["llama_index.embeddings.huggingface", "llama_index.vector_stores.chroma"])
def test_the_naive_baseline_without_the_bench_extra_is_an_error_naming_it(
        module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ConfigError, match=rf"{module}.*bench extra"):
        open_naive_index([], str(tmp_path / "model"), "m", tmp_path / "cache")
