"""Mutated transcripts of every format (bytes flipped, cut, deleted, markup inserted): whatever
the damage, parsing and chunking either succeed or raise a `TranscriptError` naming the file;
no builtin exception escapes (the error contract of ingest/errors.py)."""

from __future__ import annotations

import logging
import random

import pytest
from hostile_files import PDF_PAGE, pdf, tei, verslag, vlos

from ingest.chunking import chunk_transcript
from ingest.detect import parse_bytes
from ingest.errors import TranscriptError

SEEDS = {"verslag": verslag().encode(), "vlos": vlos().encode(), "tei": tei().encode(),
         "pdf": pdf([PDF_PAGE, PDF_PAGE])}
_INSERTS = [b"<", b">", b"&", b":", b"\n", b"-", b"(", b")", b"/", b"[", b"]", b"0", b" ", b"\x00", b"\xff"]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not out:
            break
        op, pos = rng.random(), rng.randrange(len(out))
        if op < 0.4:
            out[pos] = rng.randrange(256)
        elif op < 0.6:
            del out[pos:pos + rng.randint(1, 50)]
        elif op < 0.8:
            out[pos:pos] = b"".join(rng.choice(_INSERTS) for _ in range(rng.randint(1, 5)))
        else:
            del out[pos:]
    return bytes(out)


@pytest.mark.parametrize("kind", sorted(SEEDS))
def test_a_damaged_file_parses_or_fails_with_a_transcript_error_naming_it(kind, caplog) -> None:
    caplog.set_level(logging.ERROR, logger="pdfminer")  # pdfminer logs every repair it makes
    rng = random.Random(kind)
    outcomes = {"parsed": 0, "failed": 0}
    for number in range(150):
        name = f"{kind}-{number}.bin"
        try:
            chunk_transcript(parse_bytes(_mutate(SEEDS[kind], rng), name))
            outcomes["parsed"] += 1
        except TranscriptError as error:
            assert error.path == name and str(error).startswith(name)
            outcomes["failed"] += 1
    assert outcomes["failed"] > 0  # the mutations do damage: some files must be refused
