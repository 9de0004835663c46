"""Shared fixtures. Tests never see the machine: no DEBATE_* or OPENAI_* from the caller's
environment, no model hub, HOME-like state under tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
VERSLAG_SAMPLE = CORPUS / "verslag" / "tk-28638-157-ao-mensenhandel-2017-02-16.txt"
VLOS_DIR = CORPUS / "vlos"
TEI_DIR = CORPUS / "parlamint"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
CASCO_SAMPLE = VLOS_DIR / "sample_vlos_be33e3cf-31ba-42ad-803b-a7d6404d3b0c_b5130467-a6c2-4f83-99c3-65ec778e5a24.xml"
SPEECH_SAMPLES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".xml") and p != CASCO_SAMPLE)
"""Every shipped transcript that holds speech (all but the Casco skeleton report)."""

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


@pytest.fixture(scope="session")
def embedder():
    """The real bundled e5 model, loaded once for the whole run."""
    from ingest.embedder import load_embedder

    return load_embedder(None)


def make_verslag(minister_says: str = "Ik investeer twaalf miljoen euro in fietsenstallingen met camera's.",
                 topic: str = "fietsendiefstal", day: int = 5) -> str:
    """A minimal verslag-format transcript: chair, one member, one minister."""
    return f"""De vaste commissie voor Justitie en Veiligheid heeft op {day} maart 2024 
overleg gevoerd met de heer Jansen, Minister van Justitie en Veiligheid, 
over de aanpak van {topic}. 

Voorzitter: De Vries 
Griffier: Pietersen 

Aanwezig zijn twee leden der Kamer, te weten: De Vries en Bakker, 

en de heer Jansen, Minister van Justitie en Veiligheid. 

Aanvang 10.00 uur. 

De voorzitter: 
Welkom bij dit overleg over {topic}. Ik geef het woord aan mevrouw Bakker. 

Mevrouw Bakker (GL): 
Voorzitter. Wat gaat de minister doen aan {topic}? Dat wil ik graag weten. 

Minister Jansen: 
{minister_says} 

Sluiting 10.30 uur. 
"""


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, embedder):
    """The whole sample corpus, ingested once per test run with the real model into a real
    embedded Chroma. Read-only for tests: copy it (`shutil.copytree`) before writing."""
    from ingest.indexing import ingest_paths
    from ingest.settings import Settings

    settings = Settings(index_dir=tmp_path_factory.mktemp("corpus-index") / "index")
    summary = ingest_paths([CORPUS], settings, embedder=embedder)
    assert not summary.failed, summary.failed
    return settings


@pytest.fixture(scope="session")
def corpus_assistant(corpus_index, embedder):
    """An `Assistant` over the whole sample corpus (extractive, no LLM)."""
    from assistant.service import Assistant

    return Assistant.open(corpus_index, embedder=embedder)
