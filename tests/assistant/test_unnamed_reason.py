"""A question about what one named speaker said about a named thing that only other speakers of
the debate name is "not in the transcripts" with that reason (`assistant.refusals.unnamed_reason`):
"Wat zei Mark Rutte bij de herdenking van Wim Kok over het Akkoord van Wassenaar?" was answered with
Rutte's eulogy, which never names it; only the Senate's president does."""

from __future__ import annotations

import dataclasses

from assistant.constraints import Constraints
from assistant.plan import Plan
from assistant.refusals import name_unsaid, unnamed_reason
from assistant.speaker_directory import Speaker, SpeakerDirectory
from tests.assistant.test_structure_commitments import _debate, _exchange

COMMEMORATION = _debate(
    ("Broekers-Knol", "chair", "Wim Kok stond aan de wieg van het Akkoord van Wassenaar. In Maastricht werd hij geprezen."),
    ("Mark Rutte", "minister", "Wim Kok werkte aan Nederland en Europa. Zijn nalatenschap blijft, ook in Brussel."),
)
DIRECTORY = SpeakerDirectory(
    speakers={"mark rutte": Speaker("Mark Rutte", "mark rutte", frozenset({"VVD"}), frozenset({"minister"}),
                                    frozenset({"minister-president"}), frozenset({"d"})),
              "broekers-knol": Speaker("Broekers-Knol", "broekers-knol", frozenset({"VVD"}), frozenset({"chair"}),
                                       frozenset(), frozenset({"d"}))},
    parties={"vvd": "VVD"}, documents={})


def _plan(question: str, language: str = "nl") -> Plan:
    return Plan(question, question, language, Constraints(speakers=("mark rutte",)), (), None, ("Mark Rutte",))


def test_a_name_only_another_speaker_says_is_the_reason() -> None:
    reason = unnamed_reason(_plan("Wat zei Mark Rutte over het Akkoord van Wassenaar?"), COMMEMORATION, DIRECTORY)
    assert reason == "Mark Rutte noemt “Akkoord van Wassenaar” in dat debat niet; Broekers-Knol wel."


def test_a_name_reads_alike_across_languages() -> None:
    reason = unnamed_reason(_plan("What did Mark Rutte say about Kok's role in the Maastricht Treaty?", "en"),
                            COMMEMORATION, DIRECTORY)
    assert reason == "Mark Rutte does not mention “Maastricht” in that debate; Broekers-Knol does."


def test_a_name_the_speaker_says_or_nobody_says_is_no_reason() -> None:
    assert unnamed_reason(_plan("Wat zei Mark Rutte over Brussel?"), COMMEMORATION, DIRECTORY) is None
    assert unnamed_reason(_plan("Wat zei Mark Rutte over Zandvoort?"), COMMEMORATION, DIRECTORY) is None  # retrieval's
    # people, parties, offices and the question's first word are no things said about
    assert unnamed_reason(_plan("Wat zei Mark Rutte als minister-president over Broekers-Knol?"), COMMEMORATION,
                          DIRECTORY) is None
    assert unnamed_reason(_plan("Maastricht: wat zei Mark Rutte?"), COMMEMORATION, DIRECTORY) is None


def test_a_name_the_speaker_writes_in_small_letters_is_theirs() -> None:
    """The question capitalises the debate's name ("het tweeminutendebat Passend onderwijs"), the
    chair announces it so, the member speaks of "passend onderwijs" (`dev-structure-16`)."""
    debate = _debate(
        ("Broekers-Knol", "chair", "Aan de orde is het tweeminutendebat Passend onderwijs."),
        ("Mark Rutte", "minister", "Er is te weinig prioriteit voor passend onderwijs."),
    )
    question = "Wat zei Mark Rutte in het tweeminutendebat Passend onderwijs over de thuiszitters?"
    assert unnamed_reason(_plan(question), debate, DIRECTORY) is None
    assert unnamed_reason(_plan(question), COMMEMORATION, DIRECTORY) is None  # nobody names it: no reason either


def test_without_one_named_speaker_there_is_no_reason() -> None:
    question = "Wat werd er gezegd over het Akkoord van Wassenaar?"
    assert unnamed_reason(Plan(question, question, "nl", Constraints(), (), None, ()), COMMEMORATION, DIRECTORY) is None


