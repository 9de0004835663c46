"""Answers to exchange questions: the challenge first, then the reply that answers it.

"How did the minister respond when Van Laar interrupted?", "Hoe reageerde Kwint op Peters?",
"toen Alkaya vroeg ...": a question that names an interruption or a reaction is about an
*exchange* (`ingest.exchanges`), not about one passage. Plain retrieval finds the turn closest in
meaning, which is often the challenge alone, or a courtesy of the challenged speaker ("Ja,
voorzitter, ..."); issue 10 saw both. Here the exchange is chosen among those of the debates the
best retrieved turns come from, on the people the question names (and who it says interrupted
whom: "toen Kouwenhoven hem interrumpeerde"), then on shared words and retrieval rank; an
exchange holding no retrieved turn is only chosen when the question names both its people. The
answer quotes, in spoken order:

1. the exchange's opening challenge, where it shares most words with the question;
2. the first *substantive* reply after it, from its opening sentences, never a bare
   "Voorzitter." or a courtesy (`ingest.exchanges.is_procedural`);
3. the round retrieval matched (or else the next round), when there is room.

Measured on a copy of the corpus index: the eight exchange questions of the golden sets get the
challenge and the reply cited in seven (the eighth picks another Van Laar -> Blok exchange); on
the 29 answerable development questions this routes, every gold turn is cited in 13 (9 before).

Every speaker field comes from the transcript's turns, as everywhere. Transcripts stored before
exchanges existed are marked on the fly (`mark_exchanges` is pure), so an old index answers too.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.answering import MAX_QUOTE_CHARS, format_date, quote_line, speaker_title
from assistant.models import Answer, Citation
from assistant.retrieval import RetrievedTurn
from ingest.chunking import sentence_spans
from ingest.exchanges import has_exchange_fields, is_procedural, mark_exchanges
from ingest.lexical import tokenize
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile

_EXCHANGE_QUESTION = re.compile(
    r"(?<!during an )(?<!in an )\binterrupt(?:ed|ing|s|ion)?\b|\binterrumpe\w*|(?<!in een )(?<!tijdens een )\binterruptie\b|"
    r"onderbr[ao]k|\brespond(?:ed|s|ing)?\b|\brepl(?:y|ied|ies)\b|\breact(?:ed|s)?\b|"
    r"\breageer\w*|\breageerde\b|\breageren\b|\bantwoordde\b|"
    r"\bwhen\b[^?]{1,80}\basked\b|\btoen\b[^?]{1,80}\bvroeg\b",
    re.IGNORECASE,
)
"""Words that name an interruption or a reaction, in English and Dutch. A question that only
places a fact "during an interruption" / "in een interruptie", or says "in reactie op", asks for
that fact, not for the exchange (four such golden questions expect the one speaker only)."""

MAX_EXCHANGE_CANDIDATES = 10
"""Retrieved turns looked at for an exchange: the ten best, as many as retrieval returns at least."""

MAX_EXCHANGE_TURNS = 4
"""Two rounds at most (challenge, reply, follow-up, reply): the rounds issue 10 calls common."""

CANDIDATE_DEBATES = 2
"""Debates whose exchanges are weighed: those of the best retrieved turns (a question about an
exchange is about one debate; the second covers a first-ranked turn from the wrong one)."""


class _Constraints(Protocol):
    @property
    def roles(self) -> Sequence[str]: ...


class _Plan(Protocol):
    @property
    def standalone(self) -> str: ...
    @property
    def names(self) -> Sequence[str]: ...
    @property
    def constraints(self) -> _Constraints: ...
    @property
    def language(self) -> str: ...
    @property
    def question(self) -> str: ...
    @property
    def notes(self) -> Sequence[str]: ...


TranscriptLookup = Callable[[str], Transcript | None]


def is_exchange_question(question: str) -> bool:
    """Whether ``question`` names an interruption or a reaction ("when X interrupted", "how did
    Y respond", "toen X vroeg", "hoe reageerde", "interruptie")."""
    return bool(_EXCHANGE_QUESTION.search(question))


_CHALLENGE_VERB = re.compile(r"interrupt|interrump|onderbr[ao]k|\bvroeg\b|\basked\b|\bpressed\b", re.IGNORECASE)
_REPLY_VERB = re.compile(r"respon|repl|react|reageer|reageren|antwoord", re.IGNORECASE)
NAME_VERB_CHARS = 40
"""How far before its verb a name still counts as that verb's subject ("Hoe reageerde minister Blok",
"when Van Laar interrupted", "toen Kouwenhoven hem interrumpeerde")."""


def _surname(name: str) -> str:
    return name.split()[-1]


def _mention(question: str, name: str | None) -> int:
    """Where the question names this speaker (the surname as a capitalised word, as in
    `assistant.question`); -1 when it does not."""
    if not name:
        return -1
    found = re.search(rf"(?<!\w){re.escape(_surname(name))}(?!\w)", question)
    return found.start() if found else -1


def _subject_of(question: str, verb: re.Pattern[str], names: Sequence[str]) -> str | None:
    """The name standing just before (or just after, for "how did X respond") the verb."""
    found = verb.search(question)
    if found is None:
        return None
    best: tuple[int, str] | None = None
    for name in names:
        at = _mention(question, name)
        if at < 0:
            continue
        distance = found.start() - at if at <= found.start() else (at - found.end()) * 4
        if distance <= NAME_VERB_CHARS and (best is None or distance < best[0]):
            best = (distance, name)
    return None if best is None else best[1]


@dataclass(frozen=True)
class _Candidate:
    transcript: Transcript
    members: tuple[Turn, ...]
    matched: Turn | None
    retrieved: RetrievedTurn | None
    score: float
    rank: int | None = None


def _exchanges(transcript: Transcript) -> dict[str, list[Turn]]:
    grouped: dict[str, list[Turn]] = {}
    for turn in transcript.turns:
        if turn.exchange_id is not None:
            grouped.setdefault(turn.exchange_id, []).append(turn)
    return grouped


def _candidates(question: str, turns: Sequence[RetrievedTurn], lookup: TranscriptLookup) -> list[_Candidate]:
    """The exchanges of the debates the best retrieved turns come from that hold a retrieved turn
    or whose challenger and challenged the question both names, best first (see `_score`)."""
    ranked = turns[:MAX_EXCHANGE_CANDIDATES]
    rank_of = {t.turn_id: (i, t) for i, t in enumerate(ranked)}
    out = []
    for doc_id in list(dict.fromkeys(t.doc_id for t in ranked))[:CANDIDATE_DEBATES]:
        transcript = lookup(doc_id)
        if transcript is None:
            continue
        transcript = _marked(transcript)
        terms = set(tokenize([question], transcript.language)[0])  # stemmed as the debate's text is
        weights = _term_weights(transcript)
        for members in _exchanges(transcript).values():
            hits = sorted((rank_of[t.id][0], t) for t in members if t.id in rank_of)
            matched = hits[0][1] if hits else None
            retrieved = rank_of[matched.id][1] if matched is not None else None
            share = _weighted_share(terms, members, weights, transcript.language)
            named_challenger = _mention(question, members[0].challenger) >= 0
            if not hits and not _names_both(question, members[0]) and not (named_challenger and share >= MIN_TOPIC_SHARE):
                continue  # retrieval points elsewhere and the question names neither this pair nor its topic
            if not named_challenger and _mention(question, members[0].challenged) < 0:
                continue  # "when DENK pressed him": no one named, so no exchange is sure to be meant
            score = _score(question, share, members, hits[0][0] if hits else None)
            out.append(_Candidate(transcript, tuple(members), matched, retrieved, score, hits[0][0] if hits else None))
    return sorted(out, key=lambda c: -c.score)


def _names_both(question: str, first: Turn) -> bool:
    return _mention(question, first.challenger) >= 0 and _mention(question, first.challenged) >= 0


MIN_TOPIC_SHARE = 0.3
"""An exchange no retrieved turn sits in is still weighed when the question names its challenger
and this share of the question's (weighted) words occurs in it: "when Veltman asked about ... the
Meppel junction" names the one exchange about Meppel that retrieval missed."""
_WEIGHTS: dict[str, dict[str, float]] = {}
WEIGHT_CACHE_SIZE = 64
"""Debates whose word weights are kept (the sample corpus has 19)."""


def _term_weights(transcript: Transcript) -> dict[str, float]:
    """Each stemmed word's inverse turn frequency in the debate, log(turns / turns holding it): a
    word of the whole debate ("minister", "voorzitter") weighs next to nothing, a rare one
    ("Meppel", "Iran") most."""
    cached = _WEIGHTS.get(transcript.id)
    if cached is not None:
        return cached
    counts: dict[str, int] = {}
    for words in tokenize([t.text for t in transcript.turns], transcript.language):
        for word in set(words):
            counts[word] = counts.get(word, 0) + 1
    total = max(1, len(transcript.turns))
    weights = {word: math.log(total / n) for word, n in counts.items()}
    if len(_WEIGHTS) >= WEIGHT_CACHE_SIZE:
        _WEIGHTS.clear()
    _WEIGHTS[transcript.id] = weights
    return weights


def _weighted_share(terms: set[str], members: Sequence[Turn], weights: dict[str, float], language: str) -> float:
    """The weighted share of the question's words the exchange's first rounds hold, counting only
    words the debate has (an English question's English words weigh nothing either way)."""
    known = {t: weights[t] for t in terms if t in weights}
    total = sum(known.values())
    if total <= 0:
        return 0.0
    words = set(tokenize([" ".join(t.text for t in members[:MAX_EXCHANGE_TURNS])], language)[0])
    return sum(w for t, w in known.items() if t in words) / total


TOPIC_WEIGHT = 3.0
"""The weighted word share's most (see `_score`): 3 lets an exchange holding the question's rare
words win over a best-ranked one of the same people holding only common ones (a first rank adds
1.5); at 2 the development questions on Iran and Meppel still got the other exchange."""


def _score(question: str, share: float, members: Sequence[Turn], rank: int | None) -> float:
    """Names first (each of challenger and challenged the question names: 3; the right one as the
    subject of "interrupted" or of "responded": 1 more), then the weighted share of the question's
    words in the exchange's text (`_weighted_share`, up to `TOPIC_WEIGHT`), then how well retrieval ranked one
    of its turns (up to 1.5). Weighting the words by rarity in the debate (development set): the
    exchange about Iran or Meppel wins over another exchange of the same member that shares only
    "minister" with the question and ranks first."""
    first = members[0]
    people = [n for n in (first.challenger, first.challenged) if n]
    score = 3.0 * sum(_mention(question, n) >= 0 for n in people)
    if first.challenger and _subject_of(question, _CHALLENGE_VERB, people) == first.challenger:
        score += 1.0
    if first.challenged and _subject_of(question, _REPLY_VERB, people) == first.challenged:
        score += 1.0
    score += TOPIC_WEIGHT * share
    if rank is not None:
        score += 1.5 / (1 + rank)
    return score


def _marked(transcript: Transcript) -> Transcript:
    return transcript if has_exchange_fields(transcript) else mark_exchanges(transcript)


def _rounds(members: Sequence[Turn]) -> list[list[Turn]]:
    """The exchange as rounds: a substantive challenge and the first substantive reply after it
    (a round whose challenge got no substantive reply keeps the challenge alone)."""
    rounds: list[list[Turn]] = []
    for turn in members:
        if is_procedural(turn.text):
            continue
        if turn.exchange_role == "challenge":
            if rounds and len(rounds[-1]) == 1:
                continue  # a second challenge before the reply: the round's challenge stays the first
            rounds.append([turn])
        elif rounds and len(rounds[-1]) == 1:
            rounds[-1].append(turn)
    return rounds


def exchange_sequence(members: Sequence[Turn], matched: Turn | None, limit: int) -> list[Turn]:
    """The turns to quote, in spoken order: the exchange's opening challenge and its first
    substantive reply, then the round retrieval matched (or else the next round) while within
    ``limit`` turns."""
    rounds = _rounds(members)
    if not rounds:
        return []
    position = matched.exchange_position or 0 if matched is not None else 0
    later = [i for i, r in enumerate(rounds) if i > 0 and (r[-1].exchange_position or 0) >= position]
    chosen = list(rounds[0])
    extra = later[0] if later and matched is not None and position > (rounds[0][-1].exchange_position or 0) else 1
    if extra < len(rounds) and len(chosen) == 2 and len(chosen) + len(rounds[extra]) <= limit:
        chosen += rounds[extra]
    return chosen


def _window(text: str, terms: set[str], from_start: bool, language: str) -> tuple[int, int]:
    """A quote of at most `MAX_QUOTE_CHARS`: the whole turn when it fits; else the opening
    sentences (a reply answers first), or for a challenge the run of sentences sharing most
    words with the question."""
    spans = sentence_spans(text, language) or [(0, len(text))]
    while len(spans) > 1 and is_procedural(text[spans[0][0]:spans[0][1]]):
        spans = spans[1:]
    best, best_score = spans[0], -1.0
    for i in range(1 if from_start else len(spans)):
        end, words = spans[i][1], set()
        for j in range(i, len(spans)):
            if spans[j][1] - spans[i][0] > MAX_QUOTE_CHARS and j > i:
                break
            end = spans[j][1]
            words |= set(tokenize([text[spans[j][0]:end]], language)[0])
            score = len(terms & words) + (end - spans[i][0]) / 100_000
            if score > best_score:
                best, best_score = (spans[i][0], end), score
    start, end = best
    if end - start > MAX_QUOTE_CHARS:
        cut = text.rfind(" ", start, start + MAX_QUOTE_CHARS)
        end = cut if cut > start else start + MAX_QUOTE_CHARS
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


MIN_SHARED_TERMS = 2


def _shares(text: str, terms: set[str], language: str) -> bool:
    """Whether the turn holds `MIN_SHARED_TERMS` words of the question. A challenge that holds fewer
    (a question in another language than the debate, where only "minister" or a name meets) is
    quoted from its opening, where a member states the point
    they interrupt on, not from whichever 450 characters happen to be longest (development set: the
    English question on Michon-Derkzen's "handelingsverlegenheid" got her closing lines)."""
    return len(terms & set(tokenize([text], language)[0])) >= MIN_SHARED_TERMS


def _citation(n: int, turn: Turn, transcript: Transcript, span: tuple[int, int], score: float) -> Citation:
    start, end = span
    return Citation(
        n=n, turn_id=turn.id, doc_id=transcript.id, doc_title=transcript.title, date=transcript.date,
        speaker=turn.speaker, party=turn.party, role=turn.role, function=turn.function,
        quote=turn.text[start:end], text=turn.text, score=round(score, 5), quote_start=start,
        quote_end=end, page=turn.page, start_time=turn.start_time, is_chair=turn.is_chair,
        turn_index=turn.index, replying_to=turn.challenger if turn.exchange_role == "reply" else None,
    )


def exchange_citations(query: str, transcript: Transcript, chosen: Sequence[Turn], score: float) -> list[Citation]:
    """One citation per chosen turn: a challenge quoted where it shares most words with the
    question, a reply from its opening sentences (see `_window`)."""
    terms = set(tokenize([query], transcript.language)[0])
    window = [_window(turn.text, terms, turn.exchange_role == "reply" or not _shares(turn.text, terms, transcript.language),
                      transcript.language) for turn in chosen]
    return [_citation(n, turn, transcript, span, score)
            for n, (turn, span) in enumerate(zip(chosen, window, strict=True), start=1)]


def compose_exchange(citations: Sequence[Citation], language: str) -> str:
    """"X interrupted Y in “debate” (date):" then each quote in spoken order, with its [n]."""
    first = citations[0]
    replier = next((c for c in citations if c.replying_to), None)
    when = format_date(first.date, language)
    where = f"“{first.doc_title}”" + (f" ({when})" if when else "")
    challenger = speaker_title(first, language)
    say = language_profile(language).messages
    head = (say.exchange_head.format(challenger=challenger, challenged=speaker_title(replier, language), where=where)
            if replier else say.exchange_head_alone.format(challenger=challenger, where=where))
    lines = [head]
    for c in citations:
        verb = say.exchange_replied if c.replying_to else say.exchange_asked
        lines.append(f"- {c.speaker} {verb}: “{quote_line(c.quote)}” [{c.n}]")
    return "\n".join(lines)


CONFIRMING_RANK = 5
"""How high retrieval must rank a turn of the exchange for the structure to confirm the question
on its own (`confirms`): the top five, the passages the eval's hit@5 counts as found."""


def confirms(plan: _Plan, candidate: _Candidate) -> bool:
    """Whether the transcript's structure itself confirms what the question presumes, so that the
    exchange answers even where the passage-level evidence alone would say "not in the transcripts":
    the question names the challenger; it names the challenged too, or the office they spoke in
    ("Hoe reageerde de minister toen Dassen vroeg ..."); it names nobody else; and retrieval ranks
    one of the exchange's turns in the top `CONFIRMING_RANK`. Issue 10 saw exchange questions
    refused with the gold turns retrieved; on the development set three of 22 were (ranks 1 to 4)."""
    first, question = candidate.members[0], plan.standalone
    if candidate.rank is None or candidate.rank >= CONFIRMING_RANK or _mention(question, first.challenger) < 0:
        return False
    replies = [t for t in candidate.members if t.exchange_role == "reply"]
    office = any(t.role in plan.constraints.roles for t in replies)
    if _mention(question, first.challenged) < 0 and not office:
        return False
    people = {_surname(n) for n in (first.challenger, first.challenged) if n}
    parties = {t.party for t in candidate.members if t.party}
    return all(_surname(n) in people or n in parties for n in plan.names)


def exchange_answer(plan: _Plan, turns: Sequence[RetrievedTurn], lookup: TranscriptLookup,
                    limit: int, confirmed_only: bool = False) -> Answer | None:
    """The answer to an exchange question from the exchange the retrieved ``turns`` point to;
    None when the question is not about an exchange or no retrieved turn sits in one (the
    ordinary answer is given then). ``limit`` caps the citations (at least two: challenge and
    reply). With ``confirmed_only`` (the answer-or-abstain decision said "not found") the answer
    is given only where the structure confirms the question (`confirms`)."""
    if not is_exchange_question(plan.standalone):
        return None
    candidates = _candidates(plan.standalone, turns, lookup)
    if not candidates:
        return None
    best = candidates[0]
    if confirmed_only and not confirms(plan, best):
        return None
    chosen = exchange_sequence(best.members, best.matched, max(2, min(limit, MAX_EXCHANGE_TURNS)))
    if not chosen:
        return None
    score = best.retrieved.score if best.retrieved is not None else turns[0].score
    citations = exchange_citations(plan.standalone, best.transcript, chosen, score)
    return Answer(
        question=plan.question,
        answer=compose_exchange(citations, plan.language),
        answerable=True,
        language=plan.language,
        citations=tuple(citations),
        notice=" ".join(plan.notes) or None,
        standalone_question=plan.standalone if plan.standalone != plan.question else None,
    )



def exchange_turn_ids(plan: _Plan, turns: Sequence[RetrievedTurn], lookup: TranscriptLookup, limit: int) -> list[str]:
    """The turns an exchange answer to ``plan`` would cite, in spoken order (none when it is no
    exchange question or no exchange fits). The service puts them first among the retrieved turns
    (`assistant.motion_answers.cited_first`), as it does for motions, so that retrieval says what
    the answer is built from (development set: two exchange answers cited the challenge and the
    reply while retrieval ranked them sixth or lower)."""
    if not turns or not is_exchange_question(plan.standalone):
        return []
    answer = exchange_answer(plan, turns, lookup, limit)
    return [] if answer is None else [c.turn_id for c in answer.citations]
