"""Commitment questions against the real corpus index (real e5 model): "what did the minister
promise in this debate" gets every commitment of that debate, attributed from structure; "how was
the commitment adjusted" gets the chair's list item and its correction; a question on one subject
gets the promises on it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.structure.commitments import debate_commitments

pytestmark = pytest.mark.slow

VICTIMS = "vlos-408e2501-72cb-4dfb-99da-f7959387d352"
MIVD = "vlos-ca333c74-359b-4120-a050-37d158b9507d"
MIRT = "vlos-22e5b0bf-5624-47c1-bce9-4e663164f56a"


def test_an_english_question_naming_the_debate_by_its_topic_gets_all_its_commitments(corpus_assistant) -> None:
    answer = corpus_assistant.ask("What did the state secretary promise in the victims debate?")
    expected = debate_commitments(corpus_assistant.transcript(VICTIMS))
    assert answer.answerable and len(expected) >= 10
    assert [c.turn_id for c in answer.citations] == [c.turn_id for c in expected]  # every one, in the order made
    # the state secretary's own words, and the chair's for a list item no promise of hers claims (since the items are
    # linked in the debate's order, item 6 keeps the chair's words instead of citing another of her promises)
    assert {c.speaker for c in answer.citations if not c.is_chair} == {"Struycken"}
    listed_only = {c.turn_id for c in expected if c.source == "list"}
    assert all(c.turn_id in listed_only for c in answer.citations if c.is_chair)
    # a list from structure: no retrieval confidence, and checked like any promise the finder found
    assert answer.confidence is None and answer.confidence_label == "probably answered"
    assert answer.notice is not None and answer.notice.startswith(f"Commitments found in “Slachtofferbeleid” (2 Jul 2025): {len(expected)};")


def test_a_dutch_question_about_a_ministers_promises_in_a_debate(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Welke toezeggingen deed de minister in het debat over de MIVD?")
    assert answer.answerable
    assert [(c.speaker, c.doc_id) for c in answer.citations] == [("Brekelmans", MIVD)] * 2
    assert "toegezegd aan Olger van Dijk" in (answer.notice or "")


def test_a_member_named_without_a_debate_gets_the_promises_made_to_them_in_every_debate(corpus_assistant) -> None:
    answer = corpus_assistant.ask("What did the minister promise Olger van Dijk?")
    assert answer.answerable
    # the chair's item on the year 2034 is the promise to him the finder does not count ("Ik ben
    # bereid daar nog eens goed naar te kijken"); it is linked to no promise to another member
    assert {(c.speaker, c.doc_id) for c in answer.citations} == {("Tieman", MIRT), ("Brekelmans", MIVD), ("Boutkan", MIRT)}
    assert "Inge van Dijk" not in (answer.notice or "")  # another Van Dijk


def test_a_day_named_without_a_debate_gets_the_commitments_of_every_debate_held_that_day(corpus_assistant) -> None:
    answer = corpus_assistant.ask("What did ministers promise on 3 July 2025?")
    assert answer.answerable and len({c.doc_id for c in answer.citations}) >= 2
    assert {c.date for c in answer.citations} == {"2025-07-03"}


def test_how_a_listed_commitment_was_corrected_quotes_the_member_and_the_chair_who_settled_it(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Hoe werd de toezegging over thuiswerkende prostituees op verzoek van het CDA aangepast?")
    assert answer.answerable
    assert [(c.speaker, c.is_chair) for c in answer.citations] == [
        ("Van Oosten", True), ("Van Toorenburg", False), ("Van Oosten", True)]
    assert "veralgemeniseren" in answer.citations[2].quote


def test_a_deadline_the_quote_does_not_say_is_shown_where_it_was_said(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Welke toezeggingen deed de minister in het debat over de MIVD?")
    dated = [c for c in answer.citations if c.dated]
    assert dated, answer.citations
    [card] = dated
    assert card.speaker == "Brekelmans" and "Defensiebegroting 2026" not in card.quote
    assert card.dated_by == "Kahraman" and "Defensiebegroting 2026" in card.dated  # the chair read it in the list
    assert corpus_assistant.transcript(MIVD).turns[card.dated_turn_index].text.find(card.dated) >= 0
    assert "Defensiebegroting 2026" in (answer.notice or "")


@pytest.mark.parametrize(("question", "debates"), [
    ("Welke toezeggingen deed minister Blok in het AO mensenhandel, en wanneer?", {"kst-28638-157"}),
    ("What did the state secretary promise in the tax debate of 3 July?", {"vlos-61041e9f-9280-44a5-9606-140a59d378b9"}),
    ("Wat heeft staatssecretaris Van Oostenbruggen toegezegd in het debat over internationale fiscaliteit?",
     {"vlos-61041e9f-9280-44a5-9606-140a59d378b9"}),
])
def test_a_debate_named_as_staff_name_it_gets_its_own_commitments(corpus_assistant, question, debates) -> None:
    answer = corpus_assistant.ask(question)
    assert answer.answerable and {c.doc_id for c in answer.citations} == debates


def test_an_office_named_by_portfolio_gets_its_holders_commitments_in_every_debate(corpus_assistant) -> None:
    answer = corpus_assistant.ask("What did the foreign minister promise?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Veldkamp"}
    assert len({c.doc_id for c in answer.citations}) == 2  # the Foreign Affairs Council and EUFOR Althea


def test_a_chairs_item_corrected_while_read_is_quoted_with_what_settled_it(corpus_assistant) -> None:
    """The item as first read said "na de zomer"; quoting it alone gave a wrong date."""
    answer = corpus_assistant.ask("Wanneer krijgt de Kamer de brief over de hervorming van het belasting- en "
                                  "toeslagenstelsel, zoals afgesproken in het commissiedebat Nationale fiscaliteit?")
    assert answer.answerable
    quotes = [c.quote for c in answer.citations]
    read = next(i for i, q in enumerate(quotes) if "na de zomer aan de Kamer sturen" in q)
    assert any('van het woordje "na" het woordje "voor"' in q for q in quotes[read + 1:])
    assert answer.notice is not None and "gecorrigeerd" in answer.notice


def test_a_topic_after_the_clause_verb_is_the_promise_asked_about_not_part_of_the_debate(corpus_assistant) -> None:
    """"... in het MIRT-debat precies aan mevrouw Veltman toegezegd over de flessenhals bij Meppel?"
    listed every promise to her; now the Meppel promise, with how the state secretary put it when
    the chair's list read it otherwise."""
    answer = corpus_assistant.ask("Wat heeft de staatssecretaris in het MIRT-debat precies aan mevrouw Veltman "
                                  "toegezegd over de flessenhals bij Meppel?")
    assert answer.answerable and answer.citations[0].speaker == "Aartsen"
    assert "Dat kan ik wel toezeggen" in answer.citations[0].quote
    assert any("open toegang voor andere vervoerders" in c.quote for c in answer.citations)
    assert not (answer.notice or "").startswith("Toezeggingen gevonden")  # no overview


