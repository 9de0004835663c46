"""Structure answers beyond the first cut (issue 10): an exchange the transcript confirms answers even
where the evidence alone would abstain; the turns a structure answer cites come first in retrieval;
a challenge in another language is quoted from its opening; a single motion's quote runs to the end
of its paragraph; commitment questions in more wordings, the member they were made to, and the
sentence that says when."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.commitment_answers import (
    answer_from_commitments,
    asks_for_commitments,
    with_antecedent,
    with_confirmation,
    with_deadline,
)
from assistant.exchange_answers import exchange_answer, exchange_turn_ids
from assistant.motion_answers import cited_first, rest_of_paragraph
from ingest.detect import parse_bytes
from ingest.models import Transcript, Turn
from tests.assistant.test_exchange_answers import (
    PlanDouble,
    debate_of,
    fiets_text,
    retrieved,
)


@dataclass(frozen=True)
class ConstraintsDouble:
    roles: tuple[str, ...] = ()


@dataclass
class NamedPlan(PlanDouble):
    """A plan that also carries who the question names and the offices it asks about."""

    names: tuple[str, ...] = ()
    constraints: ConstraintsDouble = field(default_factory=ConstraintsDouble)


def _fiets() -> Transcript:
    return parse_bytes(fiets_text().encode(), "fiets.txt")


# --- exchanges -------------------------------------------------------------------------------


def test_an_exchange_confirms_the_question_that_names_the_challenger_and_the_office_replying() -> None:
    fiets = _fiets()
    plan = NamedPlan("Hoe reageerde de minister toen Bakker vroeg naar het geld voor fietsenstallingen?", "nl",
                     constraints=ConstraintsDouble(("minister",)))
    answer = exchange_answer(plan, retrieved(fiets, 5), {fiets.id: fiets}.get, 2, confirmed_only=True)
    assert answer is not None and [c.turn_index for c in answer.citations] == [2, 5]


def test_no_confirmation_when_the_question_names_someone_outside_the_exchange() -> None:
    fiets = _fiets()
    plan = NamedPlan("Hoe reageerde minister De Jong toen Bakker vroeg naar het geld?", "nl",
                     names=("De Jong",), constraints=ConstraintsDouble(("minister",)))
    assert exchange_answer(plan, retrieved(fiets, 5), {fiets.id: fiets}.get, 2, confirmed_only=True) is None


def test_an_office_held_by_several_confirms_the_exchange_one_of_them_replied_in() -> None:
    """"... what was the justice minister willing to give up?" names an office two ministers held
    (Blok in 2017, Van Weel now): the holder who is not a side of the exchange is no one else named
    (`dev-structure-21`: refused with the reply retrieved first)."""
    fiets = _fiets()
    question = "Hoe reageerde de minister toen Bakker vroeg naar het geld voor fietsenstallingen?"
    lookup = {fiets.id: fiets}.get
    held = NamedPlan(question, "nl", names=("De Jong", "Jansen"), constraints=ConstraintsDouble(("minister",)))
    assert exchange_answer(held, retrieved(fiets, 5), lookup, 2, confirmed_only=True) is not None
    others = NamedPlan(question, "nl", names=("De Jong", "Pietersen"), constraints=ConstraintsDouble(("minister",)))
    assert exchange_answer(others, retrieved(fiets, 5), lookup, 2, confirmed_only=True) is None


def test_no_confirmation_when_retrieval_ranks_the_exchange_below_the_top_five() -> None:
    fiets = _fiets()
    plan = NamedPlan("Hoe reageerde Jansen toen Bakker vroeg naar het geld?", "nl", names=("Jansen",))
    ranked = retrieved(fiets, 0, 1, 8, 0, 1, 5)  # the reply sixth
    assert exchange_answer(plan, ranked, {fiets.id: fiets}.get, 2) is not None
    assert exchange_answer(plan, ranked, {fiets.id: fiets}.get, 2, confirmed_only=True) is None


def test_no_confirmation_when_the_challenger_is_not_named() -> None:
    fiets = _fiets()
    plan = NamedPlan("How did minister Jansen respond when he was interrupted about money?", "en", names=("Jansen",))
    candidate_answer = exchange_answer(plan, retrieved(fiets, 5), {fiets.id: fiets}.get, 2, confirmed_only=True)
    assert candidate_answer is None


def test_an_exchange_confirms_the_question_that_names_both_sides_by_their_parties() -> None:
    rows = [("De heer Smit (SP):", "Voorzitter. Over de fietskluizen bij de stations wil ik iets zeggen."),
            ("Mevrouw Bakker (GL):", "Steunt de SP dan ook meer camera's bij de kluizen?"),
            ("De heer Smit (SP):", "Ja, camera's bij alle kluizen, dat steunen wij zeker."),
            ("De voorzitter:", "Dank u wel. Dan sluit ik dit overleg.")]
    debate = debate_of(rows, "partij.txt")
    lookup = {debate.id: debate}.get
    both = NamedPlan("Hoe reageerde de SP toen GL vroeg naar camera's?", "nl", names=("SP",))
    answer = exchange_answer(both, retrieved(debate, 2), lookup, 2, confirmed_only=True)
    assert answer is not None and [(c.speaker, c.turn_index) for c in answer.citations] == [("Bakker", 1), ("Smit", 2)]
    one = NamedPlan("Hoe reageerde de SP toen werd gevraagd naar camera's?", "nl", names=("SP",))
    assert exchange_answer(one, retrieved(debate, 2), lookup, 2, confirmed_only=True) is None


def test_the_turns_an_exchange_answer_cites_come_first_in_retrieval_in_spoken_order() -> None:
    fiets = _fiets()
    plan = NamedPlan("How did Jansen respond when Bakker asked about the money?", "en", names=("Jansen",))
    ranked = retrieved(fiets, 0, 1, 8, 5)
    ids = exchange_turn_ids(plan, ranked, {fiets.id: fiets}.get, 2)
    assert ids == [fiets.turns[2].id, fiets.turns[5].id]
    fetched = retrieved(fiets, 2)[0]
    reordered = cited_first(ranked, ids, {fetched.turn_id: fetched}.get)
    assert [t.turn_id for t in reordered[:2]] == ids
    assert len(reordered) == len(ranked) + 1  # the challenge retrieval missed is added, nothing lost


def test_other_questions_leave_retrieval_as_it_is() -> None:
    fiets = _fiets()
    ranked = retrieved(fiets, 0, 5)
    assert exchange_turn_ids(NamedPlan("What did Jansen say about stations?", "en"), ranked, {fiets.id: fiets}.get, 2) == []
    assert cited_first(ranked, []) == ranked


def test_a_challenge_sharing_no_words_with_the_question_is_quoted_from_its_opening() -> None:
    long_challenge = ("Ik maak me zorgen over de handelingsverlegenheid bij de gemeenten. "
                      + "Zij weten niet wat zij moeten doen wanneer de stalling vol staat. " * 6
                      + "Wil de minister daar een kader voor opstellen?")
    rows = [("Minister Jansen:", "Voorzitter. Ik begin met de fietsenstallingen bij de stations, daar investeer ik in."),
            ("Mevrouw Bakker (GL):", long_challenge),
            ("Minister Jansen:", "Ja, dat kader komt er, daar ga ik mee aan de slag.")]
    debate = debate_of(rows, "kader.txt")
    plan = NamedPlan("How did Jansen respond when Bakker urged him to act on the uncertainty?", "en")
    answer = exchange_answer(plan, retrieved(debate, 2), {debate.id: debate}.get, 2)
    assert answer is not None
    assert answer.citations[0].quote.startswith("Ik maak me zorgen over de handelingsverlegenheid")


# --- motions ---------------------------------------------------------------------------------


def test_a_single_motions_quote_runs_to_the_end_of_its_paragraph_but_not_into_the_next_motion() -> None:
    text = ("De motie op stuk nr. 10 ontraad ik. Daar is de jaarverantwoording niet voor bedoeld. "
            "Maar die cijfers komen terug in de sociaaldomeinagenda.\n"
            "De motie op stuk nr. 11 krijgt oordeel Kamer.")
    end = rest_of_paragraph(text, 0, text.index("Maar"), "10")
    assert text[:end].endswith("in de sociaaldomeinagenda.")
    other = "De motie op stuk nr. 10 ontraad ik. Net als de motie op stuk nr. 12, trouwens."
    assert rest_of_paragraph(other, 0, other.index("Net"), "10") == other.index("Net")


# --- commitments -----------------------------------------------------------------------------


def _debate(*rows: tuple[str, str, str]) -> Transcript:
    turns = tuple(Turn(id=f"d:t{i:04d}", index=i, speaker=s, text=t, role=r,  # type: ignore[arg-type]  # test data: roles are literals
                       function="minister van Infrastructuur" if r == "minister" else None, is_chair=r == "chair")
                  for i, (s, r, t) in enumerate(rows))
    return Transcript(id="d", title="MIRT", date="2025-07-02", source_format="vlos", source_path="d.xml", turns=turns)


MIRT = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Boutkan", "member", "Wil de minister mijn zorgen over de treinen overbrengen?"),
    ("Tieman", "minister", "Ik kan de heer Boutkan toezeggen dat ik zijn zorgen over de treinen zal overbrengen aan de directie."),
    ("Veltman", "member", "Wil de minister de zorgen over de treinen in Meppel ook meenemen?"),
    ("Tieman", "minister", "Ik zal de zorgen over de treinen meenemen in mijn gesprekken met de regio."),
    ("Bamenga", "member", "Komt er een brief over de metro?"),
    ("Tieman", "minister", "Ik kan u melden dat ik kort na het zomerreces een brief stuur over de metro. "
                           "Daarin zal ik ingaan op de planning van de metro."),
)


def _ask(question: str, *retrieved_turns: int):
    return answer_from_commitments(question, "nl", ["d"], retrieved(MIRT, *retrieved_turns) if retrieved_turns else [],
                                   {"d": MIRT}.get, 3)


def test_commitment_questions_in_more_wordings_are_recognised() -> None:
    assert asks_for_commitments("Wat zegde de staatssecretaris de heer Boutkan toe over de NS?")
    assert asks_for_commitments("When will the state secretary come back to the AFM's supervision?")
    assert asks_for_commitments("Wanneer komt de minister terug op de metro?")
    assert not asks_for_commitments("Wat zei de minister over de treinen?")


def test_the_commitment_to_the_member_the_question_names_comes_first() -> None:
    veltman = _ask("Wat heeft de minister Veltman toegezegd over de treinen?")
    boutkan = _ask("Wat heeft de minister Boutkan toegezegd over de treinen?")
    assert veltman is not None and veltman.citations[0].turn_id == "d:t0004"
    assert boutkan is not None and boutkan.citations[0].turn_id == "d:t0002"


def test_retrieval_that_settled_on_the_members_own_turns_still_lets_the_commitment_to_them_in() -> None:
    answer = _ask("Wat heeft de minister Veltman toegezegd over de treinen?", 3)  # only Veltman's question retrieved
    assert answer is not None and answer.citations[0].turn_id == "d:t0004" and answer.citations[0].speaker == "Tieman"


def test_the_quote_takes_in_the_sentence_before_that_says_when() -> None:
    answer = _ask("Wat heeft de minister toegezegd over de planning van de metro?")
    assert answer is not None
    quote = answer.citations[0].quote
    assert quote.startswith("Ik kan u melden dat ik kort na het zomerreces") and quote.endswith("planning van de metro.")
    text = MIRT.turns[4].text
    assert with_deadline(text, 0, len(text), MIRT.date) == (0, len(text))  # no time anywhere: unchanged


def test_the_exchange_sharing_the_questions_rare_word_wins_over_the_best_ranked_one_of_the_same_member() -> None:
    rows = [*[("De voorzitter:", "Het woord is aan de minister, dan de minister.")] * 4,
            ("Minister Jansen:", "Voorzitter. De minister begint met de fietsenstallingen bij de stations."),
            ("Mevrouw Bakker (GL):", "Kan de minister iets zeggen over de stations en de minister zijn plannen?"),
            ("Minister Jansen:", "De minister investeert in alle stations, dat is het plan."),
            ("Minister Jansen:", "Dan de stalling in Meppel, waar het druk is."),
            ("Mevrouw Bakker (GL):", "Komt er in Meppel een tweede stalling bij het knooppunt?"),
            ("Minister Jansen:", "In Meppel komt er geen nieuwe stalling, wel meer plekken in de huidige."),
            ]
    debate = debate_of(rows, "meppel.txt")
    plan = NamedPlan("How did the minister respond when Bakker asked about the Meppel junction?", "en")
    answer = exchange_answer(plan, retrieved(debate, 5, 6), {debate.id: debate}.get, 2)  # the other exchange ranks first
    assert answer is not None and [c.turn_index for c in answer.citations] == [8, 9]


def test_a_short_sentence_calling_it_a_promise_joins_the_quote() -> None:
    text = "Ik ga langs bij de stalling in Meppel. Dat is een toezegging van mij.\nDan het volgende punt."
    start, end = with_confirmation(text, 0, text.index(" Dat"))
    assert text[start:end] == "Ik ga langs bij de stalling in Meppel. Dat is een toezegging van mij."
    plain = "Ik ga langs bij de stalling in Meppel. Dat is een mooie stalling."
    assert with_confirmation(plain, 0, plain.index(" Dat")) == (0, plain.index(" Dat"))


def test_a_subject_named_only_elsewhere_in_the_ministers_turn_still_finds_the_promise() -> None:
    debate = _debate(("Six", "member", "Kan de politie IP-adressen delen met het NCSC?"),
                     ("Tieman", "minister", "Het NCSC krijgt informatie uit politiegegevens. Maar ik zal dat nog een keer "
                                            "nagaan en neem dat mee in het volgende halfjaarbericht."))
    answer = answer_from_commitments("What did the minister promise about the NCSC?", "en", ["d"], [], {"d": debate}.get, 3)
    assert answer is not None and "halfjaarbericht" in answer.citations[0].quote


def test_a_promise_that_points_back_takes_in_the_sentence_it_points_to() -> None:
    text = "Het NCSC krijgt ook IP-adressen uit politiegegevens. Maar ik zal dat nog een keer nagaan."
    start = text.index("Maar")
    assert with_antecedent(text, start, len(text)) == (0, len(text))
    alone = "Het NCSC krijgt informatie. Ik stuur u voor de zomer een brief."
    assert with_antecedent(alone, alone.index("Ik"), len(alone)) == (alone.index("Ik"), len(alone))


def test_an_acronym_is_a_word_the_question_and_the_promise_share() -> None:
    debate = _debate(("Koops", "member", "Hoe zit het met het toezicht?"),
                     ("Tieman", "minister", "Ik zeg toe dat ik het gesprek met de AFM aanga."))
    answer = answer_from_commitments("What did the minister promise about the AFM's supervision?", "en", ["d"], [],
                                     {"d": debate}.get, 3)
    assert answer is not None and answer.citations[0].turn_id == "d:t0001"


def test_commitments_from_another_debate_than_the_best_match_are_left_out() -> None:
    other = Transcript(id="e", title="Natuur", date="2025-07-03", source_format="vlos", source_path="e.xml",
                       turns=(Turn(id="e:t0000", index=0, speaker="Rummenie", role="minister", function="minister",
                                   text="Ik zal uw vraag over de treinen meenemen in de gesprekken."),))
    answer = answer_from_commitments("Wat heeft de minister Veltman toegezegd over de treinen in de gesprekken?", "nl",
                                     ["d", "e"], [], {"d": MIRT, "e": other}.get, 3)
    assert answer is not None and {c.doc_id for c in answer.citations} == {"d"}


def test_the_repeat_that_says_when_is_quoted_beside_a_promise_that_does_not() -> None:
    debate = _debate(("Dassen", "member", "Ik wil de correspondentie over de brief van het advocatenkantoor opvragen."),
                     ("Veldkamp", "minister", "Ik zal navraag doen binnen het departement."),
                     ("Klaver", "chair", "U kunt de minister vragen wanneer hij daarop terugkomt."),
                     ("Veldkamp", "minister", "Ik zal er alles aan doen om daarop terug te komen tijdens het tweeminutendebat."),
                     ("Klaver", "chair", "Kan ik de toezegging zo noteren?"),
                     ("Veldkamp", "minister", "Ik kom daarop terug."))
    # the member named, no subject: the promise to him answers (with a subject, its words or the
    # request it answers, `Commitment.asked`, must name it; here no exchange is marked)
    answer = answer_from_commitments("Wat zegde de minister Dassen toe?", "nl", ["d"], retrieved(debate, 1), {"d": debate}.get, 3)
    assert answer is not None
    assert [c.turn_id for c in answer.citations[:2]] == ["d:t0001", "d:t0003"]
    assert "tijdens het tweeminutendebat" in answer.citations[1].quote
