"""Durable file writes for the index: write to a temp name, fsync, rename, fsync the folder.

``os.replace`` is atomic, but without an fsync of the file first a crash can leave the new name
pointing at an empty or partial file (ext4 with delayed allocation, XFS), and without an fsync
of the folder the rename itself may be lost. Every temp name starts with ``.`` and carries
``TEMP_MARK``, so `remove_leftovers` can find what a killed run left behind.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

TEMP_MARK = ".tmp-"


def temp_sibling(path: Path) -> Path:
    """A fresh temp name next to ``path`` that `remove_leftovers` recognises."""
    return path.with_name(f".{path.name}{TEMP_MARK}{uuid.uuid4().hex[:8]}")


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Make the entries of folder ``path`` (new names, renames) durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(path: Path) -> None:
    """fsync every file and folder under ``path`` (a freshly written folder, before its rename)."""
    for folder, _dirs, files in os.walk(path):
        for name in files:
            fsync_file(Path(folder) / name)
        fsync_dir(Path(folder))


def write_json_atomic(path: Path, payload: Any) -> None:
    """Replace ``path`` with ``payload`` as JSON: readers see the old file or the new, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_sibling(path)
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(payload, ensure_ascii=False, indent=1))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def _is_leftover(name: str) -> bool:
    """Our temp names, and those of the code before `TEMP_MARK` (``.x.json.ab12cd34.tmp`` and the
    lexical swap folders ``.lexical.ab12cd34`` / ``.lexical.old.ab12cd34``)."""
    if not name.startswith("."):
        return False
    return TEMP_MARK in name or name.endswith(".tmp") or name.startswith(".lexical.")


def remove_leftovers(folder: Path, of: tuple[str, ...] | None = None) -> list[Path]:
    """Delete the temp files and folders a killed run left directly in ``folder``; returns them.
    ``of``: only the temp names of these entries (``("manifest.json", "lexical")``), so a
    folder shared with other files (an index inside a home directory) loses nothing else.

    Call only while holding the ingest lock: a running ingest's temp names look the same.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        if _is_leftover(entry.name) and (of is None or any(entry.name.startswith(f".{name}.") for name in of)):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed
