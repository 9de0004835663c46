"""Fixtures of the eval tests: a tiny question file and the scripted assistant (eval_fakes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_fakes import GOOD_SCRIPT, QUESTIONS, FakeAssistant


@pytest.fixture
def question_file(tmp_path: Path) -> Path:
    path = tmp_path / "golden.jsonl"
    path.write_text("".join(json.dumps(q) + "\n" for q in QUESTIONS), encoding="utf-8")
    return path


@pytest.fixture
def fake_assistant() -> FakeAssistant:
    return FakeAssistant(dict(GOOD_SCRIPT))
