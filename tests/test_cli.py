"""The `debate` command's surface: fast help, parse without heavy imports, clean errors. What
parsing imports needs a fresh interpreter; the rest runs the entry point in-process (`debate_cli`)."""

import json
import subprocess
import sys

import pytest
from samples import VERSLAG_SAMPLE

HEAVY = ("torch", "chromadb", "gradio", "llama_index", "sentence_transformers", "transformers")


def test_help_lists_every_subcommand(debate_cli) -> None:
    result = debate_cli("--help")
    assert result.returncode == 0
    for command in ("ingest", "parse", "docs", "ask", "chat", "serve", "eval", "bench"):
        assert command in result.stdout


@pytest.mark.integration  # a fresh interpreter
def test_parse_loads_no_heavy_library() -> None:
    code = (
        f"import sys, runpy; sys.argv=['debate','parse',{str(VERSLAG_SAMPLE)!r},'--json'];\n"
        "try:\n    runpy.run_module('debate.cli', run_name='__main__')\n"
        "except SystemExit: pass\n"
        f"print('HEAVY=' + ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert json.loads(result.stdout)["transcript"]["id"] == "kst-28638-157"
    assert "HEAVY=\n" in result.stderr + "\n" and "HEAVY=," not in result.stderr
    assert result.stderr.strip().endswith("HEAVY=")


def test_a_missing_file_is_an_error_naming_it_not_a_traceback(tmp_path, debate_cli) -> None:
    result = debate_cli("parse", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_option_is_a_usage_error_with_exit_code_2(debate_cli) -> None:
    result = debate_cli("parse", "--no-such-option")
    assert result.returncode == 2


def test_asking_an_index_that_does_not_exist_says_how_to_create_it(tmp_path, debate_cli) -> None:
    result = debate_cli("ask", "Wat zei de minister?", "--index", str(tmp_path / "empty"))
    assert result.returncode == 1
    assert "debate ingest" in result.stderr
