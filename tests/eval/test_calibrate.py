"""Fitting the abstention thresholds: grid search on balanced accuracy, the policy's own rule,
forced abstentions respected, stable ties."""

from __future__ import annotations

from eval_fakes import FakePolicy

from assistant.abstention import AbstentionPolicy
from eval.calibrate import GRID, Observation, confusion_text, fit, score

OBS = [
    Observation("a1", True, dense=0.90, coverage=0.2, margin=0.040),
    Observation("a2", True, dense=0.84, coverage=0.8, margin=0.010),  # names and numbers: words match
    Observation("a3", True, dense=0.86, coverage=0.1, margin=0.034, language="nl"),
    Observation("a4", True, dense=0.88, coverage=0.1, margin=0.024),
    Observation("u1", False, dense=0.85, coverage=0.2, margin=0.012),  # a high cosine, a flat top
    Observation("u2", False, dense=0.87, coverage=0.1, margin=0.026, language="nl"),  # Dutch runs wider
    Observation("u3", False, dense=0.95, coverage=0.9, margin=0.09, forced=True),  # unknown speaker
]


def test_score_counts_the_confusion_matrix_with_the_policys_rule() -> None:
    fitted = score(AbstentionPolicy(min_margin=0.02, min_margin_nl=0.03, min_coverage=0.5), OBS)
    assert fitted.confusion == {"answerable_answered": 4, "answerable_abstained": 0,
                                "unanswerable_answered": 0, "unanswerable_abstained": 3}
    assert fitted.balanced_accuracy == 1.0


def test_one_margin_for_both_languages_cannot_separate_them() -> None:
    shared = score(AbstentionPolicy(min_margin=0.02, min_margin_nl=0.02, min_coverage=0.5), OBS)
    assert shared.confusion["unanswerable_answered"] == 1


def test_balanced_accuracy_does_not_reward_always_answering() -> None:
    always = score(AbstentionPolicy(min_margin=0.0, min_margin_nl=0.0, min_coverage=0.0), OBS[:6])
    assert always.accuracy == 4 / 6 and always.balanced_accuracy == 0.5


def test_fit_finds_a_separating_policy_from_a_bad_start() -> None:
    start = AbstentionPolicy(min_margin=0.06, min_margin_nl=0.06, min_coverage=1.0)
    assert score(start, OBS).balanced_accuracy < 1.0
    fitted = fit(start, OBS)
    assert fitted.balanced_accuracy == 1.0
    assert fitted.policy.min_margin_nl > fitted.policy.min_margin
    assert isinstance(fitted.policy, AbstentionPolicy)


def test_fit_keeps_the_current_policy_when_it_is_already_optimal() -> None:
    current = FakePolicy(min_margin=0.02, min_margin_nl=0.03, min_coverage=0.5)
    assert fit(current, OBS).policy == current


def test_grid_keeps_the_current_policy_reachable() -> None:
    assert 0.02 in GRID["min_margin"] and 0.03 in GRID["min_margin_nl"] and 0.5 in GRID["min_coverage"]


def test_confusion_text_shows_gold_rows_and_predicted_columns() -> None:
    text = confusion_text(score(AbstentionPolicy(), OBS))
    assert "gold answerable" in text and "abstained" in text
