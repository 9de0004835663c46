"""`debate eval` as a command: exit codes (0 pass, 1 regression, 2 usage), the report directory,
``--json``, and a cheap import. The assistant is the scripted one from conftest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from eval_fakes import FakeAssistant
from typer.testing import CliRunner

import eval.cli as cli

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch, fake_assistant: FakeAssistant) -> FakeAssistant:
    monkeypatch.setattr(cli, "open_assistant", lambda settings: fake_assistant)
    return fake_assistant


def invoke(*args: str):
    return runner.invoke(cli.eval_app, list(args), env={"COLUMNS": "300"})  # error boxes unwrapped


@pytest.mark.integration  # three fresh interpreters
def test_importing_the_cli_loads_no_heavy_library() -> None:
    # CPU time, best of three: wall time on a busy CI machine measures the neighbours
    code = ("import sys, time; t = time.process_time(); import eval.cli; t = time.process_time() - t; "
            "heavy = [m for m in ('torch', 'chromadb', 'matplotlib', 'numpy', 'assistant.service') if m in sys.modules]; "
            "print(t, heavy)")
    runs = [subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True).stdout
            for _ in range(3)]
    assert all(out.split(" ", 1)[1].strip() == "[]" for out in runs)
    assert min(float(out.split(" ", 1)[0]) for out in runs) < 0.3


@pytest.mark.parametrize(
    "args, message",
    [
        (["--golden", "/nonexistent/golden.jsonl"], "no such path"),
        (["--baseline", "/nonexistent/baseline.json"], "no such baseline file"),
        (["--index", "/nonexistent/index"], "no such index directory"),
        (["--subset", "tiny"], "tiny"),
        (["--top-k", "0"], "greater than or equal to 1"),
        (["--colour"], "No such option"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, scripted: FakeAssistant, tmp_path: Path) -> None:
    empty = tmp_path / "baseline.json"
    empty.write_text('{"metrics": {}, "questions": {}}', encoding="utf-8")
    result = invoke(*(["--baseline", str(empty)] if "--baseline" not in args else []), *args)
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_a_malformed_question_file_is_a_usage_error_naming_the_line(tmp_path: Path, scripted: FakeAssistant) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = invoke("--golden", str(bad), "--update-baseline", "--baseline", str(tmp_path / "b.json"))
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output


def test_run_update_then_regress(tmp_path: Path, question_file: Path, scripted: FakeAssistant) -> None:
    baseline, report = tmp_path / "baseline.json", tmp_path / "report"
    common = ["--golden", str(question_file), "--baseline", str(baseline), "--report", str(report)]
    first = invoke(*common, "--update-baseline")
    assert first.exit_code == 0, first.output
    assert "PASS" in first.output and baseline.exists()
    for name in ("result.json", "report.md", "report.html", "history.png", "tags.png", "reliability.png", "history.jsonl"):
        assert (report / name).stat().st_size > 0, name

    again = invoke(*common, "--json")
    assert again.exit_code == 0
    result = json.loads(again.output[again.output.index("{"):])
    assert result["gate"]["passed"] and result["metrics"]["retrieval.hit@5"] == 1.0
    calibration = result["calibration"]
    assert calibration["questions"] == result["questions"] and 0.0 <= calibration["ece"] <= 1.0
    assert sum(b["n"] for b in calibration["bins"]) == calibration["questions"]

    invoke(*common, "--top-k", "1")
    history = [json.loads(line) for line in (report / "history.jsonl").read_text().splitlines()]
    assert len(history) == 3 and history[-1]["config"]["top_k"] == 1


def test_a_degraded_run_cannot_become_the_baseline(tmp_path: Path, question_file: Path, scripted: FakeAssistant) -> None:
    result = invoke("--golden", str(question_file), "--baseline", str(tmp_path / "b.json"), "--update-baseline",
                    "--degrade", "random-ranking")
    assert result.exit_code == 2 and "degraded run cannot become the baseline" in result.output


def test_generate_writes_drafts_and_refuses_to_overwrite(tmp_path: Path) -> None:
    transcript = REPO / "corpus" / "verslag" / "tk-28638-157-ao-mensenhandel-2017-02-16.txt"
    out = tmp_path / "drafts.jsonl"
    first = invoke("generate", str(transcript), "--out", str(out), "-n", "3")
    assert first.exit_code == 0, first.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 3 and all(d["reviewed"] is False for d in lines)
    assert invoke("generate", str(transcript), "--out", str(out)).exit_code == 2
    assert invoke("generate", "no-such-doc", "--index", str(tmp_path)).exit_code == 2


def test_calibrate_refuses_a_golden_set() -> None:
    result = invoke("calibrate", "--dev", str(REPO / "eval" / "golden" / "verslag.jsonl"))
    assert result.exit_code == 2 and "not on a golden set" in result.output


@pytest.mark.slow
def test_calibrate_fits_on_dev_questions_and_prints_held_out_tables(corpus_index, tmp_path: Path) -> None:
    """End to end on the real index: a slice of the development set from three debates, fitted
    and measured leave-one-debate-out; nothing is written without --write."""
    from eval.golden_set import load_questions

    picked = [q for q in load_questions(REPO / "eval" / "dev" / "dev-a.jsonl") if q.id.startswith(("dev-a-vs-", "dev-a-mivd-", "dev-a-euf-"))][:30]
    lines = [line for line in (REPO / "eval" / "dev" / "dev-a.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["id"] in {q.id for q in picked}]
    dev = tmp_path / "dev.jsonl"
    dev.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shipped = (REPO / "assistant" / "answerability.json").read_text(encoding="utf-8")
    result = invoke("calibrate", "--dev", str(dev), "--index", str(corpus_index.index_dir))
    assert result.exit_code == 0, result.output
    assert "leave-one-debate-out" in result.output and "expected calibration error" in result.output
    assert "kst-28638-157" in result.output and "Not saved" in result.output
    assert (REPO / "assistant" / "answerability.json").read_text(encoding="utf-8") == shipped


@pytest.mark.slow
def test_calibrate_with_a_cache_asks_the_questions_once_and_fits_the_same_model_again(corpus_index, tmp_path: Path) -> None:
    lines = [line for line in (REPO / "eval" / "dev" / "dev-a.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["id"].startswith(("dev-a-vs-", "dev-a-mivd-"))]
    lines = lines[:5] + lines[-5:]  # two debates: leave-one-debate-out needs another to fit on
    dev = tmp_path / "dev.jsonl"
    dev.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ("calibrate", "--dev", str(dev), "--index", str(corpus_index.index_dir), "--cache", str(tmp_path / "cache"))
    first, again = invoke(*args), invoke(*args)
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert "observations stored in" in first.output and "observations read from" in again.output
    assert len(list((tmp_path / "cache").glob("answerability-observations-*.pickle"))) == 1

    def fit(output: str) -> str:
        return output[output.index("answerability model"):]

    assert fit(again.output) == fit(first.output)
