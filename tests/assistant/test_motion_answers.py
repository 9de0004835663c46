"""Motion questions are answered from the extracted motions (`assistant.motion_answers`): the
cabinet member's turn with the appreciation and the reasons, cited verbatim; other questions,
and motions nobody asked about, are left to retrieval."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from doubles import HashEmbedder, assistant_over
from motion_samples import DOC_ID, build, motion_event, overruled_by_the_chair, tweeminutendebat

from assistant.constraints import Constraints
from assistant.motion_answers import (
    MAX_REASONING_CHARS,
    _owned_by,
    asked_views,
    motion_answer,
    motions_first,
)
from assistant.plan import Plan
from assistant.speaker_directory import Speaker, SpeakerDirectory
from ingest.chunking import chunk_transcript
from ingest.models import Transcript
from ingest.settings import load_settings


class Source:
    """The parts of `Assistant` a motion answer uses, over one transcript."""

    def __init__(self, transcript: Transcript, language: str = "nl") -> None:
        self._transcript = transcript
        self.language = language
        self.embedder = HashEmbedder()
        self.directory = None

    def documents(self) -> list[dict[str, Any]]:
        return [{"id": self._transcript.id}]

    def transcript(self, doc_id: str) -> Transcript | None:
        return self._transcript if doc_id == self._transcript.id else None

    def plan(self, question: str, history: Any = None, filters: Any = None) -> Plan:
        return Plan(question, question, self.language, Constraints(), [], None, [])


def test_why_a_motion_was_advised_against_cites_the_state_secretary_s_reasons() -> None:
    source = Source(tweeminutendebat())
    answer = motion_answer(source, "Waarom ontraadde de staatssecretaris de motie over gratis vervoer?")
    assert answer is not None and answer.answerable
    assert "nr.\u00a010" in answer.answer and "ontraden" in answer.answer
    [citation] = answer.citations
    assert (citation.speaker, citation.role) == ("Smit", "state_secretary")
    assert "geen dekking" in citation.quote and citation.quote in citation.text
    assert f"“{citation.quote}” [1]" in answer.answer


def test_a_motion_named_by_number_is_that_motion() -> None:
    answer = motion_answer(Source(tweeminutendebat(), "en"), "What was the cabinet's view of motion 11?")
    assert answer is not None
    assert "oordeel Kamer with a condition" in answer.answer
    assert "mits het meldpunt" in answer.citations[0].quote


def test_which_motions_lists_every_motion_the_cabinet_discussed_with_its_appreciation() -> None:
    answer = motion_answer(Source(tweeminutendebat()), "Welke moties zijn er ingediend?")
    assert answer is not None
    assert [line.split(" — ")[1] for line in answer.answer.splitlines() if " — " in line] == [
        "appreciatie: ontraden:", "appreciatie: oordeel Kamer met appreciatie:", "appreciatie: geen appreciatie gegeven:"]
    assert all(c.speaker == "Smit" for c in answer.citations)


def test_a_question_without_a_motion_is_left_to_retrieval() -> None:
    assert motion_answer(Source(tweeminutendebat()), "Wat zei de staatssecretaris over leerlingenvervoer?") is None


def test_a_motion_on_a_subject_no_debate_has_is_left_to_retrieval() -> None:
    assert motion_answer(Source(tweeminutendebat()), "Welke moties over kernenergie zijn er ingediend?") is None


def test_retrieval_puts_the_turn_the_motion_answer_cites_first() -> None:
    class Ranked:
        def __init__(self, turn_id: str) -> None:
            self.turn_id = turn_id

    transcript = tweeminutendebat()
    turns = [Ranked(t.id) for t in transcript.turns]
    ranked, answer = motions_first(Source(transcript), "Waarom werd de motie over gratis vervoer ontraden?", None, None, turns)
    assert answer is not None and answer.citations[0].turn_id == transcript.turns[4].id
    assert ranked[0].turn_id == transcript.turns[4].id and len(ranked) == len(turns)


def test_a_why_question_presuming_the_other_view_says_so_and_quotes_the_real_appreciation() -> None:
    question = "Waarom gaf de staatssecretaris de motie over gratis vervoer oordeel Kamer?"
    answer = motion_answer(Source(tweeminutendebat()), question)
    assert answer is not None and not answer.answerable and not answer.citations
    assert answer.answer == "Dat zeggen de transcripten niet. Wat er wel gezegd is: “Daarom moet ik deze motie ontraden.” (Smit)"
    assert [c.quote for c in answer.closest] == ["Daarom moet ik deze motie ontraden."]
    assert answer.confidence_label == "not in the transcripts"


def test_an_english_question_presuming_acceptance_of_an_advised_against_motion_is_contradicted() -> None:
    answer = motion_answer(Source(tweeminutendebat(), "en"), "Why did the state secretary accept motion 10?")
    assert answer is not None and not answer.answerable
    assert answer.answer.startswith("The transcripts do not say that. What was said is: “Daarom moet ik deze motie ontraden.”")


def test_advising_against_in_the_past_tense_ontried_presumes_the_view_ontraden() -> None:
    """"Waarom ontried minister Kaag de PVV-motie ...?" of a motion given oordeel Kamer was answered
    with its view, as if the premise held (`dev-structure-19`): only "ontra..." was read."""
    answer = motion_answer(Source(tweeminutendebat()), "Waarom ontried de staatssecretaris motie 11 over het meldpunt?")
    assert answer is not None and not answer.answerable and "oordeel" in answer.answer
    assert asked_views("Welke moties ontried de staatssecretaris?") == {"ontraden"}


def test_a_favourable_view_presumed_under_a_condition_is_no_false_premise() -> None:
    """The minister ontraadt a motion as it stands and would leave it to the House once changed
    (`dev-structure-17`: "... wilde de minister alleen oordeel Kamer geven als ...?" was refused)."""
    for question in ("Why would the state secretary give motion 10 a favourable judgment only if it were changed?",
                     "Waarom wilde de staatssecretaris motie 10 alleen oordeel Kamer geven als die werd aangepast?"):
        answer = motion_answer(Source(tweeminutendebat(), "en" if question.startswith("Why") else "nl"), question)
        assert answer is not None and answer.answerable, question


def test_a_favourable_view_the_question_says_was_refused_presumes_the_motion_was_advised_against() -> None:
    """"... didn't the state secretary refuse to give Westerveld's motion ... oordeel Kamer ...?"
    (`dev-structure-18`) was taken for a false premise of a motion that was ontraden."""
    for question in ("Weigerde de staatssecretaris de motie over gratis vervoer oordeel Kamer te geven?",
                     "Didn't the state secretary refuse to give motion 10 a favourable judgment?"):
        answer = motion_answer(Source(tweeminutendebat(), "en" if question.startswith("Didn't") else "nl"), question)
        assert answer is not None and answer.answerable and "ontraden" in answer.answer, question


def test_a_view_the_motion_had_before_it_changed_is_no_false_premise() -> None:
    """"Bleef het bij oordeel Kamer voor de VVD-motie over wetgeving tegen natuurbranden ...?" asks
    whether the view stayed; it became ontraden (`dev-structure-19`: refused)."""
    answer = motion_answer(Source(overruled_by_the_chair()), "Bleef het bij oordeel Kamer voor de motie over gratis vervoer?")
    assert answer is not None and answer.answerable and "ontraden" in answer.answer


def test_a_particular_no_the_motion_never_got_is_a_false_premise() -> None:
    """"Waarom vond staatssecretaris Paul de motie ... ontijdig?" of a motion ontraden was answered
    with its view as if the premise held (`dev-structure-21`); "advised against" of it still holds."""
    answer = motion_answer(Source(tweeminutendebat()), "Waarom vond de staatssecretaris de motie over gratis vervoer ontijdig?")
    assert answer is not None and not answer.answerable and "deze motie ontraden" in answer.answer
    held = motion_answer(Source(tweeminutendebat()), "Waarom ontraadde de staatssecretaris de motie over gratis vervoer?")
    assert held is not None and held.answerable


def test_a_yes_no_question_presuming_the_other_view_is_answered_with_the_real_view() -> None:
    """"... kreeg die motie dan alsnog oordeel Kamer?" asks whether; the motion's view answers it (no),
    where retrieval, held to the member the question names, quoted only her (`dev-structure-21`)."""
    transcript = tweeminutendebat()
    for question in ("Kreeg de motie over gratis vervoer oordeel Kamer?",
                     "Did the state secretary give motion 10 a favourable judgment?"):
        answer = motion_answer(Source(transcript, "en" if question.startswith("Did") else "nl"), question,
                               ranked=[transcript.turns[4].id])  # retrieval found the view's turn
        assert answer is not None and answer.answerable and "ontraden" in answer.answer, question
        assert answer.citations[0].speaker == "Smit"


def test_the_motion_of_a_member_named_by_the_partys_er_form_after_de_is_theirs() -> None:
    """"Welk oordeel gaf staatssecretaris Paul op de motie van de VVD'er Kisteman ...?" (he submitted
    none) was answered with Westerveld's motion on the subject (`dev-structure-24`)."""
    assert _owned_by("Welk oordeel kreeg de motie van de VVD'er Kisteman?", "Kisteman")
    assert _owned_by("Welk oordeel kreeg de motie van VVD'er Kisteman?", "Kisteman")
    assert not _owned_by("Welk oordeel kreeg de motie over Kisteman?", "Kisteman")


