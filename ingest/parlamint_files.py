"""Finding a ParlaMint sitting's corpus metadata on disk, and a corpus root's sittings.

ParlaMint ships a country as one folder: the corpus root ``ParlaMint-GB.xml`` (a ``teiCorpus``),
``ParlaMint-GB-listPerson.xml`` and ``ParlaMint-GB-listOrg.xml`` beside it (XIncluded by the
root), and the sittings, beside them or one folder down (``2022/ParlaMint-GB_2022-10-17-commons.xml``).
So the metadata of a sitting is looked up **on disk at parse time, beside the sitting**, not
remembered from an earlier ingest:

- the corpus is the sitting's file name up to the first "_" ("ParlaMint-GB");
- the sitting's folder, then its parent, is searched for ``<corpus>-listPerson.xml``,
  ``<corpus>-listOrg.xml`` and ``<corpus>.xml`` (a root, whose inline lists and XIncluded list
  files count too); the first folder holding any of them is used;
- the bytes of every metadata file used go into `SittingMetadata.digest`, which ingest adds to
  the document's content hash: metadata added, changed or removed after a sitting was indexed
  makes the next ingest re-parse that sitting, and an unchanged rerun writes nothing.

This is why ingest order does not matter: a sitting ingested before its metadata is re-read when
the metadata is ingested (`ingest.indexing` re-parses the indexed sittings beside it), and one
ingested after finds it. Sittings of other corpora in the same folder (ParlaMint-NL beside
ParlaMint-GB) are unaffected.

XIncludes are followed only to files inside the root's own folder (a relative ``href`` without
"..", scheme or fragment); anything else is refused with a warning, never fetched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

from ingest.errors import TranscriptError
from ingest.parlamint_meta import CorpusMetadata, parse_metadata
from ingest.xml_input import read_xml, root_tag

NAMESPACE = "http://www.tei-c.org/ns/1.0"
_XINCLUDE = "{http://www.w3.org/2001/XInclude}include"
_LIST_SUFFIXES = ("-listPerson.xml", "-listOrg.xml")
MAX_METADATA_BYTES = 64 * 2**20
"""The real ParlaMint-GB listPerson is 1.5 MB and listOrg 0.6 MB; 64 MB leaves room for the
largest corpora while refusing a runaway file."""


@dataclass(frozen=True)
class SittingMetadata:
    """The metadata found for one sitting: merged lists, the files read, a digest of their bytes,
    and warnings about what was missing or refused."""

    metadata: CorpusMetadata
    sources: tuple[str, ...]
    digest: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CorpusRoot:
    """A ``teiCorpus`` file: its XIncluded sittings (that exist) and what could not be followed."""

    sittings: tuple[Path, ...]
    lists: tuple[Path, ...]
    problems: tuple[str, ...]
    missing_lists: tuple[str, ...] = ()
    """hrefs of list files (``*-listPerson.xml``, ``*-listOrg.xml``) the root includes but that
    are not there."""
    inline_lists: bool = False
    """The root holds ``person`` or ``org`` elements itself (editions before 3.0)."""


def corpus_name(path: Path) -> str | None:
    """"ParlaMint-GB" for ``ParlaMint-GB_2022-10-17-commons.xml``; None for a name without "_"."""
    stem = path.name.removesuffix(".xml").removesuffix(".ana")
    return stem.split("_", 1)[0] if "_" in stem else None


def metadata_kind(path: Path) -> str | None:
    """What a ParlaMint metadata file is, by its root element ("listPerson", "listOrg",
    "teiCorpus", "taxonomy", ...); None for a sitting or any other file. Reads the first 8 KiB."""
    if path.suffix.lower() != ".xml":
        return None
    try:
        with path.open("rb") as handle:
            tag = root_tag(handle.read(8192))
    except OSError:
        return None
    if not tag or not tag.startswith(f"{{{NAMESPACE}}}"):
        return None
    local = tag.split("}", 1)[1]
    return None if local == "TEI" else local


def _safe_include(root: Path, href: str) -> Path | None:
    """The file an XInclude ``href`` names, if it stays inside the root's folder."""
    if not href or ":" in href or "#" in href or href.startswith("/"):
        return None
    relative = PurePosixPath(href)
    if ".." in relative.parts:
        return None
    return root.parent.joinpath(*relative.parts)


