"""File -> `Transcript`, with the format detected from the content, not the file name.

Users drop whatever they have into a folder; a VLOS file may be called ``verslag.xml`` and a
verslag text ``export.txt``. So each parser offers a cheap ``looks_like_*`` sniff and this module
picks the first that matches, reading the file exactly once.

This is also the edge where a file's bytes are judged before any parser sees them:

* **Size and time.** A file over ``max_file_mb`` is refused before it is read, and the whole
  parse runs under a ``max_parse_seconds`` deadline (`ingest.parse_limits`).
* **Binary.** A NUL byte anywhere (not only in the first 4 KiB) marks a binary file, unless the
  file starts with a UTF-16 or UTF-32 byte order mark, where NULs are part of the text.
* **Field sizes.** Names, titles and sections are copied into every chunk, so over-long ones are
  cut or refused (`ingest.field_bounds`).
* **Encodings.** UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such. Text that
  is not valid UTF-8 is decoded line by line: each valid line as UTF-8, each other line as
  cp1252 (the Windows export some verslagen come as), with a warning naming those lines. One
  bad byte used to turn a whole UTF-8 file into cp1252 mojibake; now it costs one line.
"""

from __future__ import annotations

import codecs
import dataclasses
import stat
from pathlib import Path

from ingest.errors import (
    EmptyTranscriptError,
    NotASittingError,
    TranscriptError,
    UnknownFormatError,
)
from ingest.exchanges import mark_exchanges
from ingest.field_bounds import bound_fields
from ingest.models import Transcript
from ingest.parlamint_files import SittingMetadata, metadata_for_sitting
from ingest.parse_limits import DEFAULT_LIMITS, ParseLimits, parse_deadline
from ingest.xml_input import root_tag

SUPPORTED = "verslag text (.txt) or PDF, Tweede Kamer VLOS XML, ParlaMint TEI XML"

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LISTED_LINES = 10


def _wide_encoding(data: bytes) -> str | None:
    """"utf-16"/"utf-32" when ``data`` starts with that byte order mark, else None."""
    return next((encoding for bom, encoding in _WIDE_BOMS if data.startswith(bom)), None)