def _submitter_pressed() -> Transcript:
    built = build([
        ("De Vries", "chair", "Het woord is aan de staatssecretaris voor de appreciatie van de moties."),
        ("Smit", "state_secretary", "De motie op stuk nr. 10 van de heer Jansen, over gratis vervoer, moet ik "
                                    "ontraden. Daar is geen dekking voor."),
        ("Bakker", "member", "Kan de staatssecretaris uitleggen waarom er geen dekking is?"),
        ("Smit", "state_secretary", "De begroting is vol."),
        ("Jansen", "member", "Als ik er een proef van een jaar van maak, kan de staatssecretaris de motie dan oordeel "
                             "Kamer geven?"),
        ("Smit", "state_secretary", "Nee, ik ga daar niet in mee. Ook een proef kost geld."),
        ("De Vries", "chair", "Dank u wel. Dan zijn we aan het einde gekomen."),
    ], [motion_event("10", "het lid Jansen", "verzoekt de regering het leerlingenvervoer gratis te maken", 0)])
    return dataclasses.replace(built, turns=tuple(dataclasses.replace(t, is_interruption=t.index in (2, 4))  # interrumpant
                                                  for t in built.turns))


def test_what_the_submitter_offered_on_the_view_and_the_reply_are_quoted_when_the_question_asks_about_it() -> None:
    """"... didn't the state secretary refuse to give Westerveld's motion ... oordeel Kamer even when she
    offered every six months instead of every three?" quoted the view and another member's
    interruption, never her offer nor "Nee, ik ga daar niet in mee." (`dev-structure-17`, `-18`)."""
    answer = motion_answer(Source(_submitter_pressed()),
                           "Bleef de staatssecretaris de motie van Jansen ontraden toen hij er een proef van maakte?")
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.quote) for c in answer.citations[-2:]] == [
        ("Jansen", _submitter_pressed().turns[4].text), ("Smit", "Nee, ik ga daar niet in mee. Ook een proef kost geld.")]
    only_the_view = motion_answer(Source(_submitter_pressed()), "Waarom ontraadde de staatssecretaris de motie van Jansen?")
    assert only_the_view is not None and {c.speaker for c in only_the_view.citations} == {"Smit"}
    # the view asked for under a condition is the submitter's offer (`dev-structure-34`)
    pressed = _submitter_pressed()
    offered = motion_answer(Source(pressed), "Zou de staatssecretaris de motie van Jansen oordeel Kamer geven als het een "
                                             "proef werd?", ranked=[pressed.turns[1].id])  # retrieval found its debate
    assert offered is not None and [c.speaker for c in offered.citations[-2:]] == ["Jansen", "Smit"]


def test_a_question_presuming_the_view_that_was_given_is_answered_not_contradicted() -> None:
    answer = motion_answer(Source(tweeminutendebat(), "en"), "Why did the state secretary give motion 11 a favourable judgment?")
    assert answer is not None and answer.answerable


def test_a_yes_no_question_about_the_other_view_of_a_motion_retrieval_did_not_find_is_left_to_retrieval() -> None:
    question = "Gaf de staatssecretaris de motie over gratis vervoer oordeel Kamer?"
    assert motion_answer(Source(tweeminutendebat()), question) is None


def test_a_question_about_something_else_in_a_motion_debate_is_left_to_retrieval() -> None:
    assert motion_answer(Source(tweeminutendebat()), "Hoeveel kost de motie over gratis vervoer?") is None


def test_a_member_s_opinion_asked_for_by_who_is_left_to_retrieval_but_the_cabinet_s_is_not() -> None:
    source = Source(tweeminutendebat())
    assert motion_answer(source, "Welk Kamerlid vond dat de motie over gratis vervoer te ver ging?") is None
    assert motion_answer(source, "Wat vond de staatssecretaris van de motie over gratis vervoer?") is not None
    assert motion_answer(source, "Welk Kamerlid had de motie over gratis vervoer ingediend?") is not None


