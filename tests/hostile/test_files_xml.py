"""Hostile VLOS and TEI files: XXE, entity expansion, deep nesting, huge attributes and text,
missing fields, malformed and truncated XML. Each case states its exact outcome."""

from __future__ import annotations

import pytest
from hostile_files import tei, tei_u, vlos, vlos_turn

from ingest.chunking import chunk_transcript
from ingest.detect import parse_file
from ingest.errors import EmptyTranscriptError, NotASittingError, TranscriptParseError

SECRET = "top-secret-contents-of-a-local-file"
ENTITIES_REFUSED = "XML declares entities (<!ENTITY>): refused"


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


# --- entities ------------------------------------------------------------------------------------


@pytest.mark.parametrize("build", [vlos, tei], ids=["vlos", "tei"])
def test_an_external_file_entity_is_refused_and_never_read(write, fails_with, secret_file, build) -> None:
    prolog = f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret_file}">]>\n'
    doc = build(prolog=prolog).replace("Voorzitter,", "Voorzitter, &xxe;")
    error = fails_with(write("xxe.xml", doc), TranscriptParseError, ENTITIES_REFUSED)
    assert SECRET not in str(error)


def test_a_parameter_entity_pulling_in_a_local_file_is_refused(write, fails_with, secret_file) -> None:
    prolog = f'<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{secret_file}"> %p;]>\n'
    fails_with(write("param.xml", vlos(prolog=prolog)), TranscriptParseError, ENTITIES_REFUSED)


def test_a_network_entity_is_refused(write, fails_with) -> None:
    prolog = '<!DOCTYPE r [<!ENTITY net SYSTEM "http://127.0.0.1:9/steal">]>\n'
    doc = vlos(prolog=prolog).replace("Voorzitter,", "&net;")
    fails_with(write("net.xml", doc), TranscriptParseError, ENTITIES_REFUSED)


def test_billion_laughs_is_refused(write, fails_with) -> None:
    decls = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doc = vlos(prolog=f"<!DOCTYPE r [{decls}]>\n").replace("Voorzitter,", "&lol9;")
    fails_with(write("laughs.xml", doc), TranscriptParseError, ENTITIES_REFUSED)


def test_quadratic_blowup_of_one_large_entity_is_refused(write, fails_with) -> None:
    prolog = f'<!DOCTYPE r [<!ENTITY big "{"x" * 50_000}">]>\n'
    doc = vlos(prolog=prolog).replace("Voorzitter,", "&big;" * 5_000)
    fails_with(write("blowup.xml", doc), TranscriptParseError, ENTITIES_REFUSED)


def test_entity_declarations_in_utf16_xml_are_refused_too(write, fails_with) -> None:
    doc = vlos(prolog='<!DOCTYPE r [<!ENTITY e "x">]>\n').replace('encoding="UTF-8"', 'encoding="UTF-16"')
    fails_with(write("wide-entities.xml", doc.encode("utf-16")), TranscriptParseError, ENTITIES_REFUSED)


def test_an_undeclared_entity_reference_is_malformed_xml(write, fails_with) -> None:
    doc = vlos().replace("Voorzitter,", "&nowhere;")
    fails_with(write("undeclared.xml", doc), TranscriptParseError, "malformed XML: Entity 'nowhere' not defined")


def test_a_doctype_naming_an_external_dtd_is_read_without_loading_it(write) -> None:
    doc = vlos(prolog='<!DOCTYPE vlosCoreDocument SYSTEM "file:///nonexistent/evil.dtd">\n')
    transcript = parse_file(write("dtd.xml", doc))
    assert [t.speaker for t in transcript.turns] == ["Van Nispen"]


# --- libxml2 limits ------------------------------------------------------------------------------


def test_nesting_deeper_than_256_elements_is_refused(write, fails_with) -> None:
    deep = "<alinea>" * 10_000 + "</alinea>" * 10_000
    doc = vlos(turns=vlos_turn().replace("<alinea>", f"<alinea>{deep}", 1))
    error = fails_with(write("deep.xml", doc), TranscriptParseError, "XML nested deeper than 256 elements: refused")
    assert "XML_PARSE_HUGE" not in str(error)


def test_an_attribute_over_10_mb_is_refused(write, fails_with) -> None:
    fails_with(write("attr.xml", vlos(objectid="x" * (11 * 1024 * 1024))), TranscriptParseError,
               "an XML text or attribute over 10 MB: refused")


def test_a_text_node_over_10_mb_is_refused(write, fails_with) -> None:
    fails_with(write("text.xml", vlos(turns=vlos_turn(speech="woord " * 2_000_000))), TranscriptParseError,
               "over 10 MB: refused")


def test_a_5_mb_objectid_is_neutralised_into_a_bounded_id(write) -> None:
    transcript = parse_file(write("big-id.xml", vlos(objectid="a" * 5_000_000)))
    assert transcript.id.startswith("vlos-aaaa") and len(transcript.id) == 120


# --- malformed and truncated ---------------------------------------------------------------------


def test_an_unclosed_element_is_malformed_xml_with_its_line(write, fails_with) -> None:
    doc = vlos().replace("</titel>", "", 1)
    error = fails_with(write("unclosed.xml", doc), TranscriptParseError, "malformed XML")
    assert error.line is not None


