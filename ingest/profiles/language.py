"""Language profiles: everything the code knows about a language, read from
``ingest/profiles/languages/<code>.toml``, so that a third language is a data file, not a branch.

A document's language (`ingest.models.Transcript.language`: TEI ``xml:lang``, Dutch for VLOS and
the verslag) decides how its text is searched and quoted: the Snowball stemmer BM25 uses for its
chunks, the abbreviations after which a period does not end a sentence. A question's language
decides only how the answer is worded (`Messages`).

A language without a profile is handled as `DEFAULT_LANGUAGE` (English): an answer must be worded
in some language, and an English stemmer does less harm to an unknown Latin-script text than
none. A profile file that is malformed is never skipped: loading it raises `ProfileError` naming
the file and the key.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Literal

from ingest.errors import ProfileError
from ingest.profiles.fields import Fields, read_toml

LANGUAGES_DIR = Path(__file__).resolve().parent / "languages"
DEFAULT_LANGUAGE = "en"
"""The profile used for a language that has none (a question in French, a TEI file in German)."""


@dataclass(frozen=True)
class Messages:
    """The sentences a user reads, as ``str.format`` templates (placeholders in braces)."""

    date: str
    """``{day} {month} {year}``, month from `LanguageProfile.months`."""
    said_in: str
    """``{speaker} said in “{title}”``: the line that opens each speaker's quotes."""
    chair: str
    """``the chair, {name}``: how a chair speaking as chair is named."""
    in_reply_to: str
    """`` (in reply to {name})`` after a short quote that answers someone."""
    not_found: str
    """The "not in the transcripts" reply; ``{detail}`` is an optional sentence, space first."""
    not_found_closest: str
    """The sentence after it that points to the closest passages shown below it; left out where an
    answer shows none (a debate with no motions of its own, nobody interrupting the one asked about)."""
    missing_terms: str
    absent_from_debate: str
    office_subject: str
    office_absent: str
    speaker_absent: str
    answered: str
    probably_answered: str
    sources: str
    not_found_head: str
    closest: str
    premise_contradicted: str
    """``The transcripts do not say that. What was said is: “{quote}” ({speaker})``: a question
    whose premise the best turn contradicts (`assistant.premises.contradicted_premise`)."""
    exchange_head: str
    """``{challenger} interrupted {challenged} in {where}:`` heads an exchange answer."""
    exchange_head_alone: str
    exchange_head_question: str
    """``{challenger} put a question to {challenged} in {where}:`` heads an exchange answer in a
    parliament whose members put questions to the floor rather than interrupt it
    (`ingest.profiles.parliament.ParliamentProfile.challenges_are_questions`)."""
    exchange_head_question_alone: str
    exchange_unmet: str
    """``{challenger} does not interrupt {challenged} in the transcripts.``: the detail of the "not in
    the transcripts" answer to an exchange question that presumes an exchange the debates where
    both speak do not hold (`assistant.exchange_choice.unmet_sides`)."""
    never_raised: str
    """``{speaker} never raises {words} in that debate.``: a question says a member asked about
    something their turns and exchanges never name (`assistant.exchange_choice.unmet_subject`)."""
    exchange_off_subject: str
    """``{challenger} does interrupt {challenged}, but never about {words}.``: the two exchanged
    words, but none of their exchanges names what the question does (`assistant.exchange_choice.unmet_subject`)."""
    exchange_closer: str
    """``{challenger} does interrupt {challenged} in the transcripts, but not on this: the closest
    interruption to the question is {closer}'s.``: another member's challenge is closer in meaning to
    what the question describes (`assistant.exchange_choice.closer_challenge`)."""
    exchange_replied: str
    exchange_asked: str
    exchange_reaction_head: str
    """``{member} reacted to {cabinet} in {where}:`` heads the answer to how a member reacted to the
    cabinet's words (`assistant.exchange_choice.reacts_to_cabinet`)."""
    exchange_said: str
    motion_numbered: str
    motion_unnumbered: str
    motion_no_view: str
    motion_view_missing: str
    """``The cabinet gave no view of {motion} in this transcript: ...``: the detail of the "not in
    the transcripts" answer to a question asking the view of a motion the cabinet only announced
    (`assistant.motion_answers.only_announced`)."""
    interruptions_head: str
    """``{count} interruptions in {where}, in spoken order (...):`` heads the list of who
    interrupted whom (`assistant.exchange_listing`)."""
    questions_head: str
    """``{count} questions put in {where}, in spoken order (...):`` heads the same list in a
    parliament whose members question the floor rather than interrupt it
    (`ingest.profiles.parliament.ParliamentProfile.challenges_are_questions`)."""
    interruptions_most_head: str
    """``Who interrupted in {where} ({count} members), who interrupted most first ...:`` heads the
    ranked list ("Wie interrumpeerde het vaakst?")."""
    interruptions_times: str
    """``interruptions: {count}``: how often a ranked challenger interrupted."""
    interruptions_none: str
    """``In {where} nobody interrupts the speaker the question asks about.``: the detail of the "not
    in the transcripts" answer to a who-interrupted question whose debate holds no such exchange."""
    interruptions_by_head: str
    """``{challenger} interrupted {count} times in {where}, ...:`` heads the list of a member's own
    interruptions ("How often did Kouwenhoven interrupt?")."""
    interruptions_by_none: str
    """``In {where} {challenger} interrupts nobody the question asks about.``"""
    participants_head: str
    """``Who speaks in {where} ({count} in all), in the order they first spoke ...:`` heads the list
    of who took part (`assistant.participants`)."""
    participants_no_chair_head: str
    """The same, where the chair's running of the sitting is not counted ("Hoeveel sprekers had het
    debat?", "... de voorzitter niet meegerekend"), which the line says."""
    participants_most_head: str
    """The same list ranked by turns, for "who spoke most often?" (the chair's running of the
    sitting not counted)."""
    participants_longest_head: str
    """The same list ranked by words, for "who spoke longest?"."""
    participants_words: str
    """``words: {count}``: how much a listed speaker said."""
    participants_turns: str
    """``turns: {count}``: how often a listed speaker spoke."""
    participants_none: str
    """``In {where} nobody speaks whom the question asks about.``: the detail of the "not in the
    transcripts" answer to a who-took-part question whose debate has no such speaker."""
    debates_head: str
    """``{count} indexed debates, oldest first, ...``: the first line of the answer to "which debates
    are there (where X speaks)?" (`assistant.debate_catalog`)."""
    debate_in: str
    """``in {where}``: after the speaker's name on a line of that list, the debate it is from."""
    debates_none: str
    """``No indexed debate has a speaker the question asks about.``: the detail of the "not in the
    transcripts" answer to that question when none has."""
    topic_debates_head: str
    """``Indexed debates that say {words}: {count}, ...``: the first line of the answer to "which debates
    discussed X?" (`assistant.topic_debates`)."""
    topic_debates_head_speaker: str
    """The same, where the question names speakers, parties or roles: the debates where they say it."""
    topic_debates_none: str
    """``No indexed debate says {words}.``: the detail of its "not in the transcripts" answer."""
    topic_debates_none_speaker: str
    topic_turns: str
    """``turns that say it: {count}``: after a debate on a line of that list."""
    topic_as_written: str
    """After either, where the index holds debates in another language than the question: the words
    were looked for as written."""
    topic_glossed: str
    """In place of ``topic_as_written`` where a word was glossed for a debate of another language
    (``{words}``: “police” → “politie”)."""
    debate_held_head: str
    """``The debate asked about is {where}: ...``: the first line of the answer to "when was the X
    debate held?"."""
    questions_asked_head: str
    """``Questions asked by the speakers asked about{about} in {where}: {count}, ...``: the first line
    of the answer to "which questions did X ask?" (`assistant.member_questions`)."""
    questions_asked_none: str
    """``In {where} the speakers asked about ask no question{about}.``"""
    requests_asked_head: str
    """``Requests made by the speakers asked about{about} in {where}: {count}, ...``: the same for "what
    did X ask the minister to do?"."""
    requests_asked_none: str
    """``In {where} the speakers asked about make no request{about}.``"""
    questions_about: str
    questions_topic_unchecked: str
    """After either, where a debate listed is in another language than the question: what the
    question says the questions were about was not looked for there."""
    """`` about {words}``: what the questions were about, where the question names it."""
    replies_head: str
    """``What the cabinet answered {members} in {where}: {count} paragraphs addressed to them ...:``
    heads the answer to "what did the minister answer X's questions?" (`assistant.member_replies`)."""
    replies_none: str
    """``In {where} the cabinet addresses no answer to {members}.``"""
    clock: str
    """``{hour:02d}:{minute:02d}``: a time of day, as the language writes it ("10.02 uur" in Dutch)."""
    debate_times_head: str
    """``{where} began at {start} and ended at {end} ({hours} h {minutes} min), as its transcript's
    header records; it opens:``: the first line of the answer to how long a debate lasted, one
    lead-in to the debate's opening, which it cites."""
    debate_start_head: str
    """The same where the header records when it began, not when it ended."""
    debate_end_none: str
    """``The transcript of {where} records when it began ({start}), not when it ended.``: the detail of
    the "not in the transcripts" answer to how long it lasted, or when it ended, where the header
    records only its start."""
    debate_times_none: str
    """``The transcript of {where} does not record when it began or ended.``"""
    overview_head: str
    """``What {where} was about ...``: the first line of the answer to a question about a whole
    debate (`assistant.overview`), with ``{count}`` speakers; it says the sentences are picked, not
    written."""
    overview_day_head: str
    """``{count} indexed debates were held on the day asked about ...``: the first line of the answer
    to what "the debate" of a day was about where several were held that day; each is listed by its
    title and opening, for the reader to ask about one."""
    overview_none: str
    """``In {where} nobody speaks but the chair.``: the detail of the "not in the transcripts"
    answer to such a question about a debate where only the chair speaks."""
    meeting_unheld: str
    """``The indexed transcripts hold no {kind} of {when}, only {held}.``: the detail of the "not in
    the transcripts" answer to a question about a kind of meeting (``committee_meeting``,
    ``plenary_sitting``) on days none of the debates held then was (`assistant.meeting_kinds`);
    ``{held}`` lists those debates, each with its kind."""
    committee_meeting: str
    """What a committee's meeting is called in ``meeting_unheld``."""
    plenary_sitting: str
    """What a plenary sitting is called in ``meeting_unheld``."""
    motion_number_absent: str
    """``No {motion} is submitted, given a view or referred to in {debates}.``: the detail of the
    "not in the transcripts" answer to a question about a motion by a number no motion of the
    debates it can mean has (`assistant.motion_answers`)."""
    motion_submitter_absent: str
    """``{member} submits no motion in {debates}, ...``: the detail of the "not in the transcripts"
    answer to a question about a member's motion where the debates it can mean have none of theirs."""
    motion_of_another: str
    """``{motion} on this was submitted by {owner}, not by {member}.``: the detail of the "not in the
    transcripts" answer to a question about a member's motion when the motion it is about is
    another member's (`assistant.motion_answers`)."""
    motions_none: str
    """``No motion is submitted or given a view in {debates}.``: the detail of the "not in the
    transcripts" answer to a question for the motions of debates that only refer to earlier ones,
    or to none (`assistant.motion_answers`)."""
    motions_referenced: str
    """``No motion is submitted or given a view in {debates}; the cabinet refers to these earlier
    motions:`` heads the list of the earlier motions a cabinet member names in debates without
    motions of their own (`assistant.motion_answers`)."""
    motion_referenced_lead: str
    """``{speaker} on an earlier motion{by} in {where}:`` heads the quote that names one of them
    (``by``: " (nr. 12, Postma)", what the debate says of its number and submitter)."""
    motion_lead: str
    """``{speaker} on {motion}{by} in {where} — the cabinet's view: {view}:`` heads a motion's quote."""
    motion_submitter_lead: str
    """``{speaker}, who submitted {motion}, in {where} (the cabinet's view: {view}):`` heads the
    submitter's own words on their motion (`assistant.motion_answers`)."""
    motions_without_view: str
    """``None of the motions discussed in {where} got {view}.``: a list question asks for an
    appreciation no motion got (`assistant.motion_answers.asked_views`)."""
    owners_motions_without_view: str
    """``None of the motions of {owners} in {where} got {view}.``: a question for the one motion of
    the members it names that got an appreciation none of theirs got."""
    list_correction_head: str
    """``Item {n} of the chair's list in {where}, as read and then discussed:`` heads the quotes of a
    corrected list item (`assistant.list_corrections`)."""
    commitment_to: str
    commitment_by: str
    commitment_list_item: str
    commitment_list_corrected: str
    """``{item} was corrected while the list was read: {cited}``: the notice beside a chair's list
    item quoted with what was said about it (`assistant.commitment_answers`)."""
    commitments_found: str
    """``{count} commitments found in {where}; {shown} quoted below.``: heads the notice of an
    answer that lists a debate's commitments (`assistant.commitment_overview`)."""
    commitments_due: str
    """``Commitments due {due}, in {where}: {count}; {shown} quoted below.``: heads the notice of an
    answer that lists the commitments due by the time a question names, each read against its
    own debate's date (`assistant.commitment_overview`)."""
    commitments_none_due: str
    """``No commitment made in {where} is due {due}.``: the detail of the "not in the transcripts"
    answer when none is."""
    commitments_passed: str
    """``Commitments whose deadline had passed on {today}, in {where}: {count}; ...``: heads the
    notice of an answer to "which commitments are overdue?" (`assistant.commitment_status`); it
    says the transcripts cannot tell which were kept."""
    commitments_pending: str
    """The same for "which commitments are still open?": those whose deadline had not passed."""
    commitments_none_passed: str
    """``No commitment made in {where} has a deadline that had passed on {today} ({undated} have no
    date).``: the detail of the "not in the transcripts" answer when none has."""
    commitments_none_pending: str
    """``No commitment made in {where} has a deadline after {today}: {passed} had one before it,
    {undated} have none.``"""
    indexed_debates: str
    """``the {count} indexed debates``: where a question that names no debate was looked for."""
    month_unmatched: str
    """``None of the passages found is from {month}.``: the question names a month none of the
    debates the answer would cite was held in (`assistant.evidence_fit.unmatched_month`)."""
    number_absent: str
    """``The passages found discuss this but give no figure.``: the question asks how many or
    how much, and no quote states a number (`assistant.evidence_fit.lacks_asked_number`)."""
    day_absent: str
    """``The passages found discuss this but give no date.``: the question asks on what day,
    and no quote states one (`assistant.evidence_fit.unstated_fact`)."""
    figure_unstated: str
    """``None of the passages found mentions {figure}.``: a "why" question takes a figure as
    given that no cited turn states (`assistant.premises.unstated_premise`)."""
    deadline_differs: str
    """``{speaker} promised this “{deadline}” ({date}), not {asked}.``: a question presumes a
    deadline the promise it asks about does not keep (`assistant.structure.asked_deadlines`)."""
    deadline_said: str
    """``{speaker} said “{deadline}” ({date}), not {asked}.``: a question presumes a deadline the
    passage that answers it gives otherwise (`assistant.refusals.deadline_premise_reason`)."""
    promised_to_another: str
    """``{speaker} made this promise to {to}, not to {asked}.``: a question names a member as whom a
    promise was made to, and the promise on what it asks was made to another (`assistant.commitment_answers`)."""
    promise_unrecorded: str
    """``No such promise is recorded in the debates found.``: a why/when question takes a
    promise as made that none of the debates found records (`assistant.refusals.presumes_promise`)."""
    promise_not_found: str
    """``{member} asked for a promise [{request}]; no promise was found in the reply [{reply}].``: a
    yes/no question whether a promise was made, where the member's request got a reply that made
    none (`assistant.declined_requests`)."""
    phrase_unsaid: str
    """``None of the passages found says “{phrase}”.``: the question quotes a phrase no cited
    turn contains (`assistant.evidence_fit.unsaid_phrase`)."""
    speaker_unnamed: str
    """``{name} does not mention “{word}” in that debate; {other} does.``: the detail of the "not in
    the transcripts" answer to what a named speaker said about something only another speaker of
    the debate names (`assistant.refusals.unnamed_reason`)."""
    speaker_outmatched: str
    """``In that debate, {other} says what is closest to the question, not {name}.``: the
    question names a speaker whose turns are far from it while another speaker's are close
    (`assistant.speaker_fit.outmatched_speaker`)."""


