"""Paths of the shipped sample corpus and small transcript builders, shared by every test
module (a plain module, not conftest, so that nested conftest files cannot shadow it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
VERSLAG_SAMPLE = CORPUS / "verslag" / "tk-28638-157-ao-mensenhandel-2017-02-16.txt"
VLOS_DIR = CORPUS / "vlos"
TEI_DIR = CORPUS / "parlamint"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
CASCO_SAMPLE = VLOS_DIR / "sample_vlos_be33e3cf-31ba-42ad-803b-a7d6404d3b0c_b5130467-a6c2-4f83-99c3-65ec778e5a24.xml"
SPEECH_SAMPLES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".xml") and p != CASCO_SAMPLE)
"""Every shipped transcript that holds speech (all but the Casco skeleton report)."""


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


XML_TURN_FIELDS = ("speaker", "party", "role", "is_chair", "is_interruption")


def golden_rows(transcript: Any, fields: tuple[str, ...]) -> list[dict[str, object]]:
    """Per turn: its index, the named attribution ``fields`` and its first eight words."""
    return [
        {"index": t.index, **{name: getattr(t, name) for name in fields}, "opening": " ".join(t.text.split()[:8])}
        for t in transcript.turns
    ]


def check_golden(golden: Path, rows: list[dict[str, object]], regen: bool) -> None:
    """Compare with the golden file, one turn per line so a parser change is a readable diff;
    ``regen`` (pytest --regen-golden) rewrites it instead, for review."""
    if regen:
        lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
        golden.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    assert golden.exists(), f"{golden.name} missing: run pytest --regen-golden and review the diff"
    assert json.loads(golden.read_text(encoding="utf-8")) == rows
