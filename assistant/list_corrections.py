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

from assistant.answering import debate_place, quote_line, speaker_title
from assistant.models import Answer, Citation
from assistant.structure.chair_list import ListItem, parse_chair_list
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile

ASKS_ABOUT_A_CORRECTION = re.compile(
    r"\b(?:aangepast|aanpassing|aanpassen|gecorrigeerd|correctie|corrigeerde|gewijzigd|wijziging|verbreed|breder"
    r"|bezwaar|object\w*|corrected|correction|changed|amended|adjusted|resolved|opgelost|rechtgezet"
    r"|in\s+plaats\s+van|instead\s+of)\b",
    re.IGNORECASE,
)
"""A commitment question about the wording of the chair's item being changed while it was read, or
about what was promised "in plaats van" / "instead of" what the item said (the minister settling it
with another promise while it was read: development set, one question, now answered with the item,
the new promise and the chair's "Dat is nog beter.")."""

TurnCloseness = Callable[[str, int], "float | None"]
"""The cosine between the question and the indexed chunk of a turn at a character offset
(`assistant.commitment_answers.PassageCloseness`)."""


def correction_answer(question: str, language: str, transcripts: Sequence[Transcript], wanted: set[str],
                      words: Callable[[str], set[str]], closeness: TurnCloseness | None,
                      *, any_item: bool = False) -> Answer | None:
    """The corrected item a question about a correction (`ASKS_ABOUT_A_CORRECTION`) asks about,
    quoted as read and as discussed; None when no corrected item matches it. The item is the one
    sharing the most of the question's ``wanted`` words (``words`` reads them from a text), else,
    for a question in another language than the debate, the one whose reading and discussion
    retrieval's vectors put closest to the question (``closeness``). With ``any_item`` (a question
    about what the list records, which need not say it was changed) the item is chosen among all
    items, and answered here only when it was corrected: the item as read is then not what was
    finally recorded ("De staatssecretaris zal de brief ... na de zomer aan de Kamer sturen", then
    "Dan maken we van het woordje "na" het woordje "voor""). The lists are parsed afresh: over the
    18 debates of the sample corpus that takes 18 ms, and only a question about the list asks for it."""
    found = [(item, t) for t in transcripts for item in parse_chair_list(t) if any_item or item.corrected]
    if not found:
        return None
    def shared(item: ListItem) -> int:
        return len(wanted & words(" ".join([item.text, *(c.text for c in item.corrections)])))
    best = max(found, key=lambda pair: shared(pair[0]))
    if shared(best[0]) == 0:
        picked = _by_ordinal(question, found) or _by_meaning(language, found, closeness)
        if picked is None:
            return None
        best = picked
    return _compose(question, language, *best) if best[0].corrected else None


_ORDINALS = {"first": 1, "eerste": 1, "second": 2, "tweede": 2, "third": 3, "derde": 3, "fourth": 4, "vierde": 4,
             "fifth": 5, "vijfde": 5, "sixth": 6, "zesde": 6, "seventh": 7, "zevende": 7, "eighth": 8, "achtste": 8}
_ORDINAL_ITEM = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+(?:[\w-]+\s+)?(?:commitment|toezegging|item|promise)\b",
                           re.IGNORECASE)
"""A question that names the item by its place in the list: "the first commitment on Pillar 2 as the
chair read it out", "de tweede toezegging"."""


def _by_ordinal(question: str, found: list[tuple[ListItem, Transcript]]) -> tuple[ListItem, Transcript] | None:
    """The item the question names by its number, in the first debate (retrieval's best first) whose
    list has it."""
    named = _ORDINAL_ITEM.search(question)
    if named is None:
        return None
    n = _ORDINALS[named.group(1).lower()]
    return next(((item, t) for item, t in found if item.n == n), None)


MIN_MEANING_MARGIN = 0.02
"""How far the closest item (by `_meaning`) must lead the next for a question in another language
than the debate, as for promises (`commitment_answers.MIN_MEANING_MARGIN`). The index's vectors are
of chunks, and one chunk often holds several items the chair read in one turn: in the development
set's two English questions on corrected items, the item asked about tied with another (cosines
0.8192 and 0.8192; 0.8282 against 0.8292 for the other item of the chunk). Without a margin the
first of a tie was quoted, a wrong item as often as the right one."""


def _by_meaning(language: str, found: list[tuple[ListItem, Transcript]],
                closeness: TurnCloseness | None) -> tuple[ListItem, Transcript] | None:
    """For a question in another language than the debate, the item whose reading and discussion
    retrieval's vectors put closest to the question, when it leads the next by `MIN_MEANING_MARGIN`."""
    foreign = [(item, t) for item, t in found if t.language != language]
    if closeness is None or not foreign:
        return None
    scored = sorted(((_meaning(item, t, closeness), (item, t)) for item, t in foreign), key=lambda pair: -pair[0])
    if len(scored) > 1 and scored[0][0] - scored[1][0] < MIN_MEANING_MARGIN:
        return None
    return scored[0][1]


def _spans(item: ListItem, transcript: Transcript) -> list[tuple[Turn, int, int]]:
    """Where the item was read and each thing said about it: (turn, start, end), in order."""
    read = transcript.turn(item.turn_id)
    at = read.text.find(item.text) if read is not None else -1
    spans = [(read, at, at + len(item.text))] if read is not None and at >= 0 else []
    return spans + [(turn, c.start, c.end) for c in item.corrections if (turn := transcript.turn(c.turn_id)) is not None]


def _meaning(item: ListItem, transcript: Transcript, closeness: TurnCloseness) -> float:
    """The closest of the item's reading and what was said about it to the question."""
    return max((m for turn, start, _ in _spans(item, transcript) if (m := closeness(turn.id, start)) is not None),
               default=-1.0)


def _compose(question: str, language: str, item: ListItem, transcript: Transcript) -> Answer | None:
    if transcript.turn(item.turn_id) is None:
        return None
    spans = _spans(item, transcript)
    citations = [Citation.of_turn(n, turn, (start, end), doc_id=transcript.id, doc_title=transcript.title,
                                  date=transcript.date, score=1.0)
                 for n, (turn, start, end) in enumerate(spans, start=1)]
    say = language_profile(language).messages
    lines = [say.list_correction_head.format(n=item.n, where=debate_place(transcript.title, transcript.date, language))]
    lines += [f"- {speaker_title(c, language)}: “{quote_line(c.quote)}” [{c.n}]" for c in citations]
    return Answer(question=question, answer="\n".join(lines), answerable=True, language=language,
                  citations=tuple(citations))