def read_corpus_root(path: Path) -> CorpusRoot:
    """The sittings and list files a corpus root XIncludes, in document order. The XML is parsed
    once per version of the file (every sitting of a corpus looks at its root); which included
    files exist is checked on every call.

    Raises:
        TranscriptError: the root cannot be read or is not well-formed XML.
    """
    try:
        info = path.stat()
    except OSError as exc:
        raise TranscriptError(path, f"cannot read: {exc.strerror or exc}") from exc
    hrefs, inline = _root_includes(path.resolve(), info.st_mtime_ns, info.st_size)
    sittings: list[Path] = []
    lists: list[Path] = []
    problems: list[str] = []
    missing_lists: list[str] = []
    for href in hrefs:
        target = _safe_include(path, href)
        if target is None:
            problems.append(f"{path}: XInclude href {href!r} refused: only files inside the corpus folder are read")
            continue
        if not target.is_file():
            problems.append(f"{path}: includes {href}, which is missing")
            if href.endswith(_LIST_SUFFIXES):
                missing_lists.append(href)
            continue
        is_list = target.name.endswith(_LIST_SUFFIXES) or metadata_kind(target) is not None
        (lists if is_list else sittings).append(target)
    return CorpusRoot(tuple(sittings), tuple(lists), tuple(problems), tuple(missing_lists), inline)


@lru_cache(maxsize=8)
def _root_includes(path: Path, mtime_ns: int, size: int) -> tuple[tuple[str, ...], bool]:
    """A root's XInclude hrefs and whether it holds person or organisation lists itself."""
    del mtime_ns, size  # part of the cache key only
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TranscriptError(path, f"cannot read: {exc.strerror or exc}") from exc
    root = read_xml(data, str(path))
    hrefs = tuple((include.get("href") or "").strip() for include in root.iter(_XINCLUDE))
    inline = next(root.iter(f"{{{NAMESPACE}}}person", f"{{{NAMESPACE}}}org"), None) is not None
    return hrefs, inline


