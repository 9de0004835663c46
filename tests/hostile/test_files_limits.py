"""The size limit, the parse deadline, and inputs that used to be quadratic.

Linearity is shown without timing assertions: each input below took minutes to hours with the
quadratic code (measured on this machine: joining 10,000 lines took 66 s, so 200,000 would take
about 7 hours) and takes seconds now; ``pytest.mark.timeout`` is only a generous guard that
fails the run instead of hanging it. The deadline is driven by a counting clock.
"""

from __future__ import annotations

import itertools

import pytest
from hostile_files import PDF_PAGE, pdf, tei, tei_u, verslag, vlos, vlos_turn

from ingest.chunking import chunk_spans, sentence_spans
from ingest.dehyphenation import join_lines
from ingest.detect import parse_bytes, parse_file
from ingest.errors import ConfigError, FileTooLargeError, ParseTimeoutError
from ingest.parse_limits import ParseLimits, check_deadline, parse_deadline
from ingest.parse_pdf import parse_verslag_pdf
from ingest.parse_tei import parse_tei
from ingest.parse_verslag import parse_verslag
from ingest.parse_vlos import parse_vlos
from ingest.settings import Settings, load_settings

GUARD_S = 120  # the linear code needs a few seconds at most; the quadratic one needed hours


def _counting_clock():
    """A clock that advances one 'second' per reading: the deadline falls after N checks."""
    return itertools.count().__next__


# --- size ----------------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_fails_before_it_is_read(write, fails_with) -> None:
    path = write("big.txt", verslag() + "x" * 2000)
    error = fails_with(path, FileTooLargeError, "file too large", limits=ParseLimits(max_file_bytes=1000))
    assert "over the limit of" in str(error) and "max_file_mb, DEBATE_MAX_FILE_MB" in str(error)


def test_a_file_exactly_at_the_size_limit_is_read(write) -> None:
    data = verslag().encode()
    path = write("exact.txt", data)
    assert len(parse_file(path, ParseLimits(max_file_bytes=len(data))).turns) == 3


def test_bytes_handed_to_the_parser_directly_are_bounded_too() -> None:
    with pytest.raises(FileTooLargeError, match=r"x\.txt: file too large"):
        parse_bytes(verslag().encode(), "x.txt", ParseLimits(max_file_bytes=10))


def test_the_limits_come_from_settings_and_the_environment() -> None:
    settings = load_settings({"DEBATE_MAX_FILE_MB": "2.5", "DEBATE_MAX_PARSE_SECONDS": "30"})
    assert ParseLimits.from_settings(settings) == ParseLimits(max_file_bytes=int(2.5 * 1024 * 1024),
                                                             max_parse_seconds=30.0)
    assert ParseLimits.from_settings(Settings()) == ParseLimits()


@pytest.mark.parametrize("raw", ["0", "-1", "lots", "nan"])
def test_a_limit_that_is_not_a_positive_number_is_a_config_error(raw) -> None:
    with pytest.raises(ConfigError, match="max_file_mb must be a positive number"):
        load_settings({"DEBATE_MAX_FILE_MB": raw})


# --- time ----------------------------------------------------------------------------------------


def test_the_deadline_is_checked_while_a_verslag_is_read() -> None:
    text = verslag() * 50
    with pytest.raises(ParseTimeoutError) as caught, parse_deadline("slow.txt", 100, _counting_clock()):
        parse_verslag(text, "slow.txt")
    assert str(caught.value).startswith("slow.txt: parsing took longer than the limit of 100 s")
    assert "max_parse_seconds, DEBATE_MAX_PARSE_SECONDS" in str(caught.value)


def test_the_deadline_is_checked_while_one_long_turn_is_joined() -> None:
    with pytest.raises(ParseTimeoutError), parse_deadline("long.txt", 1000, _counting_clock()):
        join_lines(["regel"] * 5000)


@pytest.mark.parametrize("parse", ["vlos", "tei", "pdf"])
def test_the_deadline_is_checked_while_xml_and_pdf_are_read(parse) -> None:
    data, parser = {
        "vlos": (vlos(turns=vlos_turn() * 200).encode(), parse_vlos),
        "tei": (tei(body="".join(tei_u(uid=f"u{i}") for i in range(200))).encode(), parse_tei),
        "pdf": (pdf([PDF_PAGE] * 30), parse_verslag_pdf),
    }[parse]
    with pytest.raises(ParseTimeoutError, match=r"slow\.x: parsing took longer"), \
            parse_deadline("slow.x", 20, _counting_clock()):
        parser(data, "slow.x")


def test_the_same_parses_finish_within_a_deadline_they_do_not_reach() -> None:
    with parse_deadline("fine.xml", 10_000, _counting_clock()):
        assert len(parse_vlos(vlos(turns=vlos_turn() * 200).encode(), "fine.xml").turns) == 200


def test_no_deadline_applies_outside_a_parse() -> None:
    check_deadline()  # no ParseTimeoutError: nothing is being parsed


def test_parse_file_applies_the_time_limit_of_its_settings(write, fails_with) -> None:
    path = write("slow.txt", verslag() * 200)
    fails_with(path, ParseTimeoutError, "parsing took longer than the limit of 1e-09 s",
               limits=ParseLimits(max_parse_seconds=1e-9))


# --- inputs that were quadratic ------------------------------------------------------------------


@pytest.mark.timeout(GUARD_S)
def test_a_turn_of_200_000_lines_is_joined_in_linear_time() -> None:
    lines = ["De minister zegt dat dit een regel is over mensen-", "handel en meer."] * 100_000
    text = join_lines(lines)
    assert text.startswith("De minister zegt dat dit een regel is over mensenhandel en meer. De")
    assert text.count("mensenhandel") == 100_000


@pytest.mark.timeout(GUARD_S)
def test_a_word_of_a_million_letters_at_a_line_end_is_joined_in_linear_time() -> None:
    word = "x" * 1_000_000
    assert join_lines([word, "volgende"]) == f"{word} volgende"


@pytest.mark.timeout(GUARD_S)
def test_a_header_of_200_000_committees_is_read_in_linear_time() -> None:
    text = "De commissie " * 200_000 + "\n\n" + verslag()
    transcript = parse_verslag(text, "commissies.txt")
    assert transcript.committee == "vaste commissie voor Justitie en Veiligheid" and len(transcript.turns) == 3


@pytest.mark.timeout(GUARD_S)
def test_a_run_of_a_million_dots_is_split_into_sentences_in_linear_time() -> None:
    text = "Zin" + "." * 1_000_000 + "zonder hoofdletter. Nieuwe zin."
    assert sentence_spans(text, "nl") == [(0, len(text) - len("Nieuwe zin.")), (len(text) - len("Nieuwe zin."), len(text))]
    assert chunk_spans(text, "nl")[-1][1] == len(text)


@pytest.mark.timeout(GUARD_S)
def test_a_label_line_with_a_million_blanks_is_read_in_linear_time() -> None:
    text = verslag().replace("Minister Jansen: \n", "Minister Jansen: a" + " " * 1_000_000 + "b\n")
    assert parse_verslag(text, "blanks.txt").turns[2].text.startswith("a b ")


@pytest.mark.slow  # parses and chunks 5 MB: 43 s on the shared 2-core machine
@pytest.mark.timeout(GUARD_S)
def test_a_5_mb_verslag_parses_and_chunks_within_the_guard(write) -> None:
    text = verslag() * (5_000_000 // len(verslag()))
    transcript = parse_file(write("big.txt", text))
    assert len(transcript.turns) == 3 * (5_000_000 // len(verslag()))
