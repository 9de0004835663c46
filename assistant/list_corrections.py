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
from ingest.models import Transcript
from ingest.profiles.language import language_profile

ASKS_ABOUT_A_CORRECTION = re.compile(
    r"\b(?:aangepast|aanpassing|aanpassen|gecorrigeerd|correctie|corrigeerde|gewijzigd|wijziging|verbreed|breder"
    r"|bezwaar|object\w*|corrected|correction|changed|amended|adjusted|resolved|opgelost|rechtgezet)\b",
    re.IGNORECASE,
)
"""A commitment question about the wording of the chair's item being changed while it was read."""

TurnCloseness = Callable[[str, int], "float | None"]
"""The cosine between the question and the indexed chunk of a turn at a character offset
(`assistant.commitment_answers.PassageCloseness`)."""


def correction_answer(question: str, language: str, transcripts: Sequence[Transcript], wanted: set[str],
                      words: Callable[[str], set[str]], closeness: TurnCloseness | None) -> Answer | None:
    """The corrected item a question about a correction (`ASKS_ABOUT_A_CORRECTION`) asks about,
    quoted as read and as discussed; None when no corrected item matches it. The item is the one
    sharing the most of the question's ``wanted`` words (``words`` reads them from a text), else,
    for a question in another language than the debate, the one whose discussion retrieval's
    vectors put closest to the question (``closeness``). The lists are parsed afresh: over the 18 debates of
    the sample corpus that takes 18 ms, and only a question about a correction asks for it."""
    found = [(item, t) for t in transcripts for item in parse_chair_list(t) if item.corrected]
    if not found:
        return None
    def shared(item: ListItem) -> int:
        return len(wanted & words(" ".join([item.text, *(c.text for c in item.corrections)])))
    best = max(found, key=lambda pair: shared(pair[0]))
    if shared(best[0]) == 0:
        foreign = [(item, t) for item, t in found if t.language != language]
        if closeness is None or not foreign:
            return None
        def meaning(item: ListItem) -> float:
            return max((m for c in item.corrections if (m := closeness(c.turn_id, c.start)) is not None), default=-1.0)
        best = max(foreign, key=lambda pair: meaning(pair[0]))
    return _compose(question, language, *best)


def _compose(question: str, language: str, item: ListItem, transcript: Transcript) -> Answer | None:
    read = transcript.turn(item.turn_id)
    if read is None:
        return None
    at = read.text.find(item.text)
    spans = [(read, at, at + len(item.text))] if at >= 0 else []
    spans += [(turn, c.start, c.end) for c in item.corrections if (turn := transcript.turn(c.turn_id)) is not None]
    citations = [Citation.of_turn(n, turn, (start, end), doc_id=transcript.id, doc_title=transcript.title,
                                  date=transcript.date, score=1.0)
                 for n, (turn, start, end) in enumerate(spans, start=1)]
    say = language_profile(language).messages
    lines = [say.list_correction_head.format(n=item.n, where=debate_place(transcript.title, transcript.date, language))]
    lines += [f"- {speaker_title(c, language)}: “{quote_line(c.quote)}” [{c.n}]" for c in citations]
    return Answer(question=question, answer="\n".join(lines), answerable=True, language=language,
                  citations=tuple(citations))
