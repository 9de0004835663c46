"""Link each item of the chair's list to the minister's own turn where the promise was made.

The chair paraphrases, so the link is lexical: the item's content words (four letters or more,
without the words every item shares: minister, Kamer, informeren, toezegging …) weighted by how
rare they are among the cabinet's sentences, against the context of every promise the finder
found in a cabinet turn before the list (`_context_words`). The best context wins when its weight
reaches `MIN_SCORE`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from ingest.models import Transcript
from ingest.sentences import split_sentences

from .addressees import replied_challenge
from .cabinet import is_cabinet
from .chair_list import ListItem, list_start
from .finder import Found

# Measured on the tuning debates: true links score 6-40, the best wrong window of a turn without
# the promise 2-5.
MIN_SCORE = 5.0
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'-]{3,}", re.IGNORECASE)
# "ontvangt" and "krijgt" were tried here too (3 December 2026): with the finder's cue for "U ontvangt ... een
# plan van aanpak" they drew one item of the tuning split from its promise (37 -> 36 of 53 linked right), and
# left out of an item's words they gave 37 again, but by linking two more items, one of them wrongly: "De
# Kamer ontvangt de agenda wijkverpleging voor het kerstreces" went to another promise of the turn, and the
# development question on that agenda lost its answer. Assigning items to promises one to one by best score
# (an item whose best promise another item holds takes its next best) gave the same: 37 right, with the same
# wrong link. Neither was adopted: an item left unlinked keeps the chair's words, a wrong link misattributes.
_COMMON = frozenset("""
minister staatssecretaris kamer informeren toezegging toezeggingen zegt zal zullen komt komen
terug brief sturen over naar deze die dat deze wordt worden heeft hebben voor bij met van een
ook nog daar hier over kunnen moeten gaat gaan aandacht vraag ingaan nader ten aanzien
""".split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _COMMON


def _context_words(transcript: Transcript, found: Found) -> set[str]:
    """The words an item may share with a promise: the sentences around it (250 characters
    before, 150 after) and, where the turn replies to an interruption, the member's challenge:
    the chair's item paraphrases the request as often as the promise ("... over de uitvoering van
    de motie over het verbieden van sektes" for "Ja, ik zeg toe dat we daarnaar blijven kijken").
    Measured on the tuning split of `eval/commitments/` (`eval/commitment_scores.py`): items
    linked to the promise the labels give 34 -> 37 of 53, the finder's figures unchanged. The
    promise's whole paragraph and the one before as well: 38, but a repeat then took its own item
    and was no longer folded into its original (precision 0.859 -> 0.847, recall 0.986 -> 0.973).
    The member's turn a promise outside an exchange answers (`addressees.answered_turn`), whole or
    only its request (`requests.request_span`), measured 3 December 2026: no link changed (37)."""
    around = [s for s in found.all_sentences if s.end >= found.start - 250 and s.start <= found.end + 150]
    words = _words(" ".join(s.text for s in around))
    turn = found.turn
    if (challenge := replied_challenge(transcript, turn)) is not None:
        words |= _words(challenge.text)
    return words


def link_items(transcript: Transcript, items: list[ListItem], found: list[Found],
               members: Sequence[str | None] = ()) -> list[Found | None]:
    """For each list item, the commitment the finder found in the cabinet turn that made the
    promise (before the list is read), or None when no found commitment shares enough rare words.
    ``members`` (one per ``found``, where given) are whom each promise was made to: an item the
    chair says was made to one member ("Deze toezegging is gericht aan de heer Van Dijk") is not
    linked to a promise made to another (`dev-structure-4`: MIRT's item on the year 2034, to Olger
    van Dijk, was linked to the promise of indicators to De Hoop, sharing "2,5 miljard")."""
    end = list_start(transcript)
    made_to = list(members) or [None] * len(found)
    windows = [(f, _context_words(transcript, f), to) for f, to in zip(found, made_to, strict=True)
               if end is None or f.turn.index < end]
    sentence_words = [_words(s.text) for t in transcript.turns[:end] if is_cabinet(t) for s in split_sentences(t.text)]
    df = Counter(word for words in sentence_words for word in words)
    total = max(len(sentence_words), 1)
    candidates: list[list[tuple[float, Found]]] = []
    for item in items:
        wanted = _words(item.text)
        scored = [(sum(math.log(total / max(df[w], 1)) for w in wanted & words), f) for f, words, to in windows
                  if not _other_member(item.to, to)]
        candidates.append([(score, f) for score, f in scored if score >= MIN_SCORE])
    read = [i for i, item in enumerate(items) if not item.added]
    links: list[Found | None] = [max(options, key=lambda pair: pair[0])[1] if options else None for options in candidates]
    for i, link in zip(read, _in_debate_order([candidates[i] for i in read]), strict=True):
        links[i] = link
    return links


def _in_debate_order(candidates: list[list[tuple[float, Found]]]) -> list[Found | None]:
    """The links of the items the chair read, in the order of the debate: the clerk registers the
    promises as they are made, so item n+1's promise is never in a turn before item n's. Of the 55
    items of the tuning split whose promise the labels locate (8 debates with a list), 53 follow the
    debate's order turn by turn (several items may share a turn); of the other two, one was added by a
    member after the reading and one read out of turn. So the links chosen are, of those that keep the
    order, the ones that share the most rare words in all; an item whose best promise would break the
    order takes its best that keeps it, or none (it keeps the chair's words: a wrong link misattributes).
    Measured 7 December 2026 (`eval/commitment_scores.py`): items linked to the labelled promise on the
    tuning split 40 -> 41 of 54, wrong links 9 -> 5 (three now keep the chair's words); test 4 of 9 and
    every finder figure the same. Letting each promise take one item at most here as well (an item
    sharing a turn must take another of its promises) linked the tuning split the same and gave a
    held-out mini-debate set one more wrong find (a repeat no longer folded into its item's promise)."""
    # best[t] = (total score, links so far) of the alignments whose last link is in turn t (-1: none yet)
    best: dict[int, tuple[float, list[Found | None]]] = {-1: (0.0, [])}
    for options in candidates:
        step: dict[int, tuple[float, list[Found | None]]] = {}
        for last, (score, links) in best.items():
            moves = [(last, score, None), *((f.turn.index, score + gain, f) for gain, f in options if f.turn.index >= last)]
            for turn, total, link in moves:
                if turn not in step or total > step[turn][0]:
                    step[turn] = (total, [*links, link])
        best = step
    return max(best.values(), key=lambda entry: entry[0])[1] if candidates else []


def _other_member(listed: str | None, made_to: str | None) -> bool:
    """Whether the item's member and the promise's are both known and not the same person."""
    return listed is not None and made_to is not None and listed.split()[-1].lower() != made_to.split()[-1].lower()
