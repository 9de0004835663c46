"""Hostile PDF files: malformed page geometry (the IndexError and TypeError of issue 11),
truncation, garbage, pages without text. Each case states its exact outcome."""

from __future__ import annotations

import pytest
from hostile_files import PDF_PAGE, pdf

from ingest.detect import parse_file
from ingest.errors import EmptyTranscriptError, TranscriptParseError


@pytest.mark.parametrize(
    ("mediabox", "shown"),
    [
        (b"[0 0 595]", "/MediaBox [0, 0, 595] is not four numbers"),
        (b"(abcdefghijklm)", "/MediaBox b'abcdefghijklm' is not four numbers"),
        (b"(ab)", "/MediaBox b'ab' is not four numbers"),
        (b"[]", "/MediaBox [] is not four numbers"),
        (b"[0 0 (x) 842]", "/MediaBox [0, 0, b'x', 842] is not four numbers"),
    ],
    ids=["three-numbers", "long-string", "short-string", "empty", "string-inside"],
)
def test_a_mediabox_that_is_not_four_numbers_fails_naming_the_page(write, fails_with, mediabox, shown) -> None:
    fails_with(write("box.pdf", pdf([PDF_PAGE], mediabox=mediabox)), TranscriptParseError,
               f"malformed PDF: page 1: {shown}")


@pytest.mark.parametrize(
    ("rotate", "shown"),
    [(b"/Foo", "/Rotate /'Foo' is not a number"), (b"(90)", "/Rotate b'90' is not a number"),
     (b"[90]", "/Rotate [90] is not a number")],
    ids=["name", "string", "array"],
)
def test_a_rotate_that_is_not_a_number_fails_naming_the_page(write, fails_with, rotate, shown) -> None:
    fails_with(write("rotate.pdf", pdf([PDF_PAGE], page_extra=b"/Rotate " + rotate)), TranscriptParseError,
               f"malformed PDF: page 1: {shown} (expected 0, 90, 180 or 270)")


def test_a_page_without_any_mediabox_fails(write, fails_with) -> None:
    fails_with(write("nobox.pdf", pdf([PDF_PAGE], mediabox=None)), TranscriptParseError,
               "malformed PDF: page 1: no /MediaBox")


def test_a_malformed_mediabox_inherited_from_the_page_tree_fails(write, fails_with) -> None:
    data = pdf([PDF_PAGE], mediabox=None, pages_extra=b"/MediaBox [0 0 595]")
    fails_with(write("inherited.pdf", data), TranscriptParseError, "page 1: /MediaBox [0, 0, 595] is not four numbers")


def test_a_malformed_cropbox_fails(write, fails_with) -> None:
    fails_with(write("crop.pdf", pdf([PDF_PAGE], page_extra=b"/CropBox [1 2]")), TranscriptParseError,
               "page 1: /CropBox [1, 2] is not four numbers")


def test_the_error_names_the_page_that_is_malformed(write, fails_with) -> None:
    good = pdf([PDF_PAGE, PDF_PAGE])
    second = good.rfind(b"/MediaBox [0 0 595 842]")
    data = good[:second] + b"/MediaBox [0 0 595]    " + good[second + len(b"/MediaBox [0 0 595 842]"):]
    fails_with(write("second.pdf", data), TranscriptParseError, "malformed PDF: page 2: /MediaBox")


def test_a_mediabox_that_is_a_name_fails_with_the_library_error_named(write, fails_with) -> None:
    fails_with(write("named.pdf", pdf([PDF_PAGE], mediabox=b"/Letter")), TranscriptParseError,
               "malformed PDF: TypeError:")


@pytest.mark.parametrize("rotate", [b"90.0", b"null", b"-90"], ids=["float", "null", "negative"])
def test_a_numeric_or_null_rotate_is_accepted(write, rotate) -> None:
    path = write("turned.pdf", pdf([PDF_PAGE], page_extra=b"/Rotate " + rotate))
    if rotate == b"-90":  # pdfplumber reads the text turned, so no label is found: still a clear error
        with pytest.raises(EmptyTranscriptError):
            parse_file(path)
        return
    assert [t.speaker for t in parse_file(path).turns][-1] == "Bakker"


@pytest.mark.parametrize(("fraction", "reason"), [(0.2, "Unexpected EOF"), (0.5, "Unexpected EOF"),
                                                (0.95, "No /Root object")])
def test_a_truncated_pdf_is_not_readable(write, fails_with, fraction, reason) -> None:
    data = pdf([PDF_PAGE])
    fails_with(write("cut.pdf", data[: int(len(data) * fraction)]), TranscriptParseError,
               f"not a readable PDF ({reason}")


def test_a_pdf_header_followed_by_garbage_is_not_readable(write, fails_with) -> None:
    fails_with(write("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 10), TranscriptParseError,
               "not a readable PDF")


def test_a_pdf_without_text_is_an_empty_transcript(write, fails_with) -> None:
    fails_with(write("scan.pdf", pdf([[]])), EmptyTranscriptError, "no speaker labels found")


def test_a_pdf_named_txt_is_read_as_a_pdf(write) -> None:
    assert parse_file(write("verslag.txt", pdf([PDF_PAGE]))).source_format == "verslag_pdf"
