"""The eval's metric functions on small hand-made answers: no model, no index."""

from __future__ import annotations

import pytest

from assistant import Answer, Citation
from eval import metrics as m

BLOK = ("Er is dit jaar 1 miljoen extra beschikbaar en de jaren daarna 2 miljoen. "
        "Je kunt een organisatie niet structureel op basis van projecten laten draaien.")
NISPEN = "Het CKM zegt zelfs dat de extra inzet amper voldoende is. Er is sprake van achterstallig onderhoud."


def cite(n: int, text: str, quote: str, speaker: str = "Blok", turn: str | None = None) -> Citation:
    start = text.find(quote)
    return Citation(n=n, turn_id=turn or f"kst-1:t{n:04d}", doc_id="kst-1", doc_title="AO", date="2017-02-16",
                    speaker=speaker, party=None, role="minister", function=None, quote=quote, text=text, score=0.5,
                    quote_start=max(start, 0), quote_end=max(start, 0) + len(quote))


def answer(text: str, *citations: Citation, answerable: bool = True, timings: dict | None = None) -> Answer:
    return Answer(question="q", answer=text, answerable=answerable, language="en", citations=tuple(citations),
                  timings_ms=timings or {})


EXTRACTIVE = answer(
    "Minister Blok said in “AO” (16 Feb 2017):\n"
    "- “Er is dit jaar 1 miljoen extra beschikbaar en de jaren daarna 2 miljoen.” [1]\n"
    "Van Nispen (SP) said in “AO” (16 Feb 2017):\n"
    "- “Het CKM zegt zelfs dat de extra inzet amper voldoende is.” [2]",
    cite(1, BLOK, "Er is dit jaar 1 miljoen extra beschikbaar en de jaren daarna 2 miljoen.", turn="kst-1:t0001"),
    cite(2, NISPEN, "Het CKM zegt zelfs dat de extra inzet amper voldoende is.", "Van Nispen", turn="kst-1:t0002"),
)


# --- retrieval --------------------------------------------------------------------------------


def test_hit_at_k_counts_any_gold_turn_within_k() -> None:
    ranked = ["a", "b", "c", "d", "e", "f"]
    assert m.hit_at_k(ranked, {"c"}, 1) == 0.0
    assert m.hit_at_k(ranked, {"c"}, 5) == 1.0
    assert m.hit_at_k(ranked, {"f", "a"}, 1) == 1.0
    assert m.hit_at_k([], {"a"}, 5) == 0.0


def test_reciprocal_rank_uses_the_first_gold_turn_and_stops_at_k() -> None:
    ranked = [f"t{i}" for i in range(12)]
    assert m.reciprocal_rank(ranked, {"t2", "t0"}) == 1.0
    assert m.reciprocal_rank(ranked, {"t3"}) == pytest.approx(0.25)
    assert m.reciprocal_rank(ranked, {"t11"}, k=10) == 0.0


def test_recall_at_k_is_the_share_of_gold_turns_found() -> None:
    assert m.recall_at_k(["a", "x", "b"], {"a", "b", "c", "d"}, 10) == 0.5
    assert m.recall_at_k(["a", "x", "b"], {"b"}, 2) == 0.0


# --- answer structure -------------------------------------------------------------------------


def test_markers_read_single_and_grouped_citations() -> None:
    assert m.markers("A [1]. B [2, 3] and [10].") == [1, 2, 3, 10]


def test_quoted_spans_skip_short_titles_and_read_each_quote_style() -> None:
    text = 'In “AO” he said “dit is een lange zin” and „nog een lange zin hier” and "plain quotes here".'
    assert m.quoted_spans(text) == ["dit is een lange zin", "nog een lange zin hier", "plain quotes here"]


def test_a_quote_that_quotes_is_read_whole_not_cut_at_its_inner_closing_mark() -> None:
    text = ('- “Will he end the punishing “no recourse to public funds” regime? Will he scrap the '
            'two-child limit?” [5]')
    assert m.quoted_spans(text, 1) == ["Will he end the punishing “no recourse to public funds” regime? Will he scrap the two-child limit?"]
    assert [s.cited for s in m.split_statements("Thewliss said:\n" + text)] == [(5,)]
    assert m.quoted_spans('„open “nested” still open and never closed') == ["open “nested"]


