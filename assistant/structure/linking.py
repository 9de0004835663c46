"""Link each item of the chair's list to the minister's own turn where the promise was made.

The chair paraphrases, so the link is lexical: the item's content words (four letters or more,
without the words every item shares: minister, Kamer, informeren, toezegging …) weighted by how
rare they are among the cabinet's sentences, against each window of three sentences of every
cabinet turn before the list. The best window wins when its weight reaches `MIN_SCORE`; a
commitment the finder found in that turn, overlapping the window, is preferred as the quote.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ingest.models import Transcript

from .cabinet import is_cabinet
from .chair_list import ListItem, list_start
from .finder import Found
from .sentences import split_sentences

# Measured on the tuning debates: true links score 6-40, the best wrong window of a turn without
# the promise 2-5.
MIN_SCORE = 5.0
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'-]{3,}", re.IGNORECASE)
_COMMON = frozenset("""
minister staatssecretaris kamer informeren toezegging toezeggingen zegt zal zullen komt komen
terug brief sturen over naar deze die dat deze wordt worden heeft hebben voor bij met van een
ook nog daar hier over kunnen moeten gaat gaan aandacht vraag ingaan nader ten aanzien
""".split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _COMMON


def link_items(transcript: Transcript, items: list[ListItem], found: list[Found]) -> list[Found | None]:
    """For each list item, the commitment the finder found in the cabinet turn that made the
    promise (before the list is read), or None when no found commitment shares enough rare words."""
    end = list_start(transcript)
    candidates = [f for f in found if end is None or f.turn.index < end]
    windows: list[tuple[Found, set[str]]] = []
    for f in candidates:
        around = [s for s in f.all_sentences if s.end >= f.start - 250 and s.start <= f.end + 150]
        windows.append((f, _words(" ".join(s.text for s in around))))
    sentence_words = [_words(s.text) for t in transcript.turns[:end] if is_cabinet(t) for s in split_sentences(t.text)]
    df = Counter(word for words in sentence_words for word in words)
    total = max(len(sentence_words), 1)
    links: list[Found | None] = []
    for item in items:
        wanted = _words(item.text)
        scored = [(sum(math.log(total / max(df[w], 1)) for w in wanted & words), f) for f, words in windows]
        best = max(scored, key=lambda pair: pair[0], default=None)
        links.append(best[1] if best is not None and best[0] >= MIN_SCORE else None)
    return links