@lru_cache(maxsize=32)
def _read_metadata(path: Path, mtime_ns: int, size: int) -> tuple[CorpusMetadata, str]:
    """A metadata file's lists and the sha256 of its bytes (cached per file version: every
    sitting of a corpus reads the same 1.5 MB listPerson)."""
    del mtime_ns  # part of the cache key only
    if size > MAX_METADATA_BYTES:
        raise TranscriptError(path, f"ParlaMint metadata file of {size / 2**20:.0f} MB is over the "
                                    f"{MAX_METADATA_BYTES // 2**20} MB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TranscriptError(path, f"cannot read: {exc.strerror or exc}") from exc
    return parse_metadata(data, str(path)), hashlib.sha256(data).hexdigest()


def _load(path: Path) -> tuple[CorpusMetadata, str]:
    info = path.stat()
    return _read_metadata(path.resolve(), info.st_mtime_ns, info.st_size)


def _candidates(folder: Path, corpus: str) -> list[Path]:
    return [p for p in (folder / f"{corpus}.xml", folder / f"{corpus}-listPerson.xml",
                        folder / f"{corpus}-listOrg.xml") if p.is_file()]


def metadata_for_sitting(sitting: Path) -> SittingMetadata | None:
    """The corpus metadata beside ``sitting`` (module docstring), or None when there is none:
    the sitting is then read as before, its speakers named from its own labels and ids.

    A metadata file that is unreadable or malformed, or an XInclude of the root that is missing,
    is a warning, never a failure: the sitting still parses with what was found.
    """
    corpus = corpus_name(sitting)
    if corpus is None:
        return None
    found: list[Path] = []
    for folder in (sitting.parent, sitting.parent.parent):
        found = _candidates(folder, corpus)
        if found:
            break
    if not found:
        return None
    files: list[Path] = []
    warnings: list[str] = []
    for path in found:
        if path.name == f"{corpus}.xml":
            try:
                root = read_corpus_root(path)
            except TranscriptError as exc:
                warnings.append(f"corpus root not read: {exc}")
                continue
            warnings += [f"{path.name} includes {href}, which is missing: what it would say of the speakers "
                         "is taken from the sitting itself" for href in root.missing_lists]
            files += [path, *root.lists]
        else:
            files.append(path)
    return _merge(files, warnings)


def _merge(files: list[Path], warnings: list[str]) -> SittingMetadata:
    metadata = CorpusMetadata.empty()
    used: list[str] = []
    digest = hashlib.sha256()
    for path in sorted(set(files), key=lambda p: str(p)):
        try:
            lists, file_digest = _load(path)
        except TranscriptError as exc:
            warnings.append(f"ParlaMint metadata not read: {exc}")
            continue
        metadata = metadata.merged(lists)
        used.append(str(path))
        digest.update(f"{path.name}:{file_digest};".encode())
    if used and not metadata.persons:
        warnings.append(f"no listPerson found beside the sitting ({', '.join(Path(u).name for u in used)}): "
                        "speakers are named from the sitting itself")
    elif used and not metadata.orgs:
        warnings.append("no listOrg found beside the sitting: parties and offices cannot be resolved")
    return SittingMetadata(metadata, tuple(used), digest.hexdigest() if used else "", tuple(warnings))


def is_corpus_root(path: Path) -> bool:
    return metadata_kind(path) == "teiCorpus"


@dataclass(frozen=True)
class MetadataFileIngest:
    """What ingesting one ParlaMint metadata file means: the sitting files to (re)parse, the line
    that reports the file itself, and problems (a root's missing or refused XIncludes)."""

    sources: tuple[Path, ...]
    message: str | None
    """The "skipped" line for the file itself; None when the file failed (see ``problems``)."""
    problems: tuple[str, ...] = ()


def read_metadata_file(path: Path, kind: str, indexed: Sequence[str]) -> MetadataFileIngest:
    """For a corpus root, list, or taxonomy met by ingest (``kind``: its root element): a root's
    XIncluded sittings, plus the already indexed sittings (``indexed``: their source paths) of
    the same corpus in the file's folder or one below it, whose speakers it may now name."""
    sources: list[Path] = []
    problems: tuple[str, ...] = ()
    message = f"ParlaMint {kind}: metadata, not speech"
    if kind == "teiCorpus":
        try:
            root = read_corpus_root(path)
        except TranscriptError as exc:
            return MetadataFileIngest((), None, (str(exc),))
        if not (root.sittings or root.lists or root.inline_lists or root.problems):
            return MetadataFileIngest((), None, (f"{path}: ParlaMint corpus root that XIncludes no sitting and "
                                                 "holds no person or organisation list: nothing to ingest",))
        sources += root.sittings
        problems = root.problems
        message += f"; {len(root.sittings)} XIncluded sitting(s) read from their own files"
    corpus = path.name.removesuffix(".xml").removesuffix(".ana").split("-list")[0]
    folder = path.resolve().parent
    beside = [Path(s) for s in indexed if s and corpus_name(Path(s)) == corpus and Path(s).is_file()
              and folder in (Path(s).resolve().parent, Path(s).resolve().parent.parent)]
    if beside:
        message += f"; {len(beside)} indexed sitting(s) of {corpus} beside it re-read"
    return MetadataFileIngest(tuple(sources + beside), message, problems)
