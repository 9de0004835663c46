"""Fixtures shared by the ingest tests: a fresh index directory and a folder of two small verslag
files (built in code, so a test may change them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from samples import make_verslag

from ingest.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(index_dir=tmp_path / "index")


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fietsen.txt").write_text(make_verslag(), encoding="utf-8")
    (folder / "scooters.txt").write_text(make_verslag("Scooters krijgen een kenteken.", "scooterdiefstal", 6), encoding="utf-8")
    return folder
