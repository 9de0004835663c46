"""Which debates discussed a topic: "In welke debatten ging het over stikstof?", "Which debates
mention the energy price guarantee?", "In welke debatten sprak Van Nispen over de wijkagent?".

No one passage answers such a question, so retrieval refused the first ("not in the transcripts",
with three passages that say "stikstof" as the closest), and the catalog (`debate_catalog`) took
the second for "which debates are there?" and listed all eighteen, as if each mentioned the
guarantee. It is answered with every indexed debate whose turns say the topic's words (those of the
speakers, parties or roles the question names, where it names any), those that say them in most
turns first, each cited by the turn that says them most, its quote the sentence that says most of
them.

Why the words and not their meaning (measured on the sample corpus, 6 December 2026): the e5
cosine of each debate's best chunk to "What was said about nitrogen?" was 0.812 and 0.810 in two of
the three debates that say "stikstof", but under 0.796 in the third (Staat van de Economie), below
four debates that never name it (0.796 to 0.804); for "the police" the Politie debate scored 0.832
and four debates about other things 0.810 to 0.822. No threshold
separates a debate about the topic from one that is not. The answerability gate, which is fitted to
tell one answering passage from none (`assistant.answerability`), run on each debate, listed the
Commons sitting for "stikstof" ("I call the SNP spokesperson.") and nine of eighteen debates for
"belastingen". Words are what a reader can check, and the answer says how they were looked for:
stemmed in each debate's own language, and in Dutch also as a part of a compound ("stikstof" in
"stikstofuitstoot", "politie" in "politiedebat"; `COMPOUND_MIN`). A debate in another language than
the question is found only where it uses the same words ("EUFOR", "Lelylijn"), and the answer says
that too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant.answering import debate_place
from assistant.debate_lists import ListedTurn, listed_answer
from assistant.models import Answer
from assistant.plan import DebateQuestion
from assistant.question import TITLE_GLOSSARY
from ingest.chunking import sentence_spans
from ingest.lexical import tokenize
from ingest.models import Transcript, Turn
from ingest.profiles.language import language_profile

COMPOUND_MIN = 5
"""In a language that writes compounds as one word (its profile's ``split_compounds``: Dutch,
"stikstofdepositie", "wijkpolitie"), a topic stem this long or longer is also found as a part of a
word; a shorter one only as a word's own stem."""

COMPOUND_PART_MIN = 3
"""What is left of such a word on either side of the stem is a word part of this many letters or
more: "politie" is a part of "politiedebat" and "wijkpolitie", not of "politiek"."""

_FRAME = """
which what debates debate transcripts transcript sittings sitting meetings meeting were was is are
about on concerning regarding mention mentions mentioned discuss discussed discusses debated talk
talked raised raise did do does list all where said say speak spoke spoken address addressed cover
covered come came up any there topic subject subjects
welke welk wat voor debatten debat transcripten vergaderingen vergadering verslagen ging gingen gaat
gaan over werd werden wordt zijn was waren besproken bespraken gesproken gedebatteerd genoemd noemde
noemden noemt kwam kwamen komt ter sprake orde sprak spraken zei zeiden zegt waarin iets onderwerp
onderwerpen thema alle lijst geef noem toon had hadden heeft hebben deed deden doet gedaan maakte maakten
made make makes
indexed available contain contains stored loaded held you your have has
zitten zit staan staat bevat bevatten opgenomen beschikbaar geïndexeerd ingeladen gehouden jullie
committee committees plenary plenaries commissiedebat commissiedebatten commissievergadering
commissievergaderingen plenair plenaire
"""
"""The words that frame the question ("Which debates mention ...", "In welke debatten ging het
over ...", "Which committee debates ..."), in every profiled language: what is left, the speakers
and parties the filters hold aside, is the topic."""

_WORD = re.compile(r"[^\W_][\w'’-]*")


@lru_cache(maxsize=8)
def _frame_stems(language: str) -> frozenset[str]:
    return frozenset(tokenize([_FRAME], language)[0])


def topic_words(text: str, language: str) -> tuple[str, ...]:
    """The words of ``text`` (the question without the names its filters hold, see
    `assistant.question.search_text`) that name its topic, as written: those left once the words
    that frame a which-debates question, stop words and numbers are set aside."""
    frame = _frame_stems(language)
    words: list[str] = []
    for word in _WORD.findall(text):
        stems = tokenize([word], language)[0]
        if stems and not word.isdigit() and not set(stems) <= frame and word.lower() not in {w.lower() for w in words}:
            words.append(word)
    return tuple(words)


