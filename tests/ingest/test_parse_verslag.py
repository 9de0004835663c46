from __future__ import annotations

import re
from collections import Counter

import pytest
from samples import GOLDEN_DIR, VERSLAG_SAMPLE, VLOS_DIR, check_golden, golden_rows

from ingest.errors import EmptyTranscriptError
from ingest.models import Transcript
from ingest.parse_verslag import looks_like_verslag, parse_verslag

GOLDEN = GOLDEN_DIR / f"{VERSLAG_SAMPLE.stem}.turns.json"


@pytest.fixture(scope="module")
def sample_text() -> str:
    return VERSLAG_SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample(sample_text: str) -> Transcript:
    return parse_verslag(sample_text, str(VERSLAG_SAMPLE))


def _turn_text(body: str) -> str:
    """The text of the only member turn in a tiny verslag whose speech is ``body``."""
    transcript = parse_verslag(f"De heer Van Nispen (SP):\n{body}\n", "tiny.txt")
    assert len(transcript.turns) == 1
    return transcript.turns[0].text


# --- the sample: speakers -------------------------------------------------------------------


def test_sample_has_104_turns_by_five_speakers(sample: Transcript) -> None:
    assert len(sample.turns) == 104
    assert Counter(turn.speaker for turn in sample.turns) == {
        "Van Oosten": 36,
        "Blok": 26,
        "Van Laar": 18,
        "Van Nispen": 14,
        "Van Toorenburg": 10,
    }


def test_sample_turns_per_label(sample: Transcript) -> None:
    assert Counter(turn.label for turn in sample.turns) == {
        "De voorzitter": 33,
        "Minister Blok": 26,
        "De heer Van Laar (PvdA)": 18,
        "De heer Van Nispen (SP)": 14,
        "Mevrouw Van Toorenburg (CDA)": 10,
        "De heer Van Oosten (VVD)": 3,
    }


def test_labels_on_the_first_line_of_a_page_are_found(sample: Transcript) -> None:
    # The two labels a plain grep misses: the PDF text gives them a leading space.
    assert (sample.turns[19].label, sample.turns[19].page) == ("Mevrouw Van Toorenburg (CDA)", 9)
    assert (sample.turns[78].label, sample.turns[78].page) == ("De voorzitter", 24)


def test_members_carry_the_party_of_their_own_label(sample: Transcript) -> None:
    members = {(t.speaker, t.party) for t in sample.turns if t.role == "member"}
    assert members == {
        ("Van Laar", "PvdA"),
        ("Van Nispen", "SP"),
        ("Van Oosten", "VVD"),
        ("Van Toorenburg", "CDA"),
    }
    assert not any(t.is_chair for t in sample.turns if t.role == "member")


def test_minister_function_comes_from_the_header(sample: Transcript) -> None:
    ministers = [t for t in sample.turns if t.label == "Minister Blok"]
    assert len(ministers) == 26
    assert {(t.speaker, t.role, t.function, t.party) for t in ministers} == {
        ("Blok", "minister", "Minister van Veiligheid en Justitie", None)
    }


def test_chair_turns_resolve_to_the_sitting_chair(sample: Transcript) -> None:
    chair_turns = [t for t in sample.turns if t.label == "De voorzitter"]
    assert len(chair_turns) == 33
    assert {(t.speaker, t.party, t.role, t.is_chair) for t in chair_turns} == {
        ("Van Oosten", "VVD", "chair", True)
    }


def test_chair_stays_a_member_while_someone_else_chairs(sample: Transcript) -> None:
    # "Voorzitter: Van Nispen" follows turns 17 and 64; "Voorzitter: Van Oosten" 20 and 65.
    chair_events = [(e.text, e.after_turn) for e in sample.events if e.kind == "chair"]
    assert chair_events == [
        ("Voorzitter: Van Oosten", -1),
        ("Voorzitter: Van Nispen", 17),
        ("Voorzitter: Van Oosten", 20),
        ("Voorzitter: Van Nispen", 64),
        ("Voorzitter: Van Oosten", 65),
    ]
    stretches = [sample.turns[18:21], sample.turns[65:66]]
    inside = [(t.speaker, t.role, t.is_chair) for stretch in stretches for t in stretch]
    # Van Nispen chairs but never speaks as chair in these stretches: no "De voorzitter" turn.
    assert inside == [
        ("Van Oosten", "member", False),
        ("Van Toorenburg", "member", False),
        ("Van Oosten", "member", False),
        ("Van Oosten", "member", False),
    ]


