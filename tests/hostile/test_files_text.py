"""Hostile verslag text files: encodings, binary content, empty files, line endings, odd paths,
and inputs that were quadratic. Each case states its exact outcome."""

from __future__ import annotations

import os

import pytest
from hostile_files import verslag, vlos

from ingest.chunking import chunk_transcript
from ingest.detect import parse_file
from ingest.errors import (
    EmptyTranscriptError,
    TranscriptError,
    TranscriptParseError,
    UnknownFormatError,
)

MINISTER = "Ik investeer twaalf miljoen euro in fietsenstallingen."


def _speakers(path) -> list[tuple[str, str]]:
    return [(t.speaker, t.text) for t in parse_file(path).turns]


EXPECTED = [
    ("De Vries", "Welkom bij dit overleg over fietsendiefstal. Ik geef het woord aan mevrouw Bakker."),
    ("Bakker", "Voorzitter. Wat gaat de minister doen aan fietsendiefstal? Dat wil ik graag weten."),
    ("Jansen", MINISTER),
]


# --- empty and binary ----------------------------------------------------------------------------


def test_an_empty_file_is_an_empty_transcript(write, fails_with) -> None:
    fails_with(write("empty.txt", b""), EmptyTranscriptError, "empty file")


@pytest.mark.parametrize("content", [b"   \n\t\r\n  ", b"\xef\xbb\xbf \n \n", " \n".encode("utf-16")],
                         ids=["blanks", "bom-and-blanks", "utf16-blanks"])
def test_a_file_of_only_whitespace_is_an_empty_transcript(write, fails_with, content) -> None:
    fails_with(write("blank.txt", content), EmptyTranscriptError, "only whitespace")


def test_a_nul_byte_after_the_first_4_kib_makes_a_text_file_binary(write, fails_with) -> None:
    data = verslag().encode() + b"\n" * 5000 + b"De heer X (SP):\x00\n"
    error = fails_with(write("late-nul.txt", data), UnknownFormatError, "binary file (NUL byte at offset")
    nul = data.index(b"\x00")
    assert f"offset {nul}" in str(error)


def test_a_nul_byte_in_an_xml_file_makes_it_binary_before_any_xml_is_read(write, fails_with) -> None:
    fails_with(write("nul.xml", vlos().encode().replace(b"Test", b"Te\x00st", 1)), UnknownFormatError, "NUL byte")


def test_random_bytes_are_a_binary_file(write, fails_with) -> None:
    fails_with(write("random.txt", bytes(range(256)) * 64), UnknownFormatError, "binary file")


def test_high_bytes_without_nul_are_text_without_speaker_turns(write, fails_with) -> None:
    fails_with(write("high.txt", bytes(range(128, 256)) * 64), UnknownFormatError, "no speaker turns found")


def test_utf16_without_a_byte_order_mark_is_refused_as_binary_with_a_hint(write, fails_with) -> None:
    fails_with(write("utf16le.txt", verslag().encode("utf-16-le")), UnknownFormatError, "needs a byte order mark")


def test_an_executable_renamed_to_txt_is_binary(write, fails_with) -> None:
    elf = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56 + b"De heer X (SP):\nDe voorzitter:\n"
    fails_with(write("program.txt", elf), UnknownFormatError, "binary file")


def test_a_zip_archive_renamed_to_xml_is_binary(write, fails_with) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("verslag.txt", verslag())
    fails_with(write("archive.xml", buffer.getvalue()), UnknownFormatError, "binary file")


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_text_with_a_utf16_or_utf32_byte_order_mark_is_read(write, encoding) -> None:
    data = verslag().encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    transcript = parse_file(write("wide.txt", data))
    assert [(t.speaker, t.text) for t in transcript.turns] == EXPECTED
    assert transcript.warnings == ()


def test_invalid_utf16_after_its_byte_order_mark_fails_clearly(write, fails_with) -> None:
    data = "De voorzitter:\n".encode("utf-16") + b"\x00\xd8" + b"a\x00"  # a lone high surrogate
    fails_with(write("bad16.txt", data), UnknownFormatError, "invalid UTF-16 text at byte")


def test_one_bad_byte_costs_one_line_not_the_whole_utf8_file(write) -> None:
    text = verslag("Het Ministerie van Financiën betaalt één keer €12 miljoen.")
    text = text.replace("Dat wil ik graag weten.", "Dat wil ik graag weten \x00.")
    data = text.encode("utf-8").replace(b"\x00", b"\xe9")  # a lone cp1252 'é' on one line
    path = write("mixed.txt", data)
    transcript = parse_file(path)
    assert transcript.turns[2].text == "Het Ministerie van Financiën betaalt één keer €12 miljoen."
    assert transcript.turns[1].text.endswith("Dat wil ik graag weten é.")
    line = data.split(b"\n").index(next(ln for ln in data.split(b"\n") if b"\xe9" in ln)) + 1
    assert transcript.warnings[0] == f"1 line(s) not valid UTF-8, read as cp1252 (Windows-1252): line {line}"


def test_a_whole_cp1252_file_is_read_as_cp1252_with_a_warning(write) -> None:
    path = write("windows.txt", verslag("Wij betalen € 5 voor één fiets.").encode("cp1252"))
    transcript = parse_file(path)
    assert transcript.turns[2].text == "Wij betalen € 5 voor één fiets."
    assert transcript.warnings[0] == "not UTF-8: read as cp1252 (Windows-1252)"


