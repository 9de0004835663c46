"""tests/hostile/: hostile input, each case with its exact outcome (issue 11).

Layout
------
- ``test_files_*.py``: hostile FILES, fed to the parsers through `ingest.detect.parse_file` (the
  one entry point ingest and ``debate parse`` use), or through `ingest.indexing.ingest_paths`:

  - ``test_files_text.py``     verslag text: encodings, binary, empty, line endings, quadratic input
  - ``test_files_xml.py``      VLOS and TEI: XXE, entity expansion, nesting, huge attributes,
                               missing fields, malformed and truncated XML
  - ``test_files_pdf.py``      PDF: malformed page geometry, truncation, garbage, no text
  - ``test_files_identity.py`` document ids: namespaces per format, bounds, unsafe characters
  - ``test_files_fields.py``   over-long names, titles and sections (copied into every chunk)
  - ``test_files_limits.py``   the size limit, the parse deadline, inputs that were quadratic
  - ``test_files_mutations.py`` seeded random damage to a file of each format: parse or fail clearly
  - ``test_files_ingest.py``   a folder of hostile files next to good ones, through ingest
- ``test_http_*.py``: hostile HTTP requests (written separately; they share nothing here).

Rules every case keeps
----------------------
- Every file is generated in code and written under ``tmp_path``; nothing large is committed.
- A failing case asserts the exact error type (not a parent class), that the message names the
  file, and the phrase that says what was wrong. A tolerated case asserts the parsed result.
- Linearity is proven without timing assertions: inputs that took minutes to hours with the old
  quadratic code run under a generous ``pytest.mark.timeout`` guard, which the linear code meets
  by two orders of magnitude; speed figures are measured and reported, never asserted.
- The deadline is tested with a counting clock, so no test depends on how fast the machine is.

Builders for the files are in ``hostile_files.py``; the fixtures below write them to disk.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.errors import TranscriptError

# `import hostile_files` works whether or not this folder is ever made a package
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    """Write ``content`` (text is UTF-8 encoded) to ``tmp_path / name``; return the path."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def fails_with() -> Callable[..., TranscriptError]:
    """Parse ``path`` and check it fails with exactly ``error`` naming the file and ``phrase``."""
    from ingest.detect import parse_file

    def _fails_with(path: Path, error: type[TranscriptError], phrase: str, **kwargs: object) -> TranscriptError:
        with pytest.raises(TranscriptError) as caught:
            parse_file(path, **kwargs)
        assert type(caught.value) is error, f"{type(caught.value).__name__}: {caught.value}"
        assert caught.value.path == str(path)
        assert str(caught.value).startswith(str(path)), str(caught.value)
        assert phrase in str(caught.value), str(caught.value)
        return caught.value

    return _fails_with
