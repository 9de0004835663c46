"""File -> `Transcript`, with the format detected from the content, not the file name.

Users drop whatever they have into a folder; a VLOS file may be called ``verslag.xml`` and a
verslag text ``export.txt``. So each parser offers a cheap ``looks_like_*`` sniff and this module
picks the first that matches, reading the file exactly once.
"""

from __future__ import annotations

from pathlib import Path

from ingest.errors import TranscriptError, UnknownFormatError
from ingest.models import Transcript

SUPPORTED = "verslag text (.txt) or PDF, Tweede Kamer VLOS XML, ParlaMint TEI XML"
MAX_FILE_BYTES = 200 * 1024 * 1024


def _decode_text(data: bytes, path: str) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnknownFormatError(path, f"not a transcript: undecodable bytes (expected {SUPPORTED})")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    return b"\x00" in sample


def parse_bytes(data: bytes, path: str) -> Transcript:
    """Parse ``data`` (the content of the file at ``path``) in whichever format it is."""
    from ingest.parse_tei import looks_like_tei, parse_tei
    from ingest.parse_verslag import looks_like_verslag, parse_verslag
    from ingest.parse_vlos import looks_like_vlos, parse_vlos

    if not data.strip():
        raise UnknownFormatError(path, "empty file")
    if data.startswith(b"%PDF"):
        from ingest.parse_pdf import parse_verslag_pdf

        return parse_verslag_pdf(data, path)
    head = data[:8192]
    if looks_like_vlos(head):
        return parse_vlos(data, path)
    if looks_like_tei(head):
        return parse_tei(data, path)
    if _looks_binary(data):
        raise UnknownFormatError(path, f"binary file, not a transcript (expected {SUPPORTED})")
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        from lxml import etree

        try:
            root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as exc:
            from ingest.errors import TranscriptParseError

            raise TranscriptParseError(path, f"malformed XML: {exc.msg}", exc.lineno) from exc
        raise UnknownFormatError(path, f"XML root <{etree.QName(root).localname}> is neither VLOS nor ParlaMint TEI")
    text = _decode_text(data, path)
    if looks_like_verslag(text):
        return parse_verslag(text, path)
    raise UnknownFormatError(path, f"no speaker turns found (expected {SUPPORTED})")


def parse_file(path: str | Path) -> Transcript:
    """Read and parse one transcript file; every failure is a `TranscriptError` naming it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnknownFormatError(path, f"file too large ({size} bytes; limit {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except TranscriptError:
        raise
    except OSError as exc:
        raise TranscriptError(path, f"cannot read: {exc.strerror or exc}") from exc
    return parse_bytes(data, str(path))
