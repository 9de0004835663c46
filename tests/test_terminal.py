"""How `debate ask` prints an answer in the terminal: the sources under it, and for a promise that
answers a member's request or whose deadline was said elsewhere, those words."""

from __future__ import annotations

import pytest
from rich.console import Console

from assistant.models import Answer, Citation
from debate import terminal


def _promise(**changes) -> Citation:
    values = dict(n=1, turn_id="d:t0003", doc_id="d", doc_title="Politie", date="2025-07-02", speaker="Van Weel",
                  party=None, role="minister", function="minister van Justitie en Veiligheid",
                  quote="Dat zal ik doen.", text="Dat zal ik doen.", score=1.0, quote_start=0, quote_end=16)
    values.update(changes)
    return Citation(**values)


def _printed(monkeypatch: pytest.MonkeyPatch, citation: Citation) -> str:
    console = Console(record=True, width=200)
    monkeypatch.setattr(terminal, "console", console)
    terminal.render_answer(Answer(question="q", answer="Van Weel zei:\n- “Dat zal ik doen.” [1]", answerable=True,
                                  language="nl", citations=(citation,)))
    return console.export_text()


def test_a_promise_is_printed_with_the_members_request_it_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    printed = _printed(monkeypatch, _promise(asked="Kan de minister [de] burgemeester vragen?", asked_by="Mutluer",
                                             asked_turn_index=1))
    assert "[1] Van Weel, minister van Justitie en Veiligheid — Politie" in printed
    assert "    in answer to Mutluer: “Kan de minister [de] burgemeester vragen?”" in printed  # markup-like text kept


def test_other_sources_print_no_request(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "in answer to" not in _printed(monkeypatch, _promise())


def test_a_promise_is_printed_with_where_its_deadline_was_said(monkeypatch: pytest.MonkeyPatch) -> None:
    printed = _printed(monkeypatch, _promise(dated="Ik kom daarop terug [tijdens] het tweeminutendebat.", dated_by="Van Weel",
                                             dated_turn_index=5))
    assert "    deadline as said by Van Weel: “Ik kom daarop terug [tijdens] het tweeminutendebat.”" in printed
    assert "deadline as said by" not in _printed(monkeypatch, _promise())