def test_chair_change_reassigns_following_turns() -> None:
    text = (
        " Voorzitter: Van Oosten \nGriffier: Tielens-Tripels\n\n"
        "De voorzitter: \nIk geef het woord aan de heer Van Nispen.\n\n"
        "De heer Van Nispen (SP): \nVoorzitter. Dank u.\n\n"
        "Voorzitter: Van Nispen\n\n"
        "De heer Van Oosten (VVD): \nVoorzitter. Een vraag.\n\n"
        "De voorzitter: \nDank u wel.\n\n"
        "Voorzitter: Van Oosten\n\n"
        "De voorzitter: \nWe gaan verder.\n"
    )
    turns = parse_verslag(text, "chair.txt").turns
    assert [(t.speaker, t.party, t.role, t.is_chair) for t in turns] == [
        ("Van Oosten", "VVD", "chair", True),
        ("Van Nispen", "SP", "member", False),
        ("Van Oosten", "VVD", "member", False),
        ("Van Nispen", "SP", "chair", True),
        ("Van Oosten", "VVD", "chair", True),
    ]
    assert all(t.label == "De voorzitter" for t in turns if t.is_chair)


def test_chair_before_any_chair_line_is_left_unresolved() -> None:
    transcript = parse_verslag("De voorzitter:\nWelkom.\n", "nochair.txt")
    turn = transcript.turns[0]
    assert (turn.speaker, turn.party, turn.role, turn.is_chair) == (
        "De voorzitter",
        None,
        "chair",
        True,
    )
    assert any("unresolved" in warning for warning in transcript.warnings)


def test_chair_party_is_left_empty_when_the_chair_never_speaks_as_member() -> None:
    turns = parse_verslag("Voorzitter: Ypma\n\nDe voorzitter:\nWelkom.\n", "ypma.txt").turns
    assert (turns[0].speaker, turns[0].party) == ("Ypma", None)


def test_label_with_text_on_the_same_line_starts_a_turn_only_at_a_paragraph_start() -> None:
    text = (
        "Voorzitter: Van Oosten\n\n"
        "De voorzitter: Welkom allemaal.\n\n"
        "De heer Van Laar (PvdA):\nIk citeer het verslag:\n"
        "Minister Blok: dat is niet zo.\nEinde citaat.\n"
    )
    turns = parse_verslag(text, "sameline.txt").turns
    assert [(t.speaker, t.text) for t in turns] == [
        ("Van Oosten", "Welkom allemaal."),
        ("Van Laar", "Ik citeer het verslag: Minister Blok: dat is niet zo. Einde citaat."),
    ]


def test_label_with_text_right_after_a_chair_line_starts_a_turn() -> None:
    # PDF text has no blank lines; a chair line ends the paragraph before it all the same.
    text = "Voorzitter: Van Oosten\nDe voorzitter: Welkom.\nDe heer Van Laar (PvdA):\nDank u.\n"
    turns = parse_verslag(text, "nopara.txt").turns
    assert [(t.speaker, t.role, t.text) for t in turns] == [
        ("Van Oosten", "chair", "Welkom."),
        ("Van Laar", "member", "Dank u."),
    ]


def test_guest_without_party_gets_a_turn_of_role_other() -> None:
    text = (
        "Voorzitter: Ypma\n\nDe voorzitter:\nHet woord is aan de heer Eichelsheim.\n\n"
        "De heer Eichelsheim:\nDank u wel.\n"
    )
    turns = parse_verslag(text, "guest.txt").turns
    assert [(t.speaker, t.party, t.role, t.text) for t in turns] == [
        ("Ypma", None, "chair", "Het woord is aan de heer Eichelsheim."),
        ("Eichelsheim", None, "other", "Dank u wel."),
    ]


