"""Answer "what did the minister promise / toezeggen about X" from the commitments first.

A question that asks for commitments ("toezeggen", "toegezegd", "beloofd", "promise", "commit")
is answered with the commitments found in the debates the retrieval settled on (or the debates
the question names), ranked by the question's content words in the commitment and its chair's
list item, with a bonus when retrieval also chose that turn. Each citation is the minister's own
turn, quoting the commitment's verbatim sentence(s); the member it was made to, the deadline and
the chair's list item go in the answer's ``notice`` (they come from structure, not from the words). When no commitment shares a content word with the question, the ordinary
answer stands (returns None).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering import compose_answer
from assistant.models import Answer, Citation
from assistant.retrieval import RetrievedTurn
from assistant.structure.commitments import Commitment, debate_commitments
from ingest.models import Transcript
from ingest.profiles.language import language_profile

ASKS_FOR_COMMITMENTS = re.compile(
    r"\b(?:toezeg\w*|toegezegd\w*|zegde?\s+\w+\s+toe|beloof\w*|beloven|belooft|promis\w*|commit(?:s|ted|ting|ment|ments)?\b|pledge\w*|undert(?:ake|ook)\w*)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-zà-ÿ0-9][a-zà-ÿ0-9'-]{3,}", re.IGNORECASE)
_QUESTION_WORDS = frozenset("""
what which when where whom does did minister state secretary promise promised promises commit committed
commitment commitments about make made give given debate undertake undertook pledge
wat welke wanneer waar heeft hebben minister staatssecretaris toezeggen toegezegd toezegging
toezeggingen beloofd beloven over gedaan deed debat kamer aan zegde
""".split())
RETRIEVED_BONUS = 2.0  # a commitment in a turn retrieval also chose outranks one sharing a single word


def asks_for_commitments(question: str) -> bool:
    return bool(ASKS_FOR_COMMITMENTS.search(question))


def _content(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _QUESTION_WORDS


def answer_from_commitments(question: str, language: str, doc_ids: Sequence[str], turns: Sequence[RetrievedTurn],
                            load: Callable[[str], Transcript | None], limit: int) -> Answer | None:
    """The commitments that answer ``question``, cited, or None when it is not a commitment
    question or none matches."""
    if not asks_for_commitments(question):
        return None
    wanted = _content(question)
    docs = list(doc_ids) or list(dict.fromkeys(t.doc_id for t in turns))
    speakers = {t.metadata.speaker for t in turns if t.metadata.speaker}
    retrieved = {t.turn_id for t in turns}
    scored: list[tuple[float, Commitment, Transcript]] = []
    for doc_id in docs[:5]:
        transcript = load(doc_id)
        if transcript is None:
            continue
        for c in debate_commitments(transcript):
            if c.source != "finder" or (speakers and c.speaker not in speakers):
                continue
            shared = len(wanted & _content(f"{c.quote} {c.list_text or ''}"))
            if shared:
                scored.append((shared + (RETRIEVED_BONUS if c.turn_id in retrieved else 0.0), c, transcript))
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])
    citations = [_citation(n, c, transcript, score) for n, (score, c, transcript) in enumerate(scored[:limit], start=1)]
    notes = [_note(citation.n, c, language) for citation, (_, c, _) in zip(citations, scored, strict=False)]
    # who it was made to and by when come from structure, not from the quoted words: a notice, so
    # the answer text stays verbatim quotes only
    notice = " ".join(note for note in notes if note) or None
    return Answer(question=question, answer=compose_answer(citations, language), answerable=True, language=language,
                  citations=tuple(citations), notice=notice)


def _note(n: int, c: Commitment, language: str) -> str:
    say = language_profile(language).messages
    parts = []
    if c.to:
        parts.append(say.commitment_to.format(name=c.to))
    if c.deadline_text:
        parts.append(say.commitment_by.format(deadline=c.deadline_text + (f" ({c.deadline})" if c.deadline else "")))
    if c.list_item:
        parts.append(say.commitment_list_item.format(n=c.list_item))
    return f"[{n}] " + "; ".join(parts) if parts else ""


def _citation(n: int, c: Commitment, transcript: Transcript, score: float) -> Citation:
    turn = next(t for t in transcript.turns if t.id == c.turn_id)
    return Citation(
        n=n, turn_id=turn.id, doc_id=transcript.id, doc_title=transcript.title, date=transcript.date,
        speaker=turn.speaker, party=turn.party, role=turn.role, function=turn.function,
        quote=turn.text[c.start:c.end], text=turn.text, score=score, quote_start=c.start, quote_end=c.end,
        page=turn.page, start_time=turn.start_time, is_chair=turn.is_chair, turn_index=turn.index,
    )
