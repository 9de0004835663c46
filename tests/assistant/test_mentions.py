"""Which of the people a question names it is about (assistant/mentions.py): possessors and the
authors of what is discussed are not the speaker, nor is the question phrase before an English
subject."""

import pytest
from samples import VERSLAG_SAMPLE, VLOS_DIR

from assistant.mentions import attachment, party_mentions, speaker_mentions
from assistant.question import parse_question, unknown_speaker
from assistant.speaker_directory import Speaker, SpeakerDirectory
from ingest.chunking import chunk_transcript
from ingest.detect import parse_file

POLITIE = next(VLOS_DIR.glob("sample_vlos_1e040503*.xml"))


@pytest.fixture(scope="module")
def directory() -> SpeakerDirectory:
    metas = [c.metadata.to_chroma() for path in (VERSLAG_SAMPLE, POLITIE) for c in chunk_transcript(parse_file(path))]
    return SpeakerDirectory.from_metadatas(metas)


def _who(question: str, directory: SpeakerDirectory) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    c = parse_question(question, directory).constraints
    return c.speakers, c.roles, c.parties


@pytest.mark.parametrize("question", [
    "Why was Van der Werf's microphone switched off during the debate?",
    "Waarom ging de microfoon van Van der Werf uit?",
    "What is in the SP's election platform on the police?",
])
def test_the_owner_of_a_thing_is_not_the_speaker(directory, question: str) -> None:
    assert _who(question, directory) == ((), (), ())


def test_with_an_owner_dropped_the_subject_is_whoever_else_the_question_names(directory) -> None:
    question = "Which comparison with the SP's election platform did the minister draw when Van Laar asked?"
    assert _who(question, directory) == ((), ("minister",), ())


@pytest.mark.parametrize(("question", "roles"), [
    ("Welke moties van Van Nispen werden besproken en hoe oordeelde de minister erover?", ("minister",)),
    ("Why did the minister reject Van Laar's motion on the rapporteur?", ("minister",)),
    ("Waarom ontraadde de minister de motie-Van Toorenburg over taakstraffen?", ("minister",)),
])
def test_the_author_of_a_motion_yields_to_the_one_who_judged_it(directory, question: str, roles) -> None:
    assert _who(question, directory) == ((), roles, ())


@pytest.mark.parametrize(("question", "speakers"), [
    ("Wat vroeg de motie van Van Nispen?", ("van nispen",)),
    ("What did Van Laar's motion ask the government to do?", ("van laar",)),
    ("What was the SP's position on the rapporteur?", ()),
])
def test_an_author_named_alone_or_asking_the_government_stays_the_speaker(directory, question: str, speakers) -> None:
    speakers_found, roles, parties = _who(question, directory)
    assert speakers_found == speakers and roles == ()
    assert parties == (() if speakers else ("SP",))


@pytest.mark.parametrize("question", [
    "Klopte de bewering van Van Nispen dat de politie 608 zaken liet liggen?",
    "Is it true, as Van Laar claimed, that the money pays for one unit only?",
    "Was Van Laar right that the money pays for one unit only?",
])
def test_whether_a_claim_is_true_is_not_asked_of_the_one_who_made_it(directory, question: str) -> None:
    assert _who(question, directory) == ((), (), ())


@pytest.mark.parametrize(("question", "expected"), [
    ("Which long-term government obligation did Van Nispen cite?", (("van nispen",), (), ())),
    ("Which VVD proposal did the minister support?", ((), ("minister",), ())),
    ("Which SP member did the chair call first?", ((), ("chair",), ())),
    # no mention right after the auxiliary: nothing is dropped
    ("What did the House decide about the SP motion?", ((), (), ("SP",))),
])
def test_the_question_phrase_before_an_english_subject_is_not_the_speaker(directory, question: str, expected) -> None:
    assert _who(question, directory) == expected


@pytest.mark.parametrize(("question", "kind"), [
    ("de bewering van Van Nispen", "author"),
    ("het informatieverzoek van Van Nispen", "author"),  # a Dutch compound ends in its noun
    ("the motion by Van Nispen", "author"),
    ("Van Nispen's own amendment", "author"),
    ("de microfoon van Van Nispen", "possessor"),
    ("Van Nispen's microphone", "possessor"),
    ("het Kamerlid van de SP", None),
    ("Wat vond de minister van Van Nispen", None),
    ("what was said by Van Nispen", None),
])
def test_a_name_hangs_on_the_noun_before_it(directory, question: str, kind) -> None:
    (mention,) = speaker_mentions(question, directory) + party_mentions(question, directory)
    assert attachment(question, mention) == kind


def test_a_surname_typed_with_its_particles_starts_at_them() -> None:
    tony = Speaker("Tony van Dijck", "tony van dijck", frozenset({"PVV"}), frozenset({"member"}),
                   frozenset(), frozenset())
    directory = SpeakerDirectory({"tony van dijck": tony}, {"pvv": "PVV"}, {})
    question = "Hoe legde Van Dijck uit dat zijn motie geen herhaling was?"
    (mention,) = speaker_mentions(question, directory)
    assert question[mention.start:mention.end] == "Van Dijck"
    assert attachment(question, mention) is None
    assert parse_question(question, directory).constraints.speakers == ("tony van dijck",)


@pytest.mark.parametrize(("question", "party"), [
    ("Did the Partij van de Arbeid want the rapporteur to look at boys?", "PvdA"),
    ("Welke christendemocraat vroeg naar taakstraffen?", "CDA"),
    ("Wat zei het CDA, de enige Christen-Democratisch Appèl-fractie, over taakstraffen?", "CDA"),
    ("What did the Socialist Party say about police budget cuts?", "SP"),  # was "No transcript contains “Socialist”"
    ("What did the Party for Freedom say about the police?", "PVV"),
    ("Wat zei GL-PvdA over de Politieacademie?", "GroenLinks-PvdA"),
    ("Wat zegde het VVD-Kamerlid toe over de bodycams?", "VVD"),  # a capital after the hyphen: Kamerlid
    ("Wat vindt het GroenLinks-PvdA-Kamerlid van de bodycams?", "GroenLinks-PvdA"),
])
def test_a_party_is_also_named_by_its_full_name_or_its_members(directory, question: str, party: str) -> None:
    assert parse_question(question, directory).constraints.parties == (party,)


def test_a_party_named_in_full_is_no_unknown_speaker(directory) -> None:
    assert unknown_speaker("What did Partij van de Arbeid say about boys?", directory) is None
    assert unknown_speaker("Wat zei Partij voor de Vrijheid over de politie?", directory) is None


def test_the_cabinet_named_after_volgens_is_every_cabinet_role_though_a_minister_was_named_before(directory) -> None:
    """A role word that names several roles ("het kabinet": minister and state secretary) is each of
    them wherever it stands: "Mevrouw Dobbe bleef de minister van Defensie doorvragen ... Wanneer
    komen die volgens het kabinet?" kept only the state secretary (the minister's mention was the
    one before "volgens"), and the state secretary for Defence answered (`dev-structure-16`)."""
    question = "Mevrouw Dobbe bleef de minister doorvragen over scherfvesten. Wanneer komen die volgens het kabinet?"
    assert set(_who(question, directory)[1]) == {"minister", "state_secretary"}
