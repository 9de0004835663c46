"""The transcript view shows interruption exchanges indented under the turn they interrupt, with
who-challenges-whom in words (not by colour or indentation alone), all text escaped."""

from __future__ import annotations

import re

import pytest

from assistant.web.render import transcript_page
from ingest.exchanges import mark_exchanges
from ingest.models import Transcript, Turn

HOSTILE = "<script>alert(1)</script>"


def _debate(challenger: str = "Bakker") -> Transcript:
    rows = [("De Vries", "Het woord is aan de minister.", True), ("Jansen", "Voorzitter. Over de stations.", False),
            (challenger, "Hoeveel geld gaat daarheen? " + HOSTILE, False), ("De Vries", "Kort graag.", True),
            ("Jansen", "Twaalf miljoen euro.", False), ("De Vries", "Dank u wel. De vergadering is gesloten.", True)]
    turns = tuple(Turn(id=f"d:t{i:04d}", index=i, speaker=who, text=text, is_chair=chair,
                       role="chair" if chair else "member") for i, (who, text, chair) in enumerate(rows))
    return mark_exchanges(Transcript(id="d", title="Test", date="2024-03-05", source_format="parlamint",
                                     source_path="d.xml", turns=turns))


def _li(page: str, index: int) -> str:
    match = re.search(rf'<li class="([^"]*)" id="turn-{index}"([^>]*)>(.*?)</li>', page)
    assert match, index
    return match.group(0)


def test_exchange_turns_and_the_chair_between_them_are_indented_and_labelled_in_words() -> None:
    page = transcript_page(_debate(), "")
    challenge, chair, reply = _li(page, 2), _li(page, 3), _li(page, 4)
    assert "tv-in-exchange" in challenge and "tv-in-exchange" in chair and "tv-in-exchange" in reply
    assert "tv-in-exchange" not in _li(page, 1) and "tv-in-exchange" not in _li(page, 5)
    assert "Interruption: Bakker challenges Jansen" in challenge and 'href="#turn-1"' in challenge
    assert "Reply by Jansen to Bakker" in reply
    assert 'data-exchange-role="challenge"' in challenge and 'aria-label="Turn 4, reply by Jansen to Bakker"' in reply


def test_names_and_speech_in_an_exchange_are_escaped() -> None:
    page = transcript_page(_debate(challenger='<img src=x onerror="alert(2)">'), "")
    assert "<script" not in page and "<img" not in page
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt; challenges Jansen" in page


def test_a_transcript_stored_before_exchanges_existed_still_shows_them() -> None:
    import dataclasses

    marked = _debate()
    old = dataclasses.replace(marked, turns=tuple(dataclasses.replace(t, exchange_id=None, exchange_role=None,
                                                                      exchange_position=None, challenger=None,
                                                                      challenged=None, interrupts_turn=None)
                                                  for t in marked.turns))
    assert "Interruption: Bakker challenges Jansen" in transcript_page(old, "")


@pytest.mark.parametrize("index", [0, 1, 5])
def test_turns_outside_exchanges_carry_no_exchange_label(index: int) -> None:
    assert "tv-xhead" not in _li(transcript_page(_debate(), ""), index)