def test_a_promise_presumed_in_an_infinitive_after_the_debate_is_not_answered_with_every_promise(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Why did state secretary Struycken promise in the victims' policy debate to set up a "
                                  "separate national expertise centre for the aftercare of victims of serious violence?")
    assert not answer.answerable and "No such promise is recorded" in answer.answer


def test_a_bare_yes_to_a_promise_comes_with_the_chairs_item_that_says_what_and_no_quote_twice(corpus_assistant) -> None:
    """"Ja, die toezegging kan ik doen." names nothing: the clerk's item names the quickscan. The finder quotes the yes
    with the act it goes on to ("Ik ga ook naar Amelisweerd en Kampen toe.", round 22), which names no quickscan either."""
    answer = corpus_assistant.ask("Wat heeft minister Tieman aan Pierik toegezegd over een quickscan bij gepauzeerde "
                                  "projecten?")
    assert answer.answerable and answer.citations[0].quote.startswith("Ja, die toezegging kan ik doen.")
    assert any(c.is_chair and "quickscan" in c.quote for c in answer.citations)
    quoted = [(c.turn_id, c.quote) for c in answer.citations]
    assert len(quoted) == len(set(quoted))


def test_a_promise_about_a_name_only_others_say_is_not_another_promise_of_the_member_named(corpus_assistant) -> None:
    """Minister Tieman answered Grinwis on the cycle bridges of the Afsluitdijk; state secretary
    Aartsen never names it, and his promises to Grinwis are on other things."""
    answer = corpus_assistant.ask("What did state secretary Aartsen promise Grinwis about the bike bridges on the "
                                  "Afsluitdijk?")
    assert not answer.answerable and "Aartsen does not mention “Afsluitdijk” in that debate" in answer.answer