def test_office_label_without_a_name_takes_the_name_the_header_gives() -> None:
    text = (
        "De vaste commissie voor Financiën heeft op 3 maart 2021 overleg gevoerd met de heer\n"
        "Hoekstra, Minister van Financiën, over:\n– de brief.\n\n"
        "De minister van Financiën:\nDank u.\n"
    )
    turn = parse_verslag(text, "office.txt").turns[0]
    assert (turn.speaker, turn.role, turn.function, turn.label) == (
        "Hoekstra",
        "minister",
        "Minister van Financiën",
        "De minister van Financiën",
    )


def test_speech_ending_in_a_colon_is_not_a_label() -> None:
    text = "De heer Van Laar (PvdA):\nIk citeer.\nDe heer Van Nispen zei:\nhet gaat niet goed.\n"
    turns = parse_verslag(text, "colon.txt").turns
    assert [(t.speaker, t.text) for t in turns] == [
        ("Van Laar", "Ik citeer. De heer Van Nispen zei: het gaat niet goed.")
    ]


# --- the sample: text -----------------------------------------------------------------------


def test_no_footer_label_or_chair_line_leaks_into_turn_text(sample: Transcript) -> None:
    leaks = re.compile(
        r"vergaderjaar|nr\. 157 \d|\((?:SP|VVD|PvdA|CDA)\):|De voorzitter:|Minister Blok:"
        r"|Voorzitter: Van|Griffier:|geschorst\.|Sluiting 11"
    )
    assert [t.index for t in sample.turns if leaks.search(t.text)] == []
    assert all(t.text and t.text == t.text.strip() and "  " not in t.text for t in sample.turns)


def test_turn_text_joins_across_a_page_footer(sample: Transcript) -> None:
    # Turn 29 runs over the footer "Tweede Kamer, vergaderjaar 2016–2017, 28 638, nr. 157 11".
    assert "neergelegd in de laatste begroting. Maar volgens mij staan we" in sample.turns[29].text


@pytest.mark.parametrize(
    ("index", "joined"),
    [
        (0, "Aan de orde is het algemeen overleg Mensenhandel. Welkom"),  # Mensen- / handel
        (1, "Het Centrum tegen Kinderhandel en Mensenhandel (CKM)"),  # Kinder- / handel
        (1, "binnen de migratie- en vluchtelingenketen?"),  # hyphen + "en" keeps the hyphen
        (5, "politieagenten ons dat er zorgen zijn"),  # politie- / agenten
        (8, "de commissie-Azough, heeft"),  # capitalised second part keeps the hyphen
        (23, "van de vervolgings- en oplossingscijfers."),
        (50, "heeft de Staatssecretaris van VWS onderzoek"),  # Staatsse- / cretaris
        (97, "over niet-geregistreerde thuiswerkende prostituees"),  # hard hyphen "niet- "
    ],
)
def test_words_broken_at_line_ends_are_rejoined(
    sample: Transcript, index: int, joined: str
) -> None:
    assert joined in sample.turns[index].text


def test_real_hyphens_and_ranges_in_the_agenda_survive(sample: Transcript) -> None:
    first, second = sample.agenda[0], sample.agenda[1]
    assert "de wettelijke taak van de Koninklijke Marechaussee" in first
    assert "(in reactie op motie-Segers c.s. Kamerstuk 33 885, nr. 30)" in first
    assert "inzake de monitor Mensenhandel 2011–2015 (Kamerstuk 28 638, nr. 151)" in second


