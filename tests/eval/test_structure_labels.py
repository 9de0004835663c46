"""The hand labels of debate structure (eval/commitments/, eval/motions/) stay true to the corpus:
every item resolves to exactly one turn of its speaker and every quote is verbatim in it. Each
folder's own checker does the work; a parser change that moves or merges turns fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.integration  # each folder's checker runs as the script it is
@pytest.mark.parametrize("folder", ["commitments", "motions"])
def test_structure_labels_resolve_against_the_parsed_corpus(folder: str) -> None:
    done = subprocess.run([sys.executable, str(REPO / "eval" / folder / "check.py")], cwd=REPO,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.rstrip().splitlines()[-1] == "PROBLEMS: 0", done.stdout[-2000:]
    assert len(list((REPO / "eval" / folder).glob("*.jsonl"))) >= 4
