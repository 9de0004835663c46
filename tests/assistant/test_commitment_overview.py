"""A question that asks what was promised in a debate, naming no topic, is answered with all of that
debate's commitments, each cited from its own turn; a topical one is left to the ranked answer."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.commitment_overview import (
    MAX_LISTED,
    answer_with_all_commitments,
    asks_for_all_commitments,
)
from assistant.constraints import Constraints
from assistant.retrieval import RetrievedTurn
from ingest.models import Transcript
from tests.assistant.test_structure_commitments import COMMISSION, _debate

SPEAKERS = ("Pool", "Boswijk", "Van Weel", "Michon-Derkzen", "Struycken")


@pytest.mark.parametrize("question", [
    "What did the minister promise in the police debate?",
    "Which commitments did the minister make during the committee debate on the police?",
    "Welke toezeggingen deed de minister tijdens het commissiedebat Politie?",
    "Wat zegde de minister toe?",
    "Wat heeft minister Van Weel toegezegd in het debat van 2 juli?",
    "What did the minister promise Boswijk?",
    "What did the minister of Justice and Security promise, and by when?",
    "Welke toezeggingen werden op 2 juli 2025 gedaan?",
    "What did ministers promise on 3 July 2025?",
    "Hoeveel toezeggingen deed de minister in het politiedebat?",
    "Which commitments did the chair read out at the end of the police debate?",
    # a list asked for, from the debate (`DEBATE_SOURCE`): these named the debate as a topic
    "Geef alle toezeggingen uit het politiedebat.", "Give me all commitments from the police debate.",
    "List the commitments from the police debate.", "Noem de toezeggingen van het politiedebat.",
    "Toon de toezeggingen uit het debat over de politie.", "Show me the promises made during the police debate.",
    "Which promises came out of the police debate?",
])
def test_a_commitment_question_without_a_topic_asks_for_them_all(question: str) -> None:
    assert asks_for_all_commitments(question, SPEAKERS)


@pytest.mark.parametrize("question", [
    "What did the minister promise about the initiatiefnota?",
    "Welke toezegging over de motie over sektes werd aan het eind voorgelezen?",
    "Did the minister commit to keeping the 144 number?",
    "What did the minister say in the police debate?",
    "What did the minister promise about PTSD in the police debate?",
    # a comma ends the debate's name: the topic follows it (`dev-structure-3`)
    "In the police debate, what did the minister promise about protecting minorities in Syria?",
    # so does the verb that closes a Dutch clause: the topic follows it (`dev-structure-9`)
    "Wat heeft de minister in het politiedebat precies aan Boswijk toegezegd over de wijkagenten?",
    # and so does an infinitive after the debate (`dev-structure-10`)
    "Why did the minister promise in the police debate to set up an expertise centre?",
    "Wat zegde de minister toe in het politiedebat om de wijkagenten te versterken?",
    "Geef de toezegging over de wijkagenten uit het politiedebat.",
])
def test_a_topic_or_no_promise_is_not_an_overview(question: str) -> None:
    assert not asks_for_all_commitments(question, SPEAKERS)


def _ask(debate: Transcript, question: str, language: str = "en"):
    return answer_with_all_commitments(question, language, ["d"], [], lambda doc_id: debate if doc_id == "d" else None)


def test_the_debates_commitments_are_cited_in_the_order_they_were_made_with_the_count() -> None:
    answer = _ask(COMMISSION, "What did the minister promise in the police debate?")
    assert answer is not None and answer.answerable
    assert [(c.speaker, c.turn_id) for c in answer.citations] == [("Van Weel", "d:t0002"), ("Michon-Derkzen", "d:t0007")]
    for citation in answer.citations:  # verbatim, from the turn it cites
        assert citation.quote == citation.text[citation.quote_start:citation.quote_end]
    assert answer.notice is not None and answer.notice.startswith("Commitments found in “Politie” (2 Jul 2025): 2;")
    assert "made to Boswijk" in answer.notice and "2025-09-01/2025-11-30" in answer.notice


TWO_OFFICES = _debate(
    ("Pool", "chair", "Ik open de vergadering."),
    ("Boswijk", "member", "Wanneer komt de brief over de wijkagent?"),
    ("Van Weel", "minister", "Ik zal u voor de zomer een brief sturen over de wijkagent."),
    ("Michon-Derkzen", "member", "En de slachtoffers?"),
    ("Struycken", "state_secretary", "Ik zal u in het najaar informeren over de slachtoffers."),
)


def test_an_office_or_a_member_named_keeps_only_their_commitments() -> None:
    by_office = _ask(TWO_OFFICES, "What did the state secretary promise?")
    assert by_office is not None and [c.speaker for c in by_office.citations] == ["Struycken"]
    by_name = _ask(TWO_OFFICES, "Wat zegde Van Weel toe?", "nl")
    assert by_name is not None and [c.speaker for c in by_name.citations] == ["Van Weel"]
    assert by_name.notice is not None and by_name.notice.startswith("Toezeggingen gevonden in “Politie” (2 juli 2025): 1;")
    to_member = _ask(TWO_OFFICES, "What did the cabinet promise Michon-Derkzen?")
    assert to_member is not None and [c.speaker for c in to_member.citations] == ["Struycken"]


def test_a_member_named_by_surname_is_kept_apart_when_the_minister_is_named_in_full() -> None:
    """"Wat heeft minister Van Weel toegezegd aan Boswijk?" once listed every promise of Van Weel:
    the minister's full name made the question one that names its members in full, and Boswijk
    was looked for among those only."""
    two_members = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Wanneer komt de brief over de wijkagent?"),
        ("Van Weel", "minister", "Ik zal u voor de zomer een brief sturen over de wijkagent."),
        ("Michon-Derkzen", "member", "En de meldkamer?"),
        ("Van Weel", "minister", "Ik zal u in het najaar informeren over de meldkamer."),
    )
    answer = _ask(two_members, "Wat heeft minister Van Weel toegezegd aan Boswijk?", "nl")
    assert answer is not None and [c.turn_id for c in answer.citations] == ["d:t0002"]


def test_a_topical_commitment_question_is_left_to_the_ranked_answer() -> None:
    assert _ask(COMMISSION, "What did the minister promise about the initiatiefnota?") is None
    assert _ask(COMMISSION, "What did the minister say in the police debate?") is None


def test_no_answer_when_the_debate_has_no_commitment_of_the_person_named() -> None:
    assert _ask(TWO_OFFICES, "What did minister Pool promise?") is None
    silent = _debate(("Pool", "chair", "Ik open de vergadering."), ("Van Weel", "minister", "Het beleid werkt."))
    assert _ask(silent, "What did the minister promise?") is None


def test_a_long_list_is_cut_but_counted() -> None:
    many = _debate(*[("Van Weel", "minister", f"Ik zal u voor de zomer informeren over punt {n}.") for n in range(MAX_LISTED + 3)])
    answer = _ask(many, "What did the minister promise?")
    assert answer is not None and len(answer.citations) == MAX_LISTED
    assert answer.notice is not None and f": {MAX_LISTED + 3}; {MAX_LISTED} quoted below." in answer.notice


def _other_debate() -> Transcript:
    other = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Komt er een evaluatie van de meldkamer?"),
        ("Van Weel", "minister", "Ik zal u in het najaar informeren over de evaluatie van de meldkamer."),
    )
    return _renamed(other, "e", "Meldkamers", "2025-09-10")


def _renamed(debate: Transcript, doc_id: str, title: str, date: str) -> Transcript:
    """``debate`` (built as "d") as another debate of the index."""
    return Transcript(id=doc_id, title=title, date=date, source_format="vlos", source_path=f"{doc_id}.xml",
                      turns=tuple(dataclasses.replace(t, id=t.id.replace("d:", f"{doc_id}:")) for t in debate.turns))


def test_a_person_named_without_a_debate_gets_their_commitments_of_every_debate_they_speak_in() -> None:
    debates = {"d": COMMISSION, "e": _other_debate()}
    answer = answer_with_all_commitments("What did the minister promise Boswijk?", "en", [], [], debates.get,
                                         person_debates=["d", "e"])
    assert answer is not None
    assert [c.turn_id for c in answer.citations] == ["d:t0002", "e:t0002"]
    assert answer.notice is not None and "“Politie” (2 Jul 2025), “Meldkamers” (10 Sep 2025): 2;" in answer.notice
    ranked = [RetrievedTurn("d:t0002", "d", 1.0, 0.8, 1.0)]  # retrieval found the debate named
    located = answer_with_all_commitments("What did the minister promise Boswijk in the police debate?", "en", [], ranked,
                                          debates.get, person_debates=["d", "e"])
    assert located is not None and [c.turn_id for c in located.citations] == ["d:t0002"]  # no debate beyond the one named


def test_a_minister_named_keeps_only_their_commitments_in_every_debate_looked_at() -> None:
    """"Wat heeft minister Blok toegezegd aan Boswijk?" once quoted Van Weel's promises to Boswijk too:
    in a debate where Blok does not speak, the office ("minister") was all that was left to filter on."""
    blok = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Komt er een brief over de mensenhandel?"),
        ("Blok", "minister", "Ik zal u voor de zomer een brief sturen over de mensenhandel."),
    )
    debates = {"d": COMMISSION, "b": _renamed(blok, "b", "Mensenhandel", "2017-02-16")}
    answer = answer_with_all_commitments("Wat heeft minister Blok toegezegd aan Boswijk?", "nl", [], [], debates.get,
                                         person_debates=["d", "b"])
    assert answer is not None and [c.speaker for c in answer.citations] == ["Blok"]


def test_an_office_named_by_its_portfolio_asks_for_its_holders_commitments_in_every_debate() -> None:
    """"What did the justice minister promise?" was taken for promises about something "justice" and
    got none; the office resolved to its holder names them as a surname does."""
    blok = _debate(
        ("Pool", "chair", "Ik open de vergadering."),
        ("Boswijk", "member", "Komt er een brief over de mensenhandel?"),
        ("Blok", "minister", "Ik zal u voor de zomer een brief sturen over de mensenhandel."),
    )
    debates = {"d": COMMISSION, "b": _renamed(blok, "b", "Mensenhandel", "2017-02-16"), "e": _other_debate()}
    question = "What did the justice minister promise?"
    assert answer_with_all_commitments(question, "en", [], [], debates.get, person_debates=["d", "e"]) is None
    answer = answer_with_all_commitments(question, "en", [], [], debates.get, person_debates=["d", "e"],
                                         office=("justice minister", ("Van Weel",)))
    assert answer is not None and {c.speaker for c in answer.citations} == {"Van Weel"}
    assert {c.doc_id for c in answer.citations} == {"d", "e"}  # the holder's debates, not the first alone
    elsewhere = answer_with_all_commitments("What did the justice minister promise?", "en", ["b"], [], debates.get,
                                            office=("justice minister", ("Van Weel",)))
    assert elsewhere is None  # Blok's promises are not the holder's


def test_a_member_named_who_was_promised_nothing_here_gets_none_of_the_ministers_other_promises() -> None:
    """"Wat zegde minister Van Weel toe aan Grinwis?": Grinwis speaks in another debate looked at and
    was promised nothing in this one; the minister's promises to others are no answer."""
    other = _debate(("Pool", "chair", "Ik open de vergadering."), ("Grinwis", "member", "Ik heb een vraag over de N50."),
                    ("Van Weel", "minister", "Het beleid werkt."))
    debates = {"d": COMMISSION, "g": _renamed(other, "g", "MIRT", "2025-07-02")}
    assert answer_with_all_commitments("Wat zegde minister Van Weel toe aan Grinwis?", "nl", [], [], debates.get,
                                       person_debates=["d", "g"]) is None


