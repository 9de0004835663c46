"""The answers that say "not in the transcripts", and why (issue 9).

Retrieval always finds something; these are the answers given when what it found does not answer:
the evidence is too weak (`not_found`), a cited turn contradicts the question's premise
(`premise_contradicted`), another speaker in the debate says what the question attributes to
the one it names (`outmatched_reason`) or names what it asks about (`unnamed_reason`), none of the debates was held in the month the
question names (`other_month_reason`), none of the cited turns states the figure a "why"
question takes as given (`unstated_premise_reason`), or none of the debates records the promise a
why/when question takes as made (`unrecorded_promise_reason`). Each says what was looked at: the closest passages, or the
turn that contradicts the premise, so the user can check the refusal as they check an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from assistant.abstention import Evidence, content_terms
from assistant.answering import cite_retrieved, not_found_text
from assistant.commitment_answers import asks_for_commitments
from assistant.commitment_listing import CommitmentsOf
from assistant.constraints import day_of
from assistant.evidence_fit import Cited, unmatched_month
from assistant.models import Answer, Citation
from assistant.motion_answers import MOTION_WORD
from assistant.plan import Plan
from assistant.premises import contradicted_date, premise_contradiction, presumes, unstated_premise
from assistant.question import search_text
from assistant.retrieval import RetrievedTurn, citable_turns
from assistant.speaker_directory import SpeakerDirectory, mention
from assistant.speaker_fit import outmatched_speaker, speaker_closeness
from assistant.structure.asked_deadlines import unkept_deadline
from assistant.structure.deadlines import find_deadline, parse_debate_date
from ingest.exchanges import with_exchanges
from ingest.lexical import ChunkTable, chunk_language
from ingest.models import Transcript, Turn
from ingest.profiles.language import PremiseCue, language_profile, language_profiles
from ingest.profiles.parliament import merged_parliaments, parliament_profiles

TurnOf = Callable[[str, str], Turn | None]
"""The parsed turn for ``(doc_id, turn_id)``, or None when the debate is gone."""


def not_found(plan: Plan, turns: Sequence[RetrievedTurn], evidence: Evidence, directory: SpeakerDirectory,
              turn_of: TurnOf, reason: str = "") -> Answer:
    """"Not in the transcripts", with ``reason`` (or the most specific one the plan and evidence
    give: a person or office nobody in the transcripts is, someone absent from the debate asked
    about, a distinctive word no transcript has) and the three closest passages."""
    say = language_profile(plan.language).messages
    detail = reason
    if evidence.absent_words and not plan.unknown and not reason:
        detail = say.missing_terms.format(words=", ".join(f"“{t}”" for t in evidence.absent_words))
    c = plan.constraints
    if not turns and c.speakers and c.doc_ids:
        who = " / ".join(directory.speakers[k].name for k in c.speakers if k in directory.speakers)
        if plan.office is not None:  # the user asked for an office, not for these people
            who = say.office_subject.format(office=plan.office.phrase)
        where = ", ".join(f"“{directory.documents[d]['title']}”" for d in c.doc_ids if d in directory.documents)
        detail = say.absent_from_debate.format(who=who, where=where)
    if plan.office is not None and not plan.office.held:
        detail = say.office_absent.format(office=plan.office.phrase)
    if plan.unknown:
        detail = say.speaker_absent.format(name=plan.unknown)
    if plan.unheld is not None:
        detail = plan.unheld
    closest: list[Citation] = []
    for r in turns[:3]:
        if (turn := turn_of(r.doc_id, r.turn_id)) is not None:
            start = r.chunks[0].metadata.start
            closest.append(cite_retrieved(len(closest) + 1, turn, r, (start, start + len(r.chunks[0].text))))
    return Answer(question=plan.question, answer=not_found_text(plan.language, detail, bool(closest)), answerable=False,
                  language=plan.language, closest=tuple(closest), notice=plan.notice,
                  standalone_question=plan.rewritten)


def premise_contradicted(plan: Plan, turns: Sequence[RetrievedTurn], top_k: int, turn_of: TurnOf) -> Answer | None:
    """"The transcripts do not say that; what was said is ...", quoting the first turn the answer
    would cite that contradicts the question's premise (`premise_contradiction`), shown first
    among the closest passages; None when no such turn is cited (or nothing is presumed)."""
    if not presumes(plan.standalone):
        return None
    for retrieved in citable_turns(list(turns), top_k, plan.constraints):
        turn = turn_of(retrieved.doc_id, retrieved.turn_id)
        # the debate's name, as the question writes it ("in het commissiedebat nationale
        # fiscaliteit"), says where, not what is presumed: no word a denial must repeat
        names = (*plan.names, retrieved.metadata.doc_title) if retrieved.metadata.doc_title else plan.names
        found = None if turn is None else premise_contradiction(
            plan.standalone, turn.text, chunk_language(retrieved.metadata), plan.language, names)
        if turn is not None and found is not None:
            said = cite_retrieved(1, turn, retrieved, found.said)
            text = language_profile(plan.language).messages.premise_contradicted.format(
                quote=said.quote.strip(), speaker=turn.speaker)
            return Answer(question=plan.question, answer=text, answerable=False, language=plan.language,
                          closest=(said,), notice=plan.notice, standalone_question=plan.rewritten)
    return None


def outmatched_reason(plan: Plan, doc_id: str, language: str, directory: SpeakerDirectory, table: ChunkTable,
                      query_vector: Callable[[str], Any]) -> str | None:
    """Why a question about what one named speaker said is not answered from their turns in
    debate ``doc_id`` (in ``language``): another speaker there says what the question asks
    (`outmatched_speaker`), as a sentence; None when the named speaker is the closest."""
    keys = plan.constraints.speakers
    named = directory.speakers.get(keys[0]) if len(keys) == 1 else None
    if named is None or named.name not in plan.names or table.vectors is None:
        return None
    query = search_text(plan.standalone, plan.constraints, directory)
    terms = frozenset(content_terms(query, plan.names, language))
    other = outmatched_speaker(speaker_closeness(table, query_vector(query), doc_id, named.key, terms))
    if other is None:
        return None
    who = directory.speakers[other].name if other in directory.speakers else other
    return language_profile(plan.language).messages.speaker_outmatched.format(other=who, name=named.name)


_JOINING = "|".join(map(re.escape, sorted(merged_parliaments().name_particles | {"of", "the"})))
_NAME_PHRASE = re.compile(rf"(?<![.!?]\s)(?<!^)(?<![\w'’-])([A-Z][\w'’-]{{3,}}(?:\s+(?:(?:{_JOINING})\s+)?[A-Z][\w'’-]+)*)")
"""A name as a question writes it: capitalised words, with the profiles' name particles (or "of",
"the") between them ("Akkoord van Wassenaar", "Maastricht Treaty"); not a question's first word."""


