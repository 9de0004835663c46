"""Reading XML transcripts: the one place lxml is called for the VLOS and ParlaMint TEI parsers.

Transcripts come from whatever folder a user points us at, so the parser never fetches a DTD and
never expands entities. lxml's syntax errors are translated here, once, into
`TranscriptParseError` naming the file and the line, as the error contract demands.
"""

from __future__ import annotations

from lxml import etree

from ingest.errors import TranscriptParseError


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def read_xml(data: bytes, source_path: str) -> etree._Element:
    """Parse ``data`` (the bytes of the file at ``source_path``) into its root element.

    A UTF-8 byte order mark is accepted (VLOS files start with one).

    Raises:
        TranscriptParseError: the bytes are not well-formed XML; ``line`` is where lxml gave up.
    """
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise TranscriptParseError(source_path, f"malformed XML: {exc.msg}", exc.lineno or None) from exc


def root_tag(head: bytes) -> str | None:
    """The root element's tag in Clark notation (``{namespace}local``), read from the first bytes.

    ``head`` may be any prefix of a file (the format sniffers get 8 KiB), so the document is fed
    to an incremental parser and only its first start event is used. Returns None when no start
    tag is found in ``head`` or it does not begin like XML.
    """
    parser = etree.XMLPullParser(events=("start",), resolve_entities=False, no_network=True)
    try:
        parser.feed(head)
    except etree.XMLSyntaxError:
        pass  # a fault after the root start tag (or a cut-off head) still leaves its event
    for _event, element in parser.read_events():
        return str(element.tag)
    return None