def test_a_named_submitter_narrows_to_their_motions_and_the_view_of_one_never_reached_is_not_in_the_transcript() -> None:
    source = Source(tweeminutendebat())
    answer = motion_answer(source, "Wat vond de staatssecretaris van de motie van Bakker over een meldpunt?")
    assert answer is not None and "nr.\u00a011" in answer.answer
    never = motion_answer(source, "Welk oordeel kreeg de motie van Jansen over wachttijden?")
    assert never is not None and not never.answerable and not never.closest  # nobody of the cabinet spoke of it
    assert "geen appreciatie van de motie op stuk nr.\u00a013" in never.answer
    assert motion_answer(source, "Waar ging de motie van Jansen over wachttijden over?") is None  # not its view


class SpeakerNamed(Source):
    """A question that names the state secretary: the plan's filter holds her, as `parse_question` gives it."""

    def __init__(self, transcript: Transcript) -> None:
        super().__init__(transcript)
        metas = [c.metadata.to_chroma() for c in chunk_transcript(transcript)]
        self.directory = SpeakerDirectory.from_metadatas(metas)

    def plan(self, question: str, history: Any = None, filters: Any = None) -> Plan:
        return Plan(question, question, self.language, Constraints(speakers=("smit",)), [], None, [])


def test_the_view_of_a_debates_motion_the_named_minister_never_reached_is_not_another_motions_view() -> None:
    """A named cabinet member keeps the motions of the debate they judged, and one they never
    reached is the one asked about, not one they did judge (`dev-structure-10`: the view of the
    NSC motion on indoor climate answered a question on the PVV motion on dormers)."""
    source = SpeakerNamed(tweeminutendebat())
    answer = motion_answer(source, "Welk oordeel gaf staatssecretaris Smit aan de motie over wachttijden?")
    assert answer is not None and not answer.answerable and "nr.\u00a013" in answer.answer
    judged = motion_answer(source, "Welk oordeel gaf staatssecretaris Smit aan de motie over gratis vervoer?")
    assert judged is not None and judged.answerable and "nr.\u00a010" in judged.answer


def _with_interruption_on_the_appreciation() -> Transcript:
    base = tweeminutendebat()
    turns = [(t.speaker, t.role, t.text) for t in base.turns[:4]] + [
        ("Smit", "state_secretary", "Dank u wel, voorzitter. De motie op stuk nr. 11 van mevrouw Bakker, over een meldpunt "
                                    "voor ouders, geef ik oordeel Kamer. Ik eindig met de motie op stuk nr. 10 van de heer "
                                    "Jansen, over gratis vervoer. Daar is geen dekking voor. Daarom moet ik deze motie ontraden."),
        ("De Vries", "chair", "Voordat u verdergaat, vindt de heer Jansen wat van dat oordeel."),
        ("Jansen", "member", "Ik begrijp de onderbouwing niet. Waarom zou er geen dekking zijn?"),
        ("Smit", "state_secretary", "Omdat het budget voor leerlingenvervoer al volledig naar de gemeenten gaat."),
        ("De Vries", "chair", "De motie op stuk nr. 11."),
        ("Bakker", "member", "Ik wil nog iets zeggen over de motie op stuk nr. 11."),
        ("Smit", "state_secretary", "Die blijft oordeel Kamer."),
    ]
    built = build(turns, list(base.events))
    marked = tuple(dataclasses.replace(t, is_interruption=t.index == 6) for t in built.turns)  # VLOS: interrumpant
    return dataclasses.replace(built, turns=marked)


def test_why_a_motion_was_advised_against_also_cites_the_reply_when_a_member_interrupts_on_it() -> None:
    transcript = _with_interruption_on_the_appreciation()
    answer = motion_answer(Source(transcript), "Waarom ontraadde de staatssecretaris de motie over gratis vervoer?")
    assert answer is not None
    assert [c.turn_id for c in answer.citations] == [transcript.turns[4].id, transcript.turns[7].id]
    assert "volledig naar de gemeenten" in answer.citations[1].quote and answer.citations[1].speaker == "Smit"


def test_a_view_changed_after_the_quoted_words_cites_the_chair_who_settled_it_by_name() -> None:
    transcript = overruled_by_the_chair()
    answer = motion_answer(Source(transcript), "Wat gebeurde er met de motie over gratis vervoer?")
    assert answer is not None and "ontraden" in answer.answer
    assert [c.turn_id[-5:] for c in answer.citations] == ["t0001", "t0003", "t0005"]
    assert answer.citations[1].role == answer.citations[2].role == "chair"
    assert "De Vries" in answer.answer.splitlines()[-1] and "is daarmee ontraden" in answer.answer.splitlines()[-1]


def test_a_view_the_quoted_words_already_give_adds_no_chair() -> None:
    transcript = build([
        ("Jansen", "member", "Ik heb een motie over gratis vervoer."),
        ("Smit", "state_secretary", "De motie op stuk nr. 10, over gratis vervoer, acht ik overbodig."),
        ("Jansen", "member", "Het gebeurt nu niet."),
        ("Smit", "state_secretary", "Dan moet ik de motie op stuk nr. 10 ontraden, want het kost te veel."),
        ("De Vries", "chair", "De motie op stuk nr. 10 is daarmee ontraden."),
    ], [motion_event("10", "het lid Jansen", "verzoekt de regering het leerlingenvervoer gratis te maken", 0)])
    answer = motion_answer(Source(transcript), "Waarom ontraadde de staatssecretaris de motie over gratis vervoer?")
    assert answer is not None and all(c.role != "chair" for c in answer.citations)


def test_an_interruption_is_taken_as_on_the_motion_appreciated_last_before_it() -> None:
    transcript = _with_interruption_on_the_appreciation()
    answer = motion_answer(Source(transcript), "Wat vond de staatssecretaris van de motie over een meldpunt?")
    assert answer is not None and [c.turn_id for c in answer.citations] == [transcript.turns[4].id]


def _one_motion_per_turn() -> Transcript:
    """Nr. 20 (Israeli purchases) and nr. 21 (training ranges) appreciated in turns 3 and 5; nr. 20's
    reasons run on in one long paragraph."""
    reasons = " ".join(f"Reden {i} is dat de krijgsmacht dit materieel nodig heeft voor taak {i}." for i in range(1, 30))
    return build(
        [
            ("De Vries", "chair", "Aan de orde is het tweeminutendebat Materieel."),
            ("Jansen", "member", "Voorzitter. Ik heb twee moties."),
            ("De Vries", "chair", "Het woord is aan de staatssecretaris."),
            ("Smit", "state_secretary", f"De motie op stuk nr. 20 ga ik ontraden. {reasons}"),
            ("De Vries", "chair", "De volgende motie."),
            ("Smit", "state_secretary", "De motie op stuk nr. 21 over oefenterreinen: ontraden, want de terreinen zijn er al."),
        ],
        [
            motion_event("20", "het lid Jansen", "verzoekt de regering geen materieel uit Israël meer te kopen", 1),
            motion_event("21", "het lid Jansen", "verzoekt de regering meer oefenterreinen aan te wijzen", 1),
        ],
        function="staatssecretaris Defensie",
    )