_PORTFOLIOS = re.compile(r"\b(?:" + "|".join(merged_parliaments().portfolios.values()) + r")\b", re.IGNORECASE)
"""A ministry as a question names it ("de minister van Financiën", "the Foreign Affairs minister"):
an office, not a thing its holder speaks of."""


def _known_words(directory: SpeakerDirectory) -> frozenset[str]:
    """Capitalised words that name no thing a speaker may or may not mention: people's names, parties,
    the offices people hold ("Defensie" in "minister van Defensie"), chambers and meeting kinds
    ("Eerste Kamer", "WGO"), months and question words."""
    texts = [s.name for s in directory.speakers.values()] + [f for s in directory.speakers.values() for f in s.functions]
    texts += [*directory.parties.values(), *directory.parties]
    texts += [w for p in parliament_profiles() for w in (*p.chambers, *p.meeting_abbreviations)]
    texts += [w for p in language_profiles().values() for w in (*p.months, *p.question_words)]
    texts += ["debat", "debate", "motie", "motion", "toezegging"]  # what a name is joined to: "MIRT-debat", "motie-De Hoop"
    return frozenset(w.casefold() for text in texts for w in re.findall(r"[\w'’-]+", text))


def _question_names(plan: Plan, transcript: Transcript, directory: SpeakerDirectory,
                    ) -> list[tuple[str, list[str], list[re.Pattern[str]]]]:
    """The names ``plan``'s question writes (`_NAME_PHRASE`, ministries left out): each phrase, its
    words that are no one's name, party or office and no word of ``transcript``'s title or agenda,
    and those words as patterns that find them as names (whole, capitalised). Phrases with no such
    word are left out. An agenda item names where, as a title does: "Plenaire vergadering 3 juli
    2025, tweeminutendebat Jaarverslag BZK: Bikkers (VVD) vroeg ..." was refused as "Bikkers noemt
    “Jaarverslag” in dat debat niet; Vermeer wel" (`dev-structure-26`, written blind): the sitting's
    agenda holds "Jaarverslag Binnenlandse Zaken en Koninkrijksrelaties 2024"."""
    known = _known_words(directory) | {w.casefold() for w in re.findall(r"[\w'’-]+", " ".join(
        [transcript.title, *transcript.agenda]))}
    names = []
    for phrase in dict.fromkeys(_NAME_PHRASE.findall(_PORTFOLIOS.sub(" ", plan.standalone))):
        words = [w for w in re.findall(r"[A-Z][\w'’-]{3,}", phrase)  # "Pouw-Verweij", "MIRT-debat"
                 if w.casefold() not in known and not all(part.casefold() in known for part in w.split("-"))]
        if words:
            names.append((phrase, words, [re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])") for w in words]))
    return names


def name_unsaid(plan: Plan, transcript: Transcript, directory: SpeakerDirectory) -> str | None:
    """The first name ``plan``'s question writes (`_question_names`) that nobody in ``transcript``
    says, for a question in the debate's own language (across languages a name is often
    translated: "Switzerland", "Zwitserland"); None where every name is said or the languages differ.
    A debate that never names what the question names cannot hold its answer: "Wanneer stuurt de
    staatssecretaris het toegezegde vervolgonderzoek naar innovatiekredieten in Zwitserland en
    Singapore naar de Kamer?" was answered with his promise in "Nationale fiscaliteit", where
    nobody names either country, to come back on another subject (`dev-structure-12`). A hyphenated
    word ("RBZ-debat", "CPB-deadline") does not count: its parts are abbreviations of a title or
    joined to a common noun, which the debate writes otherwise.

    Used for commitment answers only. Checked on extractive answers too (the lead citation's
    debate; 930 development questions, 5 December 2026): no unanswerable question more refused,
    two answerable ones that cited their gold turn refused (a name the question writes otherwise
    than the debate: "Zweeds bendegeweld" where the debate says "Zweden", "Welke Engelse leus"):
    not adopted. Nor phrases in small letters (5 December 2026, 1,050 development questions): two or
    three words of the question that another debate of the answer's language writes and the
    answer's debate does not ("digital services tax" placed in the economy debate) flag 39
    answered questions, 38 of them answerable."""
    if plan.language != transcript.language:
        return None
    names = [(phrase, plain) for phrase, words, said in _question_names(plan, transcript, directory)
             if (plain := [p for w, p in zip(words, said, strict=True) if "-" not in w])]
    if not names:  # most questions: the debate's text is not gathered
        return None
    text = "\n".join(t.text for t in transcript.turns)
    return next((phrase for phrase, plain in names if not any(p.search(text) for p in plain)), None)


def unnamed_reason(plan: Plan, transcript: Transcript, directory: SpeakerDirectory,
                   cited: Sequence[str] = ()) -> str | None:
    """Why a question about what one named speaker said about a named thing is not answered from
    their turns in ``transcript``: the thing is named there, but only by other speakers ("Wat zei
    Mark Rutte bij de herdenking van Wim Kok ... over het Akkoord van Wassenaar?": only the Senate's
    president names it). A name reads alike in every language, so this holds across languages too
    ("What did Rutte say about Kok's role in the Maastricht Treaty?"). Names are the question's capitalised words that are no one's
    name, party or office and no word of the debate's title, matched whole and capitalised. What the
    speaker was asked in an exchange they replied in counts as theirs: the minister answering
    Thiadens on "het plan voor Zuyderland" speaks of "het plan van aanpak" (without that, two
    answers that cited their gold turn were refused). Development set (850, 5 December 2026): the
    two Wassenaar questions (written blind by two helpers, in earlier rounds) are refused, no answer
    otherwise changes; golden identical.

    ``cited``: the texts of the turns a structure answer (a commitment, an exchange) cites, which count
    as the speaker's too: the request a promise answers or the chair's item that says what it is
    about names the thing where the promise does not. Checked on structure answers too (development,
    890 questions: two more near misses refused, "What did state secretary Aartsen promise Grinwis
    about the temporary cycle bridges on the Afsluitdijk?" and a promise about the cable fires near
    Schiphol that was not made in the MIVD debate; none lost once the speaker's own hyphenated name
    and the ministry the question names ("de minister van Financiën") stopped counting as names).

    Rare words in place of names were measured and left out (5 December 2026, 1,010 development
    questions): "Wat zei NSC-Kamerlid Kahraman in het EUFOR Althea-debat over scherfvesten ...?"
    asks about a word only others say there. A content word of six letters or more that at most
    three turns of the debate hold, none of them the named speaker's, flags 42 questions, every
    one answerable (20 of them passing every check): the user's words for a speaker's point are
    often another speaker's."""
    keys = plan.constraints.speakers
    named = directory.speakers.get(keys[0]) if len(keys) == 1 else None
    if named is None or named.name not in plan.names:
        return None
    transcript = with_exchanges(transcript)
    # what they were asked counts as theirs: a reply answers about what the challenge names
    answered = {t.exchange_id for t in transcript.turns if t.speaker == named.name and t.exchange_role == "reply"}
    own = " ".join([*(t.text for t in transcript.turns if t.speaker == named.name or (
        t.exchange_id in answered and t.exchange_role == "challenge")), *cited])
    others = [t for t in transcript.turns if t.speaker != named.name]
    for phrase, words, said in _question_names(plan, transcript, directory):
        # a word the speaker writes in small letters is theirs too: the question capitalised the
        # name of a debate ("het tweeminutendebat Passend onderwijs") the member calls "passend onderwijs"
        if any(re.search(p.pattern, own, re.IGNORECASE) for p in said):
            continue
        other = next((t for t in others if any(p.search(t.text) for p in said)), None)
        if other is not None:
            word = phrase if phrase in other.text else next(w for w, p in zip(words, said, strict=True) if p.search(other.text))
            return language_profile(plan.language).messages.speaker_unnamed.format(name=named.name, word=word,
                                                                                     other=other.speaker)
    return None


def other_month_reason(plan: Plan, answer: Answer) -> str | None:
    """Why a structure answer (a commitment, an exchange) is not given: none of the debates it
    cites was held in the month the question names (`unmatched_month`). The figure check does
    not apply to it: its quotes are the structure's, not chosen for the question."""
    as_of = None if plan.as_of is None else day_of(plan.as_of).isoformat()[:7]
    month = unmatched_month(plan.standalone, [Cited(c.quote, c.text, c.date, plan.language, c.doc_id)
                                              for c in answer.citations], as_of)
    return None if month is None else month_reason(plan.language, month)


def unstated_premise_reason(plan: Plan, citations: Sequence[Citation]) -> str | None:
    """Why an answer is not given: the question presumes a figure ("why was the limit raised to
    40?") that no turn it would cite from its lead debate states (`unstated_premise`), as a
    sentence; None when one does, or the question presumes none. Read on whole turns, so it
    applies alike to extractive answers and to the structure's (commitments, exchanges). A date
    the question presumes counts where the turns give another day of its month
    (`contradicted_date`)."""
    if not citations:
        return None
    lead = citations[0].doc_id
    texts = [c.text for c in citations if c.doc_id == lead]
    own_days = {(day.day, day.month - 1) for c in citations if (day := parse_debate_date(c.date)) is not None}
    figure = unstated_premise(plan.standalone, texts) or contradicted_date(plan.standalone, texts, own_days)
    return None if figure is None else language_profile(plan.language).messages.figure_unstated.format(figure=figure)


def deadline_premise_reason(plan: Plan, citations: Sequence[Citation], first_language: str) -> str | None:
    """Why an extractive answer is not given: a why or when question presumes a deadline
    (`asked_deadline`: "Why does the economy minister want to get his letter on the ondernemerspact
    to the Kamer before the summer?") that the time its first quote gives does not keep ("Ik wil de
    Kamer daar vlak na de zomer over informeren", `dev-structure-24`, written blind), as a sentence;
    None otherwise. Only a Dutch quote: the grammar dates the Tweede Kamer's year, and a Commons
    recess is not its recess. The commitment answers check their promise's recorded deadline
    themselves (`assistant.commitment_answers`). Development (1,410 questions): that question
    refused, no other answer changed. ``first_language`` is the language of the first citation's
    debate."""
    if not citations or first_language != "nl" or not presumes(plan.standalone):
        return None
    first = citations[0]
    day = parse_debate_date(first.date)
    said = find_deadline(first.quote, day)
    asked = unkept_deadline(plan.standalone, day, True, said)
    if asked is None or said is None:
        return None
    return language_profile(plan.language).messages.deadline_said.format(
        speaker=first.speaker, deadline=said.text, date=said.iso, asked=asked.text)


@lru_cache(maxsize=2)
def _premise_words_re(cues: tuple[PremiseCue, ...]) -> re.Pattern[str]:
    """The premise words of ``cues`` (``denied``, ``refused``) in every profiled language."""
    words = dict.fromkeys(w for p in language_profiles().values() for cue in cues for w in p.premise[cue])
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


def presumes_promise(question: str) -> bool:
    """Whether ``question`` takes a promise as made: a why or when question that asks for a
    commitment (`assistant.commitment_answers.asks_for_commitments`: "Why did the minister
    agree to ...", "Waarom zegde de staatssecretaris toe ..."), in any profiled language, and
    that denies and refuses nothing itself ("Why did the minister not promise ...", "why did she
    refuse to commit ...": there no promise is what it presumes).

    Such a question is answered from the debate's commitments (`answer_from_commitments`, which
    the assistant tries first); when none of the debates found records a promise that matches
    it, its premise is the question's own, and the service refuses it (`unrecorded_promise_reason`) instead of quoting the turns on the topic as if they gave the reason.
    An English question about a Dutch debate meets the denial in Dutch ("ik heb een zekere
    aarzeling om toe te zeggen ...", "het is niet zo dat ik op voorhand kan zeggen ..."), which
    no rule across languages reads (`denied_premise` is lexical); the commitments are structure,
    read alike in every language.

    Measured on the 482 development questions (December 2026, /tmp/idx-c): 17 presume a promise;
    15 are answered from a commitment; the two with no commitment matching are both false
    premises ("Why did minister Blok agree to merge the asylum and trafficking residence schemes
    into one?", "Why did the state secretary agree to set up a national expertise centre ...?",
    English questions about Dutch debates, answered before) and both are refused; no answerable
    question changes. Counting "announced he will ..." as asking for a commitment too changes one
    dev question (and no golden one): a false premise ("Why did the state secretary announce he
    will send a bill ...?"), which the commitment answer then answers with the letter the state
    secretary did promise instead of refusing it. Not adopted."""
    return presumes(question) and asks_for_commitments(question) and not _premise_words_re(
        ("denied", "refused", "unpromised")).search(question)


def presumes_unmade_promise(question: str) -> bool:
    """Whether ``question`` takes a promise as not made ("Why couldn't state secretary Aartsen
    promise Grinwis the updated 35 billion overview before the CPB's 23 July deadline?", "Waarom kon
    de minister niet toezeggen ...?"): the profiles' ``unpromised`` cues. Such a question names a
    promise, so the commitment answer found one and answered with it; where the member was promised,
    `refusal_contradicted` says so first (`dev-structure-27`, written blind: he promised it "een
    week voor de 23ste"). Development (1,530 questions): that question refused, no other changed."""
    return bool(_premise_words_re(("unpromised",)).search(question))


def refusal_contradicted(plan: Plan, turns: Sequence[RetrievedTurn], transcript_of: Callable[[str], Transcript | None],
                         commitments_of: CommitmentsOf,
                         closeness: Callable[[str, int], float | None] | None = None) -> Answer | None:
    """"The transcripts do not say that. What was said is: “…”" for a why question that presumes a
    refusal of what a member asked ("Why did the minister reject Olger van Dijk's request to ...?",
    "Why did minister Karremans refuse Sneller's request ...?") when the debate of the best turn
    records a commitment (`assistant.structure`, the finder's: the cabinet member's own words) by
    a speaker of the retrieved turns, made to that very member: the member asked and was promised,
    so the refusal is the question's own. The commitment is quoted, so the user sees what was
    said: of several such promises, the one whose passage is closest in meaning to the question
    (``closeness``: the cosine of the indexed chunk that holds a turn's offset, as
    `Assistant._chunk_closeness` gives it; first in the debate without it). None for any other
    question, and for a question about a motion (its appreciation is
    `assistant.motion_answers`'; a minister may advise against a member's motion and promise the
    same member a letter).

    Structure reads alike in every language, so this holds for an English question about a Dutch
    debate, whose Dutch acceptance ("Dat kan ik toezeggen", "Laten we afspreken dat ...") no
    denial rule across languages reads (`assistant.premises.denied_premise` is lexical).

    Measured on the 482 development questions (December 2026, /tmp/idx-c): 25 hold a refusing
    verb, 14 of them about a motion; of the 11 others, a commitment was made to a member the
    question names in two, both false premises answered before (English questions about Dutch
    debates); no answerable question changes. Reading every promise in the cited turns instead,
    whoever it was made to, also caught an answerable question whose turn holds an unrelated
    promise; matching promises by shared words, as commitment answers do, caught four answerable
    ones (most of them about motions)."""
    question = plan.standalone
    if not turns or not presumes(question) or not _premise_words_re(("refused", "unpromised")).search(question) or (
            MOTION_WORD.search(question)):
        return None
    transcript = transcript_of(turns[0].doc_id)
    if transcript is None:
        return None
    speakers = {t.metadata.speaker for t in turns if t.metadata.speaker}
    promised = [c for c in commitments_of(transcript)
                if c.source == "finder" and c.speaker in speakers and mention(question, c.to) >= 0]
    if not promised:
        return None
    if closeness is not None:
        promised.sort(key=lambda c: -(closeness(c.turn_id, c.start) or 0.0))  # stable: the first of equals
    c = promised[0]
    turn = transcript.turn(c.turn_id)
    if turn is None:
        return None
    said = Citation.of_turn(1, turn, (c.start, c.end), doc_id=transcript.id, doc_title=transcript.title,
                            date=transcript.date, score=0.0)
    text = language_profile(plan.language).messages.premise_contradicted.format(quote=said.quote.strip(),
                                                                                speaker=turn.speaker)
    return Answer(question=plan.question, answer=text, answerable=False, language=plan.language,
                  closest=(said,), notice=plan.notice, standalone_question=plan.rewritten)


def unrecorded_promise_reason(plan: Plan) -> str | None:
    """Why an extractive answer is not given to a question that takes a promise as made
    (`presumes_promise`): the commitment answer, tried first, found no promise in the debates
    retrieval settled on that matches it. None for any other question. Called only where no
    commitment answered, so it needs nothing but the question.

    Not for "what did X promise about Y" questions, which take a promise as made too: refusing
    those where no commitment matched (930 development questions, 5 December 2026) refused four
    more unanswerable ones, but eight answerable ones that cited a gold turn as well (two passing
    every check): where the finder missed a promise (`eval/commitments/README.md`: recall 0.63 on
    the test split), the turns retrieval finds still hold it."""
    if not presumes_promise(plan.standalone):
        return None
    return language_profile(plan.language).messages.promise_unrecorded


def month_reason(language: str, month: str) -> str:
    """"None of the passages found is from Mar 2021." for ``month`` ``YYYY-MM``, in ``language``."""
    profile = language_profile(language)
    return profile.messages.month_unmatched.format(month=f"{profile.months[int(month[5:7]) - 1]} {month[:4]}")
