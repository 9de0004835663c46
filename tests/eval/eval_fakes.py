"""A scripted stand-in for the assistant, so the eval's plumbing (run, score, gate, report, CLI)
is tested in milliseconds; the real assistant is exercised by test_eval_gate.py (slow).

A module of its own (not conftest.py) so tests import it by a name no other directory uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant import Answer, Citation
from ingest.models import Transcript, Turn
from ingest.settings import Settings

DOC = "kst-1"
TURNS = (
    Turn(id=f"{DOC}:t0000", index=0, speaker="Blok", role="minister",
         text="Er is dit jaar 1 miljoen extra beschikbaar en de jaren daarna 2 miljoen voor de politie."),
    Turn(id=f"{DOC}:t0001", index=1, speaker="Van Nispen", role="member", party="SP",
         text="Het CKM zegt zelfs dat de extra inzet amper voldoende is, want er is achterstallig onderhoud."),
    Turn(id=f"{DOC}:t0002", index=2, speaker="Van Oosten", role="chair", is_chair=True,
         text="Ik geef het woord aan de minister voor de beantwoording in eerste termijn."),
)
TRANSCRIPT = Transcript(id=DOC, title="AO", date="2017-02-16", source_format="verslag", source_path="x.txt", turns=TURNS)

QUESTIONS = [
    {"id": "vs-money-001", "question": "Hoeveel geld maakte minister Blok vrij?", "language": "nl", "answerable": True,
     "gold_turns": [{"doc_id": DOC, "speaker": "Blok", "phrase": "1 miljoen extra beschikbaar en de jaren"}],
     "expected_speakers": ["Blok"], "key_facts": ["1 miljoen extra beschikbaar"],
     "tags": ["speaker-specific", "number-lookup", "dutch"]},
    {"id": "vs-ckm-002", "question": "What did the SP say the CKM thought of the extra effort?", "language": "en",
     "answerable": True,
     "gold_turns": [{"doc_id": DOC, "speaker": "Van Nispen", "phrase": "de extra inzet amper voldoende is"}],
     "expected_speakers": ["Van Nispen"], "key_facts": ["amper voldoende"],
     "tags": ["speaker-specific", "name-lookup", "cross-lingual"]},
    {"id": "vs-un-003", "question": "What did Rutte say about the Olympic Games?", "language": "en", "answerable": False,
     "gold_turns": [], "expected_speakers": [], "key_facts": [], "tags": ["unanswerable", "adversarial"]},
]


@dataclass
class RankedTurn:
    turn_id: str
    score: float = 1.0


@dataclass
class FakePolicy:
    min_margin: float = 0.02
    min_margin_nl: float = 0.03
    min_coverage: float = 0.5

    def answerable(self, evidence: Any) -> bool:
        floor = self.min_margin_nl if evidence.language == "nl" else self.min_margin
        return evidence.margin >= floor or evidence.coverage >= self.min_coverage


@dataclass
class FakeAssistant:
    """Answers from ``script``: question -> (ranked turn ids, cited turn ids or None to abstain).
    Like the real one, `ask` retrieves through ``self.retrieve`` (so the degrade wrapper bites)."""

    script: dict[str, tuple[list[str], list[str] | None]]
    settings: Settings = field(default_factory=lambda: Settings(index_dir=Path("/nonexistent")))
    backend: Any = None
    embedder: Any = None
    policy: FakePolicy = field(default_factory=FakePolicy)
    evidence: dict[str, dict[str, float]] = field(default_factory=dict)

    def transcript(self, doc_id: str) -> Transcript | None:
        return TRANSCRIPT if doc_id == DOC else None

    def retrieve(self, question: str, history: Any = None, filters: Any = None, k: int = 10) -> tuple[Any, list[RankedTurn]]:
        ranked = self.script[question][0]
        return None, [RankedTurn(t) for t in ranked[:k]]

    def ask(self, question: str, history: Any = None, filters: Any = None) -> Answer:
        _, turns = self.retrieve(question, history, filters, k=max(10, self.settings.top_k))
        cited = self.script[question][1]
        evidence = self.evidence.get(question, {"dense": 0.9, "margin": 0.04, "coverage": 0.6})
        if cited is None:
            return Answer(question=question, answer="The transcripts do not say this.", answerable=False, language="en",
                          filters={"evidence": evidence}, timings_ms={"retrieve": 5.0, "answer": 1.0, "total": 6.0},
                          confidence=0.2)
        by_id = {t.id: t for t in TURNS}
        order = [t.turn_id for t in turns if t.turn_id in cited][: self.settings.top_k]
        citations = tuple(
            Citation(n=n, turn_id=tid, doc_id=DOC, doc_title="AO", date="2017-02-16", speaker=by_id[tid].speaker,
                     party=by_id[tid].party, role=by_id[tid].role, function=None, quote=by_id[tid].text,
                     text=by_id[tid].text, score=1.0, quote_end=len(by_id[tid].text))
            for n, tid in enumerate(order, start=1)
        )
        text = "\n".join(f"{c.speaker} said in “AO”:\n- “{c.quote}” [{c.n}]" for c in citations)
        return Answer(question=question, answer=text, answerable=bool(citations), language="en", citations=citations,
                      filters={"evidence": evidence}, timings_ms={"retrieve": 5.0, "answer": 2.0, "total": 7.0},
                      confidence=0.9)


GOOD_SCRIPT = {
    QUESTIONS[0]["question"]: ([f"{DOC}:t0000", f"{DOC}:t0001"], [f"{DOC}:t0000"]),
    QUESTIONS[1]["question"]: ([f"{DOC}:t0001", f"{DOC}:t0002", f"{DOC}:t0000"], [f"{DOC}:t0001"]),
    QUESTIONS[2]["question"]: ([f"{DOC}:t0002"], None),
}
