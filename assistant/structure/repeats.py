"""A promise said again is the same promise: fold the finder's repeats into the first saying.

Ministers repeat a promise when a member or the chair asks to have it noted ("Kunnen we dat noteren
als een toezegging?" - "Dat kan ik toezeggen"), asks when it comes ("Het is dan wel de vraag
wanneer." - "Voor de verkiezingen kom ik daarop terug.") or reads it out in the list ("Kan ik de
toezegging zo noteren?" - "Ik kom daarop terug."). The hand labels count each promise once, with the
later turns as `also_in`, so each repeat the finder reported was a false positive: folding them
removed 5 of the 26 on the tuning split (1 December 2026) and lost no label.

A repeat refers back instead of naming its act: it opens with "dat/dit" + a verb ("Dat kan ik
toezeggen") or a bare yes, or it comes back "daarop/erop/daarover". It is folded only where the
structure says what it refers back to: during the chair's list reading, the promise the item being
read links to (there an undated restatement in its own words folds too: "Wij zullen dus ingaan op
..."); elsewhere, when the turns it answers ask to note or date a promise, the last earlier promise
to the same member, or the last promise when the repeat names no member (the chair's "Kan ik dat
dan noteren als een toezegging?" - "Jazeker."). A repeat that dates the promise gives it its date
(the later date wins, as in the labels: "where the date changed during the list reading, the later
one is used").

Two later additions (fourth tuning round, ParlaMint-NL plenaries): what the minister puts into *the*
letter in her next turn, with only the chair between, is that letter again ("Dan zullen we dat ook
nog even in de brief zetten"); and a short answer to a question about the letter or its timing that
names no act of its own ("Die is er in ieder geval uiterlijk vrijdag.") dates the promise before it
(`date_from_later_answers`).

Two more from mini-debates of many turns (round 19, `eval/commitment_debate_probes.py`), where the
words say what the structure does not: a promise the minister says is said again ("zeg ik nogmaals:
...", "dat heb ik ... in eerste termijn toegezegd", `SAYS_AGAIN`), and one in its own words right
after "Mevrouw Oomen vraagt wanneer." (`ASKED_WHEN`), fold into the speaker's last earlier promise to
the same member. On the 29 labelled debates neither folds anything.

Round 20, from mini-debates where a minister and a state secretary answer in turn: what a turn answers
looks past a colleague of the cabinet who spoke between (`cabinet.turns_answered`); a member's
interruption asking when or how the Kamer hears of the promise just made to them is answered by that
promise (`_promise_asked_about`); a later saying that refers back to a promise made to a member who
has not spoken since (`_restated_to_a_silent_member`), that names what the member named when asking
for its date (`_named_when_asked_to_date`), or that follows "Mevrouw X heeft de toezegging dat ..."
(`HAS_THE_PROMISE`) is that promise again; and what a member asks to note in words of their own is
not folded into an earlier promise that shares none of them (`_noted`), nor a come-back on a question
the minister turns to ("De heer X vraagt naar ...", `ASKED_ABOUT`). On the 29 labelled debates none
of these changes a record.

Round 24, from real debates: from the last four blind-labelled ParlaMint-NL plenaries (moved to the tuning split), the
same act said again in an exchange with one member that nobody else joined (`_said_again_in_the_exchange`) and a later
sentence of the same turn that concludes a promise with "dus" and its time (`_concluded_in_the_turn`); from four
Handelingen debates of 5 April 2018 (`eval/commitments/handelingen/`), a promise said again after the minister recaps
it (`_recalled_before`) and the answer to "wanneer komt u daarop terug?" (`_when_asked_of_it`). In those long debates
the minister says a promise again in turn after turn, to each member who asks; unfolded, those sayings were 8 of the
12 wrong finds.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ingest.models import Transcript, Turn
from ingest.profiles.language import all_stopwords
from ingest.sentences import split_sentences

from .addressees import member_names, named_members
from .cabinet import is_cabinet, is_member, turns_answered
from .chair_list import ListItem, list_start
from .deadlines import DebateDates, find_deadline
from .finder import ADDS, POINTS_BACK

if TYPE_CHECKING:
    from .commitments import Commitment

# A member asking when: of the promise just made (`ASKS_WHEN`) or of any to note or date (`ASKS_TO_NOTE_OR_DATE`).
_WHEN = r"wanneer|welke\s+datum|welke\s+termijn"

# The turn answered asks to note a promise already made, or when it comes: "Kunnen we dat noteren als
# een toezegging?", "Kan ik de toezegging zo noteren?", "Het is dan wel de vraag wanneer.", "te vragen
# wanneer hij daarop terugkomt", "voor welke datum is dat dan?", "Ik hoef alleen maar een datum te weten".
ASKS_TO_NOTE_OR_DATE = re.compile(
    # ("Kan ik ook noteren dat de Kamer dat voor de zomer hoort?", a mini-debate's second term, round 19)
    r"\b(?:noteren\s+(?:als|dat)|genoteerd\s+(?:als|hebben|zien)|als\s+(?:een\s+)?toezegging\s+(?:noteren|zien|beschouwen)"
    r"|toezegging\s+(?:zo\s+)?noteren|is\s+dat\s+een\s+toezegging|" + _WHEN +
    # a member pressing for a date: "Ik hoef alleen maar een datum te weten", "geen deadline voor zichzelf"
    r"|datum|deadline"
    # ... or to confirm what was promised: "binnen zes weken betekent wat mij betreft dat de brief er voor het kerstreces is.
    # Ik hoor graag dat de minister dat bevestigt." - "Ja, die brief ligt voor het kerstreces bij u" (a mini-debate's second
    # term in real debates' density, round 22)
    r"|bevestig\w*)\b",
    re.IGNORECASE,
)


def _index(turn_id: str) -> int:
    return int(turn_id.rsplit(":t", 1)[1])


def _asked(transcript: Transcript, turn: Turn) -> str:
    """What the members and the chair said since the cabinet last spoke: the request this turn answers
    (`cabinet.turns_answered`)."""
    return "\n".join(earlier.text for earlier in reversed(turns_answered(transcript, turn)))


def _item_being_read(items: list[ListItem], index: int) -> ListItem | None:
    read = [item for item in items if not item.added and _index(item.turn_id) < index]
    return read[-1] if read else None


def _original(transcript: Transcript, kept: dict[int, Commitment], record: Commitment, items: list[ListItem],
              start: int | None) -> int | None:
    """Key in ``kept`` of the earlier promise that ``record`` says again, or None."""
    index = _index(record.turn_id)
    concluded = _concluded_in_the_turn(kept, record)
    if concluded is not None:
        return concluded
    points_back = bool(POINTS_BACK.search(record.quote))
    earlier = [(key, kept[key]) for key in sorted(kept) if _index(kept[key].turn_id) < index]
    if SAYS_AGAIN.search(record.quote) or _has_the_promise(transcript.turns[index].text, record.start):
        return _last_promise_to_the_member(earlier, record)
    recalled = _recalled_before(transcript.turns[index].text, record)
    if recalled is not None:
        said = _content(record.quote + " " + recalled)
        return next((key for key, first in reversed(earlier) if first.speaker == record.speaker
                     and said & _words_of(first)), None)
    if start is not None and index > start and (points_back or record.deadline is None):
        item = _item_being_read(items, index)
        return next((key for key, first in earlier if item is not None and first.list_item == item.n), None)
    asked = _asked(transcript, transcript.turns[index])
    paragraph = _paragraph_before(transcript.turns[index].text, record.start)
    turned_to_a_question = bool(ASKED_ABOUT.search(paragraph))
    just_made = None if turned_to_a_question else _promise_asked_about(transcript, earlier, record)
    if just_made is not None:
        return just_made
    restated = _restated_to_a_silent_member(transcript, earlier, record)
    if restated is not None:
        return restated
    asked_of_it = _when_asked_of_it(transcript, earlier, record)
    if asked_of_it is not None:
        return asked_of_it
    asked_when = ASKED_WHEN.search(paragraph)
    # what the member asked the date of, where the minister says it: "Mevrouw Mertens-Aalbers vraagt wanneer gemeenten de
    # bedragen krijgen. Dat is eind juli; ... en u krijgt daar een afschrift van." dates no earlier promise that names none
    # of it, here the talks promised her before (a mini-debate, round 20); "Mevrouw Oomen vraagt wanneer." names nothing
    subject = _content(asked_when.group(1)) if asked_when else set()
    if not points_back:
        if earlier and INTO_THE_LETTER.search(record.quote) and "brief" in earlier[-1][1].quote.lower() \
                and _next_turn_after_the_chair(transcript, _index(earlier[-1][1].turn_id), record.speaker) == index:
            return earlier[-1][0]  # the same letter, filled in on the same point
        last = _last_promise_to_the_member(earlier, record) if record.to is not None and asked_when else None
        if last is not None and (not subject or subject & _words_of(kept[last])):
            return last
        named = _named_when_asked_to_date(asked, earlier, record)
        if named is not None:
            return named
        dated = _dates_a_promise(asked, earlier, record)
        if dated is not None:
            return dated
        pointed = _pointed_at(earlier, record)
        if pointed is not None:
            return pointed
        in_exchange = _said_again_in_the_exchange(transcript, earlier, record)
        if in_exchange is not None:
            return in_exchange
        return next((key for key, first in reversed(earlier) if first.speaker == record.speaker
                     and said_again_in_words(first.quote, record.quote)), None)
    if turned_to_a_question:
        return None
    if not ASKS_TO_NOTE_OR_DATE.search(asked):
        return _pointed_at(earlier, record)
    return next((key for key, first in reversed(earlier) if record.to in (None, first.to) and _noted(asked, first.quote) is not False
                 and (not subject or subject & _words_of(first))), None)


# The minister turning to a member's question on a subject ("De heer Ten Cate vraagt naar het aantal vervolgde zaken. Ik
# heb het in de pauze geprobeerd, ... Ik wil daar graag voor de zomer op terugkomen, in een brief, met één getal.", a
# mini-debate's second term, round 20): what the paragraph's "daar" points at is that question, not an earlier promise.
ASKED_ABOUT = re.compile(r"\b(?:vraagt|vroeg|vroegen)\s+(?:\w+\s+){0,3}?naar\b", re.IGNORECASE)


# A promise the minister says is said again: "Tegen de heer Ravensbergen zeg ik nogmaals: we zoeken uit hoe het zit met
# de terugbetalingen bij helpdeskfraude, per bank, en u hoort van mij voor de zomer." (a mini-debate's second term,
# round 19): the last earlier promise of the speaker to the same member.
SAYS_AGAIN = re.compile(r"\b(?:zeg|herhaal)\s+ik\s+(?:\w+\s+){0,4}?(?:nogmaals|nog\s+(?:maar\s+)?een\s+keer|nog\s+eens)\b"
                        r"|\b(?:nogmaals|nog\s+(?:maar\s+)?een\s+keer|nog\s+eens)\s*(?:gezegd|herhaald)?\s*:"
                        # "De cijfers ... stuur ik u voor 1 juni; dat heb ik de heer Demir in eerste termijn toegezegd."
                        r"|\b(?:dat|zoals)\s+(?:heb|had)\s+ik\s+(?:\w+\s+){0,6}?(?:toegezegd|beloofd)\b", re.IGNORECASE)


# ... or, in the sentence before it, that the member has the promise: "Mevrouw Middag heeft de toezegging dat ik met de
# inspectie in gesprek ga over de registraties. Ik zal u in de voortgangsrapportage ... laten weten wat dat gesprek heeft
# opgeleverd." (a mini-debate's second term, round 20; "Tegen de heer Ravensbergen zeg ik nogmaals: we zoeken uit ..."
# says it in the promise's own sentence)
HAS_THE_PROMISE = re.compile(r"\bheeft\s+(?:de|mijn|die|deze)\s+toezegging\b"
                             # ... or has it right: "De heer Kuiper heeft het goed samengevat. Ik stuur het inspectierapport
                             # voor 1 maart, ..." (a mini-debate's second term, round 20)
                             r"|\bheeft\s+het\s+goed\s+(?:samengevat|genoteerd|begrepen)\b", re.IGNORECASE)


def _has_the_promise(text: str, start: int) -> bool:
    """Whether the last sentence of the paragraph before ``start`` says the member has the promise (`HAS_THE_PROMISE`);
    the paragraph is split into sentences only where it says so at all (most do not: 0.05 s of CPU on the 29 debates)."""
    paragraph = _paragraph_before(text, start)
    if not HAS_THE_PROMISE.search(paragraph):
        return False
    sentences = split_sentences(paragraph)
    return bool(sentences) and bool(HAS_THE_PROMISE.search(sentences[-1].text))


# The minister saying a member asked when ("Mevrouw Oomen vraagt wanneer. Ik spreek de platforms in het voorjaar, en
# voor de zomer laat ik de Kamer weten wat dat heeft opgeleverd.", a mini-debate's second term, round 19): what follows
# in the paragraph dates the last earlier promise to that member, in its own words.
ASKED_WHEN = re.compile(r"\b(?:vraagt|vroeg|wil\s+weten|wilde\s+weten)\s+(?:\w+\s+){0,3}?wanneer\b([^.?!]*)", re.IGNORECASE)


# A member's interruption that asks when or how the Kamer hears of what the minister just promised: "Dat zoek ik uit,
# dat is fijn, maar wanneer weten we het?", "Fijn dat de minister het opbrengt. Maar hoe weten we wat daar uitkomt?",
# "Maar verslag doen, wat houdt dat in? Een brief?" (mini-debates where two members of the cabinet answer, round 20).
ASKS_WHEN = re.compile(r"\b(?:" + _WHEN + r")\b", re.IGNORECASE)
ASKS_HOW = re.compile(r"\bhoe\s+(?:weten|weet|horen|hoort|hoor|krijgt|krijgen)\b|\bwat\s+houdt\s+dat\s+in\b"
                      r"|(?:^|[.?!]\s+)een\s+brief\s*\?", re.IGNORECASE)


def _promise_asked_about(transcript: Transcript, earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the promise ``record`` gives a date or a form to, or None: the reply's first promise, when the one
    member who spoke since interrupted the same speaker's turn to ask how the Kamer hears of the promise made to
    that member there (`ASKS_HOW`), or when, where the promise named no time (`ASKS_WHEN`). "Ik zal dat
    uitzoeken." - "..., maar wanneer weten we het?" - "Voor de zomer laat ik u per brief weten ..." is one
    promise: the mini-debates' writers put every such reply in the promise's later sayings (five of five in
    `debates-4`), as rule S1 puts follow-ups of one exchange."""
    turn = transcript.turns[_index(record.turn_id)]
    members = [t for t in turns_answered(transcript, turn) if is_member(t)]
    if len(members) != 1 or members[0].index == 0 or any(first.turn_id == record.turn_id for _, first in earlier):
        return None
    interrupted = transcript.turns[members[0].index - 1]
    if not is_cabinet(interrupted) or interrupted.speaker != record.speaker:
        return None
    asked_how, asked_when = ASKS_HOW.search(members[0].text), ASKS_WHEN.search(members[0].text)
    return next((key for key, first in reversed(earlier) if first.turn_id == interrupted.id and first.to == members[0].speaker
                 and (asked_how or (asked_when and not _dated_in_its_words(first)))), None)


