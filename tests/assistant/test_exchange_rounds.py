"""Which exchange, and which round of it, answers an exchange question (`assistant.exchange_choice`):
the round the question is about, not only the opening one; a party is not its member; the
question itself when a member challenges twice before the reply; closeness in meaning where the
question's words meet none of the debate's; and the same answer on a second look, after the
service has put the cited turns first. A reply given in two turns is one round; a question about
what the member asked gets the challenge alone; a speaker's name is no topic word; a round's
meaning is read against the challenge the question describes, not its framing."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.exchange_answers import (
    asks_challenge_only,
    exchange_answer,
    exchange_sequence,
    exchange_turn_ids,
    is_exchange_question,
)
from assistant.exchange_choice import (
    candidates,
    challenge_description,
    exchange_rounds,
    named_sides,
    sides_named,
)
from assistant.models import Answer
from assistant.motion_answers import cited_first
from ingest.models import ExchangeRole, Role, Turn
from tests.assistant.test_exchange_answers import PlanDouble, debate_of, retrieved

LONG_EXCHANGE = [
    ("Minister Jansen:", "Voorzitter. Ik begin met de fietsenstallingen bij de stations, daar investeer ik in."),
    ("Mevrouw Bakker (GL):", "Hoeveel geld gaat er precies naar de fietsenstallingen met camera's?"),
    ("Minister Jansen:", "Twaalf miljoen euro, verdeeld over vier jaar, voor de grote stations."),
    ("Mevrouw Bakker (GL):", "En de kleine stations dan, krijgen die niets?"),
    ("Minister Jansen:", "De kleine stations komen in het najaar aan de beurt, dat beloof ik."),
    ("Mevrouw Bakker (GL):", "Dan nog de wachtlijsten voor fietskluizen in Zwolle: wanneer verdwijnen die?"),
    ("Minister Jansen:", "De wachtlijsten in Zwolle verdwijnen volgend jaar, want daar komen duizend kluizen bij."),
    ("Mevrouw Bakker (GL):", "Dat was het."),
]


def _indexes(answer: Answer | None) -> list[int]:
    assert answer is not None
    return [c.turn_index for c in answer.citations]


def test_the_round_holding_the_questions_words_follows_the_opening_round_though_retrieval_ranks_the_opening_first() -> None:
    debate = debate_of(LONG_EXCHANGE, "lang.txt")
    plan = PlanDouble("Hoe reageerde Jansen toen Bakker vroeg naar de wachtlijsten voor fietskluizen in Zwolle?", "nl")
    answer = exchange_answer(plan, retrieved(debate, 1, 2, 5), {debate.id: debate}.get, limit=4)
    assert _indexes(answer) == [1, 2, 5, 6]


def test_a_closing_challenge_without_a_reply_is_not_quoted_as_a_round() -> None:
    debate = debate_of(LONG_EXCHANGE, "lang.txt")
    plan = PlanDouble("Hoe reageerde Jansen toen Bakker vroeg naar de wachtlijsten in Zwolle?", "nl")
    answer = exchange_answer(plan, retrieved(debate, 7, 6), {debate.id: debate}.get, limit=4)
    assert _indexes(answer) == [1, 2, 5, 6]


def test_the_second_look_after_the_cited_turns_come_first_gives_the_same_answer() -> None:
    debate = debate_of(LONG_EXCHANGE, "lang.txt")
    lookup = {debate.id: debate}.get
    plan = PlanDouble("How did Jansen respond when Bakker asked about the waiting lists in Zwolle?", "en")
    ranked = retrieved(debate, 1, 2, 5)
    ids = exchange_turn_ids(plan, ranked, lookup, 4)
    by_id = {t.turn_id: t for t in retrieved(debate, *range(len(debate.turns)))}
    reordered = cited_first(ranked, ids, by_id.get)
    second = exchange_answer(plan, reordered, lookup, 4)
    assert second is not None and [c.turn_id for c in second.citations] == ids


PARTIES = [("De heer Smit (SP):", "Voorzitter. Over de fietskluizen bij de stations wil ik iets zeggen."),
           ("Mevrouw Bakker (GL):", "Steunt de SP dan ook meer camera's bij de kluizen?"),
           ("De heer Smit (SP):", "Ja, camera's bij alle kluizen, dat steunen wij zeker."),
           ("De voorzitter:", "Dank u wel. Het woord is aan de minister."),
           ("Minister Jansen:", "Voorzitter. Ik begin met de fietsenstallingen bij de stations."),
           ("Mevrouw Bakker (GL):", "Komen er camera's bij de kluizen?"),
           ("Minister Jansen:", "Nee, camera's bij de kluizen zijn te duur."),
           ]


def test_one_party_named_is_not_taken_for_its_member() -> None:
    debate = debate_of(PARTIES, "partij.txt")
    lookup = {debate.id: debate}.get
    assert exchange_answer(PlanDouble("Hoe reageerde de SP op de vraag over camera's?", "nl"),
                           retrieved(debate, 6, 5, 2), lookup, limit=4) is None
    beside_a_name = PlanDouble("Hoe reageerde Jansen toen GL vroeg naar camera's?", "nl")
    member_asks = [t for t in debate.turns if t.challenged == "Smit"]
    assert member_asks and named_sides(beside_a_name.standalone, member_asks) == (False, False)
    named = PlanDouble("Hoe reageerde Smit toen Bakker vroeg naar camera's?", "nl")
    assert _indexes(exchange_answer(named, retrieved(debate, 6, 5, 2), lookup, limit=4)) == [1, 2]


def test_a_party_and_a_cabinet_office_name_the_two_sides_of_a_challenge_of_the_cabinet() -> None:
    debate = debate_of(PARTIES, "partij.txt")
    lookup = {debate.id: debate}.get
    plan = PlanDouble("The GL member asked whether cameras come to the lockers. What did the minister tell her?", "en")
    assert _indexes(exchange_answer(plan, retrieved(debate, 6, 5, 2), lookup, limit=4)) == [5, 6]
    member_asks = [t for t in debate.turns if t.challenged == "Smit"]  # no cabinet office replied there
    assert named_sides(plan.standalone, member_asks) == (False, False)
    # the party named as the one who pressed, not a member of it: the minister's words on its point are asked
    minister_asked = [t for t in debate.turns if t.challenged == "Jansen"]
    assert named_sides("How did the minister respond when GL pressed him about cameras?", minister_asked) == (False, False)
    assert named_sides("The member of GL asked about cameras. How did the minister respond?", minister_asked) == (True, True)
    # the party as the one who asked, in a question that also asks how the office replied (`dev-structure-15`)
    assert named_sides("Wat vroeg GL de minister over camera's, en hoe reageerde hij daarop?", minister_asked) == (True, True)
    assert named_sides("What did GL ask the minister about cameras, and how did he respond?", minister_asked) == (True, True)
    assert named_sides("Hoe reageerde de minister toen GL vroeg naar camera's?", minister_asked) == (False, False)
    # a member named by the party's "-er" (`dev-structure-19`: "Toen de SGP'er ... vroeg ..., wat antwoordde de minister?")
    assert named_sides("Toen de GL'er vroeg naar camera's, wat antwoordde de minister?", minister_asked) == (True, True)


def test_the_member_named_before_the_challenge_verb_challenged_the_one_named_after_it() -> None:
    debate = debate_of(PARTIES, "partij.txt")
    assert sides_named("Bakker van GL onderbrak Smit over camera's. Hoe reageerde hij?", debate)[0] == "Bakker"
    assert sides_named("Bakker (GL) interrupted Smit about cameras. How did he respond?", debate)[0] == "Bakker"
    assert sides_named("Hoe reageerde Smit toen Bakker hem onderbrak?", debate) == ("Bakker", "Smit")
    # English puts the object after the verb: Smit was pressed, not the one who pressed (`dev-structure-18`)
    assert sides_named("When the GL member pressed Smit about cameras, what did he say?", debate) == (None, None)
    assert sides_named("Toen vroeg Bakker naar camera's. Hoe reageerde Smit?", debate)[0] == "Bakker"


def test_two_parties_name_the_two_sides_of_an_exchange_between_their_members() -> None:
    debate = debate_of(PARTIES, "partij.txt")
    plan = PlanDouble("Hoe reageerde de SP toen GL vroeg naar camera's?", "nl")
    assert _indexes(exchange_answer(plan, retrieved(debate, 6, 5, 2), {debate.id: debate}.get, limit=4)) == [1, 2]


def test_of_two_challenges_before_one_reply_the_later_question_is_quoted() -> None:
    rows = [("Minister Jansen:", "Voorzitter. Ik begin met de fietsenstallingen bij de stations, daar investeer ik in."),
            ("Mevrouw Bakker (GL):", "Ja, dat kan ik beamen, ik ken die stallingen zelf ook goed."),
            ("De voorzitter:", "Uw vraag?"),
            ("Mevrouw Bakker (GL):", "Waarom krijgen de kleine stations geen camera's?"),
            ("Minister Jansen:", "Omdat camera's bij kleine stations weinig diefstal voorkomen."),
            ]
    debate = debate_of(rows, "twee.txt")
    plan = PlanDouble("What did Jansen reply to Bakker?", "en")
    answer = exchange_answer(plan, retrieved(debate, 4), {debate.id: debate}.get, limit=4)
    assert _indexes(answer) == [3, 4]


def test_closeness_in_meaning_picks_the_round_where_the_questions_words_meet_none_of_the_debates() -> None:
    debate = debate_of(LONG_EXCHANGE, "lang.txt")
    lookup = {debate.id: debate}.get
    plan = PlanDouble("How did Jansen respond when Bakker asked about the smaller railway halts?", "en")
    small = {debate.turns[3].id: 0.86, debate.turns[4].id: 0.85}  # the round on the small stations

    def closeness(turn_ids: Sequence[str]) -> dict[str, float]:
        return {i: small.get(i, 0.80) for i in turn_ids}

    assert _indexes(exchange_answer(plan, retrieved(debate, 1), lookup, 4, similarity=closeness)) == [1, 2, 3, 4]
    far = {debate.turns[5].id: 0.86, debate.turns[6].id: 0.85}
    answer = exchange_answer(plan, retrieved(debate, 1), lookup, 4, similarity=lambda ids: {i: far.get(i, 0.80) for i in ids})
    assert _indexes(answer) == [1, 2, 5, 6]
    assert _indexes(exchange_answer(plan, retrieved(debate, 1), lookup, 4)) == [1, 2, 3, 4]  # without it: the next round


def test_the_names_of_the_debates_speakers_are_no_topic_words_of_the_question() -> None:
    debate = debate_of(LONG_EXCHANGE, "lang.txt")
    plan = PlanDouble("Hoe reageerde Jansen toen Bakker vroeg naar de wachtlijsten in Zwolle?", "nl")
    found = candidates(plan.standalone, retrieved(debate, 1, 2), {debate.id: debate}.get)
    assert found and found[0].scoring is not None
    assert {"jansen", "bakker"}.isdisjoint(found[0].scoring.terms) and "zwoll" in found[0].scoring.terms


def _turn(index: int, speaker: str, text: str, role: Role, position: int, exchange_role: ExchangeRole) -> Turn:
    return Turn(id=f"d:t{index:04d}", index=index, speaker=speaker, text=text, role=role, exchange_id="d:x001",
                exchange_position=position, exchange_role=exchange_role, challenger="Bakker", challenged="Jansen")


def _first_round() -> list[Turn]:
    """Bakker's question on the bicycle sheds and the minister's answer: the round both tests open with."""
    return [
        _turn(1, "Bakker", "Hoeveel geld gaat er naar de fietsenstallingen bij de stations?", "member", 0, "challenge"),
        _turn(2, "Jansen", "Twaalf miljoen euro, verdeeld over vier jaar.", "minister", 1, "reply"),
    ]


def test_a_reply_given_in_two_turns_is_quoted_whole_and_alone_when_it_is_the_round_asked_about() -> None:
    members = [
        *_first_round(),
        _turn(4, "Bakker", "Komt er dan voor de zomer een plan voor de kleine stations?", "member", 2, "challenge"),
        _turn(5, "Jansen", "Dat kan ik nu niet toezeggen, daar moet ik navraag naar doen.", "minister", 3, "reply"),
        _turn(7, "Jansen", "Maar ik kom er voor het reces bij u op terug.", "minister", 4, "reply"),
    ]
    rounds = exchange_rounds(members)
    assert [[t.index for t in r] for r in rounds] == [[1, 2], [4, 5, 7]]
    assert [t.index for t in exchange_sequence(members, members[2], limit=4)] == [4, 5, 7]
    assert [t.index for t in exchange_sequence(members, members[2], limit=5)] == [1, 2, 4, 5, 7]


def test_a_quip_of_two_words_opens_a_round_and_a_bare_courtesy_or_one_word_does_not() -> None:
    members = [
        *_first_round(),
        _turn(4, "Bakker", "Mooie fietsenstallingen.", "member", 2, "challenge"),
        _turn(5, "Jansen", "Zeker, het zijn prachtige stallingen met camera's.", "minister", 3, "reply"),
        _turn(7, "Bakker", "Helder, voorzitter.", "member", 4, "challenge"),
        _turn(8, "Jansen", "Dan ga ik nu door naar de kleine stations in het noorden.", "minister", 5, "reply"),
    ]
    assert [[t.index for t in r] for r in exchange_rounds(members)] == [[1, 2], [4, 5]]


def test_a_question_about_what_the_member_asked_is_answered_with_the_challenge_alone_from_its_question() -> None:
    lead = "Ik heb de minister al vaak gehoord over de stations, en ik waardeer zijn inzet. " * 6
    ask = "Waarom krijgen de kleine stations geen fietskluizen? Die staan al jaren in de koelkast."
    rows = [("Minister Jansen:", "Voorzitter. Ik begin met de fietsenstallingen bij de stations, daar investeer ik in."),
            ("Mevrouw Bakker (GL):", lead + ask),
            ("Minister Jansen:", "Omdat de grote stations eerst aan de beurt zijn, dat is de afspraak.")]
    debate = debate_of(rows, "vraag.txt")
    lookup = {debate.id: debate}.get
    for question in ("What did Bakker ask Jansen in her interruption?", "Wat vroeg Bakker in haar interruptie aan Jansen?"):
        assert asks_challenge_only(question), question
        answer = exchange_answer(PlanDouble(question, "nl" if question.startswith("Wat") else "en"),
                                 retrieved(debate, 1, 2), lookup, limit=4)
        assert answer is not None and [(c.speaker, c.turn_index) for c in answer.citations] == [("Bakker", 1)]
        assert answer.citations[0].quote.startswith("Waarom krijgen de kleine stations") and "koelkast" in answer.citations[0].quote
    for question in ("How did Jansen respond when Bakker asked about the stations?", "Wat vroeg Bakker over camera's?",
                     "Wat antwoordde Jansen toen Bakker vroeg naar de stations?"):
        assert not asks_challenge_only(question) or not is_exchange_question(question), question


def test_the_round_whose_challenge_the_question_describes_wins_over_one_whose_reply_is_closer() -> None:
    debate = debate_of(LONG_EXCHANGE, "lang.txt")
    plan = PlanDouble("How did Jansen respond when Bakker asked about the smaller railway halts?", "en")
    close = {debate.turns[3].id: 0.86, debate.turns[4].id: 0.80,  # the question describes this challenge
             debate.turns[5].id: 0.82, debate.turns[6].id: 0.88}  # this reply is closer to its topic

    def closeness(turn_ids: Sequence[str]) -> dict[str, float]:
        return {i: close.get(i, 0.80) for i in turn_ids}

    answer = exchange_answer(plan, retrieved(debate, 1), {debate.id: debate}.get, 4, similarity=closeness)
    assert _indexes(answer) == [1, 2, 3, 4]


def test_a_question_in_another_language_shares_only_its_names_acronyms_and_numbers_with_thedebate_of() -> None:
    debate = debate_of(LONG_EXCHANGE, "lang.txt")
    lookup = {debate.id: debate}.get
    english = "How did Jansen respond when Bakker asked about the 1000 lockers in Zwolle, up north?"
    found = candidates(english, retrieved(debate, 1, 2), lookup, language="en")
    assert found and found[0].scoring is not None
    assert found[0].scoring.terms == {"1000", "zwoll"}
    dutch = candidates("Hoe reageerde Jansen toen Bakker vroeg naar de wachtlijsten in Zwolle?", retrieved(debate, 1, 2),
                       lookup, language="nl")
    assert found and dutch[0].scoring is not None and {"wachtlijst", "zwoll"} <= dutch[0].scoring.terms


CROSSINGS = [
    ("Minister Jansen:", "Voorzitter. Dan de verkeersveiligheid rond de basisscholen."),
    ("Mevrouw Bakker (GL):", "Komen er nu eindelijk zebrapaden bij de scholen in Zwolle?"),
    ("Minister Jansen:", "Ja, voor de zomer liggen er bij twintig scholen nieuwe zebrapaden."),
]


def test_the_exchange_asked_about_is_found_in_a_debate_of_the_people_named_that_retrieval_did_not_rank() -> None:
    stations, crossings = debate_of(LONG_EXCHANGE, "stations.txt"), debate_of(CROSSINGS, "scholen.txt")
    lookup = {stations.id: stations, crossings.id: crossings}.get
    plan = PlanDouble("Hoe reageerde Jansen toen Bakker vroeg naar de zebrapaden bij de scholen?", "nl")
    ranked = retrieved(stations, 1, 2)  # retrieval ranked the same two people's other debate
    assert _indexes(exchange_answer(plan, ranked, lookup, 4)) == [1, 2, 3, 4]
    answer = exchange_answer(plan, ranked, lookup, 4, debates=[crossings.id])
    assert answer is not None and {c.doc_id for c in answer.citations} == {crossings.id}
    assert [(c.speaker, c.turn_index) for c in answer.citations] == [("Bakker", 1), ("Jansen", 2)]


def test_the_parties_names_and_the_words_framing_an_exchange_question_are_no_topic_words() -> None:
    debate = debate_of(PARTIES, "partij.txt")
    plan = PlanDouble("Hoe reageerde de SP toen GL vroeg naar camera's bij de kluizen?", "nl")
    found = candidates(plan.standalone, retrieved(debate, 1, 2), {debate.id: debate}.get)
    assert found and found[0].scoring is not None
    terms = found[0].scoring.terms
    assert {"sp", "gl", "reageerd", "vroeg"}.isdisjoint(terms) and {"camera", "kluiz"} & terms


def test_the_assistant_looks_for_an_exchange_in_every_debate_where_the_people_or_both_parties_named_speak(tmp_path) -> None:
    from doubles import assistant_over

    from ingest.settings import load_settings

    stations, crossings, parties = (debate_of(LONG_EXCHANGE, "stations.txt"), debate_of(CROSSINGS, "scholen.txt"),
                                    debate_of(PARTIES, "partij.txt"))
    assistant = assistant_over([stations, crossings, parties], load_settings(env={}, index_dir=tmp_path))
    named = assistant._named_debates("Hoe reageerde Jansen toen Bakker vroeg naar de zebrapaden?")
    assert set(named) == {stations.id, crossings.id, parties.id}  # all three debates hear Jansen and Bakker
    assert assistant._named_debates("Hoe reageerde de SP toen GL vroeg naar camera's?") == [parties.id]
    assert assistant._named_debates("Hoe reageerde de SP op de kluizen?") == []  # one party names no exchange
    assert assistant._named_debates("Wat zei Jansen over de zebrapaden?") == []  # no exchange question


def test_the_challenge_a_question_describes_is_what_follows_when_and_the_challenge_verb() -> None:
    assert challenge_description("How did the state secretary respond when Veltman asked about more and other "
                                 "operators at the Meppel junction?") == "more and other operators at the Meppel junction"
    assert challenge_description("How did Martens-America reply when Sneller interrupted to ask whether the VVD "
                                 "wants stability or sudden sharp turns?") == "the VVD wants stability or sudden sharp turns"
    assert challenge_description("Hoe reageerde de minister toen Dassen vroeg of de nationale maatregelen niet op "
                                 "15 juli gereed moesten zijn?") == "de nationale maatregelen niet op 15 juli gereed moesten zijn"


def test_a_when_clause_that_only_points_back_leaves_the_whole_question_to_describe_the_challenge() -> None:
    question = ("Did the foreign minister concede that Dutch national measures against Israel would not have much "
                "effect when the VVD's Van Campen challenged him on it?")
    assert challenge_description(question) == question
    assert challenge_description("What did Veldkamp say when Van Campen pressed him about it?") == \
        "What did Veldkamp say when Van Campen pressed him about it?"
    # a verb with nothing after it keeps the clause, as before
    assert challenge_description("How did the minister respond when the VVD member Bakker interrupted?") == \
        "the VVD member Bakker interrupted"


def test_a_description_too_short_to_mean_anything_falls_back_to_the_clause_then_the_question() -> None:
    assert challenge_description("Hoe reageerde Ellian toen Nordkamp hem interrumpeerde over cyberaanvallen?") == \
        "Nordkamp hem interrumpeerde over cyberaanvallen"
    assert challenge_description("How did Van Nispen respond when the minister noted that no party had tried to "
                                 "raise the amount?") == "the minister noted that no party had tried to raise the amount"
    question = "Wat zei Peters over de interruptie?"
    assert challenge_description(question) == question


LABOUR = [("Minister Jansen:", "Voorzitter. Ik begin met de lonen."),
          ("De heer Thijssen (GroenLinks-PvdA):", "Werken loont toch minder onder dit kabinet?"),
          ("Minister Jansen:", "Nee, de reële loongroei is positief."),
          ]


def test_a_party_named_by_another_of_its_names_names_its_member() -> None:
    """"the GL-PvdA member" is a member of GroenLinks-PvdA, as the parliament profile spells it
    (`dev-structure-33`: the exchange was not found, and the minister's other turns were quoted)."""
    debate = debate_of(LABOUR, "lonen.txt")
    asked = [t for t in debate.turns if t.challenged == "Jansen"]
    assert asked
    assert named_sides("What did the minister say back to the GL-PvdA member who claimed that work pays less?", asked) == (True, True)
    assert named_sides("What did the minister say back to the GroenLinks-PvdA member?", asked) == (True, True)
    assert named_sides("What did the minister say back to the member who claimed that work pays less?", asked) == (False, False)