def test_hyphens_inside_a_line_are_left_alone(sample: Transcript) -> None:
    text = " ".join(turn.text for turn in sample.turns)
    for phrase in ("zeden- en geweldsdelicten", "West-Afrika", "B8/3-procedure"):
        assert phrase in text


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        ("mensen-\nhandel", "mensenhandel"),
        ("West-\nAfrika", "West-Afrika"),
        ("zeden-\nen geweldsdelicten", "zeden- en geweldsdelicten"),
        ("wel-\nof niet", "wel- of niet"),
        ("2011–\n2015", "2011–2015"),
        ("B8/3-\nprocedure", "B8/3-procedure"),
        ("niet-\ngeregistreerde", "niet-geregistreerde"),
        ("zee-\negel", "zee-egel"),
        ("heen-\nen-weerprocessie", "heen-en-weerprocessie"),
        ("ver\u00ad\nslag", "verslag"),
        ("de Staat – \ndit klinkt", "de Staat – dit klinkt"),
    ],
)
def test_line_break_hyphenation_rules(lines: str, joined: str) -> None:
    assert _turn_text(lines) == joined


# --- the sample: pages, events, ids, metadata -----------------------------------------------


@pytest.mark.parametrize(
    ("index", "page"),
    [(0, 2), (2, 3), (19, 9), (29, 11), (30, 12), (78, 24), (85, 25), (103, 27)],
)
def test_turn_page_is_the_page_its_label_is_printed_on(
    sample: Transcript, index: int, page: int
) -> None:
    assert sample.turns[index].page == page


def test_pages_never_decrease_and_agree_with_every_footer(sample: Transcript) -> None:
    pages = [turn.page or 0 for turn in sample.turns]
    assert pages == sorted(pages)
    assert set(pages) == set(range(2, 28))  # page 1 is the header; every other page has a turn
    assert sample.warnings == ()  # a footer disagreeing with the count would warn


def test_leading_space_marks_a_page_start_without_footer() -> None:
    text = (
        "De heer Van Laar (PvdA):\nEen.\n Twee.\n\n"
        "Minister Blok:\nDrie.\n Mevrouw Ploumen (PvdA):\nVier.\n"
    )
    assert [t.page for t in parse_verslag(text, "pages.txt").turns] == [1, 2, 3]


def test_form_feeds_mark_page_starts_and_leading_spaces_do_not() -> None:
    text = "De heer Van Laar (PvdA):\n Een.\n\fMinister Blok:\n Twee.\n\f\fMinister Blok:\nDrie.\n"
    assert [t.page for t in parse_verslag(text, "pages.txt").turns] == [1, 2, 4]


def test_footer_number_overrides_the_page_count_with_a_warning() -> None:
    text = (
        "De heer Van Laar (PvdA):\nEen.\n"
        "Tweede Kamer, vergaderjaar 2016–2017, 28 638, nr. 157 11\n\n"
        "Minister Blok:\nTwee.\n"
    )
    transcript = parse_verslag(text, "footer.txt")
    assert [t.page for t in transcript.turns] == [1, 12]
    assert transcript.warnings == (
        "line 3: footer says page 11, counted 1; numbering follows the footer",
    )
    assert [t.text for t in transcript.turns] == ["Een.", "Twee."]


def test_procedural_lines_become_events_not_speech(sample: Transcript) -> None:
    assert [(e.kind, e.text, e.after_turn) for e in sample.events if e.kind != "chair"] == [
        ("opening", "Aanvang 10.02 uur.", -1),
        ("suspension", "De vergadering wordt van 10.31 uur tot 10.45 uur geschorst.", 21),
        ("suspension", "De vergadering wordt enkele ogenblikken geschorst.", 68),
        ("closing", "Sluiting 11.49 uur.", 103),
    ]
    assert sample.turns[21].text.endswith("daarom schors ik de vergadering tot 10.45 uur.")


def test_wrapped_suspension_line_is_one_event() -> None:
    text = (
        "Minister Blok:\nIk ben klaar.\n"
        "De vergadering wordt van 10.31 uur tot\n10.45 uur geschorst.\n"
        "Minister Blok:\nIk ga verder.\n"
    )
    transcript = parse_verslag(text, "wrap.txt")
    assert [t.text for t in transcript.turns] == ["Ik ben klaar.", "Ik ga verder."]
    assert [(e.kind, e.after_turn) for e in transcript.events] == [("suspension", 0)]