def test_a_question_asking_for_a_view_without_saying_motion_is_answered_only_when_retrieval_ranks_its_turn_first() -> None:
    transcript = _one_motion_per_turn()
    source, question = Source(transcript, "en"), "Why did the state secretary advise against the purchase ban?"
    assert motion_answer(source, question) is None
    assert motion_answer(source, question, ranked=[transcript.turns[1].id, transcript.turns[3].id]) is None
    answer = motion_answer(source, question, ranked=[transcript.turns[3].id])
    assert answer is not None and "no.\u00a020" in answer.answer


def test_a_question_naming_no_view_word_and_no_motion_is_left_to_retrieval_whatever_it_ranks() -> None:
    transcript = _one_motion_per_turn()
    question = "Wanneer stuurt de staatssecretaris de evaluaties met een appreciatie naar de Kamer?"
    assert motion_answer(Source(transcript), question, ranked=[transcript.turns[3].id]) is None


def test_a_motion_named_in_english_matches_the_dutch_motion_despite_accents() -> None:
    answer = motion_answer(Source(_one_motion_per_turn(), "en"),
                           "Why did the state secretary advise against the motion on Israeli arms?")
    assert answer is not None and "no.\u00a020" in answer.answer


def test_a_long_paragraph_of_reasons_is_quoted_up_to_the_last_sentence_end_within_the_limit() -> None:
    answer = motion_answer(Source(_one_motion_per_turn()), "Waarom ontraadde de staatssecretaris motie 20?")
    assert answer is not None
    quote = answer.citations[0].quote
    assert "Reden 10 is" in quote and quote.endswith(".") and len(quote) <= MAX_REASONING_CHARS
    assert "Reden 29" not in quote


def _views_listed(answer) -> list[str]:
    return [line.split(" — ")[1] for line in answer.answer.splitlines() if " — " in line]


def test_a_list_question_that_names_an_appreciation_lists_only_the_motions_that_got_it() -> None:
    source = Source(tweeminutendebat())
    favourable = motion_answer(source, "Welke moties kregen oordeel Kamer?")
    assert favourable is not None and _views_listed(favourable) == ["appreciatie: oordeel Kamer met appreciatie:"]
    against = motion_answer(Source(tweeminutendebat(), "en"), "Which motions did the state secretary advise against?")
    assert against is not None and _views_listed(against) == ["the cabinet's view: ontraden (advised against):"]
    assert [c.speaker for c in against.citations] == ["Smit"]


def test_what_the_cabinet_said_of_a_motion_is_its_view_and_left_to_the_house_is_oordeel_kamer() -> None:
    source = Source(tweeminutendebat(), "en")
    said = motion_answer(source, "What did the state secretary say about motion 11?")
    assert said is not None and "oordeel Kamer with a condition" in said.answer
    assert "mits het meldpunt" in said.citations[0].quote
    left = motion_answer(source, "Which motions did the state secretary leave to the House?")
    assert left is not None and _views_listed(left) == ["the cabinet's view: oordeel Kamer with a condition or reading:"]
    assert asked_views("Which motions were left to the House's judgement?") == {"oordeel Kamer", "oordeel Kamer met appreciatie"}
    assert motion_answer(Source(tweeminutendebat()), "Welk Kamerlid zei over de motie over gratis vervoer dat die te ver ging?") is None


def _subject_before_the_view(between: str = "") -> Transcript:
    """Nr. 22, its subject named in the state secretary's sentence before the one with her view."""
    return build(
        [
            ("De Vries", "chair", "Aan de orde is het tweeminutendebat Kazernes."),
            ("Jansen", "member", "Voorzitter. Ik heb een motie."),
            ("De Vries", "chair", "Het woord is aan de staatssecretaris."),
            ("Smit", "state_secretary", "Dan de motie op stuk nr. 22 van de heer Jansen over de kazernes in het noorden. "
                                        f"{between}Die moet ik ontraden, want er is geen geld voor."),
        ],
        [motion_event("22", "het lid Jansen", "verzoekt de regering de kazernes in het noorden open te houden", 1)],
        function="staatssecretaris Defensie",
    )


def test_a_list_of_motions_quotes_where_the_cabinet_named_each_ones_subject_with_its_view() -> None:
    answer = motion_answer(Source(_subject_before_the_view()), "Welke moties heeft de staatssecretaris ontraden?")
    assert answer is not None
    [citation] = answer.citations
    assert citation.quote == ("Dan de motie op stuk nr. 22 van de heer Jansen over de kazernes in het noorden. "
                              "Die moet ik ontraden, want er is geen geld voor.")
    long_way = "Ik heb daar lang over nagedacht, want de regio vraagt er al jaren om. " * 6
    named, view = motion_answer(Source(_subject_before_the_view(long_way)),
                                "Welke moties heeft de staatssecretaris ontraden?").citations
    assert named.quote.endswith("over de kazernes in het noorden.")
    assert view.quote.endswith("Die moet ik ontraden, want er is geen geld voor.") and "kazernes" not in view.quote
    assert named.turn_id == view.turn_id


class OneDebateNamed(Source):
    """A question that names its debate: the plan's filter holds it, as `parse_question` gives it."""

    def plan(self, question: str, history: Any = None, filters: Any = None) -> Plan:
        return Plan(question, question, self.language, Constraints(doc_ids=(self._transcript.id,)), [], None, [])


def _commission_debate() -> Transcript:
    """A commission debate: an earlier motion referred to, none submitted or given a view."""
    return build([("De Vries", "chair", "Aan de orde is het commissiedebat Politie."),
                  ("Jansen", "member", "Voorzitter. De motie-Hermans is nog steeds niet uitgevoerd. Dat duurt te lang, "
                                       "en de korpsen wachten erop."),
                  ("Smit", "minister", "Die motie voeren we uit zoals ik in mijn brief schreef.")], [])