def test_a_compound_the_question_writes_finds_the_promise_on_its_first_part(corpus_assistant) -> None:
    """dev-s13-b-cm-letselschade-brief-017: "letselschadeverzekeraars" matched no promise on
    "letselschade", and the promise on the hardheidsclausule answered."""
    answer = corpus_assistant.ask("Over de trainerende letselschadeverzekeraars in het commissiedebat slachtofferbeleid: "
                                  "wat heeft staatssecretaris Struycken toegezegd, en wanneer hoort de Kamer ervan?")
    assert answer.answerable
    assert answer.citations[0].turn_id == f"{VICTIMS}:t0083"
    assert any("brief over letselschade" in c.quote for c in answer.citations)


def test_a_promise_restated_during_the_list_and_found_on_its_own_is_quoted_once(corpus_assistant) -> None:
    """dev-s15-b-cm-letselschade-afm-014: Struycken's "Ik ga in het najaar een afzonderlijke brief
    over letselschade aan uw Kamer sturen." was cited as the restatement of his first promise, and
    again as a promise the finder found: [2] and [6] of one answer."""
    answer = corpus_assistant.ask("Wat heeft de staatssecretaris in het debat slachtofferbeleid toegezegd over het "
                                  "AFM-toezicht op trainerende letselschadeverzekeraars, en wanneer hoort de Kamer daarover?")
    assert answer.answerable
    assert answer.answer.count("Ik ga in het najaar een afzonderlijke brief over letselschade") == 1
    assert "termijn: in het najaar" in (answer.notice or "")  # what the promise found on its own adds is kept


def test_the_debates_initials_in_a_question_match_no_promise_that_names_them(corpus_assistant) -> None:
    """dev-s14-b-cm-rbz-hongarije-012: "In the RBZ debate" matched "Ja, ik kan dat doen tijdens de
    RBZ." by "RBZ" alone; the initials of "Raad Buitenlandse Zaken" name the debate."""
    answer = corpus_assistant.ask("In the RBZ debate, did foreign minister Veldkamp commit to pressing the European "
                                  "Commission for interim measures in the court case against Hungary's anti-LGBTIQ law?")
    assert not any(c.quote.strip() == "Ja, ik kan dat doen tijdens de RBZ." for c in answer.citations)


def test_a_later_saying_of_a_promise_within_a_quote_already_cited_is_not_quoted_again(corpus_assistant) -> None:
    """dev-s3-cm-limburg-afspraken-005: "Ik ga het gesprek aan met Limburg." was cited as [3], the
    promise said again, though [2] already quoted it from the same turn."""
    answer = corpus_assistant.ask("Did the state secretary commit to making agreements with Limburg about the 6 million "
                                  "decentralisation contribution for the regional railway lines?")
    assert answer.answerable
    assert not any(a.n != b.n and a.turn_id == b.turn_id and a.quote.strip() in b.quote
                   for a in answer.citations for b in answer.citations)


def test_a_party_the_promises_were_made_to_gets_the_promises_made_to_its_member(corpus_assistant) -> None:
    """The SP named as whom the state secretary promised (the question names no subject) was read as
    the subject no promise names, and refused; "promise the SP about the landmine treaty"
    (dev-s18-b-cm-rbz-landmijnen-005) too."""
    answer = corpus_assistant.ask("Welke toezeggingen deed de staatssecretaris aan de SP in het debat over "
                                  "slachtofferbeleid?")
    assert answer.answerable and {c.speaker for c in answer.citations} == {"Struycken"}
    assert any("voortgangsrapportage" in c.quote for c in answer.citations)
    assert answer.notice is not None and "Van Nispen" in answer.notice
    landmines = corpus_assistant.ask("In the debate on the Foreign Affairs Council, what did Veldkamp promise the SP "
                                     "about the landmine treaty, and when would he do it?")
    assert landmines.answerable and any("Ja, ik kan dat doen tijdens de RBZ." in c.quote for c in landmines.citations)


