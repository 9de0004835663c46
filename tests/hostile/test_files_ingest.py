"""A folder of hostile files next to good ones, through `ingest.indexing.ingest_paths` with the
deterministic `HashEmbedder` (no model): each bad file fails alone with its reason, the good ones
are indexed and searchable, and a document indexed before is untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from doubles import HashEmbedder
from hostile_files import PDF_PAGE, pdf, tei, tei_u, verslag, vlos, vlos_turn

from ingest.catalog import IndexLayout, load_manifest
from ingest.indexing import ingest_paths
from ingest.lexical import LexicalIndex
from ingest.settings import Settings
from ingest.store import ChunkStore

GOOD_VLOS = vlos(objectid="goed-1", turns=vlos_turn(speech="Wij willen meer zonnepanelen op daken."))
GOOD_TEI = tei(xml_id="ParlaMint-NL_2099-02-02-tweedekamer-9",
               body=tei_u(text="De windmolens op zee leveren stroom."))

# file name -> (content, phrase its failure message must hold)
HOSTILE: dict[str, tuple[bytes | str, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n", "file holds only whitespace"),
    "late-nul.txt": (verslag().encode() + b"\n" * 5000 + b"\x00", "binary file (NUL byte at offset"),
    "utf16-no-bom.txt": (verslag().encode("utf-16-le"), "needs a byte order mark"),
    "random.pdf": (bytes(range(256)) * 8, "binary file"),
    "prose.txt": ("Een verhaal zonder sprekers.\n", "no speaker turns found"),
    "xxe.xml": (vlos(prolog='<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'), "declares entities"),
    "laughs.xml": (vlos(prolog='<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'),
                   "declares entities"),
    "deep.xml": (vlos(header="<x>" * 1000 + "</x>" * 1000), "XML nested deeper than 256 elements"),
    "truncated.xml": (GOOD_VLOS[: len(GOOD_VLOS) // 2], "malformed XML"),
    "no-objectid.xml": (vlos(objectid=None, title=None), "has no objectid"),
    "no-objectid-2.xml": (vlos(objectid=None, title=None, turns=vlos_turn(speech="Anders.")), "has no objectid"),
    "datum.xml": (vlos(objectid="d1", datum="onbekend"), "<datum> 'onbekend' is not a date"),
    "mediabox.pdf": (pdf([PDF_PAGE], mediabox=b"[0 0 595]"), "page 1: /MediaBox [0, 0, 595] is not four numbers"),
    "mediabox-string.pdf": (pdf([PDF_PAGE], mediabox=b"(ab)"), "/MediaBox b'ab' is not four numbers"),
    "rotate.pdf": (pdf([PDF_PAGE], page_extra=b"/Rotate /Foo"), "/Rotate /'Foo' is not a number"),
    "garbage.pdf": (b"%PDF-1.4\n" + bytes(range(1, 256)) * 4, "not a readable PDF"),
    "corpus.xml": (tei(root="teiCorpus"), "ParlaMint corpus root that XIncludes no sitting"),
    "huge.txt": (verslag() + "woord " * 20_000, "file too large"),
    "no-speech.xml": (vlos(objectid="leeg", turns=""), "VLOS report without speech text"),
}


def _doc_rows(settings: Settings, doc_id: str) -> dict[str, str]:
    store = ChunkStore.open(settings.index_dir, settings.chroma_url, settings.collection)
    return {chunk.id: chunk.text for chunk, _ in store.iter_all() if chunk.metadata["doc_id"] == doc_id}


def _lexical_hits(settings: Settings, word: str) -> set[str]:
    lexical = LexicalIndex.load(IndexLayout(settings.index_dir).lexical)
    return {lexical.table.metadatas[row]["doc_id"] for row, _ in lexical.search(word, 5)}


@pytest.fixture
def indexed_before(tmp_path: Path) -> tuple[Settings, str]:
    """An index holding one verslag, ingested before the hostile folder arrives."""
    settings = Settings(index_dir=tmp_path / "index", max_file_mb=0.1)
    old = tmp_path / "before" / "parkeren.txt"
    old.parent.mkdir()
    old.write_text(verslag("Betaald parkeren wordt duurder in de binnenstad.", "parkeerbeleid", 3))
    summary = ingest_paths([old], settings, embedder=HashEmbedder())
    assert [f.status for f in summary.files] == ["added"]
    return settings, summary.files[0].doc_id


def test_a_folder_of_hostile_files_fails_file_by_file_and_the_good_ones_are_indexed(
        tmp_path, indexed_before) -> None:
    settings, old_id = indexed_before
    old_entry = load_manifest(IndexLayout(settings.index_dir))["documents"][old_id]
    old_rows = _doc_rows(settings, old_id)
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (content, _) in HOSTILE.items():
        (folder / name).write_bytes(content.encode() if isinstance(content, str) else content)
    (folder / "goed.xml").write_text(GOOD_VLOS)
    (folder / "goed-tei.xml").write_text(GOOD_TEI)
    (folder / "claims-old-id.xml").write_text(tei(xml_id=old_id, body=tei_u(text="Een nepdebat over dijken.")))
    (folder / "long-id.xml").write_text(vlos(objectid="o" * 300, turns=vlos_turn(speech="Lange naam, kort debat.")))
    (folder / "casco.xml").write_text(vlos(objectid="casco", turns="", status="Casco"))
    (folder / "LEESMIJ.md").write_text("geen transcript")

    summary = ingest_paths([folder], settings, embedder=HashEmbedder())

    by_name = {Path(f.path).name: f for f in summary.files}
    for name, (_, phrase) in HOSTILE.items():
        result = by_name[name]
        assert result.status == "failed", (name, result)
        assert str(folder / name) in result.message and phrase in result.message, (name, result.message)
    assert by_name["casco.xml"].status == "warning"
    assert by_name["LEESMIJ.md"].status == "skipped"
    assert {name: by_name[name].doc_id for name in ("goed.xml", "goed-tei.xml", "claims-old-id.xml")} == {
        "goed.xml": "vlos-goed-1",
        "goed-tei.xml": "ParlaMint-NL_2099-02-02-tweedekamer-9",
        "claims-old-id.xml": f"tei-{old_id}",
    }
    added = {name for name, f in by_name.items() if f.status == "added"}
    assert added == {"goed.xml", "goed-tei.xml", "claims-old-id.xml", "long-id.xml"}
    assert len(by_name["long-id.xml"].doc_id) == 120
    assert _lexical_hits(settings, "zonnepanelen") == {"vlos-goed-1"}
    assert _lexical_hits(settings, "windmolens") == {"ParlaMint-NL_2099-02-02-tweedekamer-9"}
    assert _lexical_hits(settings, "parkeren") == {old_id}
    assert load_manifest(IndexLayout(settings.index_dir))["documents"][old_id] == old_entry
    assert _doc_rows(settings, old_id) == old_rows


def test_a_file_claiming_the_id_of_a_document_from_another_file_is_refused(tmp_path, indexed_before) -> None:
    settings, _ = indexed_before
    first = tmp_path / "a" / "debat.xml"
    first.parent.mkdir()
    first.write_text(vlos(objectid="zelfde", turns=vlos_turn(speech="Het echte debat.")))
    ingest_paths([first], settings, embedder=HashEmbedder())
    rows = _doc_rows(settings, "vlos-zelfde")
    impostor = tmp_path / "b" / "ander.xml"
    impostor.parent.mkdir()
    impostor.write_text(vlos(objectid="zelfde", turns=vlos_turn(speech="Een vervalst debat.")))
    summary = ingest_paths([impostor], settings, embedder=HashEmbedder())
    assert [(f.status, str(impostor) in (f.message or "")) for f in summary.files] == [("failed", True)]
    assert _doc_rows(settings, "vlos-zelfde") == rows
