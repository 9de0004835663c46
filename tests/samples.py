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
PARLAMINT_METADATA = sorted(CORPUS.rglob("ParlaMint-*-list*.xml"))
"""ParlaMint corpus metadata shipped beside its sittings (a listPerson, a listOrg): no speech."""
SPEECH_SAMPLES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".xml")
                        and p != CASCO_SAMPLE and p not in PARLAMINT_METADATA)
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


def make_pdf(pages: list[list[str]], page_extra: bytes = b"", mediabox: bytes | None = b"[0 0 595 842]",
        pages_extra: bytes = b"") -> bytes:
    """A minimal PDF, one page per list of lines (Helvetica, WinAnsi). ``mediabox=None`` leaves the
    page's /MediaBox out; ``page_extra`` is added to every /Page dict, ``pages_extra`` to /Pages."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    box = b"" if mediabox is None else b"/MediaBox " + mediabox
    for number, lines in enumerate(pages):
        page_id, content_id = 4 + 2 * number, 5 + 2 * number
        shown = []
        for line in lines:
            raw = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
            shown.append(b"(" + raw.replace(b")", b"\\)") + b") Tj T*")
        stream = b"\n".join([b"BT /F1 9 Tf 11 TL 50 800 Td", *shown, b"ET"])
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R %s %s /Resources << /Font << /F1 3 0 R >> >> "
                            b"/Contents %d 0 R >>" % (box, page_extra, content_id))
        kids.append(b"%d 0 R" % page_id)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d %s >>" % (b" ".join(kids), len(kids), pages_extra)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number in sorted(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


HON_FRIEND_TURN = (
    "I thank my hon. Friend for her question. My hon. Friend will be aware, small businesses are the "
    "backbone of our economy, and Mr. Speaker, the Government have cut business rates for them. "
    "The right hon. Gentleman opposite voted against that relief. We will publish the review of "
    "business rates in the spring, and I will write to St. Helens council about it."
)
"""An English Commons turn whose sentences continue after "hon.", "Mr." and "St." (issue 12)."""


def make_english_transcript(chancellor_says: str = HON_FRIEND_TURN) -> Any:
    """A tiny English (ParlaMint-GB style) sitting: the Speaker, a member, the Chancellor of the
    Exchequer, built as parsed turns (no TEI file needed)."""
    from ingest.models import Transcript, Turn

    doc = "ParlaMint-GB_2019-02-18-commons"
    turns = (
        Turn(id=f"{doc}:t0000", index=0, speaker="John Bercow", text="Order. Questions to the Chancellor of the Exchequer.",
             role="chair", function="Speaker", is_chair=True),
        Turn(id=f"{doc}:t0001", index=1, speaker="Anneliese Dodds", party="Labour",
             text="Will the Chancellor tell the House what he is doing for small businesses on the high street?",
             role="member"),
        Turn(id=f"{doc}:t0002", index=2, speaker="Philip Hammond", party="Conservative", text=chancellor_says,
             role="minister", function="Chancellor of the Exchequer"),
    )
    return Transcript(id=doc, title="House of Commons, Treasury questions", date="2019-02-18",
                      source_format="parlamint", source_path=f"{doc}.xml", turns=turns,
                      chamber="House of Commons", language="en")


def catalog_only_index(root: Path, transcript: Any) -> Path:
    """An index directory holding only the catalog of ``transcript``: all that the structure commands
    (`debate motions`, `debate commitments`) read, with no vectors and no model."""
    from ingest.catalog import MANIFEST_VERSION, IndexLayout, save_manifest, save_transcript

    save_transcript(IndexLayout(root), transcript)
    save_manifest(IndexLayout(root), {"version": MANIFEST_VERSION, "embed_model": None, "documents": {
        transcript.id: {"complete": True, "title": transcript.title, "date": transcript.date}}})
    return root