def test_statements_keep_a_two_sentence_quote_together_and_drop_lead_ins() -> None:
    statements = m.split_statements(
        "Minister Blok said in “AO”:\n- “Eerste zin hier. Tweede zin daar.” [1]\nHe also said more. [2] Then this [1, 2].")
    assert [s.cited for s in statements] == [(1,), (2,), (1, 2)]
    assert statements[0].text.startswith("- “Eerste zin hier. Tweede zin daar.”")


# --- citations (ALCE) -------------------------------------------------------------------------


def test_extractive_answer_is_valid_and_fully_supported() -> None:
    check = m.check_citations(EXTRACTIVE)
    assert check.valid and check.recall == 1.0 and check.precision == 1.0
    assert (check.statements, check.citations) == (2, 2)


def test_marker_without_a_citation_makes_the_answer_invalid() -> None:
    bad = answer("Blok said “Er is dit jaar 1 miljoen extra beschikbaar” [3]", cite(1, BLOK, BLOK[:40]))
    check = m.check_citations(bad)
    assert not check.valid and check.unknown_markers == (3,)
    assert check.recall == 0.0


def test_answer_without_any_marker_is_invalid_but_an_abstention_is_valid() -> None:
    assert not m.check_citations(answer("Blok promised money.", cite(1, BLOK, BLOK[:40]))).valid
    assert m.check_citations(answer("The transcripts do not say this.", answerable=False)).valid


def test_citation_that_does_not_contain_the_quote_is_imprecise() -> None:
    mixed = answer("- “Het CKM zegt zelfs dat de extra inzet amper voldoende is.” [1, 2]",
                   cite(1, BLOK, BLOK[:30]), cite(2, NISPEN, NISPEN[:40], "Van Nispen"))
    check = m.check_citations(mixed)
    assert check.recall == 1.0
    assert check.precision == 0.5
    assert any("[1] not needed" in p for p in check.problems)


def test_quote_from_the_wrong_turn_is_unsupported() -> None:
    wrong = answer("- “Het CKM zegt zelfs dat de extra inzet amper voldoende is.” [1]", cite(1, BLOK, BLOK[:30]))
    check = m.check_citations(wrong)
    assert check.recall == 0.0 and check.precision == 0.0


def test_support_needing_two_turns_counts_both_citations_as_relevant() -> None:
    both = answer("Blok mentioned 1 miljoen extra and the CKM called the inzet amper voldoende [1, 2].",
                  cite(1, BLOK, BLOK[:30]), cite(2, NISPEN, NISPEN[:40], "Van Nispen"))

    def needs_both(statement: str, evidence: list[str]) -> bool:
        joined = " ".join(evidence)
        return "1 miljoen" in joined and "amper" in joined

    check = m.check_citations(both, needs_both)
    assert check.recall == 1.0 and check.precision == 1.0


def test_verbatim_support_without_quotes_falls_back_to_word_overlap() -> None:
    assert m.verbatim_support("Blok: 1 miljoen extra beschikbaar dit jaar [1]", [BLOK])
    assert not m.verbatim_support("The minister resigned over the budget [1]", [BLOK])


# --- attribution and quotes -------------------------------------------------------------------


def test_wrong_speakers_lists_citations_of_unexpected_speakers() -> None:
    wrong = m.wrong_speakers("vs-ckm-004", EXTRACTIVE, ["Blok"])
    assert [(w.question_id, w.cited, w.expected) for w in wrong] == [("vs-ckm-004", "Van Nispen", ("Blok",))]
    assert m.wrong_speakers("q", EXTRACTIVE, ["Blok", "Nispen"]) == []  # trailing-words name match


def test_quote_fidelity_is_whitespace_insensitive_and_catches_invented_words() -> None:
    turn = BLOK.replace("1 miljoen extra", "1 miljoen\n  extra")
    spaced = answer("- “Er is dit  jaar 1 miljoen extra beschikbaar” [1]", cite(1, turn, turn[:40]))
    assert m.quote_fidelity(spaced)[:2] == (2, 2)
    invented = answer("- “Er is dit jaar 5 miljoen extra beschikbaar” [1]", cite(1, BLOK, BLOK[:40]))
    ok, total, bad = m.quote_fidelity(invented)
    assert (ok, total) == (1, 2) and bad == ["Er is dit jaar 5 miljoen extra beschikbaar"]


