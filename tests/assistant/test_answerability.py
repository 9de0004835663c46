"""The answerability model: its evidence, its probability, how it is fitted and measured
leave-one-debate-out, and the confidence every answer carries. Fast: no model is loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from doubles import HashEmbedder
from samples import make_verslag

from assistant.abstention import AbstentionPolicy, Evidence
from assistant.answerability import (
    FEATURES,
    MODEL_FILE,
    AnswerabilityModel,
    QuestionEvidence,
    features,
)
from assistant.retrieval import RetrievedChunk, RetrievedTurn
from eval.answerability_fit import (
    AnswerabilityObservation,
    HeldOut,
    cached_observations,
    expected_calibration_error,
    fit_model,
    leave_one_debate_out,
    observation_key,
    refeatured,
    render_fit,
    summary,
)
from ingest.chunk_meta import ChunkMeta
from ingest.models import TurnId


def _meta(doc: str, n: int) -> ChunkMeta:
    return ChunkMeta(doc_id=doc, doc_title="", turn_id=str(TurnId(doc, n)), turn_index=n, speaker="", speaker_key="")


def _turn(text: str, dense: float, lexical: float, doc: str = "d1", n: int = 0) -> RetrievedTurn:
    chunk = RetrievedChunk(f"{doc}:t{n:04d}:c0", text, _meta(doc, n), dense, lexical)
    return RetrievedTurn(f"{doc}:t{n:04d}", doc, 1.0 / (n + 1), dense, lexical, [chunk])


def _evidence(question: str, turns: list[RetrievedTurn], language: str = "en", names: tuple[str, ...] = ()) -> dict[str, float]:
    ev = Evidence(dense=max(t.dense for t in turns), coverage=0.5, language=language, margin=0.02)
    return features(QuestionEvidence(question, language, turns, ev, names))


# --- evidence ----------------------------------------------------------------------------------


def test_every_feature_is_computed_as_a_number() -> None:
    x = _evidence("What did the minister say about 13 Oceans?", [_turn("Het project 13 Oceans loopt.", 0.85, 3.0)])
    assert set(x) == set(FEATURES)
    assert all(isinstance(v, float) for v in x.values())


def test_a_number_the_best_turns_lack_lowers_specific_coverage() -> None:
    turns = [_turn("De minister trekt extra geld uit voor de recherche.", 0.84, 2.0)]
    asked_for_present = _evidence("Did the minister spend money on the recherche?", turns)
    asked_for_absent = _evidence("Did the minister spend 45 million on the recherche in 2019?", turns)
    assert asked_for_present["specific_coverage"] == 1.0 and asked_for_present["has_specifics"] == 0.0
    assert asked_for_absent["specific_coverage"] == 0.0 and asked_for_absent["has_specifics"] == 1.0


def test_the_speaker_the_question_filters_on_is_not_a_specific_it_must_find() -> None:
    turns = [_turn("Wij steunen deze motie.", 0.84, 2.0)]
    x = _evidence("What did Van Nispen say about the motion?", turns, names=("Van Nispen",))
    assert x["has_specifics"] == 0.0


@pytest.mark.parametrize(("question", "kind"), [
    ("Who asked about the budget?", "ask_who"),
    ("Welke fractie vroeg naar het budget?", "ask_who"),
    ("Why did the state secretary advise against the motion?", "ask_why"),
    ("Hoeveel agenten werden ingezet?", "ask_how_many"),
    ("When will the letter be sent?", "ask_when"),
    ("Can municipalities already do this?", "ask_yes_no"),
    ("Kan de gemeente dat al?", "ask_yes_no"),
])
def test_question_types_are_recognised_in_english_and_dutch(question: str, kind: str) -> None:
    x = _evidence(question, [_turn("tekst", 0.8, 1.0)])
    assert x[kind] == 1.0
    assert sum(x[k] for k in FEATURES if k.startswith("ask_")) >= 1.0


def test_words_missing_from_the_index_count_as_an_absent_topic_only_in_the_texts_language() -> None:
    turns = [_turn("Het project loopt.", 0.84, 2.0)]
    missing = ("hogesnelheidslijn",)
    same = features(QuestionEvidence("q", "nl", turns, Evidence(0.84, 0.2, "nl", missing, 0.02, "nl")))
    across = features(QuestionEvidence("q", "nl", turns, Evidence(0.84, 0.2, "nl", missing, 0.02, "en")))
    assert same["missing_terms"] == across["missing_terms"] == 1.0
    assert same["missing_terms_same_language"] == 1.0 and across["missing_terms_same_language"] == 0.0


def test_the_threshold_policys_verdict_is_a_feature() -> None:
    turns = [_turn("Het project loopt.", 0.84, 2.0)]
    ev = Evidence(0.84, 0.2, "nl", (), 0.02, "nl")
    assert features(QuestionEvidence("q", "nl", turns, ev, policy_answers=True))["policy_answers"] == 1.0
    assert features(QuestionEvidence("q", "nl", turns, ev))["policy_answers"] == 0.0


def test_bm25_and_dense_agreement_is_measured_on_the_best_turn() -> None:
    agree = [_turn("a", 0.86, 5.0, n=0), _turn("b", 0.80, 1.0, n=1)]
    disagree = [_turn("a", 0.80, 1.0, n=0), _turn("b", 0.86, 5.0, n=1)]
    assert _evidence("q", agree)["top_is_dense_best"] == 1.0 and _evidence("q", agree)["lexical_share"] == 1.0
    assert _evidence("q", disagree)["top_is_dense_best"] == 0.0 and _evidence("q", disagree)["lexical_share"] == 0.2


# --- the model ---------------------------------------------------------------------------------


def _model(weight: float = 2.0) -> AnswerabilityModel:
    return AnswerabilityModel(weights={"margin": weight}, intercept=0.0, means={"margin": 0.02},
                              scales={"margin": 0.01}, answer_at=0.5, sure_at=0.8)


def test_probability_rises_with_a_positive_weight_and_stays_in_0_1() -> None:
    model = _model()
    ps = [model.probability({"margin": m}) for m in (-1.0, 0.0, 0.02, 0.04, 1.0)]
    assert ps == sorted(ps)
    assert ps[2] == pytest.approx(0.5)
    assert 0.0 <= ps[0] < 0.01 and 0.99 < ps[-1] <= 1.0


def test_a_model_survives_a_round_trip_through_its_file(tmp_path: Path) -> None:
    path = tmp_path / "answerability.json"
    _model().save(path)
    loaded = AnswerabilityModel.load(path)
    assert loaded is not None and loaded.to_dict() == _model().to_dict()
    assert AnswerabilityModel.load(tmp_path / "missing.json") is None


def test_the_shipped_model_covers_every_feature() -> None:
    shipped = AnswerabilityModel.load(MODEL_FILE)
    assert shipped is not None
    assert set(shipped.weights) == set(FEATURES)
    assert 0.0 < shipped.answer_at <= shipped.sure_at < 1.0
    assert json.loads(MODEL_FILE.read_text(encoding="utf-8"))["fitted_on"].startswith("eval/dev")


# --- fitting and measuring ---------------------------------------------------------------------


def _obs(i: int, debate: str, answerable: bool, margin: float, cites: bool = True,
         answered: bool = True) -> AnswerabilityObservation:
    x = {f: 0.0 for f in FEATURES}
    x["margin"] = margin
    return AnswerabilityObservation(f"q{i}", answerable, answerable and cites and answered, False, debate, "en",
                                    ("topic",), x, answered=answered)


def _separable() -> list[AnswerabilityObservation]:
    out = []
    for d in range(4):
        for i in range(6):
            out.append(_obs(100 * d + i, f"doc{d}", True, 0.03 + 0.002 * i))
            out.append(_obs(100 * d + 50 + i, f"doc{d}", False, 0.002 * i))
    return out


def test_a_fitted_model_separates_what_the_evidence_separates() -> None:
    model = fit_model(_separable())
    assert model.weights["margin"] > 0
    assert model.probability({**model.means, "margin": 0.04}) > 0.8
    assert model.probability({**model.means, "margin": 0.0}) < 0.2
    assert model.answer_at <= model.sure_at


def test_leave_one_debate_out_scores_each_debate_with_a_model_that_never_saw_it() -> None:
    obs = _separable()
    # one debate whose labels contradict the others: a model that saw it would still be right on
    # the rest, a model that never saw it must get it wrong, which is what held-out means
    flipped = [_obs(900 + i, "odd", not o.answerable, o.x["margin"]) for i, o in enumerate(obs[:12])]
    held = leave_one_debate_out(obs + flipped)
    rows = summary(held, lambda h: h.obs.debate)
    assert rows["odd"]["answered_correctly"] == 0.0 and rows["odd"]["abstained"] == 0.0
    assert rows["doc0"]["answered_correctly"] == 1.0 and rows["doc0"]["abstained"] == 1.0
    assert len(held) == len(obs) + len(flipped)


def test_the_model_learns_only_from_answers_since_a_refusal_shows_no_confidence() -> None:
    refused = [_obs(700 + i, f"doc{i % 4}", True, 0.04, answered=False) for i in range(8)]
    alone, with_refusals = fit_model(_separable()), fit_model(_separable() + refused)
    assert with_refusals.weights == alone.weights and with_refusals.intercept == alone.intercept


def test_a_slice_whose_answers_were_all_right_gets_their_smoothed_share_and_no_weights() -> None:
    model = fit_model([_obs(i, "d", True, 0.01 * i) for i in range(4)])
    assert set(model.weights.values()) == {0.0}
    assert model.probability({"margin": 0.0}) == pytest.approx(5 / 6)


def test_held_out_a_refusal_shows_nothing_and_the_assistants_own_decision_is_scored_beside_the_gate() -> None:
    obs = [*_separable(), _obs(800, "doc0", True, 0.04, answered=False), _obs(801, "doc0", False, 0.035, answered=False)]
    held = {h.obs.id: h for h in leave_one_debate_out(obs)}
    assert held["q800"].probability == 0.0 and not held["q800"].answered
    row = summary(list(held.values()), lambda h: h.obs.debate)["doc0"]
    # doc0: six answerable answered with a gold turn and one refused; six unanswerable answered and one refused
    assert row["assistant_answered_correctly"] == round(6 / 7, 3) and row["assistant_abstained"] == round(1 / 7, 3)
    assert row["abstained"] == 1.0  # the gate withholds the six answers to unanswerable questions


def test_an_answer_that_does_not_cite_a_gold_turn_is_not_counted_as_answered_correctly() -> None:
    o = _obs(1, "d", True, 0.05, cites=False)
    assert not HeldOut(o, 0.9, True).correct
    assert HeldOut(_obs(2, "d", False, 0.0), 0.1, False).correct


def test_expected_calibration_error_is_zero_when_probabilities_match_outcomes() -> None:
    right = [HeldOut(_obs(i, "d", True, 0.05), 0.75, True) for i in range(3)]
    wrong = [HeldOut(_obs(10, "d", False, 0.0), 0.75, True)]
    ece, bins = expected_calibration_error(right + wrong)
    assert ece == pytest.approx(0.0)
    assert bins == [{"lo": 0.7, "hi": 0.8, "n": 4, "confidence": 0.75, "accuracy": 0.75}]
    overconfident, _ = expected_calibration_error([HeldOut(_obs(20, "d", False, 0.0), 0.95, True)])
    assert overconfident == pytest.approx(0.95)


# --- the observation cache ---------------------------------------------------------------------


def _observed(i: int, margin: float, coverage: float) -> AnswerabilityObservation:
    turns = [_turn("Het project loopt.", 0.84, 2.0)]
    inputs = QuestionEvidence("Wat zei de minister?", "nl", turns, Evidence(0.84, coverage, "nl", (), margin, "nl"))
    return AnswerabilityObservation(f"q{i}", True, True, False, "d1", "nl", (), {}, inputs=inputs)


def test_cached_observations_are_collected_once_then_read_back_with_features_recomputed(tmp_path: Path) -> None:
    calls: list[int] = []

    def collect() -> list[AnswerabilityObservation]:
        calls.append(1)
        return refeatured([_observed(1, 0.05, 0.2), _observed(2, 0.0, 0.2)], AbstentionPolicy())

    first, hit_first = cached_observations(tmp_path, "k1", AbstentionPolicy(), collect)
    again, hit_again = cached_observations(tmp_path, "k1", AbstentionPolicy(min_margin_nl=0.1), collect)
    assert (hit_first, hit_again, len(calls)) == (False, True, 1)
    assert [o.x["policy_answers"] for o in first] == [1.0, 0.0]
    assert [o.x["policy_answers"] for o in again] == [0.0, 0.0]  # the verdict of the policy given now
    assert set(again[0].x) == set(FEATURES) and [o.id for o in again] == ["q1", "q2"]
    cached_observations(tmp_path, "k2", AbstentionPolicy(), collect)
    assert len(calls) == 2  # another key is another collection


def test_the_cache_key_changes_with_the_questions_and_the_index(tmp_path: Path) -> None:
    questions, index = tmp_path / "dev.jsonl", tmp_path / "index"
    questions.write_text('{"id": "a"}\n', encoding="utf-8")
    index.mkdir()
    (index / "generation.json").write_text('{"generation": "1"}', encoding="utf-8")
    key = observation_key([questions], index, "settings")
    assert observation_key([questions], index, "settings") == key
    questions.write_text('{"id": "b"}\n', encoding="utf-8")
    assert observation_key([questions], index, "settings") != key
    key = observation_key([questions], index, "settings")
    (index / "generation.json").write_text('{"generation": "2"}', encoding="utf-8")
    assert observation_key([questions], index, "settings") != key
    assert observation_key([questions], index, "other settings") != observation_key([questions], index, "settings")


def test_calibrate_prints_coefficients_and_held_out_tables() -> None:
    obs = _separable()
    text = render_fit(fit_model(obs), leave_one_debate_out(obs))
    assert "margin" in text and "leave-one-debate-out" in text and "per debate" in text
    assert "expected calibration error" in text and "doc3" in text


# --- every answer carries its confidence -------------------------------------------------------


@pytest.fixture(scope="module")
def small_assistant(tmp_path_factory: pytest.TempPathFactory):
    from assistant.service import Assistant
    from ingest.indexing import ingest_paths
    from ingest.settings import Settings

    folder = tmp_path_factory.mktemp("conf-corpus")
    (folder / "fiets.txt").write_text(make_verslag(), encoding="utf-8")
    settings = Settings(index_dir=tmp_path_factory.mktemp("conf-index") / "index")
    assert not ingest_paths([folder], settings, embedder=HashEmbedder()).failed
    return Assistant.open(settings, embedder=HashEmbedder())


def test_an_answer_carries_a_confidence_between_0_and_1_and_says_it_in_words(small_assistant) -> None:
    # every content word is in the minister's turn, so the threshold policy answers
    answer = small_assistant.ask("Wat zei de minister over twaalf miljoen euro voor fietsenstallingen met camera's?")
    assert answer.answerable
    assert answer.confidence is not None and 0.0 <= answer.confidence <= 1.0
    assert answer.confidence_label in ("answered", "probably answered")
    data = answer.to_dict()
    assert data["confidence"] == answer.confidence and data["confidence_label"] == answer.confidence_label


def test_a_not_found_answer_cites_nothing_so_its_confidence_is_zero(small_assistant) -> None:
    answer = small_assistant.ask("Wat zei de minister over bananen?")
    assert not answer.answerable
    assert answer.confidence == 0.0
    assert answer.confidence_label == "not in the transcripts"


def test_a_question_about_someone_absent_has_confidence_zero(small_assistant) -> None:
    answer = small_assistant.ask("Wat zei Rutte over fietsendiefstal?")
    assert not answer.answerable
    assert answer.confidence == 0.0 and answer.confidence_label == "not in the transcripts"