QuestionType = Literal["who", "why", "how_many", "when", "yes_no"]
QUESTION_TYPES: tuple[QuestionType, ...] = ("who", "why", "how_many", "when", "yes_no")
PremiseCue = Literal["planned", "kept", "percent", "denied", "refused", "unpromised", "points_back", "base_year"]
PREMISE_CUES: tuple[PremiseCue, ...] = ("planned", "kept", "percent", "denied", "refused", "unpromised", "points_back",
                                         "base_year")
AnswerCue = Literal["person", "number", "date", "reason"]
ANSWER_CUES: tuple[AnswerCue, ...] = ("person", "number", "date", "reason")
ExchangeCue = Literal["challenge_only"]
EXCHANGE_CUES: tuple[ExchangeCue, ...] = ("challenge_only",)
DebateCue = Literal["overview", "committee", "plenary"]
DEBATE_CUES: tuple[DebateCue, ...] = ("overview", "committee", "plenary")
CommitmentCue = Literal["request", "promise_request", "asked_to_act", "deadline_passed", "deadline_pending"]
COMMITMENT_CUES: tuple[CommitmentCue, ...] = ("request", "promise_request", "asked_to_act", "deadline_passed", "deadline_pending")
MentionCue = Literal["speech_nouns", "person_nouns", "verification", "attribution", "representation"]
MENTION_CUES: tuple[MentionCue, ...] = ("speech_nouns", "person_nouns", "verification", "attribution",
                                        "representation")
