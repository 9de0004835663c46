from __future__ import annotations

import dataclasses
import itertools

import pytest
from samples import VERSLAG_SAMPLE, make_pdf

from ingest.errors import EmptyTranscriptError, TranscriptParseError
from ingest.models import Transcript
from ingest.parse_pdf import extract_pdf_text, parse_verslag_pdf
from ingest.parse_verslag import parse_verslag

# First line (1-based) of each of the sample's pages 1-5, as the sample text shows them (a
# leading space opens a page); page 6 starts on line 273.
_PAGE_FIRST_LINES = (1, 33, 93, 153, 213, 273)
_FOOTER = "Tweede Kamer, vergaderjaar 2016–2017, 28 638, nr. 157 {page}"


def _pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF: one page per list of lines, Helvetica 9 pt, WinAnsi (cp1252) text."""
    return make_pdf(pages)


@pytest.fixture(scope="module")
def excerpt_lines() -> list[str]:
    lines = VERSLAG_SAMPLE.read_text(encoding="utf-8").split("\n")
    return lines[: _PAGE_FIRST_LINES[-1] - 1]


@pytest.fixture(scope="module")
def from_pdf(excerpt_lines: list[str]) -> Transcript:
    bounds = itertools.pairwise(_PAGE_FIRST_LINES)
    pages = [
        [*excerpt_lines[first - 1 : after - 1], _FOOTER.format(page=page)]
        for page, (first, after) in enumerate(bounds, start=1)
    ]
    return parse_verslag_pdf(_pdf(pages), "corpus/verslag/excerpt.pdf")


@pytest.fixture(scope="module")
def from_text(excerpt_lines: list[str]) -> Transcript:
    return parse_verslag("\n".join(excerpt_lines), "corpus/verslag/excerpt.txt")


def test_pdf_gives_the_same_turns_as_the_text(from_pdf: Transcript, from_text: Transcript) -> None:
    assert len(from_pdf.turns) == 11
    without_id = [dataclasses.replace(turn, id="") for turn in from_pdf.turns]
    assert without_id == [dataclasses.replace(turn, id="") for turn in from_text.turns]
    # Van Oosten chairs; his party is unknown here: pages 1-5 never show his own member label.
    assert [(t.speaker, t.party, t.role, t.page) for t in from_pdf.turns[:3]] == [
        ("Van Oosten", None, "chair", 2),
        ("Van Nispen", "SP", "member", 2),
        ("Van Oosten", None, "chair", 3),
    ]


def test_pdf_transcript_is_marked_as_pdf_and_keeps_the_header(
    from_pdf: Transcript, from_text: Transcript
) -> None:
    assert from_pdf.source_format == "verslag_pdf"
    assert from_pdf.source_path == "corpus/verslag/excerpt.pdf"
    assert from_pdf.id == "kst-28638-157"
    assert from_pdf.warnings == ()
    for name in ("date", "committee", "kind", "title", "participants", "agenda", "start_time"):
        assert getattr(from_pdf, name) == getattr(from_text, name)
    assert from_pdf.events == from_text.events


def test_pdf_pages_are_separated_by_form_feeds() -> None:
    data = _pdf([["De voorzitter:", "Welkom."], ["Minister Blok:", "Dank u."]])
    assert extract_pdf_text(data, "two.pdf") == "De voorzitter:\nWelkom.\n\fMinister Blok:\nDank u."


@pytest.mark.parametrize(
    "data",
    [b"", b"not a pdf at all", _pdf([["De voorzitter:"]])[:200]],
    ids=["empty", "garbage", "truncated"],
)
def test_unreadable_pdf_raises_parse_error_naming_the_file(data: bytes) -> None:
    with pytest.raises(TranscriptParseError) as caught:
        parse_verslag_pdf(data, "corpus/kapot.pdf")
    assert caught.value.path == "corpus/kapot.pdf"
    assert str(caught.value).startswith("corpus/kapot.pdf: not a readable PDF")
    assert caught.value.__cause__ is not None


def test_pdf_without_text_raises_empty_transcript() -> None:
    with pytest.raises(EmptyTranscriptError) as caught:
        parse_verslag_pdf(_pdf([[]]), "scan.pdf")
    assert caught.value.path == "scan.pdf"
