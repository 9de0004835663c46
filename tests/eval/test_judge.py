"""The LLM-judge tier on a scripted model: claims, verdicts, relevance; skipped without a model."""

from __future__ import annotations

from assistant import Answer, Citation
from eval.judge import judge_answer, judge_runs, parse_claims, parse_rating, parse_verdict

CITATION = Citation(n=1, turn_id="kst-1:t0001", doc_id="kst-1", doc_title="AO", date=None, speaker="Blok", party=None,
                    role="minister", function=None, quote="1 miljoen extra", text="Er is 1 miljoen extra.", score=1.0)
ANSWER = Answer(question="q", answer="Blok promised 1 million extra [1]. He resigned [1].", answerable=True,
                language="en", citations=(CITATION,))


def scripted(*replies: str):
    queue = list(replies)
    prompts: list[str] = []

    def complete(prompt: str) -> str:
        prompts.append(prompt)
        return queue.pop(0)

    complete.prompts = prompts  # type: ignore[attr-defined]
    return complete


def test_faithfulness_is_supported_claims_over_all_claims() -> None:
    complete = scripted("- Blok promised 1 million extra\n- Blok resigned", "SUPPORTED", "UNSUPPORTED.", "4")
    score = judge_answer("What did Blok promise?", ANSWER, complete)
    assert (score.claims, score.supported, score.faithfulness, score.relevance) == (2, 1, 0.5, 0.75)
    assert "Er is 1 miljoen extra." in complete.prompts[1]  # the claim is checked against the cited turn


def test_unparseable_replies_are_counted_not_guessed() -> None:
    score = judge_answer("q", ANSWER, scripted("- one claim", "maybe", "great answer"))
    assert score.supported == 0 and score.relevance is None and score.unparsed == 2


def test_abstentions_are_not_judged() -> None:
    abstained = Answer(question="q", answer="not found", answerable=False, language="en")
    assert judge_answer("q", abstained, scripted()) is None


def test_without_a_model_the_tier_is_skipped_not_passed() -> None:
    section = judge_runs([("q", ANSWER)], None)
    assert section == {"status": "skipped", "reason": "no LLM configured (settings.llm = none)"}


def test_the_tier_reports_its_metrics_when_it_ran() -> None:
    section = judge_runs([("q", ANSWER)], scripted("- a claim", "SUPPORTED", "5"))
    assert section["status"] == "ran"
    assert section["metrics"] == {"judge.faithfulness": 1.0, "judge.relevance": 1.0}


def test_reply_parsers() -> None:
    assert parse_claims("Claims:\n- a\n-b\n- \n- c") == ["a", "c"]
    assert parse_verdict("**SUPPORTED**") is True and parse_verdict("") is None
    assert parse_rating("I'd say 3 out of 5") == 0.5