FactCue = Literal["amount_asked", "percentage_asked", "day_asked", "amount", "percentage", "day", "number_labels"]
FACT_CUES: tuple[FactCue, ...] = ("amount_asked", "percentage_asked", "day_asked", "amount", "percentage", "day",
                                  "number_labels")


@dataclass(frozen=True)
class LanguageProfile:
    """One language, as the data file states it (see ``languages/nl.toml`` for each key's use)."""

    code: str
    """ISO 639-1, the file's name: ``nl``, ``en``."""
    name: str
    """In English ("Dutch"): the prompt tells an LLM which language to answer in."""
    stemmer: str
    """A PyStemmer (Snowball) algorithm name: ``dutch``, ``english``."""
    split_compounds: bool
    """Whether a word absent from the index may still be there as a compound of two indexed words."""
    past_tense_stem_endings: tuple[str, ...]
    """The last letters of a stemmed weak past tense ("suggereerde" -> "suggereerd"): the stemmer
    leaves them, so a verb the index holds in the present looks absent in the past."""
    present_tense_endings: tuple[str, ...]
    """What follows the verb's root in the present ("suggereer", "suggereert")."""
    participle_prefixes: tuple[str, ...]
    """What opens a weak verb's participle before its root ("geschorst": "ge" + "schors" + "t")."""
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    """Lower-cased, without the final period: ``hon``, ``mr``, ``nr``, ``blz``, ``o.a``."""
    function_words: frozenset[str]
    """Short words that tell a question in this language from one in another."""
    question_words: tuple[str, ...]
    """Words (and phrases) that frame a question rather than name its topic."""
    kind_determiners: tuple[str, ...]
    """Words before the noun that names the kind of thing a question asks for ("welke
    stripfiguur"): that noun need not occur in the transcript (`assistant.abstention.answer_kinds`)."""
    months: tuple[str, ...]
    ordinals: tuple[str, ...]
    """The ordinal words from "first" on ("eerste", "tweede", ...): "DENK's second motion" is the
    second of that party's motions (`assistant.motion_answers`)."""
    ordinal_last: tuple[str, ...]
    """The words for the last of a series ("last", "laatste")."""
    premise: dict[PremiseCue, tuple[str, ...]]
    """Regular expressions of a plan ("committed to"), of a value kept or a plan dropped
    ("will remain", "no longer") and of the words that make a number a percentage: a question's
    false premise is found with them (`assistant.premises.contradicted_premise`); and of the words
    that deny what a sentence says ("not", "geen") and of the verbs that refuse ("advise against",
    "ontraden"), whose questions a denial answers (`assistant.premises.denied_premise`)."""
    messages: Messages
    question_types: dict[QuestionType, tuple[str, ...]]
    """Per kind of question, the regular expressions of the words that ask it ("waarom")."""
    answer_cues: dict[AnswerCue, tuple[str, ...]]
    """Per kind of answer, the regular expressions of what a sentence holding one contains
    ("omdat", "miljoen", "voor de zomer", "mevrouw Van der Plas"): a quote for a "why" question
    should give the reason (`assistant.answering`)."""
    exchange_cues: dict[ExchangeCue, tuple[str, ...]]
    """Regular expressions of an exchange question: ``challenge_only``, the opening words of one
    that asks what the member who interrupted asked ("what did Peters ask", "wat vroeg"), so it
    is answered with the challenge alone (`assistant.exchange_answers`)."""
    debate_cues: dict[DebateCue, tuple[str, ...]]
    """Regular expressions of a question about a whole debate: ``overview``, one that asks what it
    was about ("Summarize the MIRT debate", "Waar ging het debat over de politie over?"), answered
    with each speaker's most typical sentence (`assistant.overview`); ``committee`` and ``plenary``,
    the nouns of a kind of meeting ("the agriculture committee debate", "de plenaire vergadering"),
    checked against the kinds of the debates held on the days the question names
    (`assistant.meeting_kinds`)."""
    mention_cues: dict[MentionCue, tuple[str, ...]]
    """How a question attaches a name to a noun (`assistant.mentions`): ``speech_nouns``, the
    nouns whose "of X" / "X's" names who said it ("de motie van X", "X's claim"); ``person_nouns``,
    those whose "of X" describes the speaker ("het Kamerlid van de SP"); ``verification``, the
    openings of a question that asks whether someone's claim is true ("klopte de bewering van
    X"), which someone else's reply answers; ``attribution``, the words that attribute what is
    asked about to whoever is named next ("volgens X", "aldus X", "according to X"), who is then
    the speaker wherever the question names them. Regular expressions, whole-word,
    case-insensitive."""

    asked_facts: dict[FactCue, tuple[str, ...]] = field(default_factory=dict)
    """The kinds of fact a question asks for and what a passage holds that states one
    (`assistant.evidence_fit.unstated_fact`): ``amount_asked``, ``percentage_asked``,
    ``day_asked``, how a question in this language asks for an amount of money, a percentage or
    a day ("how much ... cost", "op welke datum"); ``amount``, ``percentage``, ``day``, what a
    passage in this language holds when it states one ("miljoen", "%", "dinsdag"); and
    ``number_labels``, the words after which a number names a document or an article, not a
    quantity ("nr. 163"). Regular expressions, case-insensitive, matched between letter
    boundaries (so "€" and "%" match beside digits)."""
    currencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per currency (the same keys in every language: ``dollar``, ``euro``, ``pound``), the
    regular expressions of its names and sign in this language: a question for an amount in
    dollars is not answered by one in euros (`assistant.evidence_fit.unnamed_currency`)."""
    commitment_cues: dict[CommitmentCue, tuple[str, ...]] = field(default_factory=dict)
    """What the commitment records read in a debate in this language: ``request``, what makes a
    sentence of a member's turn a request a promise can answer ("mijn verzoek aan de minister om",
    "ik wil de staatssecretaris uitdagen om", "I would like"; a question mark makes one too:
    `assistant.structure.requests`); ``asked_to_act``, what else makes one a member's request for the
    list of their requests ("Is de minister bereid ...", `assistant.member_questions`). Regular
    expressions, case-insensitive."""

    def format_date(self, date: str | None) -> str:
        """An ISO date as this language writes it ("5 maart 2024", "5 Mar 2024"); anything else as given."""
        if not date or len(date) != 10 or not date[:4].isdigit() or date[4] != "-" or date[7] != "-":
            return date or ""
        try:
            year, month, day = int(date[:4]), int(date[5:7]), int(date[8:10])
        except ValueError:
            return date
        if not 1 <= month <= 12:
            return date
        return self.messages.date.format(day=day, month=self.months[month - 1], year=year)


def load_language_profile(path: Path) -> LanguageProfile:
    """Read and check one language profile file; raises `ProfileError` naming ``path``."""
    data = Fields(path, read_toml(path))
    code = data.text("code")
    if code != path.stem:
        raise ProfileError(path, f"code {code!r} must match the file name ({path.stem!r})")
    months = data.strings("months")
    if len(months) != 12:
        raise ProfileError(path, f"months must list 12 names, not {len(months)}")
    text = data.table_of("messages")
    messages = Messages(**{f.name: text.text(f.name) for f in fields(Messages)})
    stemmer = data.text("stemmer")
    _check_stemmer(path, stemmer)
    types = data.table_of("question_types")
    premise = data.table_of("premise")
    cues = data.table_of("answer_cues")
    exchange = data.table_of("exchange_cues")
    debate = data.table_of("debate_cues")
    mention = data.table_of("mention_cues")
    facts = data.table_of("asked_facts")
    commitment = data.table_of("commitment_cues")
    currencies = facts.table_of("currencies")
    return LanguageProfile(
        code=code,
        name=data.text("name"),
        stemmer=stemmer,
        split_compounds=data.flag("split_compounds"),
        past_tense_stem_endings=data.strings("past_tense_stem_endings"),
        present_tense_endings=data.strings("present_tense_endings"),
        participle_prefixes=data.strings("participle_prefixes"),
        stopwords=frozenset(w.lower() for w in data.strings("stopwords")),
        abbreviations=frozenset(w.lower().rstrip(".") for w in data.strings("abbreviations")),
        function_words=frozenset(w.lower() for w in data.strings("function_words")),
        question_words=data.strings("question_words"),
        kind_determiners=data.strings("kind_determiners"),
        months=months,
        ordinals=data.strings("ordinals"),
        ordinal_last=data.strings("ordinal_last"),
        premise={cue: premise.patterns(cue) for cue in PREMISE_CUES},
        messages=messages,
        question_types={kind: types.patterns(kind) for kind in QUESTION_TYPES},
        answer_cues={cue: cues.patterns(cue) for cue in ANSWER_CUES},
        exchange_cues={cue: exchange.patterns(cue) for cue in EXCHANGE_CUES},
        debate_cues={cue: debate.patterns(cue) for cue in DEBATE_CUES},
        mention_cues={cue: mention.patterns(cue) for cue in MENTION_CUES},
        asked_facts={cue: facts.patterns(cue) for cue in FACT_CUES},
        currencies={name: currencies.patterns(name) for name in sorted(currencies.table)},
        commitment_cues={cue: commitment.patterns(cue) for cue in COMMITMENT_CUES},
    )


def _check_stemmer(path: Path, name: str) -> None:
    import Stemmer  # PyStemmer ships no type information (see [tool.mypy] overrides)

    if name not in Stemmer.algorithms():
        raise ProfileError(path, f"unknown stemmer {name!r}; PyStemmer knows {', '.join(Stemmer.algorithms())}")


@lru_cache(maxsize=1)
def language_profiles() -> dict[str, LanguageProfile]:
    """Every shipped language profile by code (read once per process)."""
    return {p.stem: load_language_profile(p) for p in sorted(LANGUAGES_DIR.glob("*.toml"))}


def language_profile(code: str | None) -> LanguageProfile:
    """The profile of ``code`` ("nl", "en-GB" counts as "en"), or `DEFAULT_LANGUAGE`'s."""
    profiles = language_profiles()
    key = (code or "").split("-")[0].lower()
    return profiles.get(key) or profiles[DEFAULT_LANGUAGE]


def all_abbreviations() -> frozenset[str]:
    """The abbreviations of every language: for text whose language is not known (an LLM's
    answer quotes transcripts of any language)."""
    return frozenset().union(*(p.abbreviations for p in language_profiles().values()))


def all_stopwords() -> frozenset[str]:
    """The stopwords of every language. BM25 drops them all, whatever the document's language:
    a question in one language meets documents in another, and its function words ("what",
    "wat") must not match the other language's text."""
    return frozenset().union(*(p.stopwords for p in language_profiles().values()))
