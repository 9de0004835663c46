"""Document ids: namespaced by format, bounded in length, and safe as a file name and in a URL.

A document's id comes from the file's content (the Kamerstuk number, the VLOS objectid, the
ParlaMint ``xml:id``), so that the same debate keeps its id whatever the file is called. Content is
untrusted, so an id is built here and nowhere else, under three rules:

* **Namespaced by format.** Verslag ids start ``kst-`` or ``verslag-``, VLOS ids ``vlos-``, TEI
  ids ``ParlaMint-`` or ``tei-``. A TEI ``xml:id`` that does not start with ``ParlaMint-`` gets
  ``tei-`` in front, so no file of one format can claim (and replace) another format's document:
  ``xml:id="vlos-1234"`` becomes ``tei-vlos-1234``. Real ParlaMint ids keep their form, and so do
  all ids of the shipped sample corpus (the evaluation sets refer to them).
* **Safe characters.** Only ``A-Z a-z 0-9 . _ -``: ``:`` separates the turn and chunk parts of
  ids built on this one, and ids become file names in the catalog and path segments in URLs.
* **Bounded.** At most `MAX_ID_CHARS` characters (a 300-character objectid made a file name too
  long for the file system, issue 11).

Where the raw value had to change (a character replaced, or the value cut), a hash of the raw
value is appended, so two different raw values never end up with the same id.
"""

from __future__ import annotations

import hashlib
import re

MAX_ID_CHARS = 120
"""Ample for real ids (a VLOS objectid is a 36-character UUID, the sample ParlaMint ids are 37
characters) and far inside the 255-byte file-name limit once the catalog adds its suffixes."""

PARLAMINT_PREFIX = "ParlaMint-"
_UNSAFE_RE = re.compile(r"[^A-Za-z0-9._-]")
_HASH_CHARS = 12


def document_id(prefix: str, raw: str) -> str:
    """``prefix`` + ``raw`` made safe and bounded (module docstring).

    Args:
        prefix: the format's namespace, e.g. ``"vlos-"``; itself made of safe characters.
        raw: the identifier as the file gives it.

    Returns:
        ``prefix + raw`` when ``raw`` is safe and short enough, else ``prefix``, the safe part of
        ``raw`` cut to fit, ``-`` and a hash of ``raw``.
    """
    safe = _UNSAFE_RE.sub("_", raw)
    if safe == raw and len(prefix) + len(raw) <= MAX_ID_CHARS:
        return prefix + raw
    digest = hashlib.sha256(raw.encode("utf-8", errors="surrogatepass")).hexdigest()[:_HASH_CHARS]
    keep = MAX_ID_CHARS - len(prefix) - _HASH_CHARS - 1
    return f"{prefix}{safe[:keep]}-{digest}"


def tei_document_id(xml_id: str | None, file_stem: str) -> str:
    """The id of a TEI document: its ``xml:id``, else its file name's stem; ``tei-`` in front
    unless it is a ParlaMint id (``ParlaMint-...``)."""
    raw = xml_id or file_stem
    if raw.startswith(PARLAMINT_PREFIX):
        return document_id(PARLAMINT_PREFIX, raw.removeprefix(PARLAMINT_PREFIX))
    return document_id("tei-", raw)
