"""Behaviour of the VLOS parser, pinned on the shipped Tweede Kamer samples (corpus/vlos)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from samples import GOLDEN_DIR, TEI_DIR, VLOS_DIR, XML_TURN_FIELDS, check_golden, golden_rows

from ingest.errors import EmptyTranscriptError, TranscriptParseError
from ingest.models import Transcript
from ingest.parse_vlos import looks_like_vlos, parse_vlos
from ingest.speaker_labels import parse_speaker_label

POLITIE = VLOS_DIR / "sample_vlos_1e040503-12f1-4b13-8e66-e806472f5f22_a9d7bf6f-b0c0-4cba-880a-37537106d4b9.xml"
CASCO = VLOS_DIR / "sample_vlos_be33e3cf-31ba-42ad-803b-a7d6404d3b0c_b5130467-a6c2-4f83-99c3-65ec778e5a24.xml"
SLACHTOFFERBELEID = VLOS_DIR / "sample_vlos_d972288f-fcc1-493b-b38d-0fa400343608_8d411d38-40af-4853-b1d9-97603563fc9f.xml"
PLENARY_0307 = VLOS_DIR / "sample_vlos_ce0428cf-375f-41e3-baef-e15cd953172a_604b6f07-0077-4e6c-bd09-03509b9b8849.xml"
PLENARY_0207 = VLOS_DIR / "sample_vlos_dc665b38-00f1-4efe-a39a-1245ddd7e2ef_1378fd61-cf82-4208-a700-021382f839b0.xml"
EUFOR = VLOS_DIR / "sample_vlos_e714e7d8-b636-41a2-a36d-6c9072cff5c9_93758182-978b-4899-9d4d-1776c7baeab3.xml"


def _source_table() -> dict[str, tuple[str, int, int]]:
    """file name -> (status, woordvoerder count, interrumpant count), from corpus/vlos/SOURCE.md."""
    rows = {}
    for line in (VLOS_DIR / "SOURCE.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0].endswith(".xml"):
            rows[cells[0]] = (cells[1], int(cells[-2]), int(cells[-1]))
    return rows


SOURCE = _source_table()
SPEECH_FILES = sorted(VLOS_DIR / name for name, (status, _, _) in SOURCE.items() if status != "Casco")


def parse(path: Path) -> Transcript:
    return parse_vlos(path.read_bytes(), str(path))


@pytest.fixture(scope="module")
def politie() -> Transcript:
    return parse(POLITIE)


def test_source_table_lists_every_shipped_sample() -> None:
    assert {path.name for path in VLOS_DIR.glob("*.xml")} == set(SOURCE)
    assert len(SPEECH_FILES) == 13


@pytest.mark.parametrize("path", SPEECH_FILES, ids=lambda p: p.name[12:20])
def test_every_woordvoerder_and_interrumpant_becomes_one_turn(path: Path) -> None:
    _, speakers, interruptions = SOURCE[path.name]
    transcript = parse(path)
    assert len(transcript.turns) == speakers + interruptions  # no sample has a turn without text
    assert sum(turn.is_interruption for turn in transcript.turns) == interruptions
    assert transcript.warnings == ()


@pytest.mark.parametrize("path", SPEECH_FILES, ids=lambda p: p.name[12:20])
def test_turns_are_in_spoken_order_and_all_have_a_start_time(path: Path) -> None:
    turns = parse(path).turns
    assert [turn.index for turn in turns] == list(range(len(turns)))
    assert all(turn.start_time for turn in turns)
    times = [turn.start_time for turn in turns]
    assert times == sorted(times)  # an interruption comes where it was spoken, not after its host


@pytest.mark.parametrize("path", SPEECH_FILES, ids=lambda p: p.name[12:20])
def test_no_turn_text_starts_with_a_printed_speaker_label(path: Path) -> None:
    for turn in parse(path).turns:
        first_line = turn.text.split("\n", 1)[0]
        assert not (first_line.endswith(":") and parse_speaker_label(first_line)), turn.id
        assert turn.text == turn.text.strip() and turn.text


def test_politie_report_metadata(politie: Transcript) -> None:
    assert politie.id == "vlos-61715b27-c629-4780-97b2-e667232ce6df"
    assert politie.title == "Politie"
    assert politie.date == "2025-07-02"
    assert politie.source_format == "vlos"
    assert politie.chamber == "Tweede Kamer"
    assert politie.kind == "commissie"
    assert politie.committee == "vaste commissie voor Justitie en Veiligheid"
    assert politie.status == "Ongecorrigeerd"
    assert (politie.start_time, politie.end_time) == ("2025-07-02T14:00:00", "2025-07-02T16:57:22")
    assert politie.agenda == ("Politie",)
    assert politie.participants == (
        "Aardema", "Boswijk", "Eerdmans", "El Abassi", "Michon-Derkzen", "Mutluer", "Van Nispen",
        "Pool", "Six Dijkstra", "Van der Werf", "Wijen-Nass", "Van Weel",
    )  # fmt: skip
    assert len(politie.turns) == 176


def test_minister_turns_are_van_weel_with_his_office(politie: Transcript) -> None:
    ministers = [turn for turn in politie.turns if turn.role == "minister"]
    assert len(ministers) == 30
    assert {(t.speaker, t.function, t.party, t.label) for t in ministers} == {
        ("Van Weel", "minister van Justitie en Veiligheid", None, "Minister Van Weel")
    }


def test_chair_turns_resolve_to_the_chair_pool_and_keep_his_party(politie: Transcript) -> None:
    chair_turns = [turn for turn in politie.turns if turn.is_chair]
    assert len(chair_turns) == 66
    assert {(t.speaker, t.role, t.party) for t in chair_turns} == {("Pool", "chair", "PVV")}
    assert all(turn.label == "De voorzitter" for turn in chair_turns)
    assert [t for t in politie.turns if t.label == "De voorzitter"] == chair_turns


def test_interruptions_follow_the_turn_they_interrupt(politie: Transcript) -> None:
    opening = [(t.speaker, t.role, t.is_interruption) for t in politie.turns[:6]]
    assert opening == [
        ("Pool", "chair", False),
        ("Michon-Derkzen", "member", False),
        ("Pool", "chair", True),  # "Hartelijk dank voor uw inbreng. Mevrouw Mutluer heeft een interruptie."
        ("Mutluer", "member", True),
        ("Michon-Derkzen", "member", False),  # answering, a new woordvoerder element
        ("Pool", "chair", True),
    ]
    assert politie.turns[3].text.startswith("Om zo mijn collega iets meer tijd en ruimte te geven")
    assert politie.turns[3].party == "GroenLinks-PvdA"


def test_label_is_kept_on_the_turn_not_in_its_text(politie: Transcript) -> None:
    turn = politie.turns[1]
    assert turn.label == "Mevrouw Michon-Derkzen (VVD)"
    assert turn.text.startswith("Dank, voorzitter. Ik moet dus heel snel praten.\nIk begin met")
    assert turn.section == "Politie"


def test_turn_ids_are_stable_and_derive_from_the_meeting_not_the_file_name(politie: Transcript) -> None:
    again = parse_vlos(POLITIE.read_bytes(), "renamed.xml")
    assert [turn.id for turn in again.turns] == [turn.id for turn in politie.turns]
    assert politie.turns[42].id == "vlos-61715b27-c629-4780-97b2-e667232ce6df:t0042"
    source_ids = politie.extra["turn_source_ids"]
    assert len(source_ids) == len(politie.turns) and source_ids[0] == "527e35c0-d920-45a0-a2d8-e7a942b7153d"


def test_chair_change_reassigns_following_chair_turns() -> None:
    transcript = parse(SLACHTOFFERBELEID)
    changes = {event.after_turn: event.text for event in transcript.events if event.kind == "chair_change"}
    assert len(changes) == 10 and set(changes.values()) == {"Voorzitter: Mutluer", "Voorzitter: Van Nispen"}
    chair = "Van Nispen"
    for turn in transcript.turns:
        if turn.is_chair:
            assert turn.speaker == chair, turn.id
        chair = changes.get(turn.index, chair).removeprefix("Voorzitter: ")
    mutluer = {(t.role, t.party) for t in transcript.turns if t.speaker == "Mutluer"}
    assert mutluer == {("chair", "GroenLinks-PvdA"), ("member", "GroenLinks-PvdA")}


def test_unlabelled_continuation_of_the_chair_is_still_the_chair() -> None:
    unlabelled = [turn for turn in parse(PLENARY_0207).turns if turn.label is None]
    assert len(unlabelled) == 3
    assert {(t.speaker, t.role, t.is_chair) for t in unlabelled} == {("Nijhof-Leeuw", "chair", True)}


def test_motions_suspensions_and_header_are_events_not_speech() -> None:
    transcript = parse(PLENARY_0307)
    kinds = [event.kind for event in transcript.events]
    assert kinds.count("motion") == 35 and kinds.count("suspension") == 9
    motion = next(event for event in transcript.events if event.kind == "motion")
    assert motion.text.startswith("De Kamer,\ngehoord de beraadslaging,")
    assert transcript.turns[motion.after_turn].role == "member"
    assert not any("gehoord de beraadslaging" in turn.text for turn in transcript.turns)


def test_plenary_metadata_has_no_committee_and_no_closing_time_yet() -> None:
    transcript = parse(PLENARY_0307)
    assert (transcript.kind, transcript.committee, transcript.end_time) == ("plenair", None, None)
    assert transcript.participants == ()  # "Aanwezig zijn leden der Kamer, te weten:" lists no one
    assert transcript.agenda[:2] == ("Mededelingen", "Slavernijverleden")
    assert transcript.turns[1].section == "Slavernijverleden – Termijn inbreng"


def test_roles_of_state_secretaries_and_invited_speakers() -> None:
    transcript = parse(EUFOR)
    guest = next(turn for turn in transcript.turns if turn.speaker == "Eichelsheim")
    assert (guest.role, guest.party, guest.function, guest.label) == ("other", None, None, "De heer Eichelsheim")
    secretary = next(t for t in parse(PLENARY_0207).turns if t.role == "state_secretary")
    assert (secretary.speaker, secretary.function) == ("Paul", "staatssecretaris Funderend Onderwijs en Emancipatie")


def test_casco_report_is_an_empty_transcript_reported_as_a_warning() -> None:
    with pytest.raises(EmptyTranscriptError) as caught:
        parse(CASCO)
    assert caught.value.warning_only is True
    assert caught.value.path == str(CASCO)
    assert "Casco" in str(caught.value)


def test_truncated_file_raises_parse_error_naming_file_and_line() -> None:
    lines = PLENARY_0207.read_bytes().split(b"\n")
    with pytest.raises(TranscriptParseError) as caught:
        parse_vlos(b"\n".join(lines[:1500]), str(PLENARY_0207))
    error = caught.value
    assert (error.path, error.line) == (str(PLENARY_0207), 1500)
    assert str(error).startswith(f"{PLENARY_0207}:1500: malformed XML")
    assert isinstance(error.__cause__, etree.XMLSyntaxError)  # lxml's error is kept as the cause


def test_truncated_single_line_file_raises_parse_error_on_line_one() -> None:
    data = POLITIE.read_bytes()
    with pytest.raises(TranscriptParseError) as caught:
        parse_vlos(data[: len(data) // 2], "politie.xml")
    assert (caught.value.path, caught.value.line) == ("politie.xml", 1)


MINIMAL = """<?xml version="1.0" encoding="UTF-8"?>
<vlosCoreDocument status="Ongecorrigeerd" xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0">
<vergadering soort="Commissie" objectid="m1" kamer="Tweede Kamer"><titel>Test</titel>
<datum>2025-01-01T00:00:00</datum>
<activiteit soort="Commissiedebat"><titel>Test</titel><activiteithoofd soort="Algemeen"><titel>Test</titel>
<activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder">{turns}</activiteititem>
</activiteitdeel></activiteithoofd></activiteit></vergadering></vlosCoreDocument>
"""
WOORDVOERDER = """<woordvoerder objectid="w1"><spreker soort="Tweede Kamerlid"><fractie>SP</fractie>
<verslagnaam>Van Nispen</verslagnaam></spreker><markeertijdbegin>2025-01-01T10:00:00</markeertijdbegin>
<isvoorzitter>false</isvoorzitter><tekst><alinea><alineaitem>{label}</alineaitem>{speech}</alinea></tekst>
</woordvoerder>"""


def minimal(*turns: tuple[str, str]) -> bytes:
    """A VLOS document whose woordvoerders (all Van Nispen, SP) print ``label`` and say ``speech``."""
    xml = "".join(WOORDVOERDER.format(label=label, speech=speech) for label, speech in turns)
    return MINIMAL.format(turns=xml).encode()


def test_turn_with_only_a_label_is_skipped_and_counted_in_a_warning() -> None:
    label = "De heer <nadruk>Van Nispen</nadruk> (SP):"
    transcript = parse_vlos(minimal((label, ""), (label, "<alineaitem>Voorzitter.</alineaitem>")), "x.xml")
    assert [(t.index, t.text, t.label) for t in transcript.turns] == [(0, "Voorzitter.", "De heer Van Nispen (SP)")]
    assert transcript.warnings == ("1 speaker turn(s) without text were skipped",)


def test_report_whose_only_turn_is_empty_is_an_empty_transcript_not_a_warning() -> None:
    with pytest.raises(EmptyTranscriptError) as caught:
        parse_vlos(minimal(("De heer Van Nispen (SP):", "")), "one.xml")
    assert caught.value.warning_only is False


def test_label_naming_someone_else_is_a_warning_and_the_spreker_wins() -> None:
    data = minimal(("Mevrouw Mutluer (GroenLinks-PvdA):", "<alineaitem>Dank.</alineaitem>"))
    transcript = parse_vlos(data, "x.xml")
    turn = transcript.turns[0]
    assert (turn.speaker, turn.party, turn.text) == ("Van Nispen", "SP", "Dank.")
    assert turn.label == "Mevrouw Mutluer (GroenLinks-PvdA)"
    assert len(transcript.warnings) == 1 and "'Mutluer'" in transcript.warnings[0]


def test_sniffer_recognises_vlos_despite_the_byte_order_mark() -> None:
    head = POLITIE.read_bytes()[:8192]
    assert head.startswith(b"\xef\xbb\xbf") and looks_like_vlos(head)
    root_tag_end = head.index(b">", head.index(b"<vlosCoreDocument")) + 1
    assert looks_like_vlos(head[:root_tag_end])  # the root start tag is all it needs
    assert not looks_like_vlos((TEI_DIR / "ParlaMint-NL_2022-02-03-tweedekamer-4.xml").read_bytes()[:8192])
    assert not looks_like_vlos(b"De voorzitter:\nIk open de vergadering.")
    assert not looks_like_vlos(b"")


@pytest.mark.parametrize("path", SPEECH_FILES, ids=lambda p: p.name[12:20])
def test_turns_match_golden_file(path: Path, regen_golden: bool) -> None:
    check_golden(GOLDEN_DIR / f"{path.name}.turns.json", golden_rows(parse(path), XML_TURN_FIELDS), regen_golden)