def test_bytes_undefined_in_cp1252_become_replacement_characters_with_a_warning(write) -> None:
    data = verslag("Het getal is \x00 hier.").encode().replace(b"\x00", b"\x81\x8d")
    transcript = parse_file(write("undefined.txt", data))
    assert transcript.turns[2].text == "Het getal is \ufffd\ufffd hier."
    assert transcript.warnings[0].startswith("not UTF-8")


def test_utf8_encoded_surrogates_are_read_as_cp1252_on_their_line_only(write) -> None:
    data = verslag("Een vreemd teken: \x00.").encode().replace(b"\x00", b"\xed\xa0\x80")
    transcript = parse_file(write("cesu.txt", data))
    assert transcript.turns[2].text == "Een vreemd teken: í €."  # cp1252: ED A0 80 -> í, nbsp, €
    assert transcript.warnings[0] == "not UTF-8: read as cp1252 (Windows-1252)"


def test_a_utf8_byte_order_mark_is_dropped_without_a_warning(write) -> None:
    transcript = parse_file(write("bom.txt", b"\xef\xbb\xbf" + verslag().encode()))
    assert [(t.speaker, t.text) for t in transcript.turns] == EXPECTED and transcript.warnings == ()


def test_xml_in_a_declared_single_byte_encoding_is_read_by_its_declaration(write) -> None:
    data = vlos(turns=None).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("Test", "Tést", 1)
    transcript = parse_file(write("latin1.xml", data.encode("latin-1")))
    assert transcript.title == "Tést"


def test_xml_whose_bytes_break_its_declared_encoding_is_malformed(write, fails_with) -> None:
    data = vlos().replace("Test", "T\x00st", 1).encode().replace(b"\x00", b"\xe9")
    fails_with(write("liar.xml", data), TranscriptParseError, "malformed XML")


# --- line endings and layout --------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr-only"])
def test_windows_and_old_mac_line_endings_give_the_same_turns(write, newline) -> None:
    assert _speakers(write("endings.txt", verslag().replace("\n", newline))) == EXPECTED


def test_form_feeds_and_tabs_everywhere_change_no_speaker(write) -> None:
    text = verslag().replace("\n\n", "\n\f\n").replace(" ", " \t", 3)
    assert [s for s, _ in _speakers(write("feeds.txt", text))] == ["De Vries", "Bakker", "Jansen"]


def test_an_impossible_meeting_date_in_the_header_gives_no_date(write) -> None:
    transcript = parse_file(write("date.txt", verslag(day=31).replace("maart", "februari", 1)))
    assert transcript.date is None and [t.speaker for t in transcript.turns] == ["De Vries", "Bakker", "Jansen"]
    assert chunk_transcript(transcript)[0].metadata.date_int == 0


def test_prose_without_speaker_labels_is_not_a_transcript(write, fails_with) -> None:
    fails_with(write("prose.txt", "Dit is een verhaal.\nZonder sprekers.\n"), UnknownFormatError,
               "no speaker turns found")


def test_labels_without_any_speech_give_empty_turns_with_warnings(write) -> None:
    transcript = parse_file(write("labels.txt", "Voorzitter: De Vries\nDe voorzitter:\nMevrouw Bakker (GL):\n"))
    assert [(t.speaker, t.text) for t in transcript.turns] == [("De Vries", ""), ("Bakker", "")]
    assert "line 2: label 'De voorzitter' has no text" in transcript.warnings
    assert chunk_transcript(transcript) == []


def test_markup_that_is_not_xml_is_malformed_xml(write, fails_with) -> None:
    fails_with(write("page.txt", "<html><body><p>De voorzitter:</p>"), TranscriptParseError, "malformed XML")


def test_well_formed_xml_of_another_kind_is_an_unknown_format(write, fails_with) -> None:
    fails_with(write("feed.xml", "<rss><channel/></rss>"), UnknownFormatError, "XML root <rss> is neither")


def test_a_vlos_file_named_txt_is_read_as_vlos(write) -> None:
    assert parse_file(write("vlos.txt", vlos())).source_format == "vlos"


def test_a_verslag_text_named_xml_is_read_as_verslag(write) -> None:
    assert parse_file(write("verslag.xml", verslag())).source_format == "verslag"


# --- paths that are not plain files ------------------------------------------------------------


def test_a_folder_is_not_a_transcript(tmp_path, fails_with) -> None:
    (tmp_path / "folder.txt").mkdir()
    fails_with(tmp_path / "folder.txt", TranscriptError, "not a regular file")


def test_a_named_pipe_fails_at_once_instead_of_blocking(tmp_path, fails_with) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    fails_with(tmp_path / "pipe.txt", TranscriptError, "not a regular file")


def test_a_missing_file_cannot_be_read(tmp_path, fails_with) -> None:
    fails_with(tmp_path / "gone.txt", TranscriptError, "cannot read: No such file or directory")


def test_a_dangling_symlink_cannot_be_read(tmp_path, fails_with) -> None:
    (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    fails_with(tmp_path / "link.txt", TranscriptError, "cannot read")


def test_a_symlink_to_a_transcript_is_read(write, tmp_path) -> None:
    (tmp_path / "link.txt").symlink_to(write("real.txt", verslag()))
    assert _speakers(tmp_path / "link.txt") == EXPECTED
