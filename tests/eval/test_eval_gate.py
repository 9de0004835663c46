"""CI's quality gate: the fast subset of the golden sets, on the real assistant over the whole
sample corpus, passes the committed baseline (eval/baseline.json); a deliberately degraded
configuration fails it. Slow: it needs the embedding model and the corpus index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eval.cli as cli

pytestmark = pytest.mark.slow


@pytest.fixture
def run_eval_cli(corpus_index, corpus_assistant, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """`debate eval --subset fast` on the session's assistant (no second model load)."""
    monkeypatch.setattr(cli, "open_assistant", lambda settings: corpus_assistant)

    def run(*args: str) -> tuple[int, dict]:
        result = CliRunner().invoke(
            cli.eval_app,
            ["--subset", "fast", "--index", str(corpus_index.index_dir), "--report", str(tmp_path / "report"), "--json", *args],
        )
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, json.loads(result.stdout[result.stdout.index("{"):])

    return run


def test_fast_subset_passes_the_committed_baseline(run_eval_cli) -> None:
    code, result = run_eval_cli()
    gate = result["gate"]
    assert code == 0, gate["verdict"] + "\n" + "\n".join(gate["flips"])
    assert gate["verdict"].startswith("PASS")
    assert 35 <= result["questions"] <= 45
    assert result["metrics"]["quotes.fidelity"] == 1.0
    assert result["judge"]["status"] == "skipped"


def test_random_ranking_fails_the_gate_and_names_the_metric(run_eval_cli) -> None:
    code, result = run_eval_cli("--degrade", "random-ranking")
    assert code == 1
    assert "retrieval.hit@5" in result["gate"]["verdict"]
    assert result["gate"]["flips"], "the questions that broke are named"