def test_what_the_speaker_was_asked_in_an_exchange_counts_as_theirs() -> None:
    """"Did the health minister commit to sending the plan for Zuyderland?": the member's
    interruption names Zuyderland, the minister's reply speaks of "het plan van aanpak"."""
    debate = _exchange(_debate(
        ("Mohandis", "chair", "Het woord is aan de minister."),
        ("Jansen", "minister", "Voorzitter. Ik begin met de ziekenhuizen in het zuiden."),
        ("Thiadens", "member", "Komt het plan voor Zuyderland nog naar de Kamer?"),
        ("Jansen", "minister", "Het plan van aanpak stuur ik na de zomer."),
    ), "Thiadens", "Jansen", {2: "challenge", 3: "reply"})
    directory = SpeakerDirectory(
        speakers={"jansen": Speaker("Jansen", "jansen", frozenset({"NSC"}), frozenset({"minister"}), frozenset(),
                                    frozenset({"d"}))}, parties={}, documents={})
    question = "Heeft minister Jansen het plan voor Zuyderland toegezegd?"
    plan = Plan(question, question, "nl", Constraints(speakers=("jansen",)), (), None, ("Jansen",))
    assert unnamed_reason(plan, debate, directory) is None
    assert unnamed_reason(plan, _debate(*((t.speaker, t.role, t.text) for t in debate.turns)), directory) is not None


def test_the_turns_a_structure_answer_cites_count_as_the_speakers() -> None:
    """A promise answer cites the chair's item or the request that names what a bare "Dat zeg ik
    toe." is about: a name there is no reason to refuse it."""
    question = "Wat beloofde Mark Rutte over het Akkoord van Wassenaar?"
    cited = ["Mark Rutte zegt toe de Kamer te informeren over het Akkoord van Wassenaar."]
    assert unnamed_reason(_plan(question), COMMEMORATION, DIRECTORY, cited) is None
    assert unnamed_reason(_plan(question), COMMEMORATION, DIRECTORY, ["Dat zeg ik toe."]) is not None


def test_the_speakers_own_hyphenated_name_and_their_ministry_are_no_things_said_about() -> None:
    """"Waarom kon staatssecretaris Pouw-Verweij ...?" and "Wanneer stuurt de minister van Financiën
    ...?" were refused: the whole hyphenated name and the ministry read as things only others name."""
    debate = _debate(
        ("Mohandis", "chair", "Het woord is aan staatssecretaris Pouw-Verweij van Financiën."),
        ("Pouw-Verweij", "minister", "Dat geld is voor de wijkverpleging."),
    )
    directory = SpeakerDirectory(
        speakers={"pouw-verweij": Speaker("Pouw-Verweij", "pouw-verweij", frozenset({"PVV"}), frozenset({"minister"}),
                                          frozenset(), frozenset({"d"}))}, parties={}, documents={})
    for question in ("Waarom kon staatssecretaris Pouw-Verweij het geld niet gebruiken?",
                     "Wat zei de minister van Financiën, Pouw-Verweij, over de wijkverpleging?"):
        plan = Plan(question, question, "nl", Constraints(speakers=("pouw-verweij",)), (), None, ("Pouw-Verweij",))
        assert unnamed_reason(plan, debate, directory) is None, question


def test_a_name_nobody_in_the_debate_says_shows_the_debate_is_not_the_one_asked_about() -> None:
    """`name_unsaid`: a commitment answer from such a debate is about something else."""
    assert name_unsaid(_plan("Wanneer komt het onderzoek naar Zandvoort en Assen?"), COMMEMORATION, DIRECTORY) == "Zandvoort"
    assert name_unsaid(_plan("Wat zei Mark Rutte over Maastricht?"), COMMEMORATION, DIRECTORY) is None  # the chair says it
    assert name_unsaid(_plan("Wat zei Mark Rutte over Brussel?"), COMMEMORATION, DIRECTORY) is None
    assert name_unsaid(_plan("Wat zei Mark Rutte over de CPB-deadline?"), COMMEMORATION, DIRECTORY) is None  # hyphenated
    # across languages a name is often translated ("Switzerland", "Zwitserland"): no conclusion
    assert name_unsaid(_plan("When will the study on Zandvoort come?", "en"), COMMEMORATION, DIRECTORY) is None


def test_a_name_of_an_item_on_the_sittings_agenda_says_where_not_what_about() -> None:
    """"Plenaire vergadering 3 juli 2025, tweeminutendebat Jaarverslag BZK: Bikkers (VVD) vroeg ..."
    was refused as "Bikkers noemt “Jaarverslag” in dat debat niet" (`dev-structure-26`): only the
    chair, announcing the item, says it."""
    debate = _debate(
        ("Broekers-Knol", "chair", "Aan de orde is het tweeminutendebat Jaarverslag Binnenlandse Zaken 2024."),
        ("Mark Rutte", "minister", "De gemeenten krijgen in september duidelijkheid over de stelpost."),
    )
    question = "Tweeminutendebat Jaarverslag BZK: wat zei Mark Rutte over de stelpost?"
    assert unnamed_reason(_plan(question), debate, DIRECTORY) is not None  # a sitting with no agenda: as before
    on_agenda = dataclasses.replace(debate, agenda=("Jaarverslag Binnenlandse Zaken en Koninkrijksrelaties 2024",))
    assert unnamed_reason(_plan(question), on_agenda, DIRECTORY) is None
