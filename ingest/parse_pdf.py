"""Read a verslag from its PDF: extract the text with pdfplumber, then parse it as text.

Why a separate adapter: pdfplumber (and pdfminer under it) is the only third-party code on this
path, so its exceptions are translated here, once, into `TranscriptParseError` naming the file.
The page structure the PDF knows exactly is handed on to the text parser as a form feed at the
start of every page after the first, which `ingest.parse_verslag` counts as a page start.

pdfminer is a pure-Python reader of untrusted bytes, and a malformed object surfaces as whatever
builtin the bad value happens to trigger: a ``/MediaBox`` of three numbers or a string is an
``IndexError`` in pdfplumber, a ``/Rotate`` that is a name a ``TypeError`` (issue 11). So the page
geometry pdfplumber relies on is checked first, with a message naming the page and the key, and
any other exception from the library is still translated here, with its type named: no builtin
exception leaves this adapter. The time limit is checked between pages.
"""

from __future__ import annotations

import dataclasses
import io
import numbers
from typing import Any

import pdfplumber
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve_all
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from ingest.errors import DebateError, TranscriptParseError
from ingest.models import Transcript
from ingest.parse_limits import check_deadline
from ingest.parse_verslag import parse_verslag

# What pdfplumber raises for a file it cannot read: it wraps pdfminer's errors in
# PdfminerException (opening, page iteration, layout) or MalformedPDFException; PSException is
# pdfminer's own base class, for anything that escapes unwrapped.
_PDF_ERRORS = (PdfminerException, MalformedPDFException, PSException)
_BOXES = ("MediaBox", "CropBox", "TrimBox", "BleedBox", "ArtBox")
_SHOWN_CHARS = 60


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number)


def _geometry_problem(page: PDFPage) -> str | None:
    """What pdfplumber cannot read in the page's boxes and rotation, or None."""
    attrs = {key: resolve_all(page.attrs.get(key)) for key in ("Rotate", *_BOXES)}
    if attrs["Rotate"] is not None and not _is_number(attrs["Rotate"]):
        return f"/Rotate {str(attrs['Rotate'])[:_SHOWN_CHARS]} is not a number (expected 0, 90, 180 or 270)"
    if attrs["MediaBox"] is None:
        return "no /MediaBox (the page size)"
    for key in _BOXES:
        box = attrs[key]
        if key in page.attrs and not (
            isinstance(box, (list, tuple)) and len(box) >= 4 and all(_is_number(x) for x in box)
        ):
            return f"/{key} {str(box)[:_SHOWN_CHARS]} is not four numbers"
    return None


def _check_page_geometry(pdf: Any, source_path: str) -> None:
    for number, page in enumerate(PDFPage.create_pages(pdf.doc), start=1):
        check_deadline()
        problem = _geometry_problem(page)
        if problem:
            raise TranscriptParseError(source_path, f"malformed PDF: page {number}: {problem}")


def extract_pdf_text(data: bytes, source_path: str) -> str:
    """Extract the text of every page of a PDF, pages joined by ``"\\n\\f"``.

    Args:
        data: the bytes of the PDF file.
        source_path: the file the bytes came from, named in errors.

    Returns:
        The text; a PDF without a text layer (a scan) gives ``""``.

    Raises:
        TranscriptParseError: the bytes are not a PDF pdfplumber can read.
        ParseTimeoutError: the pages took longer than the time limit.
    """
    pages: list[str] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _check_page_geometry(pdf, source_path)  # before pdf.pages, which would fail on it
        for page in pdf.pages:
            check_deadline()
            pages.append(page.extract_text() or "")
        pdf.close()  # not in a `with`: pdfplumber's close builds every page again, and re-raises
    except DebateError:
        raise
    except _PDF_ERRORS as exc:
        raise TranscriptParseError(source_path, f"not a readable PDF ({exc})") from exc
    except Exception as exc:  # pdfminer's builtins on malformed objects: see the module docstring
        problem = f"malformed PDF: {type(exc).__name__}: {str(exc)[:200]}"
        raise TranscriptParseError(source_path, problem) from exc
    return "\n\f".join(pages)


def parse_verslag_pdf(data: bytes, source_path: str) -> Transcript:
    """Parse a verslag PDF into a `Transcript` with ``source_format="verslag_pdf"``.

    Args:
        data: the bytes of the PDF file.
        source_path: the file the bytes came from.

    Returns:
        The same transcript `ingest.parse_verslag.parse_verslag` gives for the PDF's text.

    Raises:
        TranscriptParseError: the bytes are not a readable PDF.
        EmptyTranscriptError: the PDF holds no speaker labels (or no text layer).
    """
    transcript = parse_verslag(extract_pdf_text(data, source_path), source_path)
    return dataclasses.replace(transcript, source_format="verslag_pdf")
