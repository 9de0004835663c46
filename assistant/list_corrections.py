"""How an item of the chair's list of commitments was corrected while it was read (issue 10).

The chair reads the commitments the clerk registered; members and ministers interject ("Ik zou het
dus graag ietsje breder willen", "Dat gaat niet specifiek over tax credits"), and the chair settles
the wording ("Ik stel voor dat we in de toezegging «het lid Van Nispen» eruit halen en het
veralgemeniseren"). A question about that ("Hoe werd de toezegging over ... aangepast?", "Why did the
state secretary object to the commitment as the chair read it out?") is answered with the item as
read and what was said about it, in order, each quote attributed to its speaker from the turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering import format_date, quote_line, speaker_title
from assistant.models import Answer, Citation
from assistant.structure.chair_list import ListItem, parse_chair_list
from ingest.exchanges import is_procedural
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile

ASKS_ABOUT_A_CORRECTION = re.compile(
    r"\b(?:aangepast|aanpassing|aanpassen|gecorrigeerd|correctie|corrigeerde|gewijzigd|wijziging|verbreed|breder"
    r"|bezwaar|object\w*|corrected|correction|changed|amended|adjusted|resolved|opgelost|rechtgezet)\b",
    re.IGNORECASE,
)
"""A commitment question about the wording of the chair's item being changed while it was read."""

MAX_DISCUSSION_TURNS = 6
"""Turns quoted after the item, at most: the longest correction of the corpus (the Pijler 2 item of
Internationale fiscaliteit) runs six turns from the state secretary's objection to the chair's
settled wording and the state secretary's "Ja, prima"; after it the members move on to other items."""

TurnCloseness = Callable[[str, int], "float | None"]
"""The cosine between the question and the indexed chunk of a turn at a character offset
(`assistant.commitment_answers.PassageCloseness`)."""


@dataclass(frozen=True)
class ItemDiscussion:
    """An item of the chair's list and what was said about it before the next item was read:
    ``(turn, start, end)`` spans, in order."""

    item: ListItem
    said: tuple[tuple[Turn, int, int], ...]

    @property
    def corrected(self) -> bool:
        """Someone other than the chair spoke about the item."""
        return any(not turn.is_chair for turn, _, _ in self.said)


def item_discussions(transcript: Transcript) -> list[ItemDiscussion]:
    """Every item of the chair's list with what was said about it: the substantive turns after the
    turn that reads it, up to the turn that reads the next item, and of that turn the chair's words
    before the next item ("Ik stel voor dat we ... het veralgemeniseren. Dan kom ik bij de vierde
    ... toezegging. – ..."). The chair's questions ("Zal ik de eerste even herhalen?") settle
    nothing and are left out. Pure: a function of the parsed transcript; over the 18 debates of
    the sample corpus it takes 18 ms, so it is not cached (only a question about a correction
    asks for it)."""
    items = parse_chair_list(transcript)
    index = {turn.id: turn.index for turn in transcript.turns}
    discussions: list[ItemDiscussion] = []
    for i, item in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        first = index[item.turn_id] + 1
        last = index[nxt.turn_id] if nxt is not None else min(len(transcript.turns), first + MAX_DISCUSSION_TURNS) - 1
        said: list[tuple[Turn, int, int]] = []
        for turn in transcript.turns[first:last + 1]:
            end = len(turn.text)
            if nxt is not None and turn.id == nxt.turn_id:
                end = max(turn.text.find(nxt.text), 0)
            text = turn.text[:end].rstrip(" \n–—-")
            if text and not is_procedural(text) and not (turn.is_chair and text.endswith("?")):
                said.append((turn, 0, len(text)))
        discussions.append(ItemDiscussion(item, tuple(said[:MAX_DISCUSSION_TURNS])))
    return discussions


def correction_answer(question: str, language: str, transcripts: Sequence[Transcript], wanted: set[str],
                      words: Callable[[str], set[str]], closeness: TurnCloseness | None) -> Answer | None:
    """The corrected item the question asks about, quoted as read and as discussed; None when the
    question asks about no correction or no corrected item matches it. The item is the one sharing
    the most of the question's ``wanted`` words (``words`` reads them from a text), else, for a
    question in another language than the debate, the one whose discussion retrieval's vectors put
    closest to the question (``closeness``)."""
    if not ASKS_ABOUT_A_CORRECTION.search(question):
        return None
    found = [(d, t) for t in transcripts for d in item_discussions(t) if d.corrected]
    if not found:
        return None
    def shared(d: ItemDiscussion) -> int:
        return len(wanted & words(" ".join([d.item.text, *(turn.text[s:e] for turn, s, e in d.said)])))
    best = max(found, key=lambda pair: shared(pair[0]))
    if shared(best[0]) == 0:
        foreign = [(d, t) for d, t in found if t.language != language]
        if closeness is None or not foreign:
            return None
        def meaning(d: ItemDiscussion) -> float:
            return max((m for turn, s, _ in d.said if (m := closeness(turn.id, s)) is not None), default=-1.0)
        best = max(foreign, key=lambda pair: meaning(pair[0]))
    return _compose(question, language, *best)


def _compose(question: str, language: str, discussion: ItemDiscussion, transcript: Transcript) -> Answer | None:
    read = transcript.turn(discussion.item.turn_id)
    if read is None:
        return None
    at = read.text.find(discussion.item.text)
    spans = [(read, at, at + len(discussion.item.text))] if at >= 0 else []
    citations = [Citation.of_turn(n, turn, (start, end), doc_id=transcript.id, doc_title=transcript.title,
                                  date=transcript.date, score=1.0)
                 for n, (turn, start, end) in enumerate([*spans, *discussion.said], start=1)]
    say = language_profile(language).messages
    when = format_date(transcript.date, language)
    where = f"“{transcript.title}”" + (f" ({when})" if when else "")
    lines = [say.list_correction_head.format(n=discussion.item.n, where=where)]
    lines += [f"- {speaker_title(c, language)}: “{quote_line(c.quote)}” [{c.n}]" for c in citations]
    return Answer(question=question, answer="\n".join(lines), answerable=True, language=language,
                  citations=tuple(citations))
