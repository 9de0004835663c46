"""Document ids from hostile files: no file of one format can claim another format's id, no two
id-less files share one, no id carries a server path, and every id is short and safe."""

from __future__ import annotations

import re

import pytest
from hostile_files import tei, verslag, vlos

from ingest.catalog import IndexLayout
from ingest.detect import parse_file
from ingest.doc_ids import MAX_ID_CHARS

SAFE_ID = re.compile(rf"[A-Za-z0-9._-]{{1,{MAX_ID_CHARS}}}")


@pytest.mark.parametrize("claimed", ["vlos-m1", "kst-28638-157", "verslag-0123456789abcdef"])
def test_a_tei_file_cannot_claim_another_formats_id(write, claimed) -> None:
    transcript = parse_file(write("claim.xml", tei(xml_id=claimed)))
    assert transcript.id == f"tei-{claimed}"


def test_a_tei_file_cannot_replace_a_vlos_document_with_its_objectid(write) -> None:
    real = parse_file(write("real.xml", vlos(objectid="3f2a")))
    fake = parse_file(write("fake.xml", tei(xml_id=real.id)))
    assert real.id == "vlos-3f2a" and fake.id == "tei-vlos-3f2a"


def test_a_parlamint_id_is_kept_as_it_is(write) -> None:
    assert parse_file(write("p.xml", tei(xml_id="ParlaMint-NL_2099-01-01-tweedekamer-1"))).id == (
        "ParlaMint-NL_2099-01-01-tweedekamer-1"
    )


def test_a_tei_file_without_xml_id_is_named_by_its_file_stem_not_its_path(write) -> None:
    path = write("debat-7.xml", tei(xml_id=None))
    transcript = parse_file(path)
    assert transcript.id == "tei-debat-7"
    assert str(path.parent) not in transcript.id and "/" not in transcript.id


def test_a_tei_file_without_xml_id_and_an_odd_name_gets_a_safe_distinct_id(write) -> None:
    first = parse_file(write("mijn debat (1).xml", tei(xml_id=None))).id
    second = parse_file(write("mijn debat [1].xml", tei(xml_id=None))).id
    assert first.startswith("tei-mijn_debat__1_-") and SAFE_ID.fullmatch(first)
    assert first != second


def test_two_id_less_tei_files_with_different_names_get_different_ids(write) -> None:
    assert parse_file(write("a.xml", tei(xml_id=None))).id != parse_file(write("b.xml", tei(xml_id=None))).id


@pytest.mark.parametrize("raw", ["x" * 300, "../../etc/passwd", "a:b:t0001", "één twee", "a/b\\c", "\u202eevil"],
                         ids=["300-chars", "traversal", "colons", "non-ascii", "slashes", "bidi-override"])
def test_hostile_vlos_objectids_become_safe_bounded_ids(write, raw) -> None:
    transcript = parse_file(write("odd.xml", vlos(objectid=raw)))
    assert transcript.id.startswith("vlos-") and SAFE_ID.fullmatch(transcript.id)
    assert all(re.fullmatch(re.escape(transcript.id) + r":t\d{4}", turn.id) for turn in transcript.turns)
    assert IndexLayout(write("x", b"").parent).transcript_file(transcript.id).name == f"{transcript.id}.json"


@pytest.mark.parametrize("raw", ["ParlaMint-" + "y" * 300, "z" * 300, "ParlaMint-NL_één"],
                         ids=["long-parlamint", "long-other", "non-ascii"])
def test_hostile_tei_ids_become_safe_bounded_ids(write, raw) -> None:
    transcript = parse_file(write("odd.xml", tei(xml_id=raw)))
    assert SAFE_ID.fullmatch(transcript.id)
    assert transcript.id.startswith("ParlaMint-" if raw.startswith("ParlaMint-") else "tei-")


def test_an_xml_id_that_is_not_an_xml_name_is_malformed_xml(write, fails_with) -> None:
    from ingest.errors import TranscriptParseError

    fails_with(write("path.xml", tei(xml_id="ParlaMint-NL/../../x")), TranscriptParseError,
               "malformed XML: xml:id : attribute value ParlaMint-NL/../../x is not an NCName")


def test_ids_that_differ_only_in_unsafe_characters_stay_distinct(write) -> None:
    ids = {parse_file(write(f"{n}.xml", vlos(objectid=raw))).id for n, raw in enumerate(["a b", "a_b", "a/b"])}
    assert len(ids) == 3


def test_a_verslag_without_footer_is_named_by_its_content_hash(write) -> None:
    first = parse_file(write("one.txt", verslag())).id
    assert re.fullmatch(r"verslag-[0-9a-f]{16}", first)
    assert parse_file(write("copy.txt", verslag())).id == first
    assert parse_file(write("other.txt", verslag("Iets anders."))).id != first