def test_text_after_an_event_without_a_label_is_reported_not_attributed() -> None:
    text = (
        "Minister Blok:\nJa.\n\n"
        "De vergadering wordt enkele ogenblikken geschorst.\n\nWie zegt dit?\n"
    )
    transcript = parse_verslag(text, "orphan.txt")
    assert [t.text for t in transcript.turns] == ["Ja."]
    assert transcript.warnings == (
        "line 6: text outside any speaker turn, not attributed: 'Wie zegt dit?'",
    )


def test_ids_are_stable_and_derived_from_the_kamerstuk_number(sample_text: str) -> None:
    first = parse_verslag(sample_text, "a.txt")
    second = parse_verslag(sample_text, "elsewhere/b.txt")
    assert first.id == second.id == "kst-28638-157"
    assert [t.id for t in first.turns] == [t.id for t in second.turns]
    assert first.turns[0].id == "kst-28638-157:t0000"
    assert first.turns[103].id == "kst-28638-157:t0103"
    assert first.turns == second.turns


def test_id_without_footer_is_a_hash_of_the_content() -> None:
    text = "Minister Blok:\nJa.\n"
    first, again = parse_verslag(text, "a.txt"), parse_verslag(text, "b.txt")
    other = parse_verslag("Minister Blok:\nNee.\n", "a.txt")
    assert first.id == again.id != other.id
    assert re.fullmatch(r"verslag-[0-9a-f]{16}", first.id)


def test_sample_metadata(sample: Transcript) -> None:
    assert sample.source_format == "verslag"
    assert sample.source_path == str(VERSLAG_SAMPLE)
    assert sample.title == "Algemeen overleg Mensenhandel"
    assert sample.date == "2017-02-16"
    assert sample.chamber == "Tweede Kamer"
    assert sample.kind == "algemeen overleg"
    assert sample.committee == "vaste commissie voor Veiligheid en Justitie"
    assert sample.number == "28 638, nr. 157"
    assert (sample.start_time, sample.end_time) == ("2017-02-16T10:02:00", "2017-02-16T11:49:00")
    assert sample.participants == ("Van Laar", "Van Nispen", "Van Oosten", "Van Toorenburg", "Blok")


def test_sample_agenda_lists_the_four_letters(sample: Transcript) -> None:
    assert len(sample.agenda) == 4
    assert all(item.startswith("de brief van") for item in sample.agenda)
    assert sample.agenda[3].endswith(
        "de aanpak en de samenwerking door professionals (Kamerstuk 28 638, nr. 152)"
    )


def test_sample_turns_match_golden_file(sample: Transcript, regen_golden: bool) -> None:
    rows = golden_rows(sample, ("speaker", "party", "role", "is_chair", "page"))
    check_golden(GOLDEN, rows, regen_golden)


# --- errors and sniffing --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n", "Dit is een brief zonder sprekers.\nGroet.\n"])
def test_text_without_speaker_labels_raises_empty_transcript_naming_the_file(text: str) -> None:
    with pytest.raises(EmptyTranscriptError) as caught:
        parse_verslag(text, "corpus/leeg.txt")
    assert caught.value.path == "corpus/leeg.txt"
    assert str(caught.value).startswith("corpus/leeg.txt: ")


def test_sample_looks_like_a_verslag(sample_text: str) -> None:
    assert looks_like_verslag(sample_text)


def test_labels_without_footer_look_like_a_verslag() -> None:
    assert looks_like_verslag("De voorzitter:\nWelkom.\n\nMinister Blok:\nDank u.\n")


@pytest.mark.parametrize(
    "text",
    [
        sorted(VLOS_DIR.glob("*.xml"))[0].read_text(encoding="utf-8"),
        '<?xml version="1.0"?>\n<TEI>\n<u who="#x">De voorzitter:</u>\n</TEI>\n',
        "Een gewone brief.\nMet twee regels.\n",
        "",
    ],
    ids=["vlos", "tei", "prose", "empty"],
)
def test_xml_and_prose_do_not_look_like_a_verslag(text: str) -> None:
    assert not looks_like_verslag(text)
