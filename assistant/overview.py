"""What a debate was about: "Summarize the MIRT debate", "Waar ging het commissiedebat over de MIVD
over?", "What were the main points of the EUFOR Althea debate?".

Such a question asks about the whole debate, and retrieval can only find passages: "Waar ging het
commissiedebat over de MIVD over?" was refused as "not in the transcripts" (no passage says what
the debate was about), "Wat was de kern van het debat over de politie?" quoted the minister saying
"zonder te raken aan de kern van de organisatie" (the word "kern"), and "What were the main points
of the EUFOR Althea debate?" five passages about the mission, three of them the ministers'.

Without a language model nothing can be written in other words, so the answer is extractive and
says so: for each speaker of the debate (the chair's procedure left out), in the order they first
spoke, the one sentence of theirs most typical of all they said (`typical_sentences`), cited from
its turn. Who spoke, in which role and for which party comes from the transcript's structure, as
everywhere. Only for a question that names one debate or more by its title
(`assistant.question.find_documents`) and no speaker, party or role: "Summarize what Hunt said"
asks for his passages, which retrieval finds.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.debate_catalog import catalog_answer
from assistant.debate_lists import ListedTurn, listed_answer, named_debates
from assistant.evidence_fit import letter_bounded
from assistant.models import Answer
from assistant.participants import MAX_LISTED
from assistant.plan import DebateQuestion
from ingest.exchanges import is_procedural, speaks_as_member
from ingest.lexical import tokenize
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile, language_profiles
from ingest.sentences import split_sentences

MIN_SENTENCE_WORDS = 8
"""Shorter sentences ("Dank u wel, voorzitter.", "Ik moet dus heel snel praten.", "Klopt dat nu?")
carry no point of a contribution; a speaker with none this long is quoted by their longest."""

MAX_SENTENCE_CHARS = 400
"""Longer sentences (Hansard's lists of measures run to 1,500 characters) would fill the answer;
the typical sentence is picked among those up to this length."""


@lru_cache(maxsize=1)
def _overview_re() -> re.Pattern[str]:
    return letter_bounded([w for p in language_profiles().values() for w in p.debate_cues["overview"]])


def asks_overview(question: str) -> bool:
    """Whether ``question`` asks what a debate was about (the profiles' ``debate_cues.overview``),
    in any profiled language."""
    return bool(_overview_re().search(question))


@dataclass(frozen=True)
class Typical:
    """A speaker's most typical sentence: the turn it is in, its span there, and how many turns
    the speaker spoke (as a member, minister or outside speaker)."""

    turn: Turn
    span: tuple[int, int]
    turns: int


def typical_sentences(transcript: Transcript) -> list[Typical]:
    """For each speaker, in the order they first spoke, the sentence closest to the centroid of all
    their sentences (tf-idf over the debate's sentences, words stemmed in its language): the
    classic centroid pick of extractive summarisation. The idf is the debate's, so what every
    speaker says ("voorzitter", "minister", the debate's own subject) weighs little and what sets
    a speaker's points apart weighs most. The speakers' names are no words of it: a minister
    names the members whose questions he answers in many of his sentences, which says who asked,
    not what about. The chair running the sitting is left out; a chair
    speaking "als woordvoerder" is not."""
    sentences: list[tuple[Turn, int, int]] = []
    counts: Counter[str] = Counter()
    for turn in transcript.turns:
        if not turn.text.strip() or not speaks_as_member(turn):
            continue
        counts[turn.speaker] += 1
        for s in split_sentences(turn.text):
            if s.text.strip() and not is_procedural(s.text):
                sentences.append((turn, s.start, s.end))
    if not sentences:
        return []
    names = {t for row in tokenize(sorted({turn.speaker for turn in transcript.turns}), transcript.language)
             for t in row}
    tokens = [[t for t in row if t not in names]
              for row in tokenize([turn.text[a:b] for turn, a, b in sentences], transcript.language)]
    df = Counter(t for row in tokens for t in set(row))
    idf = {t: math.log(len(sentences) / n) for t, n in df.items()}
    weights = [{t: c * idf[t] for t, c in Counter(row).items()} for row in tokens]
    by_speaker: dict[str, list[int]] = {}
    for i, (turn, _, _) in enumerate(sentences):
        by_speaker.setdefault(turn.speaker, []).append(i)
    out = []
    for speaker, rows in by_speaker.items():
        centroid: Counter[str] = Counter()
        for i in rows:
            centroid.update(weights[i])
        pick = _closest(rows, sentences, tokens, weights, centroid)
        turn, a, b = sentences[pick]
        out.append(Typical(turn, (a, b), counts[speaker]))
    return out


def _closest(rows: Sequence[int], sentences: Sequence[tuple[Turn, int, int]], tokens: Sequence[Sequence[str]],
             weights: Sequence[dict[str, float]], centroid: Counter[str]) -> int:
    """Of ``rows``, the sentence of `MIN_SENTENCE_WORDS` words (half of them no stop words: "Dat
    is iets wat ik ook zo heb gezegd." says nothing) and at most `MAX_SENTENCE_CHARS` characters
    with the highest cosine to ``centroid`` (the first of equals); where none is that long, the
    longest."""
    fit = [i for i in rows if len(tokens[i]) >= MIN_SENTENCE_WORDS // 2
           and len(sentences[i][0].text[sentences[i][1]:sentences[i][2]].split()) >= MIN_SENTENCE_WORDS
           and sentences[i][2] - sentences[i][1] <= MAX_SENTENCE_CHARS]
    if not fit:
        return max(rows, key=lambda i: (min(sentences[i][2] - sentences[i][1], MAX_SENTENCE_CHARS), -i))
    norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0

    def cosine(i: int) -> float:
        row = weights[i]
        length = math.sqrt(sum(v * v for v in row.values())) or 1.0
        return sum(v * centroid[t] for t, v in row.items()) / (length * norm)

    return max(fit, key=lambda i: (round(cosine(i), 9), -i))


_DAY_FRAME = """
what was were is are the a debate debates sitting sittings meeting meetings session held on of about discuss discussed
debated happened summary summarise summarize overview main points topics
waar wat ging gingen het de een debat debatten vergadering vergaderingen overleg zitting gehouden over van op
besproken werd werden samenvatting samenvatten vat kern onderwerp onderwerpen
monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
"""
"""The words of "what was the debate of <day> about?" in every profiled language, beside the day's
own: what is left names a debate otherwise."""


@lru_cache(maxsize=8)
def _day_frame(language: str) -> frozenset[str]:
    months = " ".join(m for p in language_profiles().values() for m in p.months)
    return frozenset(tokenize([f"{_DAY_FRAME} {months}"], language)[0])


def names_only_a_day(question: str, language: str) -> bool:
    """Whether ``question`` names its debate by the day alone ("Waar ging het debat van 3 juli
    over?"), not by anything else ("What was discussed at the procedure meeting of the finance
    committee on 2 July?" names a meeting the index may not hold)."""
    frame = _day_frame(language)
    return all(word.isdigit() or word in frame for word in tokenize([question], language)[0])


def overview_listed(plan: DebateQuestion, load: Callable[[str], Transcript | None],
                    dated: Sequence[str] = ()) -> Answer | None:
    """The answer to a question about what the debates it names were about; None for any other
    question, one that names no debate, or one that names a speaker, party or role (retrieval
    answers those as before). A debate named only by its day ("Waar ging het debat van 3 juli
    over?", refused before) is the one held then (``dated``: the debates within the question's date
    filter); where several were, the answer lists them, each by its title and opening, for the
    reader to ask about one."""
    asked = plan.constraints
    if not asks_overview(plan.standalone) or asked.speakers or asked.parties or asked.roles:
        return None
    say = language_profile(plan.language).messages
    if asked.doc_ids:
        transcripts = named_debates(plan, load)
    elif names_only_a_day(plan.standalone, plan.language):
        transcripts = [t for d in dated if (t := load(d)) is not None]
        if len(transcripts) > 1:  # "the debate" of a day of several: the reader chooses
            return catalog_answer(plan, [{"id": t.id, "date": t.date, "title": t.title} for t in transcripts], load, (),
                                  say.overview_day_head)
    else:
        transcripts = []
    if not transcripts:
        return None
    found = [ListedTurn(t, typical.turn, typical.span, f" ({say.participants_turns.format(count=typical.turns)})")
             for t in transcripts for typical in typical_sentences(t)]
    return listed_answer(plan, transcripts, found, say.overview_head, say.overview_none, MAX_LISTED)