def test_a_day_named_without_a_debate_gets_the_commitments_of_every_debate_held_then() -> None:
    debates = {"d": COMMISSION, "e": _other_debate()}
    answer = answer_with_all_commitments("What did the minister promise on 10 September 2025?", "en", [], [],
                                         debates.get, dated_debates=["e"])
    assert answer is not None and [c.turn_id for c in answer.citations] == ["e:t0002"]
    both = answer_with_all_commitments("Welke toezeggingen deed de minister in juli en september 2025?", "nl", [], [],
                                       debates.get, dated_debates=["d", "e"])
    assert both is not None and {c.doc_id for c in both.citations} == {"d", "e"}


def test_a_date_range_allows_the_debates_held_within_it() -> None:
    july = Constraints(date_from=20250701, date_to=20250731)
    assert july.allows_date("2025-07-02") and not july.allows_date("2025-09-10")
    assert Constraints(date_from=20250901).allows_date("2025-09-10")


@pytest.mark.parametrize("question", ["Welke toezeggingen moeten voor de zomer worden nagekomen?",
                                      "Which commitments are due before the summer recess?",
                                      "What did the minister promise in the police debate for the autumn?"])
def test_a_time_they_are_due_by_names_no_topic(question: str) -> None:
    assert asks_for_all_commitments(question, SPEAKERS)