def test_the_motions_of_a_named_debate_that_refers_only_to_earlier_ones_are_not_in_the_transcripts() -> None:
    answer = motion_answer(OneDebateNamed(_commission_debate(), "en"), "Which motions were discussed in the debate?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert answer.answer.endswith("No motion is submitted or given a view in “104e vergadering” (3 Jul 2025).")
    unnamed = motion_answer(Source(_commission_debate(), "en"), "Which motions were discussed?")
    assert unnamed is not None and unnamed.answerable  # no debate named: the motions referred to are listed
    assert [c.quote for c in unnamed.citations] == [  # not the turn: the sentence naming it, to a short quote's length
        "De motie-Hermans is nog steeds niet uitgevoerd. Dat duurt te lang, en de korpsen wachten erop."]
    submitted = motion_answer(OneDebateNamed(tweeminutendebat(), "en"), "Which motions were discussed in the debate?")
    assert submitted is not None and submitted.answerable


def test_the_view_of_a_motion_in_a_named_debate_without_motions_is_not_in_the_transcripts() -> None:
    """`dev-structure-10`: "did the state secretary give Stultiens' motion ... oordeel Kamer, or did
    he advise against it?" of a commission debate where none was submitted was answered from
    retrieval with the state secretary's words on the subject."""
    answer = motion_answer(OneDebateNamed(_commission_debate(), "en"),
                           "Did the minister give the Jansen motion on the korpsen oordeel Kamer in the debate?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "No motion is submitted or given a view" in answer.answer


def test_the_earlier_motions_the_cabinet_names_in_a_debate_without_its_own_are_listed_as_earlier() -> None:
    debate = build([("De Vries", "chair", "Aan de orde is het commissiedebat Politie."),
                    ("Jansen", "member", "Voorzitter. Hoe staat het met de uitvoering van de motie-Hermans?"),
                    ("Smit", "minister", "Voorzitter. Hoe staat het met de motie-Hermans over de korpsen? "
                                         "Die voeren we uit zoals ik in mijn brief schreef, voor de zomer.")], [])
    answer = motion_answer(OneDebateNamed(debate, "nl"), "Welke moties noemde de minister in het debat?")
    assert answer is not None and answer.answerable
    assert answer.answer.startswith("In “104e vergadering” (3 juli 2025) wordt geen motie ingediend of van een "
                                    "appreciatie voorzien; het kabinet verwijst naar deze eerdere moties:")
    assert "over een eerdere motie (Hermans)" in answer.answer and "appreciatie:" not in answer.answer
    [said] = answer.citations  # the member's own question on it is no answer of the cabinet's
    assert said.speaker == "Smit" and said.quote.endswith("Die voeren we uit zoals ik in mijn brief schreef, voor de zomer.")


@pytest.mark.parametrize("question", [
    "Which motion did the minister ask Van der Plas to hold?",
    "Welke motie vroeg de minister aan te houden?",
    "Which motions were put on hold?",
])
def test_a_request_to_hold_a_motion_is_asked_for_in_either_language(question: str) -> None:
    assert asked_views(question) == {"aanhouden"}


def test_holding_words_outside_a_request_to_hold_ask_for_no_appreciation() -> None:
    assert asked_views("Did the minister hold a debate on the motion?") == frozenset()


def test_a_list_question_for_an_appreciation_no_motion_got_says_so_and_shows_the_views_given() -> None:
    answer = motion_answer(Source(tweeminutendebat()), "Welke moties werden overgenomen?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert answer.answer.startswith("Geen van de moties besproken in “") and "kreeg overnemen" in answer.answer
    assert len(answer.closest) >= 2 and all(c.speaker == "Smit" for c in answer.closest)


def test_a_list_question_naming_the_cabinet_member_is_not_taken_for_a_debate_title() -> None:
    answer = motion_answer(Source(tweeminutendebat()), "Welke moties ontraadde staatssecretaris Smit?")
    assert answer is not None and _views_listed(answer) == ["appreciatie: ontraden:"]


def test_a_list_question_naming_its_debate_in_other_words_takes_the_debate_retrieval_ranks_first() -> None:
    transcript = tweeminutendebat()  # "Leerlingenvervoer": the English question's words name no title
    question = "Which motions were advised against in the debate on school transport?"
    ranked = [transcript.turns[4].id]  # retrieval's best turn gives the state secretary's appreciations
    answer = motion_answer(Source(transcript, "en"), question, ranked=ranked)
    assert answer is not None and _views_listed(answer) == ["the cabinet's view: ontraden (advised against):"]
    assert motion_answer(Source(transcript, "en"), question, ranked=[transcript.turns[1].id]) is None  # no motion turn ranked
    assert motion_answer(Source(transcript, "en"), "Which motions on nuclear energy were advised against?", ranked=ranked) is None


def test_a_vote_outcome_is_not_taken_for_an_appreciation() -> None:
    # "adopted" and "rejected" ask whether the House passed a motion, which no appreciation says:
    # left to retrieval, not listed as the motions taken over or advised against
    assert motion_answer(Source(tweeminutendebat(), "en"), "Which motions were adopted?") is None
    assert motion_answer(Source(tweeminutendebat(), "en"), "Which motions were rejected?") is None


def test_a_motion_answer_from_the_service_reports_how_long_it_took(tmp_path) -> None:
    # Before, the motion answer returned before timing, so `debate ask` printed "0 ms" and the
    # evaluation's latency figures left motion questions out.
    assistant = assistant_over([tweeminutendebat()], load_settings(env={}, index_dir=tmp_path))
    answer = assistant.ask("Waarom ontraadde de staatssecretaris de motie over gratis vervoer?")
    assert answer.answerable and answer.backend == "extractive" and "ontraden" in answer.answer
    assert answer.timings_ms["total"] > 0 and answer.timings_ms["retrieve"] == answer.timings_ms["total"]


def test_a_why_question_giving_the_motions_reasoning_a_figure_it_never_states_is_not_answered(tmp_path) -> None:
    """"... the NHG limit had just gone up from €350,000 to €375,000. Why did she still advise against
    the PVV motion ...?" was answered with the view, where Kaag said €325.000 to €350.000
    (`dev-structure-22`, written blind): a motion answer passes the figure check every answer does."""
    assistant = assistant_over([tweeminutendebat()], load_settings(env={}, index_dir=tmp_path))
    wrong = assistant.ask("Gratis vervoer kost 400 miljoen euro per jaar. Waarom ontraadde de staatssecretaris de motie "
                          "over gratis vervoer?")
    assert not wrong.answerable and not wrong.citations and "400" in wrong.answer
    assert wrong.confidence_label == "not in the transcripts"
    right = assistant.ask("Gratis vervoer kost 300 miljoen euro per jaar. Waarom ontraadde de staatssecretaris de motie "
                          "over gratis vervoer?")
    assert right.answerable and "ontraden" in right.answer


class MembersSource(Source):
    """A `Source` whose questions name a member (Jansen, SP) or the SP, as the planner finds them."""

    def __init__(self, transcript: Transcript, constraints: Constraints, language: str = "nl") -> None:
        super().__init__(transcript, language)
        self.constraints = constraints
        self.directory = SpeakerDirectory(
            speakers={"jansen": Speaker("Jansen", "jansen", frozenset({"SP"}), frozenset({"member"}), frozenset(),
                                        frozenset({transcript.id})),
                      "bakker": Speaker("Bakker", "bakker", frozenset({"GL"}), frozenset({"member"}), frozenset(),
                                        frozenset({transcript.id})),
                      "smit": Speaker("Smit", "smit", frozenset(), frozenset({"state_secretary"}), frozenset(),
                                      frozenset({transcript.id}))},
            parties={"sp": "SP", "gl": "GL"}, documents={})

    def plan(self, question: str, history: Any = None, filters: Any = None) -> Plan:
        return Plan(question, question, self.language, self.constraints, [], None, [])


def _with_a_bare_yes_first() -> Transcript:
    base = tweeminutendebat()
    turns = [(t.speaker, t.role, t.text) for t in base.turns]
    turns.insert(6, ("Jansen", "member", "Ja, voorzitter."))
    return build(turns, list(base.events))


def test_why_a_member_would_not_hold_their_motion_quotes_the_member_not_the_cabinet() -> None:
    source = MembersSource(_with_a_bare_yes_first(), Constraints(speakers=("jansen",)))
    answer = motion_answer(source, "Waarom hield Jansen zijn motie over gratis vervoer niet aan?")
    assert answer is not None and answer.answerable
    [citation] = answer.citations
    assert citation.speaker == "Jansen" and citation.quote.startswith("Nee, ik breng hem in stemming")
    assert "indiener van de motie op stuk nr.\u00a010" in answer.answer and "ontraden" in answer.answer


def test_a_member_named_by_party_gets_their_own_words_on_their_motion_in_english() -> None:
    source = MembersSource(tweeminutendebat(), Constraints(parties=("SP",)), language="en")
    answer = motion_answer(source, "Why did the SP member refuse to hold his motion on free transport?")
    assert answer is not None
    assert [c.speaker for c in answer.citations] == ["Jansen"]
    assert "who submitted motion no.\u00a010" in answer.answer


def test_a_member_who_said_nothing_on_their_motion_is_left_to_retrieval_not_given_the_cabinet_s_words() -> None:
    source = MembersSource(tweeminutendebat(), Constraints(speakers=("bakker",)))
    assert motion_answer(source, "Waarom diende Bakker de motie over een meldpunt in?") is None


def test_a_member_s_motion_question_that_names_the_cabinet_gets_the_cabinet_s_view() -> None:
    source = MembersSource(tweeminutendebat(), Constraints(speakers=("jansen",)))
    answer = motion_answer(source, "Waarom ontraadde de staatssecretaris de motie van Jansen over gratis vervoer?")
    assert answer is not None and answer.citations[0].speaker == "Smit"


def test_which_motions_a_party_submitted_lists_its_members_motions_only() -> None:
    """"Welke moties diende de SP in bij de 104e vergadering ...?" lists Jansen's (SP)
    motions, not Bakker's (GL) too."""
    source = MembersSource(tweeminutendebat(), Constraints(parties=("SP",)))
    answer = motion_answer(source, "Welke moties diende de SP in bij de 104e vergadering, en wat vond de staatssecretaris ervan?")
    assert answer is not None and answer.answerable
    assert "nr.\u00a010" in answer.answer and "nr.\u00a011" not in answer.answer and "nr.\u00a012" not in answer.answer
    everyone = motion_answer(MembersSource(tweeminutendebat(), Constraints()), "Welke moties zijn er ingediend?")
    assert everyone is not None and "nr.\u00a011" in everyone.answer


def _announced_last() -> Transcript:
    """The tweeminutendebat, with the state secretary announcing nr. 13 as the transcript ends."""
    base = tweeminutendebat()
    turns = [(t.speaker, t.role, t.text) for t in base.turns] + [
        ("Smit", "state_secretary", "Dan ga ik door naar de motie op stuk nr. 13 van de heer Jansen, over de wachttijden.")]
    return build(turns, list(base.events))


def test_the_view_of_a_motion_the_cabinet_only_announced_is_not_in_the_transcript() -> None:
    """"Welk oordeel gaf de staatssecretaris over de motie op stuk nr. 13?" of a motion she only
    announced before the transcript ends: "not in the transcripts", with the announcement as the
    closest passage and the reason, not an answer that quotes it under "geen appreciatie gegeven"."""
    answer = motion_answer(Source(_announced_last()), "Welk oordeel gaf de staatssecretaris over de motie op stuk nr. 13?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "geen appreciatie van de motie op stuk nr.\u00a013" in answer.answer
    [closest] = answer.closest
    assert closest.speaker == "Smit" and closest.quote.startswith("Dan ga ik door naar de motie op stuk nr. 13")
    about = motion_answer(Source(_announced_last()), "Waar ging de motie op stuk nr. 13 over?")  # not its view
    assert about is None or about.answerable


def test_words_on_why_a_motion_gets_no_view_are_the_answer_to_its_view() -> None:
    answer = motion_answer(Source(tweeminutendebat()), "Welk oordeel gaf de staatssecretaris over de motie op stuk nr. 12?")
    assert answer is not None and answer.answerable and "spreekt-uitmotie" in answer.citations[0].quote


def _appraised(member: str, says: str, appraisal: str, events: list[Any]) -> Transcript:
    """A tweeminutendebat: the chair gives ``member`` the floor, the member speaks, the state
    secretary gives the ``appraisal`` of the motions in ``events``."""
    return build(
        [
            ("De Vries", "chair", f"Aan de orde is het tweeminutendebat Zorg. Het woord is aan {member}."),
            (member, "member", f"Voorzitter. {says}"),
            ("Smit", "state_secretary", appraisal),
        ],
        events,
    )


def test_a_list_quotes_a_bare_verdict_with_the_reason_after_it_but_never_the_next_motion() -> None:
    """"Deze motie moet ik ook ontraden." alone says nothing of why; the reason is the next sentence."""
    transcript = _appraised(
        "Jansen", "Ik heb twee moties over chronisch zieken.",
        "De motie op stuk nr. 14 moet ik ontraden. Wij herkennen het beeld niet dat chronisch zieken anders "
        "worden behandeld. Het toezicht is al proportioneel.\n"
        "Dan de motie op stuk nr. 15. Deze motie moet ik ook ontraden. Ik zou het gevraagde graag willen, "
        "maar uitvoeringstechnisch is het niet mogelijk.",
        [motion_event("14", "het lid Jansen", "verzoekt de regering het toezicht te verlichten", 1),
         motion_event("15", "het lid Jansen", "verzoekt de regering minder bewijs te vragen", 1)],
    )
    answer = motion_answer(Source(transcript), "Welke moties zijn er ingediend?")
    assert answer is not None
    quotes = [c.quote for c in answer.citations]
    assert quotes[0].startswith("De motie op stuk nr. 14 moet ik ontraden. Wij herkennen het beeld niet")
    assert "nr. 15" not in quotes[0]
    assert quotes[1] == ("Deze motie moet ik ook ontraden. Ik zou het gevraagde graag willen, maar "
                         "uitvoeringstechnisch is het niet mogelijk.")


def test_a_list_quotes_a_verdict_that_closes_its_reasoning_with_the_reasons_before_it() -> None:
    """"Maar de motie ontraad ik." ends the paragraph; why ("voorbarig") stands before it."""
    transcript = _appraised(
        "Paulusma", "Ik heb een motie over verzorgingshuizen.",
        "Dan de motie op stuk nr. 17 van mevrouw Paulusma. Ondanks dat we elkaar genaderd zijn, vind ik 'm "
        "voorbarig. Ik wil eerst het onderzoek afwachten. Maar de motie ontraad ik.\n"
        "Dan ben ik door de moties heen.",
        [motion_event("17", "het lid Paulusma", "verzoekt de regering geen verzorgingshuizen te bouwen", 1)],
    )
    answer = motion_answer(Source(transcript), "Welke moties zijn er ingediend?")
    assert answer is not None
    [quote] = [c.quote for c in answer.citations]
    assert quote == ("Dan de motie op stuk nr. 17 van mevrouw Paulusma. Ondanks dat we elkaar genaderd zijn, vind ik 'm "
                     "voorbarig. Ik wil eerst het onderzoek afwachten. Maar de motie ontraad ik.")


def test_a_motion_asked_for_by_a_number_no_motion_has_is_not_in_the_transcripts() -> None:
    """The closest other motion is another motion: "motion no. 164" is not nr. 161."""
    answer = motion_answer(Source(tweeminutendebat(), "en"), "What was the state secretary's view of motion no. 19?")
    assert answer is not None and not answer.answerable and not answer.citations and not answer.closest
    assert "No motion no.\u00a019 is submitted, given a view or referred to in “104e vergadering”" in answer.answer
    dutch = motion_answer(Source(tweeminutendebat()), "Welk oordeel kreeg de motie op stuk nr. 19 over gratis vervoer?")
    assert dutch is not None and not dutch.answerable
    assert "wordt de motie op stuk nr.\u00a019 niet ingediend, van een appreciatie voorzien of genoemd" in dutch.answer


def test_a_members_motion_where_that_member_owns_none_is_not_in_the_transcripts() -> None:
    """"Wat vroeg Van Weyenberg in zijn motie ...?" of a debate where he submitted none was answered
    with the view of another member's motion."""
    source = MembersSource(tweeminutendebat(), Constraints())
    source.directory.speakers["peters"] = Speaker("Peters", "peters", frozenset({"CDA"}), frozenset({"member"}),
                                                  frozenset(), frozenset({DOC_ID}))
    source.directory.speakers["visser"] = Speaker("Visser", "visser", frozenset({"GL"}), frozenset({"member"}),
                                                  frozenset(), frozenset({DOC_ID}))
    answer = motion_answer(source, "Wat vroeg Peters in zijn motie, en welk oordeel gaf de staatssecretaris erover?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "Peters dient in “104e vergadering” (3 juli 2025) geen motie in" in answer.answer
    unowned = motion_answer(source, "Welk oordeel kreeg de motie van de heer Van der Peters?")
    assert unowned is not None and not unowned.answerable  # the surname after its particles
    for owned in ("Welk oordeel kreeg de motie van Visser?", "Welk oordeel kreeg de motie-Jansen over gratis vervoer?"):
        assert (found := motion_answer(source, owned)) is not None and found.answerable, owned


def test_a_partys_motion_where_no_member_of_that_party_owns_one_is_not_in_the_transcripts() -> None:
    """"Welk oordeel gaf minister Kaag over de motie van D66 over bankrekeningen ...?" (D66's member
    said "Ik heb geen motie") was answered with the view of the PvdA member's motion, under his name."""
    source = MembersSource(tweeminutendebat(), Constraints())
    source.directory.speakers["peters"] = Speaker("Peters", "peters", frozenset({"CDA"}), frozenset({"member"}),
                                                  frozenset(), frozenset({DOC_ID}))
    source.directory.parties["cda"] = "CDA"
    for question in ("Welk oordeel kreeg de motie van het CDA over gratis vervoer?", "What was the view of the CDA motion?"):
        answer = motion_answer(source, question)
        assert answer is not None and not answer.answerable and not answer.citations, question
        assert "CDA" in answer.answer
    for owned in ("Welk oordeel kreeg de motie van de SP over gratis vervoer?", "What was the view of the SP motion?"):
        assert (found := motion_answer(source, owned)) is not None and found.answerable, owned


def test_a_members_motion_is_not_answered_with_the_motion_of_another_member_on_that_subject() -> None:
    """"... de motie van VVD'er Bevers om de bezuiniging op het stagefonds terug te draaien?" was
    answered with the view of Paulusma's motion on it; Bevers co-signed other motions of the debate."""
    source = MembersSource(tweeminutendebat(), Constraints())
    source.directory.speakers["visser"] = Speaker("Visser", "visser", frozenset({"GL"}), frozenset({"member"}),
                                                  frozenset(), frozenset({DOC_ID}))
    answer = motion_answer(source, "Welk oordeel kreeg de motie van GL'er Visser om het leerlingenvervoer gratis te maken?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "De motie op stuk nr.\u00a010 hierover is ingediend door Jansen, niet door Visser." in answer.answer
    [closest] = answer.closest  # the view of the motion there is, to check
    assert closest.speaker == "Smit" and "nr. 10 van de heer Jansen" in closest.quote
    co_signed = motion_answer(source, "Welk oordeel kreeg de motie van het GL-Kamerlid Visser over een meldpunt voor ouders?")
    assert co_signed is not None and co_signed.answerable  # nr. 11 is Bakker's and Visser's
    owned = motion_answer(source, "Welk oordeel kreeg de motie van Jansen om het leerlingenvervoer gratis te maken?")
    assert owned is not None and owned.answerable  # the owner named is the owner


def test_a_members_motion_described_by_another_members_motions_subject_is_not_theirs() -> None:
    """"Welk oordeel gaf minister Kaag aan de motie van Nijboer over de compensatieregeling van ABN
    AMRO?" was answered with Nijboer's one motion, on Conservatrix: a member who submitted motions
    narrows the candidates to theirs, so the ABN AMRO motion, Alkaya's, was never compared."""
    source = MembersSource(tweeminutendebat(), Constraints())
    answer = motion_answer(source, "Welk oordeel kreeg de motie van Bakker om het leerlingenvervoer gratis te maken?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "De motie op stuk nr.\u00a010 hierover is ingediend door Jansen, niet door Bakker." in answer.answer
    own = motion_answer(source, "Welk oordeel kreeg de motie van Bakker over een meldpunt voor ouders?")
    assert own is not None and own.answerable and "nr.\u00a011" in own.answer
    unnamed = motion_answer(source, "Welk oordeel kreeg de motie van Bakker?")  # no subject: every motion shares as much
    assert unnamed is not None and unnamed.answerable


def test_a_motion_named_by_its_place_among_a_members_or_partys_motions_is_that_one() -> None:
    """"... why did the state secretary advise against DENK's second motion on Israeli-made
    weapons ...?" got the first, whose words it shared more."""
    source = MembersSource(tweeminutendebat(), Constraints())
    cases = {"Welk oordeel kreeg de eerste motie van Jansen over het vervoer?": "10",  # Jansen's are nrs. 10 and 13
             "Welk oordeel kreeg de laatste motie van mevrouw Bakker?": "12",
             "Welk oordeel kreeg de eerste motie van de GL over een recht?": "11"}  # Bakker's, with Visser
    for question, number in cases.items():
        answer = motion_answer(source, question)
        assert answer is not None and answer.answerable, question
        assert f"nr.\u00a0{number}" in answer.answer, question
    for question in ("Welk oordeel kreeg de tweede motie van Jansen over gratis vervoer?",
                     "Why did the state secretary advise against the SP's second motion on free transport?"):
        second = motion_answer(source, question)  # nr. 13, which the debate never reached
        assert second is not None and not second.answerable and "13" in second.answer, question
    beyond = motion_answer(source, "Welk oordeel kreeg de derde motie van Jansen over gratis vervoer?")
    assert beyond is not None and "nr.\u00a010" in beyond.answer  # no third: the motion its words name


def test_the_view_of_a_motion_where_the_best_ranked_debate_has_none_is_not_in_the_transcripts() -> None:
    """"What appreciation did minister Slob give to the Rog/Van Meenen motion ...?" of a sitting where
    a member only refers to that earlier motion was answered with the minister's turns."""
    sitting = build([("Arib", "chair", "Aan de orde is het initiatiefwetsvoorstel over het register."),
                     ("Van der Staaij", "member", "De motie-Rog/Van Meenen vroeg destijds om een register."),
                     ("Slob", "minister", "Ik dank de heer Van Meenen voor zijn inzet voor het register.")],
                    [], doc_id="parlamint-test-register")
    source = Source(sitting)
    question = "Welk oordeel gaf minister Slob over de motie-Rog/Van Meenen?"
    answer = motion_answer(source, question, ranked=[f"{sitting.id}:t0002"])
    assert answer is not None and not answer.answerable and not answer.citations
    assert "wordt geen motie ingediend of van een appreciatie voorzien" in answer.answer
    assert motion_answer(source, question) is None  # nothing ranked: retrieval answers or abstains, as before
    assert motion_answer(source, "Wat zei minister Slob over de motie-Rog/Van Meenen?", ranked=[f"{sitting.id}:t0002"]) \
        is None  # not the view asked: retrieval quotes what was said of it


def test_which_motions_of_a_day_whose_sitting_had_none_is_not_answered_with_another_days_motions() -> None:
    """"Welke moties zijn er aangenomen bij de stemmingen van donderdag 10 juli 2025?": that sitting
    voted on two committee letters and no motion."""
    votes = build([("Van der Lee", "chair", "Ik open de vergadering. We stemmen over twee brieven van de commissie."),
                   ("Van der Lee", "chair", "Ik sluit de vergadering.")], [], doc_id="vlos-test-votes")
    votes = dataclasses.replace(votes, date="2025-07-10", title="105e vergadering")

    class TwoSittings(MembersSource):
        def documents(self) -> list[dict[str, Any]]:
            return [{"id": DOC_ID, "date": "2025-07-03"}, {"id": votes.id, "date": "2025-07-10"}]

        def transcript(self, doc_id: str) -> Transcript | None:
            return votes if doc_id == votes.id else super().transcript(doc_id)

    source = TwoSittings(tweeminutendebat(), Constraints(date_from=20250710, date_to=20250710))
    answer = motion_answer(source, "Welke moties zijn er aangenomen bij de stemmingen van 10 juli 2025?")
    assert answer is not None and not answer.answerable and not answer.citations
    assert "In “105e vergadering” (10 juli 2025) wordt geen motie ingediend" in answer.answer
    source.constraints = Constraints(date_from=20250703, date_to=20250703)
    listed = motion_answer(source, "Welke moties zijn er ingediend?")  # the day that has them
    assert listed is not None and listed.answerable and {c.doc_id for c in listed.citations} == {DOC_ID}


class OwnersNamed(Source):
    """The speaker directory a question's motion owners are found in (`_named_owners`)."""

    def __init__(self, transcript: Transcript, language: str = "nl") -> None:
        super().__init__(transcript, language)
        self.directory = SpeakerDirectory.from_metadatas([c.metadata.to_chroma() for c in chunk_transcript(transcript)])


def test_which_motion_of_a_member_got_a_view_none_of_theirs_got_is_not_in_the_transcripts() -> None:
    """"Welke motie van Paulusma kreeg oordeel Kamer?" was answered with her motion advised against,
    as if it were the one (`dev-structure-32`, written blind: both of hers were *ontraden*)."""
    source = OwnersNamed(tweeminutendebat())
    none = motion_answer(source, "Welke motie van Jansen kreeg oordeel Kamer?")
    assert none is not None and not none.answerable and not none.citations
    assert none.answer.startswith("Geen van de moties van Jansen in “") and "kreeg oordeel Kamer" in none.answer
    assert [c.speaker for c in none.closest] == ["Smit"]  # nr. 10, ontraden; nr. 13 was never reached
    english = motion_answer(OwnersNamed(tweeminutendebat(), "en"), "Which motion of Jansen got oordeel Kamer?")
    assert english is not None and not english.answerable
    # one of theirs got it, or another view is asked: the motion is the answer
    got = motion_answer(source, "Welke motie van Bakker kreeg oordeel Kamer?")
    assert got is not None and got.answerable and "nr.\u00a011" in got.answer
    advised = motion_answer(source, "Welke motie van Jansen werd ontraden?")
    assert advised is not None and advised.answerable and "nr.\u00a010" in advised.answer
    # a view under a condition is not the motion's view: the motion the question describes answers it
    conditional = motion_answer(source, "Welke motie van Jansen wilde de staatssecretaris alleen oordeel Kamer geven als er "
                                        "dekking voor het gratis vervoer was?")
    assert conditional is not None and conditional.answerable and "nr.\u00a010" in conditional.answer