def decode_text(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode the bytes of a text file; returns the text and warnings about its encoding.

    UTF-8 (an optional BOM dropped) and BOM-marked UTF-16/32 decode whole. Otherwise each line is
    decoded as UTF-8 if it is valid, else as cp1252 (bytes cp1252 leaves undefined become U+FFFD).

    Raises:
        UnknownFormatError: UTF-16/32 text whose bytes break that encoding.
    """
    wide = _wide_encoding(data)
    if wide:
        try:
            return data.decode(wide), []
        except UnicodeDecodeError as exc:
            raise UnknownFormatError(path, f"invalid {wide.upper()} text at byte {exc.start}") from exc
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    lines, fallback, utf8_text = [], [], False
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
            utf8_text = utf8_text or not raw.isascii()
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace"))
            fallback.append(number)
    listed = ", ".join(map(str, fallback[:_LISTED_LINES])) + (", ..." if len(fallback) > _LISTED_LINES else "")
    if utf8_text:
        warning = f"{len(fallback)} line(s) not valid UTF-8, read as cp1252 (Windows-1252): line {listed}"
    else:
        warning = "not UTF-8: read as cp1252 (Windows-1252)"
    return "\n".join(lines), [warning]


def _check_not_binary(data: bytes, path: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0 and not _wide_encoding(data):
        raise UnknownFormatError(
            path,
            f"binary file (NUL byte at offset {nul}), not a transcript; UTF-16 text needs a byte "
            f"order mark (expected {SUPPORTED})",
        )


def parse_bytes(data: bytes, path: str, limits: ParseLimits = DEFAULT_LIMITS,
                metadata: SittingMetadata | None = None) -> Transcript:
    """Parse ``data`` (the content of the file at ``path``) in whichever format it is, then mark
    its interruption exchanges (`ingest.exchanges`), the one post-parse step for every format.

    ``metadata``: ParlaMint corpus metadata for a TEI sitting (`parse_file` looks it up beside
    the file); its digest is kept in ``Transcript.extra["metadata_digest"]`` for the content hash.

    Raises:
        TranscriptError: any reason the bytes are not a transcript, naming ``path``; in
            particular `FileTooLargeError` and `ParseTimeoutError` for the ``limits``.
    """
    limits.check_size(len(data), path)
    with parse_deadline(path, limits.max_parse_seconds):
        return mark_exchanges(bound_fields(_parse(data, path, metadata), path))


def _parse(data: bytes, path: str, metadata: SittingMetadata | None = None) -> Transcript:
    from ingest.parse_tei import looks_like_tei, parse_tei
    from ingest.parse_verslag import looks_like_verslag, parse_verslag
    from ingest.parse_vlos import looks_like_vlos, parse_vlos

    if not data.strip():
        raise EmptyTranscriptError(path, "empty file" if not data else "file holds only whitespace")
    if data.startswith(b"%PDF"):
        from ingest.parse_pdf import parse_verslag_pdf

        return parse_verslag_pdf(data, path)
    _check_not_binary(data, path)
    head = data[:8192]
    if looks_like_vlos(head):
        return parse_vlos(data, path)
    if looks_like_tei(head):
        _refuse_metadata(head, path)
        if metadata is None:
            return parse_tei(data, path)
        transcript = parse_tei(data, path, metadata.metadata, metadata.warnings)
        extra = {**transcript.extra, "metadata_digest": metadata.digest, "metadata_sources": metadata.sources}
        return dataclasses.replace(transcript, extra=extra)
    text, warnings = decode_text(data, path)
    if not text.strip():
        raise EmptyTranscriptError(path, "file holds only whitespace")
    if text.lstrip("\ufeff \t\r\n").startswith("<"):
        _refuse_other_xml(data, path)
    if looks_like_verslag(text):
        transcript = parse_verslag(text, path)
        return dataclasses.replace(transcript, warnings=(*warnings, *transcript.warnings))
    raise UnknownFormatError(path, f"no speaker turns found (expected {SUPPORTED})")


def _refuse_metadata(head: bytes, path: str) -> None:
    """A ParlaMint corpus root, person or organisation list is metadata, not a sitting."""
    local = (root_tag(head) or "").split("}")[-1]
    if local == "TEI":
        return
    if local == "teiCorpus":
        problem = ("ParlaMint corpus root (<teiCorpus>), not a sitting: `debate ingest` reads it for its metadata "
                   "and its XIncluded sittings; parse a sitting file to see its turns")
    else:
        problem = (f"ParlaMint metadata (<{local}>), not a sitting: it names the speakers of the sittings beside it, "
                   "which read it when they are parsed or ingested")
    raise NotASittingError(path, problem, local)


def _refuse_other_xml(data: bytes, path: str) -> None:
    """Markup that is neither VLOS nor TEI: say whether it is broken XML or another XML format."""
    from lxml import etree

    from ingest.xml_input import read_xml

    root = read_xml(data, path)
    raise UnknownFormatError(path, f"XML root <{etree.QName(root).localname}> is neither VLOS nor ParlaMint TEI")


def parse_file(path: str | Path, limits: ParseLimits = DEFAULT_LIMITS) -> Transcript:
    """Read and parse one transcript file; every failure is a `TranscriptError` naming it.

    Args:
        path: the file.
        limits: the size and time limits (`ParseLimits.from_settings` for a run's `Settings`).

    Raises:
        TranscriptError: unreadable, not a regular file, over a limit, or not a transcript.
    """
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise TranscriptError(path, "not a regular file (a folder, device or pipe)")
        limits.check_size(info.st_size, path)
        with path.open("rb") as handle:  # read at most one byte past the limit: files can grow
            data = handle.read(limits.max_file_bytes + 1)
    except TranscriptError:
        raise
    except OSError as exc:
        raise TranscriptError(path, f"cannot read: {exc.strerror or exc}") from exc
    metadata = metadata_for_sitting(path) if path.suffix.lower() == ".xml" else None
    return parse_bytes(data, str(path), limits, metadata)