# A later saying that refers back to what was promised: "Dan de telling op Rotterdam-Zuid voor de heer Ten Hove: die laat
# ik u voor de zomer weten.", "Het geval in Bergen op Zoom: wat ik heb uitgezocht, laat ik de heer Haverman binnen twee
# weken weten." (mini-debates' second terms, round 20).
REFERS_TO_IT = re.compile(r"(?:^|:\s*)(?:die|dat|dit|het)\s+(?:\w+\s+){0,2}?(?:laat|stuur|krijgt|komt|ligt)\b"
                          r"|\bwat\s+ik\s+(?:heb\s+)?(?:uitgezocht|nagegaan|nagevraagd)\b", re.IGNORECASE)


def _restated_to_a_silent_member(transcript: Transcript, earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the speaker's last earlier promise to the member ``record`` names and refers back to (`REFERS_TO_IT`),
    when that member has not spoken since it: with no new question of theirs, what the minister tells them later is
    the promise again, dated."""
    if record.to is None or not REFERS_TO_IT.search(record.quote) \
            or record.to not in {name for _, name in named_members(record.quote, member_names(transcript))}:
        return None
    index = _index(record.turn_id)
    key = _last_promise_to_the_member(earlier, record)
    if key is None:
        return None
    since = transcript.turns[_index(dict(earlier)[key].turn_id) + 1:index]
    return None if any(is_member(turn) and turn.speaker == record.to for turn in since) else key


# Words every promise and request shares, which name no promise in particular ("Wanneer komt die brief?" and "Ik stuur u
# voor 1 juli een brief over de bruggen." name a letter, not the one on the locks).
_GENERIC = frozenset({"brief", "briefje", "kamerbrief", "kamer", "minister", "staatssecretaris", "toezegging", "datum",
                      "termijn", "zomer", "najaar", "voorjaar", "winter", "reces", "zomerreces", "kerstreces", "week",
                      "maand", "jaar", "stuur", "sturen", "komt", "komen", "krijgt", "krijgen", "wanneer", "noteren",
                      # what any "vraagt wanneer" asks ("Mevrouw Leijdekker vraagt wanneer zij meer weet.", round 20)
                      "weet", "weten", "horen", "hoort", "ligt", "liggen", "meer",
                      # what any request for figures asks ("hoeveel veteranen er nu wachten" and "hoeveel aanvragen er nu
                      # openstaan" are two promises, round 23)
                      "hoeveel"})


# A word that points at something named elsewhere ("daarvan", "erover", "hiermee"): "... en hoeveel daarvan langer dan een
# jaar lopen, en dat krijgt u binnen zes weken" named no earlier promise that also said "de uitkomst daarvan" (a mini-debate
# in real debates' density, round 23: a promise of its own folded into another to the same member).
_POINTING_ADVERB = re.compile(r"(?:daar|er|hier|waar)(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor)",
                              re.IGNORECASE)


def _content(text: str) -> set[str]:
    """The words that name what ``text`` is about (`_words`, less `_GENERIC` and `_POINTING_ADVERB`)."""
    return {word for word in _words(text) - _GENERIC if not _POINTING_ADVERB.fullmatch(word)}


def _words_of(promise: Commitment) -> set[str]:
    """What a promise is about: its words and those of the request it answers ("Ja, dat ga ik doen." names nothing)."""
    return _content(promise.quote + " " + (promise.asked or ""))


def _named_when_asked_to_date(asked: str, earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the speaker's last earlier promise to ``record``'s member that the member named when asking for its date
    or to note it, and that ``record`` names too: "Ik wacht nog op de datum van het overzicht van de dijktrajecten." -
    "Ik heb in de pauze navraag gedaan ...: het overzicht van de dijktrajecten stuur ik u in het najaar." (a mini-debate's
    second term, round 20), where the first saying was "Ik ga u een overzicht sturen van de dijktrajecten die ..."
    ``asked`` is what the record's turn answers (`_asked`)."""
    candidates = [(key, first) for key, first in reversed(earlier) if first.speaker == record.speaker and first.to == record.to]
    if record.to is None or not candidates or not ASKS_TO_NOTE_OR_DATE.search(asked):
        return None
    named = _content(asked) & _content(record.quote)
    return next((key for key, first in candidates if named & _content(first.quote)), None)


# When the Kamer has what was promised before, said in a later turn: "U heeft het antwoord voor de begrotingsbehandeling.",
# "Het overzicht per regio en per vak krijgt u voor 1 mei, ...", "Maandag heeft u het.", "zes weken na het rapport van de
# inspectie ligt mijn reactie bij u" (mini-debates' second terms and interruptions, round 21: the finder's new present-tense
# cues found them as promises of their own), and "Dan hoort u dat van mij, in de brief vóór het kerstreces" (round 22: on
# the held-out sets three wrong finds fewer, one right find fewer). Broader than the finder's `KAMER_HAS_IT`, which decides
# what is a promise: this reads records any cue found ("... en u krijgt ze voor 1 mei" too).
THE_KAMER_HAS_IT = re.compile(r"\b(?:u\s+(?:heeft|hebt|krijgt|ontvangt|hoort)|(?:heeft|hebt|krijgt|ontvangt|hoort)\s+u|ligt\s+(?:\w+\s+){0,4}?bij\s+u)\b",
                              re.IGNORECASE)


# What any report gives, which names none in particular: "Deze zomer krijgt u daar informatie over." is a promise of its own
# in a tuning debate, not the earlier one that also gave "informatie".
_ANY_NEWS = frozenset({"informatie", "update", "stand", "voortgang", "zaken"})


def _dates_a_promise(asked: str, earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the speaker's earlier promise that ``record`` dates (`THE_KAMER_HAS_IT` with a time): the last to the same
    member that shares a word with it, or, where none does, the last to the member when the turn answers (``asked``,
    `_asked`) that member asking for a time or to note one."""
    if record.deadline_text is None or not THE_KAMER_HAS_IT.search(record.quote) or len(split_sentences(record.quote)) > 1:
        return None
    words = _content(record.quote) - _content(record.deadline_text) - _ANY_NEWS
    named = next((key for key, first in reversed(earlier) if first.speaker == record.speaker and record.to in (None, first.to)
                  and words & _words_of(first)), None)
    if named is not None:
        return named
    # ... or, naming none of it, answers the member asking for its time: "Voor de stemming, dat is dus dinsdag. Gaat dat
    # lukken?" - "Maandag heeft u het.", "Voor het zomerreces. Dat is over twee weken. Lukt dat echt?" - "U heeft de cijfers
    # voor het reces."
    if record.to is None or not (ASKS_TO_NOTE_OR_DATE.search(asked) or find_deadline(asked, None)):
        return None
    return _last_promise_to_the_member(earlier, record)


# What a later saying points at with "die/dat/deze/dit": a deliverable or an occasion the speaker promised before, named
# again ("Ik zal op de ministersconferentie van de Rijncommissie in februari voorstellen ..." - "Ik stuur u binnen een maand
# na die conferentie een korte brief met de uitkomst", "... en ik stuur u het antwoord ..." - "Dus ja, dat antwoord over de
# besteding heeft u voor de zomer", "... de uitkomst leest u in de voortgangsbrief van oktober" - "Ik zal in die brief van
# oktober ook schetsen ..."), or talks promised, then "that conversation" opening a later saying ("Ik ga met de KNMP ...
# aan tafel" - "Dat gesprek wil ik nog voor de kerst voeren, en wat eruit komt, meld ik u in de voortgangsbrief"):
# mini-debates in real debates' density (round 22), where these were wrong finds of their own. Not any noun after "die" or
# "deze" ("de wachtlijsten in deze wijken" is the topic, not the promise; read for any noun, the rule cost three right
# finds on the tuning split), and not "na dat overleg" inside a sentence ("Die lijst krijgt u na dat overleg" is a second
# promise in a set written from: the report after the talks, rule S1).
THAT_THING = re.compile(r"\b(?:die|dat|deze|dit)\s+(brief|antwoord(?:en)?|overzicht|analyse|notitie|evaluatie|reactie|doorrekening"
                        r"|inventarisatie|verkenning|tabel|conferentie|bijeenkomst|werkbezoek|top)\b", re.IGNORECASE)
THOSE_TALKS = re.compile(r"^(?:(?:en|maar|dus|ja)[,\s]+)?(?:dat|dit|die|het)\s+(?:gesprek|gesprekken|overleg)\b", re.IGNORECASE)
TALKS = re.compile(r"\b(?:gesprek\w*|tafel|praten|spreken|spreek|overleg\w*|bellen|bel)\b", re.IGNORECASE)


def _pointed_at(earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the speaker's last earlier promise to ``record``'s member that names what ``record`` points at
    (`THAT_THING`, `THOSE_TALKS`), or None."""
    things = {m.group(1).lower() for m in THAT_THING.finditer(record.quote)}
    talks = bool(THOSE_TALKS.match(record.quote))
    if not things and not talks:
        return None
    for key, first in reversed(earlier):
        if first.speaker != record.speaker or record.to not in (None, first.to):
            continue
        words = {w.lower() for w in re.findall(r"[^\W\d_][\w-]+", first.quote)}
        if (talks and TALKS.search(first.quote)) or any(w.endswith(t) for t in things for w in words):
            return key
    return None


def _dated_in_its_words(promise: Commitment) -> bool:
    """Whether the promise says its own time ("Ik stuur u voor de zomer een brief over de sluizen."): asked when,
    the member then asks about something else ("Ik stuur u voor 1 juli een brief over de bruggen."). Time words the
    finder read from a sentence beside it ("Dat zoek ik uit. Verder komt de vastgoedvisie volgend jaar ...") are
    not the promise's."""
    return promise.deadline_text is not None and promise.deadline_text.lower() in promise.quote.lower()


# What a member asks to note in words of its own ("Kan ik noteren dat de staatssecretaris voor 1 oktober met een oplossing
# voor de batchwoningen komt?": "oktober", "oplossing", "batchwoningen") is a new promise when none of those words is the
# earlier promise's, not the count of addresses promised just before it (a mini-debate, round 20); fewer ("Kan ik ook
# noteren dat de Kamer dat voor de zomer hoort?", round 19: none but `_GENERIC`) say no more than when.
NOTED_IN_OWN_WORDS = 3
_TO_BE_NOTED = re.compile(r"\bnoteren\s+dat\b([^.?!]*)", re.IGNORECASE)


def _noted(asked: str, promise: str) -> bool | None:
    """Whether what a member asks to note (`_TO_BE_NOTED`) shares a word with ``promise``; None where it says too
    little to tell (`NOTED_IN_OWN_WORDS`)."""
    wanted = _TO_BE_NOTED.search(asked)
    if wanted is None:
        return None
    words = _content(wanted.group(1))
    return None if len(words) < NOTED_IN_OWN_WORDS else bool(words & _content(promise))


def _last_promise_to_the_member(earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the last earlier promise of ``record``'s speaker to its member (any, when it names none)."""
    return next((key for key, first in reversed(earlier) if first.speaker == record.speaker and record.to in (None, first.to)), None)


# A recap of an earlier promise: "Ik heb daarop toegezegd om ...", "Ik heb al aangegeven dat ik u daarover informeer".
RECALLS = re.compile(r"\bheb\s+(?:\w+\s+){0,3}?(?:toegezegd|beloofd)\b"
                     r"|\bheb\s+(?:\w+\s+){0,2}?al\s+(?:aangegeven|gezegd)\s+dat\s+ik\b", re.IGNORECASE)
_AGAIN_OPENS = re.compile(r"^nogmaals\b", re.IGNORECASE)
_YES_OPENS = re.compile(r"^(?:(?:en|maar|dus|nou)[,\s]+)?(?:ja|jazeker|zeker|absoluut|natuurlijk)\b", re.IGNORECASE)
_ADDS = re.compile(ADDS, re.IGNORECASE)


def _recalled_before(text: str, record: Commitment) -> str | None:
    """The sentence before ``record`` in its turn (`_paragraph_before`: the parsers separate paragraphs by one line break,
    so that is the whole turn before it) that recaps a promise made already (`RECALLS`), or "" where the record opens
    "Nogmaals"; the record then says that promise again ("Ik heb daarop toegezegd om daarop te reflecteren en
    te inventariseren wat de instrumentenkist op dit moment inhoudt ... Daar kom ik in de richting van uw Kamer op terug",
    "Ik heb al aangegeven dat ik u daarover informeer; ... De inspectie zal haar oordeel vellen ... en daarover zal ik u
    berichten.", "Nogmaals, het oordeel over de motie blijft "ontraden", maar ik zal de Kamer de feitelijke situatie
    melden."; Handelingen of 5 April 2018, round 24). None where the record adds or says yes (`_ADDS`, `_YES_OPENS`):
    a recap, then "Ja, dat kunt u noteren: ..." to a new request, is a new promise (without these, two sets written from
    lost a right find each). The record folds only into an earlier promise that shares a content word with the recap or
    the record (`_original`): "Nou, ook dat heb ik toegezegd. ... Ik verwacht deze brief uiterlijk volgende week naar de
    Kamer toe te sturen." recalls a promise of an earlier debate, and is labelled one of its own (a tuning debate)."""
    if _ADDS.match(record.quote) or _YES_OPENS.match(record.quote):
        return None
    if _AGAIN_OPENS.match(record.quote):
        return ""
    before = _paragraph_before(text, record.start)
    if not RECALLS.search(before):  # most turns recap nothing: no need to split them into sentences
        return None
    return next((s.text for s in split_sentences(before) if RECALLS.search(s.text)), None)


# When or how the Kamer gets what was promised: "Wanneer komt u daarop terug en op welke manier?", "op welk moment krijgt
# de Kamer daarvan een update? Komt dat via een brief?"
ASKS_WHEN_OF_IT = re.compile(r"\b(?:wanneer|op\s+welk\s+moment|op\s+welke\s+manier)\s+(?:\w+\s+){0,3}?(?:komt|komen)\s+(?:u|de\s+minister|de\s+staatssecretaris|zij|hij)\s+"
                             r"(?:\w+\s+){0,3}?(?:daarop|daarover|erop|op)\s+terug\b"
                             r"|\b(?:wanneer|op\s+welk\s+moment)\s+(?:krijgt|hoort|ontvangt)\s+(?:de\s+kamer|de\s+commissie|u|wij|we)\b"
                             r"|\bkomt\s+dat\s+(?:via|in|per)\s+een\s+brief\s*\?", re.IGNORECASE)


def _when_asked_of_it(transcript: Transcript, earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the speaker's last earlier promise when the turn answers the chair or one member asking when or how it comes
    (`ASKS_WHEN_OF_IT`: "Wanneer komt u daarop terug en op welke manier?") and nobody else spoke since it: the answer
    ("Dan zal ik vragen om de hele kwestie van waar we staan op papier te zetten. Dat kan ik binnen een paar maanden per
    brief hier hebben liggen.") is that promise, dated (Handelingen of 5 April 2018, round 24). Broader, with any "wanneer"
    over a word that points back, it cost seven right finds of the mini-debates, five on sets written from ("..., en
    wanneer de lift weer werkt?" asks about the lift, not a promise)."""
    turn = transcript.turns[_index(record.turn_id)]
    answered = turns_answered(transcript, turn)
    askers = {t.speaker for t in answered if is_member(t)}
    if not answered or len(askers) > 1 or not any(ASKS_WHEN_OF_IT.search(t.text) for t in answered):
        return None
    key, first = next(((key, first) for key, first in reversed(earlier) if first.speaker == record.speaker), (None, None))
    if key is None or first is None or not _only_they_spoke_between(transcript, first, record, {record.speaker, *askers}):
        return None
    return key if record.to is None or first.to in (None, record.to) or record.to in askers else None


def _said_again_in_the_exchange(transcript: Transcript, earlier: list[tuple[int, Commitment]], record: Commitment) -> int | None:
    """Key of the speaker's last earlier promise to ``record``'s member when no one but that member and the chair spoke
    since and both name the same act (`_SAME_ACT`): "Ik zal eens navragen wie die reactie heeft gemaakt, maar ..." and,
    after the member pressed on, "Ik zal navragen wie dat heeft gezegd en ik zal degene die dat heeft gezegd erop
    aanspreken." (a ParlaMint-NL plenary moved to tuning, round 24), labelled one promise."""
    key = _last_promise_to_the_member(earlier, record)
    if record.to is None or key is None:
        return None
    first = dict(earlier)[key]
    if not _only_they_spoke_between(transcript, first, record, {record.to, record.speaker}):
        return None
    return key if _SAME_ACT & _words(first.quote) & _words(record.quote) else None


def _only_they_spoke_between(transcript: Transcript, first: Commitment, record: Commitment, speakers: set[str]) -> bool:
    """Whether nobody but ``speakers`` and the chair spoke between the turns of ``first`` and ``record``: the exchange
    went on without another member joining it."""
    between = transcript.turns[_index(first.turn_id) + 1:_index(record.turn_id)]
    return all(turn.is_chair or turn.speaker in speakers for turn in between)


# The acts a minister says again when a member presses on: finding out and reporting back. Any shared content word was
# too broad: on the tuning split it folded two new promises made in an exchange with one member ("... om regelmatig met
# Fier in gesprek te gaan" and "Ik zal het zeker ook ter sprake brengen als ik maandag een bezoek breng aan Fier"; a
# come-back promised when the member asked for a whole promise after a half one) and lost both. With these verbs it
# folds the one repeat above and, on a held-out mini-debate set, one more (not read).
_SAME_ACT = frozenset({"navragen", "navraag", "nagaan", "uitzoeken", "opvragen", "informeren", "terugkomen", "terugkom",
                       "bespreken", "aankaarten", "agenderen", "aanspreken", "bekijken", "onderzoeken"})


# A conclusion: "dus" with a word that points back ("Ik zal uw Kamer daar dus in december nader over informeren.").
_CONCLUDES = re.compile(r"\bdus\b[^.?!]*\b(?:daar|er|dat|het)\b|\b(?:daar|er|dat|het)\b[^.?!]*\bdus\b", re.IGNORECASE)


def _span(deadline: str) -> tuple[str, str]:
    """An ISO date or range as (first day, last day); ISO dates compare as strings."""
    start, _, end = deadline.partition("/")
    return start, end or start


def _concluded_in_the_turn(kept: dict[int, Commitment], record: Commitment) -> int | None:
    """Key of the speaker's earlier promise in the same turn that ``record`` concludes (`_CONCLUDES`) with a time that
    overlaps the promise's: "Maar ik wil het volgende toezeggen. ... anders zou ik zeggen dat we u in ieder geval begin
    december rapporteren over wat we hebben gedaan met de aanbevelingen ..." and, three paragraphs and another promise
    on, "Ik zal uw Kamer daar dus in december nader over informeren." (a ParlaMint-NL plenary moved to tuning, round
    24): one promise, which the conclusion dates. The finder joins sayings within a paragraph only (`finder._merge`).
    Over every mini-debate and probe set it folds six more such conclusions ("Dus nogmaals: dat plan van aanpak, dat
    krijgt u van mij voor de zomer.") and changes no figure; the time must overlap, so the promise between (here one
    with no time) is passed over."""
    if record.deadline is None or not _CONCLUDES.search(record.quote):
        return None
    start, end = _span(record.deadline)
    for key in sorted(kept, reverse=True):
        first = kept[key]
        if first.turn_id == record.turn_id and first.speaker == record.speaker and first.end < record.start \
                and first.deadline is not None and _span(first.deadline)[0] <= end and start <= _span(first.deadline)[1]:
            return key
    return None


def _paragraph_before(text: str, start: int) -> str:
    return text[:start].rpartition("\n\n")[2]


_CONTENT_WORD = re.compile(r"\b[^\W\d_][\w-]{3,}\b")


def _words(text: str) -> set[str]:
    """The content words of ``text``, lowercased: four letters or more, no stopword."""
    return {w.lower() for w in _CONTENT_WORD.findall(text)} - all_stopwords()


# A promise said again in its own words in a later turn: "Ik zal de adviescommissie vragen in de jaarlijkse
# rapportages [...] ook aandacht te besteden aan eventuele signalen van discriminatie" and, forty turns on, "Naast de
# controle zal ik de adviescommissie vragen in de jaarlijkse rapportage aandacht te besteden aan eventuele signalen
# van discriminatie" (an Eerste Kamer debate, round 8) share 8 content words, half of either's. Over the finder's
# records of all 27 labelled debates (6 December 2026) the closest other pair of one speaker's promises in different
# turns shares four words (0.44 of the shorter's).
SAID_AGAIN_SHARE = 0.5
SAID_AGAIN_WORDS = 6


def said_again_in_words(first: str, later: str) -> bool:
    """Whether ``later`` says the promise ``first`` again in the same words (`SAID_AGAIN_SHARE` of the
    shorter one's content words, and at least `SAID_AGAIN_WORDS`)."""
    a, b = _words(first), _words(later)
    shared = len(a & b)
    return shared >= SAID_AGAIN_WORDS and shared >= SAID_AGAIN_SHARE * min(len(a), len(b))


# "... in de brief zetten", "... in het briefje opnemen": something put into *the* letter, one promised before.
INTO_THE_LETTER = re.compile(r"\bin\s+(?:de|die|dat|het)\s+(?:\w+\s+)?(?:brief|briefje)\b", re.IGNORECASE)
# A short answer that dates what was just promised: "Die is er in ieder geval uiterlijk vrijdag.", "We zorgen
# ervoor dat die er morgen gewoon ligt.", "Uiterlijk vrijdag." (ParlaMint-NL 2022-04-06, a tuning debate: 2 to 9
# words); a longer sentence names a subject of its own.
DATING_ANSWER_WORDS = 12
POINTS_AT_IT = re.compile(r"^(?:uiterlijk|voor|vóór|binnen|morgen|op)\b|\b(?:die|dat|deze|hij|het\s+briefje|de\s+brief)\b",
                          re.IGNORECASE)
# How many turns after a promise such an answer may come: the chair's question and one exchange about it.
DATING_REACH = 8
# What the answer must answer: a question about the letter or its timing ("Zouden we de stemmingen willen
# aanhouden totdat we die brief hebben ontvangen?", "O, die is er morgen?"). Without it, a date in a later
# answer on another point ("in augustus") re-dated a promise on the tuning split.
ASKS_ABOUT_IT = re.compile(r"\b(?:wanneer|welke\s+datum|welke\s+termijn|brief|briefje|morgen|ontvangen)\b", re.IGNORECASE)


def _next_turn_after_the_chair(transcript: Transcript, index: int, speaker: str) -> int | None:
    """The index of ``speaker``'s next turn when only the chair speaks before it, else None: a member
    speaking between asks something new, and what goes into the letter then is a promise of its own
    (labelled so in ParlaMint-NL 2021-12-09; the same-point addition after the chair's "Daar zien we naar
    uit." in 2022-04-06 is labelled a repeat)."""
    for turn in transcript.turns[index + 1:]:
        if not turn.is_chair:
            return turn.index if is_cabinet(turn) and turn.speaker == speaker else None
    return None


def _folded(first: Commitment, repeat: Commitment) -> Commitment:
    """``first`` with ``repeat`` folded in: its turn, its date if it gives one (or its time words, undated,
    where ``first`` has no date: "Ik zal navraag doen binnen het departement." then "Ik zal er alles aan
    doen om daarop terug te komen tijdens het tweeminutendebat.", whose words were lost before), its
    list item if ``first`` has none."""
    changes: dict[str, object] = {"repeated_in": (*first.repeated_in, repeat.turn_id),
                                  "said_again": (*first.said_again, (repeat.turn_id, repeat.start, repeat.end))}
    if repeat.deadline is not None or (first.deadline is None and repeat.deadline_text is not None):
        changes |= {"deadline": repeat.deadline, "deadline_text": repeat.deadline_text}
    if first.list_item is None and repeat.list_item is not None:
        changes |= {"list_item": repeat.list_item, "list_text": repeat.list_text, "list_speaker": repeat.list_speaker,
                    "list_turn_id": repeat.list_turn_id, "list_corrections": repeat.list_corrections}
    return dataclasses.replace(first, **changes)  # type: ignore[arg-type]  # keys are Commitment fields


def fold_repeats(transcript: Transcript, records: list[Commitment], items: list[ListItem]) -> list[Commitment]:
    """``records`` (the finder's, in document order) without the repeats, each original carrying
    the turns that repeat it (``repeated_in``), the latest date they gave, and their list item. A repeat
    registered as another list item than its original's stays a record of its own."""
    start = list_start(transcript)
    kept: dict[int, Commitment] = {}
    for position, record in enumerate(records):
        original = _original(transcript, kept, record, items, start)
        if original is None or None not in (kept[original].list_item, record.list_item):
            kept[position] = record
        else:
            kept[original] = _folded(kept[original], record)
    return [kept[i] for i in sorted(kept)]


def date_from_later_answers(transcript: Transcript, records: list[Commitment], dates: DebateDates) -> list[Commitment]:
    """``records`` with the date a minister gives in a short answer after a promise: "Wanneer komt die
    brief?" - "Die is er in ieder geval uiterlijk vrijdag." Such an answer names no act (the finder finds
    nothing in it), so it dates the speaker's last promise of up to `DATING_REACH` turns before, with no
    other cabinet member's promise between; the latest such date wins, as in the labels."""
    promised_in = {_index(record.turn_id) for record in records}
    out = list(records)
    for position, record in enumerate(records):
        start = _index(record.turn_id)
        later = [p for p in promised_in if p > start]
        stop = min([*later, start + DATING_REACH + 1, len(transcript.turns)])
        for turn in transcript.turns[start + 1:stop]:
            if not is_cabinet(turn):
                continue
            if turn.speaker != record.speaker:
                break
            if turn.id in record.repeated_in or not ASKS_ABOUT_IT.search(_asked(transcript, turn)):
                continue  # a repeat the finder found is already folded, with its date
            dated = [deadline for sentence in split_sentences(turn.text)
                     if len(sentence.text.split()) <= DATING_ANSWER_WORDS and POINTS_AT_IT.search(sentence.text)
                     and (deadline := dates.find(sentence.text)) is not None and deadline.iso is not None]
            if dated:  # the turn's last date, as a later turn's wins over an earlier one
                out[position] = dataclasses.replace(out[position], deadline=dated[-1].iso, deadline_text=dated[-1].text,
                                                    repeated_in=(*out[position].repeated_in, turn.id))
    return out