@pytest.mark.parametrize("question", ["Geef alle toezeggingen uit het MIRT-debat.",
                                      "Which promises came out of the MIRT debate?"])
def test_a_list_asked_for_from_the_debate_is_every_commitment_of_it(corpus_assistant, question) -> None:
    """"Geef ... uit het MIRT-debat" was a topical question: its words "geef" and "MIRT-debat" were
    the topic, and the answer quoted two of the debate's 31 promises, the one that says "Geef mij
    nog een beetje ruimte ..." and the other promise of that turn."""
    answer = corpus_assistant.ask(question)
    expected = debate_commitments(corpus_assistant.transcript(MIRT))
    assert answer.answerable and len(expected) >= 20
    assert [c.turn_id for c in answer.citations] == [c.turn_id for c in expected][:len(answer.citations)]
    assert len(answer.citations) == min(len(expected), 40)


def test_the_commitments_due_before_the_summer_come_from_every_debate_and_are_due_by_then(corpus_assistant) -> None:
    """Refused before with one promise's deadline ("Aartsen zegde dit toe met als termijn “een week
    voor de 23ste” (2025-07-16), niet voor de zomer")."""
    from datetime import date, timedelta

    from assistant.structure.deadlines import summer_recess_start

    answer = corpus_assistant.ask("Welke toezeggingen moeten voor de zomer worden nagekomen?")
    assert answer.answerable and answer.notice is not None and answer.notice.startswith("Toezeggingen met als termijn voor de zomer")
    assert len({c.doc_id for c in answer.citations}) >= 3
    for citation in answer.citations:
        made = [c for c in debate_commitments(corpus_assistant.transcript(citation.doc_id)) if c.turn_id == citation.turn_id]
        debate_day = date.fromisoformat(corpus_assistant.transcript(citation.doc_id).date)
        due = [date.fromisoformat(c.deadline.split("/")[-1]) for c in made if c.deadline]
        summer = summer_recess_start(debate_day.year)  # the next summer after the debate
        summer = summer if summer > debate_day else summer_recess_start(debate_day.year + 1)
        assert due and min(due) <= summer + timedelta(days=7), citation.quote


@pytest.fixture
def asked_on(corpus_assistant):
    """``corpus_assistant`` asked on a day the test sets (the real one otherwise moves the answer)."""
    real = corpus_assistant.today

    def set_day(day: date):
        corpus_assistant.today = lambda: day
        return corpus_assistant

    yield set_day
    corpus_assistant.today = real


def test_the_commitments_overdue_on_a_day_are_those_of_every_debate_due_before_it(asked_on) -> None:
    """Answered before with five passages that say "tijd" or "toezegging", none a promise."""
    assistant = asked_on(date(2025, 8, 1))
    answer = assistant.ask("Welke toezeggingen zijn over tijd?")
    assert answer.answerable and answer.notice is not None
    assert answer.notice.startswith("Toezeggingen waarvan de termijn op 1 augustus 2025 verstreken was")
    due: dict[str, list[str]] = {}  # each turn's commitments' last days
    for row in assistant.documents():
        for c in assistant.commitments(assistant.transcript(row["id"])):
            due.setdefault(c.turn_id, []).append((c.deadline or "").split("/")[-1])
    assert answer.citations and all(any("" < day < "2025-08-01" for day in due[c.turn_id]) for c in answer.citations)
    assert [c.date for c in answer.citations] == sorted(c.date for c in answer.citations)  # oldest debate first


def test_none_still_open_long_after_the_debates_is_said_with_the_counts(asked_on) -> None:
    answer = asked_on(date(2026, 12, 6)).ask("Which commitments are still open?")
    assert not answer.answerable and not answer.citations
    assert "No commitment made in the 18 indexed debates has a deadline after 6 Dec 2026:" in answer.answer