@pytest.mark.parametrize("build", [vlos, tei], ids=["vlos", "tei"])
@pytest.mark.parametrize("fraction", [0.3, 0.9])
def test_a_truncated_file_is_malformed_xml(write, fails_with, build, fraction) -> None:
    data = build().encode()
    fails_with(write("cut.xml", data[: int(len(data) * fraction)]), TranscriptParseError, "malformed XML")


def test_two_root_elements_are_malformed_xml(write, fails_with) -> None:
    fails_with(write("tworoots.xml", vlos() + "<extra/>"), TranscriptParseError, "malformed XML")


def test_an_invalid_control_character_is_malformed_xml(write, fails_with) -> None:
    fails_with(write("ctrl.xml", vlos().replace("Voorzitter,", "Voorzitter\x01")), TranscriptParseError,
               "malformed XML")


# --- VLOS: missing and wrong fields --------------------------------------------------------------


def test_vlos_without_vergadering_fails(write, fails_with) -> None:
    doc = '<vlosCoreDocument xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"><x/></vlosCoreDocument>'
    fails_with(write("novergadering.xml", doc), TranscriptParseError, "VLOS document without <vergadering>")


@pytest.mark.parametrize("objectid", [None, "", "   "], ids=["absent", "empty", "blank"])
def test_vlos_without_objectid_fails_instead_of_becoming_vlos_none(write, fails_with, objectid) -> None:
    fails_with(write("noid.xml", vlos(objectid=objectid, title=None)), TranscriptParseError,
               "VLOS <vergadering> has no objectid, so the debate cannot be identified")


def test_vlos_without_objectid_but_with_a_title_still_fails(write, fails_with) -> None:
    fails_with(write("titled.xml", vlos(objectid=None, title="Vragenuur")), TranscriptParseError, "no objectid")


@pytest.mark.parametrize("datum", ["onbekend", "2025-13-45T00:00:00", "", "01-07-2025"])
def test_a_vlos_datum_that_is_not_a_date_fails_in_the_parser(write, fails_with, datum) -> None:
    path = write("datum.xml", vlos(datum=datum))
    if datum == "":  # an empty element is an absent date
        transcript = parse_file(path)
        assert transcript.date is None
        return
    error = fails_with(path, TranscriptParseError, f"<datum> {datum!r} is not a date (expected YYYY-MM-DD")
    assert error.line == 3


def test_vlos_without_datum_has_no_date_and_still_chunks(write) -> None:
    transcript = parse_file(write("nodate.xml", vlos(datum=None)))
    assert transcript.date is None
    assert [c.metadata.date_int for c in chunk_transcript(transcript)] == [0]


def test_a_vlos_turn_without_spreker_is_skipped_with_a_warning(write) -> None:
    doc = vlos(turns=vlos_turn(spreker=False) + vlos_turn(speech="Tweede bijdrage."))
    transcript = parse_file(write("nospreker.xml", doc))
    assert [t.text for t in transcript.turns] == ["Tweede bijdrage."]
    assert any("speech without a named <spreker> was skipped" in w for w in transcript.warnings)


def test_vlos_without_any_speech_is_an_empty_transcript(write, fails_with) -> None:
    fails_with(write("nospeech.xml", vlos(turns="")), EmptyTranscriptError, "VLOS report without speech text")


def test_a_casco_vlos_report_is_an_empty_transcript_reported_as_a_warning(write, fails_with) -> None:
    error = fails_with(write("casco.xml", vlos(turns="", status="Casco")), EmptyTranscriptError, "Casco report")
    assert error.warning_only


def test_a_vlos_header_with_many_unterminated_names_is_read_in_linear_time(write) -> None:
    header = ("<tekst><alinea><alineaitem>Aanwezig zijn leden, te weten: "
              + "en de heer Jansen " * 100_000 + "</alineaitem></alinea></tekst>")
    transcript = parse_file(write("names.xml", vlos(header=header)))
    assert transcript.participants == () and len(transcript.turns) == 1  # no comma ends a name


# --- TEI: missing and odd fields -----------------------------------------------------------------


def test_a_tei_corpus_root_is_not_a_single_transcript(write, fails_with) -> None:
    fails_with(write("corpus.xml", tei(root="teiCorpus")), NotASittingError, "ParlaMint corpus root (<teiCorpus>)")


def test_tei_without_utterances_is_an_empty_transcript(write, fails_with) -> None:
    fails_with(write("nou.xml", tei(body="<note>Alleen een notitie.</note>")), EmptyTranscriptError,
               "TEI document without speech (<u>)")


def test_a_huge_tei_speaker_label_is_not_read_and_the_speaker_comes_from_who(write) -> None:
    transcript = parse_file(write("label.xml", tei(body=tei_u(label="De heer " + "A" * 100_000))))
    assert transcript.turns[0].speaker == "Mahir Alkaya"
    warning = next(w for w in transcript.warnings if "not understood" in w)
    assert len(warning) < 200


def test_many_untyped_notes_in_one_division_are_read_in_linear_time(write) -> None:
    body = "<note>Notitie.</note>" * 20_000 + tei_u()
    transcript = parse_file(write("notes.xml", tei(body=body)))
    assert len(transcript.turns) == 1 and len(transcript.events) == 20_000
