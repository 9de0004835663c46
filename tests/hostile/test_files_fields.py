"""Over-long names, titles and sections, which every chunk copies: display fields are cut with a
warning, attribution fields fail the file (ingest.field_bounds)."""

from __future__ import annotations

import pytest
from hostile_files import tei, tei_u, verslag, vlos, vlos_turn

from ingest.chunking import chunk_transcript
from ingest.detect import parse_file
from ingest.errors import TranscriptParseError
from ingest.field_bounds import MAX_FIELD_CHARS

HUGE = "a" * 1_000_000


@pytest.mark.timeout(120)
def test_a_megabyte_order_of_business_gives_a_cut_title_and_chunks_in_linear_time(write) -> None:
    transcript = parse_file(write("order.txt", verslag("Aan de orde is het algemeen overleg " + HUGE)))
    assert len(transcript.title) == MAX_FIELD_CHARS and transcript.title.endswith("a…")
    assert "title longer than 500 characters, cut" in transcript.warnings
    chunks = chunk_transcript(transcript)
    assert max(len(c.embed_text) for c in chunks) < 1200 and len(chunks) > 2000


def test_a_megabyte_vlos_title_is_cut_with_a_warning(write) -> None:
    transcript = parse_file(write("title.xml", vlos(title=HUGE)))
    assert len(transcript.title) == MAX_FIELD_CHARS
    assert transcript.warnings == ("title longer than 500 characters, cut",)


def test_a_megabyte_tei_heading_is_cut_in_every_turns_section(write) -> None:
    doc = tei(body=tei_u(uid="u1") + tei_u(uid="u2")).replace("<head>Onderwerp</head>", f"<head>{HUGE}</head>")
    transcript = parse_file(write("head.xml", doc))
    assert [len(t.section) for t in transcript.turns] == [MAX_FIELD_CHARS, MAX_FIELD_CHARS]
    assert "turn section longer than 500 characters, cut" in transcript.warnings


@pytest.mark.parametrize(("field", "turn"), [("speaker", vlos_turn(name="B" * 600)),
                                             ("party", vlos_turn(party="P" * 600))])
def test_a_vlos_speaker_or_party_too_long_to_be_one_fails_the_file(write, fails_with, field, turn) -> None:
    fails_with(write("who.xml", vlos(turns=turn)), TranscriptParseError,
               f"turn 0: {field} of 600 characters is over the limit of 500: not a {field}")


def test_fields_at_the_limit_are_kept_whole(write) -> None:
    transcript = parse_file(write("limit.xml", vlos(title="t" * MAX_FIELD_CHARS)))
    assert transcript.title == "t" * MAX_FIELD_CHARS and transcript.warnings == ()
