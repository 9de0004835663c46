"""Behaviour of the ParlaMint TEI parser, pinned on the shipped ParlaMint-NL samples
(corpus/parlamint), and of the shared printed-speaker-label reader it relies on."""

from __future__ import annotations

from pathlib import Path

import pytest
from samples import GOLDEN_DIR, TEI_DIR, VLOS_DIR, XML_TURN_FIELDS, check_golden, golden_rows

from ingest.errors import TranscriptParseError
from ingest.models import Transcript
from ingest.parse_tei import looks_like_tei, name_from_person_id, parse_tei, split_motions
from ingest.speaker_labels import SpeakerLabel, parse_speaker_label

KOK_2018 = TEI_DIR / "ParlaMint-NL_2018-10-30-eerstekamer-4.xml"
LERARENREGISTER_2021 = TEI_DIR / "ParlaMint-NL_2021-06-17-tweedekamer-7.xml"
FINANCIELE_MARKTEN_2022 = TEI_DIR / "ParlaMint-NL_2022-02-03-tweedekamer-4.xml"
SAMPLES = sorted(TEI_DIR.glob("*.xml"))


def _source_table() -> dict[str, tuple[int, int]]:
    """file name -> (number of <u>, distinct @who), from corpus/parlamint/SOURCE.md."""
    rows = {}
    for line in (TEI_DIR / "SOURCE.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0].endswith(".xml"):
            rows[cells[0]] = (int(cells[-2]), int(cells[-1]))
    return rows


SOURCE = _source_table()


def parse(path: Path) -> Transcript:
    return parse_tei(path.read_bytes(), str(path))


@pytest.fixture(scope="module")
def markets() -> Transcript:
    return parse(FINANCIELE_MARKTEN_2022)


@pytest.fixture(scope="module")
def kok() -> Transcript:
    return parse(KOK_2018)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_u_becomes_one_turn_and_every_person_one_speaker(path: Path) -> None:
    utterances, persons = SOURCE[path.name]
    transcript = parse(path)
    assert len(transcript.turns) == utterances
    assert len({turn.speaker for turn in transcript.turns}) == persons
    assert [turn.index for turn in transcript.turns] == list(range(utterances))


def test_turn_counts_per_sample() -> None:
    assert {path.name: len(parse(path).turns) for path in SAMPLES} == {
        KOK_2018.name: 4,
        LERARENREGISTER_2021.name: 78,
        FINANCIELE_MARKTEN_2022.name: 54,
    }


def test_motion_notes_inside_an_utterance_are_not_its_text_but_follow_it(markets: Transcript) -> None:
    alkaya = markets.turns[1]
    assert (alkaya.speaker, alkaya.party, alkaya.label) == ("Alkaya", "SP", "De heer Alkaya (SP)")
    assert alkaya.text == (
        "Voorzitter, dank u wel. Ik heb één motie. Het is een relatief lange motie voor mijn doen. "
        "Ik zal de motie dus gewoon voorlezen."
    )
    motion = markets.events[0]
    assert (motion.kind, motion.after_turn) == ("motion", 1)
    assert motion.text.startswith("Motie\nDe Kamer,\ngehoord de beraadslaging,\nconstaterende dat")
    assert motion.text.endswith("Deze motie is voorgesteld door het lid Alkaya.\nZij krijgt nr. kst-32545-159")
    assert [event.kind for event in markets.events].count("motion") == 5
    assert not any("verzoekt de regering" in turn.text for turn in markets.turns)


def _motion_text(dictum: str) -> list[str]:
    return ["Motie", "De Kamer,", "gehoord de beraadslaging,", f"verzoekt de regering {dictum},",
            "en gaat over tot de orde van de dag."]


def test_motions_printed_texts_first_and_numbers_after_become_one_event_each_numbered_in_order() -> None:
    # As in ParlaMint-NL 2021-11-23 (Koerhuis, nrs. 919-921): three texts, then three trailer pairs.
    lines = [*_motion_text("te evalueren"), *_motion_text("te implementeren"), *_motion_text("te informeren"),
             "Deze motie is voorgesteld door de leden Koerhuis en Beckerman.", "Zij krijgt nr. kst-32813-919",
             "Deze motie is voorgesteld door het lid Koerhuis.", "Zij krijgt nr. kst-32813-920",
             "Deze motie is voorgesteld door het lid Koerhuis.", "Zij krijgt nr. kst-32813-921"]
    motions = split_motions(lines)
    assert [m[3] for m in motions] == ["verzoekt de regering te evalueren,", "verzoekt de regering te implementeren,",
                                       "verzoekt de regering te informeren,"]
    assert [m[-1] for m in motions] == ["Zij krijgt nr. kst-32813-919", "Zij krijgt nr. kst-32813-920",
                                        "Zij krijgt nr. kst-32813-921"]
    assert motions[0][-2] == "Deze motie is voorgesteld door de leden Koerhuis en Beckerman."


def test_motions_each_with_their_own_number_are_split_where_each_begins() -> None:
    first = [*_motion_text("a"), "Deze motie is voorgesteld door het lid A.", "Zij krijgt nr. 1"]
    second = [*_motion_text("b"), "Deze motie is voorgesteld door het lid B.", "Zij krijgt nr. 2"]
    assert split_motions([*first, *second]) == [first, second]


def test_motions_whose_numbers_do_not_add_up_stay_one_event() -> None:
    lines = [*_motion_text("a"), *_motion_text("b"), "Deze motie is voorgesteld door het lid A.", "Zij krijgt nr. 1"]
    assert split_motions(lines) == [lines]
    single = [*_motion_text("a"), "Deze motie is voorgesteld door het lid A.", "Zij krijgt nr. 1"]
    assert split_motions(single) == [single]


def test_notes_between_utterances_are_events_in_order(markets: Transcript) -> None:
    comment = markets.events[1]
    assert (comment.kind, comment.after_turn) == ("comment", 1)
    assert comment.text.startswith("Dank voor uw inbreng. Dan is vervolgens het woord aan de heer Tony van Dijck.")
    suspension = next(event for event in markets.events if event.kind == "time")
    assert suspension.text == "De vergadering wordt van 10.27 uur tot 10.38 uur geschorst."
    after = [event.after_turn for event in markets.events]
    assert after == sorted(after)


def test_chair_is_named_from_who_because_the_label_names_no_one(markets: Transcript) -> None:
    chair_turns = [turn for turn in markets.turns if turn.is_chair]
    assert len(chair_turns) == 23
    assert {(t.speaker, t.role, t.party, t.label) for t in chair_turns} == {
        ("Vera Bergkamp", "chair", None, "De voorzitter")
    }


def test_guest_with_minister_label_is_a_minister(markets: Transcript) -> None:
    ministers = [turn for turn in markets.turns if turn.role == "minister"]
    assert len(ministers) == 11
    assert {(t.speaker, t.party, t.function, t.is_chair) for t in ministers} == {("Kaag", None, None, False)}


def test_members_keep_name_and_party_from_the_printed_label() -> None:
    speakers = {(t.speaker, t.party, t.role) for t in parse(LERARENREGISTER_2021).turns if t.role == "member"}
    assert ("Van der Staaij", "SGP", "member") in speakers
    assert ("Westerveld", "GroenLinks", "member") in speakers
    assert ("De Hoop", "PvdA", "member") in speakers
    assert ("Pouw-Verweij", "JA21", "member") in speakers
    markets = {(t.speaker, t.party, t.role) for t in parse(FINANCIELE_MARKTEN_2022).turns}
    assert ("Tony van Dijck", "PVV", "member") in markets


def test_a_guest_whose_label_names_a_party_is_a_member(markets: Transcript) -> None:
    # ParlaMint-NL marks every senator of the Eerste Kamer sitting of 2 November 2021 "#guest";
    # the same file with its members marked so must read the same.
    as_guests = FINANCIELE_MARKTEN_2022.read_bytes().replace(b'ana="#regular"', b'ana="#guest"')
    assert as_guests.count(b'ana="#guest"') > 11  # more than the minister's own turns
    guests = parse_tei(as_guests, "as-guests.xml")
    assert [(t.speaker, t.party, t.role) for t in guests.turns] == [(t.speaker, t.party, t.role) for t in markets.turns]


def test_metadata_comes_from_the_header_and_the_head(markets: Transcript) -> None:
    assert markets.id == "ParlaMint-NL_2022-02-03-tweedekamer-4"
    assert markets.title == "Financiële markten - consumenten en dienstverlening"
    assert markets.agenda == ("Financiële markten - consumenten en dienstverlening",)
    assert (markets.date, markets.chamber, markets.kind) == ("2022-02-03", "Tweede Kamer", "plenair")
    assert markets.source_format == "parlamint"
    assert {turn.section for turn in markets.turns} == {"Financiële markten - consumenten en dienstverlening"}
    assert markets.warnings == ()


def test_the_turn_an_event_follows_is_none_before_the_first_and_past_the_last(markets: Transcript) -> None:
    motion = next(e for e in markets.events if e.kind == "motion")
    assert markets.turn_at(motion.after_turn) is markets.turns[motion.after_turn]
    assert markets.turn_at(-1) is None and markets.turn_at(len(markets.turns)) is None


def test_turn_ids_are_stable_and_point_back_to_the_u(markets: Transcript) -> None:
    again = parse_tei(FINANCIELE_MARKTEN_2022.read_bytes(), "renamed.xml")
    assert [turn.id for turn in again.turns] == [turn.id for turn in markets.turns]
    assert markets.turns[1].id == "ParlaMint-NL_2022-02-03-tweedekamer-4:t0001"
    assert markets.extra["turn_source_ids"][1] == "ParlaMint-NL_2022-02-03-tweedekamer-4.u2"


def test_2018_sample_without_head_takes_its_section_from_the_first_untyped_note(kok: Transcript) -> None:
    assert kok.title == "Herdenking W. Kok"
    assert kok.agenda == ("Herdenking W. Kok",)
    assert {turn.section for turn in kok.turns} == {"Herdenking W. Kok"}
    assert (kok.date, kok.chamber) == ("2018-10-30", "Eerste Kamer")


def test_2018_sample_without_labels_names_speakers_from_who(kok: Transcript) -> None:
    assert [(t.speaker, t.role, t.is_chair, t.label) for t in kok.turns] == [
        ("Ankie Broekers-Knol", "chair", True, None),
        ("Mark Rutte", "member", False, None),  # @ana says #regular, so member, though he is premier
        ("Ankie Broekers-Knol", "chair", True, None),
        ("Ankie Broekers-Knol", "chair", True, None),
    ]


def test_2018_sampling_gap_is_an_event_and_a_warning(kok: Transcript) -> None:
    assert [(e.kind, e.after_turn) for e in kok.events] == [("gap", 1), ("comment", 2), ("comment", 3)]
    assert kok.events[0].text == "editorial: SAMPLING"
    assert len(kok.warnings) == 1 and "SAMPLING" in kok.warnings[0]
    assert kok.events[1].text == "(De aanwezigen nemen enkele ogenblikken stilte in acht.)"


def test_truncated_file_raises_parse_error_naming_file_and_line() -> None:
    data = FINANCIELE_MARKTEN_2022.read_bytes()
    with pytest.raises(TranscriptParseError) as caught:
        parse_tei(data[: len(data) // 2], str(FINANCIELE_MARKTEN_2022))
    assert (caught.value.path, caught.value.line) == (str(FINANCIELE_MARKTEN_2022), 273)
    assert str(caught.value).startswith(f"{FINANCIELE_MARKTEN_2022}:273: malformed XML")


def test_sniffer_recognises_tei_and_not_vlos() -> None:
    assert all(looks_like_tei(path.read_bytes()[:8192]) for path in SAMPLES)
    assert not looks_like_tei(next(VLOS_DIR.glob("*.xml")).read_bytes()[:8192])
    assert not looks_like_tei(b"<html><body>De voorzitter</body></html>")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("De heer Alkaya (SP)", SpeakerLabel("Alkaya", "SP", "member", None)),
        ("De heer Van der Staaij (SGP)", SpeakerLabel("Van der Staaij", "SGP", "member", None)),
        ("De heer Tony van Dijck (PVV)", SpeakerLabel("Tony van Dijck", "PVV", "member", None)),
        ("Mevrouw Mutluer (GroenLinks-PvdA):", SpeakerLabel("Mutluer", "GroenLinks-PvdA", "member", None)),
        ("Mevrouw Van der Werf\n   (D66):", SpeakerLabel("Van der Werf", "D66", "member", None)),
        ("Kamerlid Dijk (SP):", SpeakerLabel("Dijk", "SP", "member", None)),
        ("De heer Eichelsheim:", SpeakerLabel("Eichelsheim", None, "other", None)),
        ("Minister Hoekstra", SpeakerLabel("Hoekstra", None, "minister", None)),
        ("Minister Van Weel:", SpeakerLabel("Van Weel", None, "minister", None)),
        ("Minister van Financiën", SpeakerLabel(None, None, "minister", "Minister van Financiën")),
        ("Minister-president Rutte", SpeakerLabel("Rutte", None, "minister", "Minister-president")),
        ("Staatssecretaris Van Oostenbruggen:", SpeakerLabel("Van Oostenbruggen", None, "state_secretary", None)),
        ("De voorzitter", SpeakerLabel(None, None, "chair", None)),
        ("De voorzitter:", SpeakerLabel(None, None, "chair", None)),
    ],
)
def test_printed_speaker_label_is_read_into_name_party_role_function(label: str, expected: SpeakerLabel) -> None:
    assert parse_speaker_label(label) == expected


@pytest.mark.parametrize(
    "text", ["Voorzitter: Van Nispen", "Dank u wel.", "Mevrouw de voorzitter.", "De heer Van Campen zegt", ""]
)
def test_text_that_is_not_a_speaker_label_is_rejected(text: str) -> None:
    assert parse_speaker_label(text) is None


@pytest.mark.parametrize(
    ("who", "name"),
    [
        ("#MahirAlkaya", "Mahir Alkaya"),
        ("#KeesvanderStaaij", "Kees van der Staaij"),
        ("#AnkieBroekers-Knol", "Ankie Broekers-Knol"),
        ("#MariëllePaul", "Mariëlle Paul"),
        ("#PieterOmtzigt", "Pieter Omtzigt"),  # "ter" is not split off: it ends given names too
    ],
)
def test_person_id_is_spelled_out_as_a_name(who: str, name: str) -> None:
    assert name_from_person_id(who) == name


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_turns_match_golden_file(path: Path, regen_golden: bool) -> None:
    check_golden(GOLDEN_DIR / f"{path.name}.turns.json", golden_rows(parse(path), XML_TURN_FIELDS), regen_golden)
