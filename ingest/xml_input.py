"""Reading XML transcripts: the one place lxml is called for the VLOS and ParlaMint TEI parsers.

Transcripts come from whatever folder a user points us at, so XML is read defensively:

* **No entities.** A document that declares entities (``<!ENTITY`` in its DOCTYPE) is refused:
  an external entity could read a local file or reach the network (XXE) and nested internal ones
  expand without bound ("billion laughs"). No real VLOS or ParlaMint file declares any. The
  parser also never resolves entities, loads a DTD or touches the network, as a second line.
* **libxml2's own limits stay on** (``huge_tree=False``): nesting deeper than 256 elements, a text
  node or attribute over 10 MB, and entity amplification are refused by the parser. The real
  samples nest at most 13 deep; their longest text node or attribute is 2,743 characters.

lxml's errors are translated here, once, into `TranscriptParseError` naming the file and the
line, and libxml2's advice ("try XML_PARSE_HUGE") is replaced by what was refused.
"""

from __future__ import annotations

import contextlib

from lxml import etree

from ingest.errors import TranscriptParseError

_ENTITY_DECLARATION = b"<!ENTITY"
# libxml2's limit messages, by a phrase in them, and what we say instead.
_LIMITS = (
    ("depth", "XML nested deeper than 256 elements: refused"),
    ("amplification", "XML entity expansion over the limit: refused"),
    ("Resource limit", "an XML text or attribute over 10 MB: refused"),
)
_ENTITIES_REFUSED = (
    "XML declares entities (<!ENTITY>): refused, since they can read local files or expand "
    "without bound; transcripts never need them"
)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False
    )


def _problem(message: str) -> str:
    for phrase, problem in _LIMITS:
        if phrase in message:
            return problem
    return f"malformed XML: {message}"


def read_xml(data: bytes, source_path: str) -> etree._Element:
    """Parse ``data`` (the bytes of the file at ``source_path``) into its root element.

    A UTF-8 byte order mark is accepted (VLOS files start with one), and so is UTF-16 with one.

    Raises:
        TranscriptParseError: the bytes are not well-formed XML (``line`` is where lxml gave
            up), declare entities, or break one of libxml2's limits (module docstring).
    """
    if _ENTITY_DECLARATION in data:
        raise TranscriptParseError(source_path, _ENTITIES_REFUSED)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise TranscriptParseError(source_path, _problem(str(exc.msg)), exc.lineno or None) from exc
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and next(iter(dtd.iterentities()), None) is not None:  # UTF-16 declarations
        raise TranscriptParseError(source_path, _ENTITIES_REFUSED)
    return root


def root_tag(head: bytes) -> str | None:
    """The root element's tag in Clark notation (``{namespace}local``), read from the first bytes.

    ``head`` may be any prefix of a file (the format sniffers get 8 KiB), so the document is fed
    to an incremental parser and only its first start event is used. Returns None when no start
    tag is found in ``head`` or it does not begin like XML.
    """
    parser = etree.XMLPullParser(events=("start",), resolve_entities=False, no_network=True)
    # a fault after the root start tag (or a cut-off head) still leaves its event
    with contextlib.suppress(etree.XMLSyntaxError):
        parser.feed(head)
    for _event, element in parser.read_events():
        return str(element.tag)
    return None


def first_child(element: etree._Element, tag: str) -> etree._Element | None:
    """``element``'s first child with ``tag`` (Clark notation), looking no further than it.

    Why not ``find`` or ``next(iterchildren(tag))``: lxml's ``find`` lists every child first, and
    its tag-filtered iterator looks ahead for the next match, so both cost all of ``element``'s
    children on every call; a parser asking this per turn was quadratic in a parent of thousands.
    """
    for child in element:
        if child.tag == tag:
            return child
    return None