def test_a_cited_debates_title_in_quotes_is_no_quote_but_other_words_in_quotes_are() -> None:
    blok = cite(1, BLOK, BLOK[:40]).__class__(**{**cite(1, BLOK, BLOK[:40]).to_dict(), "doc_title": "Algemeen overleg Mensenhandel"})
    listed = answer("- Blok in “Algemeen overleg Mensenhandel” (16 Feb 2017): “Er is dit jaar 1 miljoen extra beschikbaar” [1]",
                    blok)
    assert m.quote_fidelity(listed)[:2] == (2, 2)
    renamed = answer("- Blok in “Algemeen overleg Mensenhandel 2018” (16 Feb 2017): “Er is dit jaar 1 miljoen” [1]", blok)
    assert m.quote_fidelity(renamed)[2] == ["Algemeen overleg Mensenhandel 2018"]
    # nor does the title make the line an unsupported claim
    assert m.check_citations(listed).recall == 1.0 and m.check_citations(renamed).recall == 0.0


def test_citation_quote_must_be_a_slice_of_its_turn() -> None:
    forged = answer("- “Er is dit jaar 1 miljoen extra beschikbaar” [1]",
                    cite(1, BLOK, BLOK[:40]).__class__(**{**cite(1, BLOK, BLOK[:40]).to_dict(), "quote": "niet gezegd"}))
    assert m.quote_fidelity(forged)[2] == ["niet gezegd"]


# --- key facts, abstention, adversarial -------------------------------------------------------


def test_key_facts_are_found_in_answer_or_quotes_case_and_space_insensitive() -> None:
    found, missing = m.key_facts_found(EXTRACTIVE, ["1  MILJOEN extra", "amper voldoende", "achterstallig onderhoud"])
    assert found == ["1  MILJOEN extra", "amper voldoende"] and missing == ["achterstallig onderhoud"]


def test_paraphrased_key_fact_needs_most_of_its_words() -> None:
    assert m.fact_found("~extra inzet amper genoeg volgens CKM", "het CKM: de extra inzet is amper voldoende")
    assert not m.fact_found("~structureel geld voor de politie", "de extra inzet is amper voldoende")


def test_an_abstention_conveys_no_key_fact() -> None:
    assert m.key_facts_found(answer("1 miljoen", answerable=False), ["1 miljoen"]) == ([], ["1 miljoen"])


def test_abstention_scores_treat_abstaining_as_the_positive_class() -> None:
    scores = m.abstention_scores([(False, False), (False, True), (True, False), (True, True), (True, True)])
    assert (scores.precision, scores.recall, scores.accuracy) == (0.5, 0.5, 0.6)
    assert m.abstention_scores([(True, True)]).precision is None


def test_adversarial_answer_must_cite_gold_and_claim_nothing_unsupported() -> None:
    assert m.derailed(EXTRACTIVE, {"kst-1:t0001"}) is None
    assert m.derailed(EXTRACTIVE, {"kst-1:t0009"}) == "cites no gold turn"
    obeyed = answer(EXTRACTIVE.answer + "\nThe minister resigned yesterday.", *EXTRACTIVE.citations)
    assert m.derailed(obeyed, {"kst-1:t0001"}).startswith("makes an unsupported claim")
    assert m.derailed(answer("not found", answerable=False), {"kst-1:t0001"}) == "abstained on an answerable question"


# --- aggregation ------------------------------------------------------------------------------


def test_percentiles_interpolate_like_numpy() -> None:
    values = [10.0, 20.0, 30.0, 40.0, 100.0]
    assert m.percentile(values, 50) == 30.0
    assert m.percentile(values, 95) == pytest.approx(88.0)
    assert m.percentile([], 50) is None


def test_latency_reports_p50_and_p95_per_stage() -> None:
    timings = [{"retrieve": 10.0, "answer": 5.0, "total": 15.0}, {"retrieve": 30.0, "answer": 7.0, "total": 37.0}]
    out = m.latency(timings)
    assert out["retrieve.p50"] == 20.0 and out["total.p95"] == pytest.approx(35.9)


def test_mean_ignores_questions_with_nothing_to_score() -> None:
    assert m.mean([1.0, None, 0.0]) == 0.5
    assert m.mean([None]) is None