@lru_cache(maxsize=256)
def _turn_tokens(language: str, texts: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Each turn's stems: a debate is tokenised once for all the topic questions asked of it (the
    sample corpus's 2,365 turns take 0.16 to 0.34 s)."""
    return tuple(frozenset(tokens) for tokens in tokenize(list(texts), language))


def _stem_in(stem: str, token: str, compounds: bool) -> bool:
    if stem == token:
        return True
    if not compounds or len(stem) < COMPOUND_MIN or (at := token.find(stem)) < 0:
        return False
    before, after = token[:at], token[at + len(stem):]
    return all(not part or len(part) >= COMPOUND_PART_MIN for part in (before, after))


def _says(stem: str, tokens: frozenset[str], compounds: bool) -> bool:
    return stem in tokens or (compounds and any(_stem_in(stem, token, compounds) for token in tokens))


def says_all(text: str, words: Sequence[str], language: str) -> bool:
    """Whether ``text`` says every one of ``words``, as `topic_turns` reads a turn."""
    stems = set(tokenize([" ".join(words)], language)[0])
    tokens = frozenset(tokenize([text], language)[0])
    compounds = language_profile(language).split_compounds
    return bool(stems) and all(_says(s, tokens, compounds) for s in stems)


@dataclass(frozen=True)
class TopicTurns:
    """The turns of one debate that say every stem of the topic (``turns``, in spoken order), and
    the turn to cite: a member's or minister's before the chair's, then one that says the words as
    the question writes them ("energy price guarantee", not "energy" and "price" apart), then the
    one that says the stems most often."""

    transcript: Transcript
    turns: tuple[Turn, ...]
    cited: Turn
    span: tuple[int, int]


def topic_turns(transcript: Transcript, words: Sequence[str], keep: Callable[[Turn], bool]) -> TopicTurns | None:
    """The `TopicTurns` of ``transcript`` for ``words`` among the turns ``keep`` keeps; None where
    none says them all."""
    stems = set(tokenize([" ".join(words)], transcript.language)[0])
    if not stems:
        return None
    language = transcript.language
    compounds = language_profile(language).split_compounds
    kept = [t for t in transcript.turns if t.text.strip() and keep(t)]
    tokens = _turn_tokens(language, tuple(t.text for t in kept))
    saying = [turn for turn, toks in zip(kept, tokens, strict=True) if all(_says(s, toks, compounds) for s in stems)]
    if not saying:
        return None
    phrase = " ".join(words).lower()
    cited = max(saying, key=lambda turn: (not turn.is_chair, phrase in turn.text.lower(),
                                          _count(turn.text, stems, language, compounds)))
    return TopicTurns(transcript, tuple(saying), cited, _sentence_saying(cited.text, words, stems, language, compounds))


def _count(text: str, stems: set[str], language: str, compounds: bool) -> int:
    """How many of ``text``'s words are one of ``stems``."""
    return sum(1 for token in tokenize([text], language)[0] if any(_stem_in(s, token, compounds) for s in stems))


def _sentence_saying(text: str, words: Sequence[str], stems: set[str], language: str, compounds: bool) -> tuple[int, int]:
    """The first sentence of ``text`` that says ``words`` as the question writes them ("energy price
    guarantee"), else the first that says most of their ``stems``."""
    spans = sentence_spans(text, language, paragraphs=True) or [(0, len(text))]
    said = tokenize([text[a:b] for a, b in spans], language)
    phrase = " ".join(words).lower()
    best = max(range(len(spans)), key=lambda i: (phrase in text[spans[i][0]:spans[i][1]].lower(),
                                                 sum(_says(s, frozenset(said[i]), compounds) for s in stems), -i))
    start, end = spans[best]
    sentence = text[start:end]
    return start + len(sentence) - len(sentence.lstrip()), end - len(sentence) + len(sentence.rstrip())


_SINGULAR = re.compile(r"\b(?:in\s+(?:which|what)\s+debate|in\s+welke?\s+(?:debat|vergadering))\b(?!\w)", re.IGNORECASE)
""""In which debate did X say Y?" asks for the one debate where a passage was said: retrieval
finds the passage, and its citation names the debate."""


def asks_one_debate(question: str) -> bool:
    return bool(_SINGULAR.search(question))


def debates_about(plan: DebateQuestion, words: Sequence[str], documents: Sequence[Mapping[str, Any]],
                  load: Callable[[str], Transcript | None], keep: Callable[[Turn], bool] | None = None,
                  own: Mapping[str, str] | None = None) -> Answer:
    """The answer to "which debates discussed <``words``>?" over the catalog's ``documents`` (the
    index's rows with ``id``), the debates of the question's filter (debate, dates) only, each
    listed with the turns that say the words: those ``keep`` keeps, where the question names
    speakers (and the answer says so), else all. ``own`` are the glosses the question gives in
    brackets (`own_glosses`)."""
    say = language_profile(plan.language).messages
    constraints = plan.constraints
    found: list[TopicTurns] = []
    languages: set[str] = set()
    glossed: dict[str, str] = {}  # the question's words -> those looked for in another language
    for row in documents:
        transcript = load(str(row["id"]))
        if transcript is None or not constraints.allows_debate(transcript.id, transcript.date):
            continue
        languages.add(transcript.language)
        asked = looked_for(words, plan.language, transcript.language, own)
        if (turns := topic_turns(transcript, asked, keep or (lambda _: True))) is not None:
            found.append(turns)
        if asked != tuple(words):
            glossed[" ".join(words)] = " ".join(asked)
    found.sort(key=lambda f: (-len(f.turns), f.transcript.date or "", f.transcript.title))
    listed = [ListedTurn(f.transcript, f.cited, f.span,
                         f" {say.debate_in.format(where=debate_place(f.transcript.title, f.transcript.date, plan.language))}"
                         f" ({say.topic_turns.format(count=len(f.turns))})") for f in found]
    quoted = ", ".join(f"“{w}”" for w in words)
    caveat = say.topic_as_written if languages - {plan.language} else None
    if glossed:
        caveat = say.topic_glossed.format(words="; ".join(f"“{a}” → “{b}”" for a, b in glossed.items()))
    head = (say.topic_debates_head if keep is None else say.topic_debates_head_speaker).format(
        count=len(listed), words=quoted)
    none = (say.topic_debates_none if keep is None else say.topic_debates_none_speaker).format(words=quoted)
    return with_caveat(listed_answer(plan, [], listed, literal(head), literal(none), len(listed)), caveat)


def looked_for(words: Sequence[str], question_language: str, debate_language: str,
               own: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The words to look for in a debate of ``debate_language``: ``words`` as the question writes
    them, or, in a debate of another language, their gloss: the question's own (``own``, see
    `own_glosses`: "nitrogen (stikstof)"), else the parliament profiles' title glossary's
    (`assistant.question.TITLE_GLOSSARY`: "police" is "politie" in a Dutch debate, "belastingen" is
    "tax" in the Commons), the whole phrase first ("human trafficking")."""
    if debate_language == question_language:
        return tuple(words)
    lowered = [w.lower() for w in words]
    for phrase, gloss in (own or {}).items():
        said = phrase.split()
        if said and all(w in lowered for w in said):
            rest = [w for w in words if w.lower() not in said]
            return (*gloss.split(), *looked_for(rest, question_language, debate_language))
    phrase = " ".join(words).lower()
    if phrase in TITLE_GLOSSARY:
        return (TITLE_GLOSSARY[phrase],)
    return tuple(TITLE_GLOSSARY.get(w.lower(), w) for w in words)


_BRACKETED = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)\s*\(([^()]{2,40})\)")
"""Words and what the question gives for them in brackets: "nitrogen (stikstof)", "the teachers'
register (lerarenregister)"."""


def own_glosses(text: str, language: str) -> tuple[str, dict[str, str]]:
    """``text`` without the glosses it gives in brackets, and those glosses, by the topic words they
    follow: "Which debates talked about nitrogen (stikstof)?" is about "nitrogen", which in a Dutch
    debate is "stikstof" (`dev-structure-30`, written blind: both words were looked for in one turn,
    and no debate says both)."""
    glosses: dict[str, str] = {}

    def drop(match: re.Match[str]) -> str:
        if said := topic_words(match.group(1), language):
            glosses[" ".join(said[-3:]).lower()] = match.group(2).strip()
        return match.group(1)

    return _BRACKETED.sub(drop, text), glosses


def with_caveat(answer: Answer, caveat: str | None) -> Answer:
    """``answer`` with ``caveat`` (how its words were looked for): the notice of a list, the end of
    a "not in the transcripts" (which has no notice shown beside citations)."""
    if caveat is None:
        return answer
    if answer.answerable:
        return dataclasses.replace(answer, notice=caveat)
    return dataclasses.replace(answer, answer=f"{answer.answer} {caveat}")


def literal(message: str) -> str:
    """``message`` as a format string that formats to itself (`listed_answer` formats it again)."""
    return message.replace("{", "{{").replace("}", "}}")
