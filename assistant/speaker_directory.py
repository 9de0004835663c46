"""Who speaks in the index: each speaker's name, parties, roles, function titles and debates,
and the documents, gathered once from the chunk metadata so that a question's names resolve
against people who really speak ("Toorenburg" is "Van Toorenburg" only because that speaker
exists), never against a model's guess."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ingest.chunking import speaker_key
from ingest.models import agenda_item


@dataclass(frozen=True)
class Speaker:
    """One person as the index knows them."""

    name: str
    key: str
    parties: frozenset[str]
    roles: frozenset[str]
    functions: frozenset[str]
    doc_ids: frozenset[str]


@dataclass
class SpeakerDirectory:
    """Speakers, parties and documents in the index, for resolving names in questions."""

    speakers: dict[str, Speaker]
    parties: dict[str, str]
    documents: dict[str, dict[str, Any]]

    @classmethod
    def from_metadatas(cls, metadatas: Iterable[Mapping[str, Any]]) -> SpeakerDirectory:
        acc: dict[str, dict[str, set[str]]] = {}
        names: dict[str, str] = {}
        documents: dict[str, dict[str, Any]] = {}
        for meta in metadatas:
            key = meta.get("speaker_key") or speaker_key(meta.get("speaker", ""))
            names.setdefault(key, meta.get("speaker", key))
            entry = acc.setdefault(key, {"parties": set(), "roles": set(), "functions": set(), "docs": set()})
            for name, value in (("parties", meta.get("party")), ("roles", meta.get("role")),
                                ("functions", meta.get("function")), ("docs", meta.get("doc_id"))):
                if value:
                    entry[name].add(value)
            document = documents.setdefault(meta["doc_id"], {"title": meta.get("doc_title", ""), "date": meta.get("date"),
                                                             "items": ()})
            item = agenda_item(meta.get("section"))  # a sitting's tweeminutendebatten (`question._item_words`)
            if item and item != document["title"] and item not in document["items"]:
                document["items"] = (*document["items"], item)
        speakers = {
            key: Speaker(names[key], key, frozenset(e["parties"]), frozenset(e["roles"]),
                         frozenset(e["functions"]), frozenset(e["docs"]))
            for key, e in acc.items()
        }
        parties = {p.lower(): p for s in speakers.values() for p in s.parties}
        return cls(speakers, parties, documents)


def surname(name: str) -> str:
    """The word people type for a speaker in a question: the last word of the printed name."""
    return name.split()[-1]


def mention(question: str, name: str | None) -> int:
    """Where ``question`` names the speaker ``name`` (the surname as a capitalised word:
    case matters, so the Dutch word "blok" is not Minister Blok); -1 when it does not. Shared
    by the exchange and commitment answers, which ask whether a question names the challenger,
    the one challenged or the member a promise was made to."""
    if not name:
        return -1
    found = re.search(rf"(?<!\w){re.escape(surname(name))}(?!\w)", question)
    return found.start() if found else -1
