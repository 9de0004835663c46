"""Read a verslag from its PDF: extract the text with pdfplumber, then parse it as text.

Why a separate adapter: pdfplumber (and pdfminer under it) is the only third-party code on this
path, so its exceptions are translated here, once, into `TranscriptParseError` naming the file.
The page structure the PDF knows exactly is handed on to the text parser as a form feed at the
start of every page after the first, which `ingest.parse_verslag` counts as a page start.
"""

from __future__ import annotations

import dataclasses
import io

import pdfplumber
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from ingest.errors import TranscriptParseError
from ingest.models import Transcript
from ingest.parse_verslag import parse_verslag

# What pdfplumber raises for a file it cannot read: it wraps pdfminer's errors in
# PdfminerException (opening, page iteration, layout) or MalformedPDFException; PSException is
# pdfminer's own base class, for anything that escapes unwrapped.
_PDF_ERRORS = (PdfminerException, MalformedPDFException, PSException)


def extract_pdf_text(data: bytes, source_path: str) -> str:
    """Extract the text of every page of a PDF, pages joined by ``"\\n\\f"``.

    Args:
        data: the bytes of the PDF file.
        source_path: the file the bytes came from, named in errors.

    Returns:
        The text; a PDF without a text layer (a scan) gives ``""``.

    Raises:
        TranscriptParseError: the bytes are not a PDF pdfplumber can read.
    """
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except _PDF_ERRORS as exc:
        raise TranscriptParseError(source_path, f"not a readable PDF ({exc})") from exc
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