def test_the_commitments_due_by_the_time_asked_are_those_whose_deadline_keeps_it() -> None:
    """The time is read against the debate's date (2 July 2025): "voor de zomer" is the summer
    recess of 2025, which the promise "in het najaar" does not keep."""
    answer = _ask(TWO_OFFICES, "Welke toezeggingen moeten voor de zomer worden nagekomen?", "nl")
    assert answer is not None and [c.speaker for c in answer.citations] == ["Van Weel"]
    assert answer.notice is not None and answer.notice.startswith("Toezeggingen met als termijn voor de zomer")
    none = _ask(TWO_OFFICES, "Which commitments are due before Prinsjesdag from the state secretary?")
    assert none is not None and not none.answerable and not none.citations
    assert "is due before Prinsjesdag" in none.answer


def test_naming_no_debate_the_commitments_due_come_from_every_debate() -> None:
    other = _other_debate()  # 10 September 2025: "in het najaar" ends with November
    load = {"d": TWO_OFFICES, "e": other}.get
    answer = answer_with_all_commitments("Which commitments are due before the end of the year?", "en", [], [], load,
                                         every_debate=["d", "e"])
    assert answer is not None and [(c.doc_id, c.speaker) for c in answer.citations] == [
        ("d", "Van Weel"), ("d", "Struycken"), ("e", "Van Weel")]
    assert answer.notice is not None and "“Politie” (2 Jul 2025), “Meldkamers” (10 Sep 2025): 3;" in answer.notice
    # due before the summer or in the autumn (September to November): none in December
    none = answer_with_all_commitments("Which commitments are due in December?", "en", [], [], load,
                                       every_debate=["d", "e"])
    assert none is not None and not none.answerable and not none.citations
    assert "No commitment made in the 2 indexed debates is due in December." in none.answer
    by_month = answer_with_all_commitments("Which commitments are due by the end of November?", "en", [], [], load,
                                           every_debate=["d", "e"])
    assert by_month is not None and [(c.doc_id, c.speaker) for c in by_month.citations] == [
        ("d", "Van Weel"), ("d", "Struycken"), ("e", "Van Weel")]  # a month's words are a time too
