"""Checker for the commitment (toezegging) gold labels.

Run: .venv/bin/python eval/commitments/check.py   (from the repository root)

Parses every corpus file with ingest.detect.parse_file, resolves each item's (and each nested
reference's) speaker + phrase to exactly one turn of that speaker, checks that quotes are verbatim
in that turn (after eval.golden_set.normalize_text), checks field shapes, and prints counts.
Ends with "PROBLEMS: N".
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
from eval.golden_set import normalize_text, normalize_turn_text, speaker_matches
from ingest.detect import parse_file

HERE = Path(__file__).resolve().parent
CORPUS = Path.cwd() / "corpus"
TRANSCRIPTS = HERE.parent / "transcripts"  # labelled debates that are not in the sample corpus (its SOURCE.md)
MADE = ["kind", "doc_id", "speaker", "role", "function", "phrase", "quote", "to", "deadline_text", "deadline", "list_item"]
LISTED = ["kind", "doc_id", "speaker", "phrase", "quote", "to", "deadline_text", "deadline", "n", "corrected_by", "made_in"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(/\d{4}-\d{2}-\d{2})?$")
problems = []


def prob(where, msg):
    problems.append(f"{where}: {msg}")


docs = {}
for p in [*sorted(CORPUS.rglob("*")), *sorted(TRANSCRIPTS.rglob("*"))]:
    if p.suffix not in (".xml", ".txt") or not p.is_file():
        continue
    try:
        t = parse_file(p)
    except Exception:
        continue
    docs[t.id] = t


def turns_of(doc, speaker):
    return [t for t in docs[doc].turns if speaker_matches(speaker, t.speaker)]


def resolve(where, doc, speaker, phrase, quotes=()):
    ph = normalize_text(phrase)
    n = len(ph.split())
    if not 4 <= n <= 12:
        prob(where, f"phrase has {n} words: {phrase!r}")
    hits = [t for t in turns_of(doc, speaker) if ph in normalize_turn_text(t.text)]
    if len(hits) != 1:
        prob(where, f"phrase {phrase!r} of {speaker} matches {len(hits)} turns")
        return None
    text = normalize_turn_text(hits[0].text)
    for q in quotes:
        for part in (q or "").split("[...]"):
            if part.strip() and normalize_text(part) not in text:
                prob(where, f"quote not verbatim in turn {hits[0].index}: {part[:80]!r}")
    return hits[0]


counts = defaultdict(Counter)
for f in sorted(HERE.glob("*.jsonl")):
    doc = f.stem
    counts[doc]
    if doc not in docs:
        prob(f.name, "no such document")
        continue
    listed = {}
    made_links = []
    for ln, line in enumerate(f.read_text().splitlines(), 1):
        w = f"{f.name}:{ln}"
        try:
            it = json.loads(line)
        except ValueError as e:
            prob(w, f"bad JSON {e}")
            continue
        kind = it.get("kind")
        need = MADE if kind == "made" else LISTED if kind == "listed" else None
        if need is None:
            prob(w, f"bad kind {kind!r}")
            continue
        for k in need:
            if k not in it:
                prob(w, f"missing field {k}")
        if it.get("doc_id") != doc:
            prob(w, "doc_id differs from file name")
        to = it.get("to")
        if not (to is None or isinstance(to, str) or (isinstance(to, list) and all(isinstance(x, str) for x in to))):
            prob(w, f"bad to {to!r}")
        dl = it.get("deadline")
        if dl is not None and not DATE.match(dl):
            prob(w, f"bad deadline {dl!r}")
        if dl is not None and not it.get("deadline_text"):
            prob(w, "deadline without deadline_text")
        turn = resolve(w, doc, it["speaker"], it["phrase"], [it["quote"]])
        if turn is None:
            continue
        if kind == "made":
            if turn.role not in ("minister", "state_secretary"):
                prob(w, f"made by a {turn.role}")
            if it["role"] != turn.role or it["function"] != turn.function:
                prob(w, f"role/function {it['role']}/{it['function']} != parser {turn.role}/{turn.function}")
            for r in it.get("also_in") or []:
                resolve(w + " also_in", doc, r["speaker"], r["phrase"], [r.get("quote")])
            if it["list_item"] is not None:
                made_links.append((w, it["list_item"]))
            counts[doc]["made"] += 1
            counts[doc]["borderline"] += bool(it.get("borderline"))
            if "borderline" in it and not isinstance(it["borderline"], bool):
                prob(w, "borderline must be a boolean")
            counts[doc]["made_on_list"] += it["list_item"] is not None
        else:
            if not turn.is_chair:
                prob(w, "listed item not in a chair turn")
            if it["n"] in listed:
                prob(w, f"duplicate n {it['n']}")
            listed[it["n"]] = it
            cb = it.get("corrected_by")
            if cb is not None and not isinstance(cb, list):
                prob(w, "corrected_by must be null or a list")
            for r in cb or []:
                resolve(f"{w} corrected_by", doc, r["speaker"], r["phrase"], [r.get("quote")])
            r = it.get("made_in")
            if r:
                t2 = resolve(f"{w} made_in", doc, r["speaker"], r["phrase"])
                if t2 is not None and t2.role not in ("minister", "state_secretary"):
                    prob(w, "made_in is not a minister's turn")
            counts[doc]["listed"] += 1
            counts[doc]["listed_linked"] += bool(it.get("made_in"))
    if listed and sorted(listed) != list(range(1, len(listed) + 1)):
        prob(f.name, f"list positions not 1..n: {sorted(listed)}")
    for w, n in made_links:
        if listed and n not in listed:
            prob(w, f"list_item {n} not on the list")
        if not listed:
            prob(w, "list_item set but the document has no listed items")

print(f"{'doc_id':46} {'title':40} made borderline on_list listed linked")
for doc, c in counts.items():
    t = docs.get(doc)
    title = t.title[:40] if t else "?"
    print(f"{doc:46} {title:40} {c['made']:4} {c['borderline']:10} {c['made_on_list']:7} {c['listed']:6} {c['listed_linked']:6}")
tot = sum(counts.values(), Counter())
print(f"{'TOTAL':87} {tot['made']:4} {tot['borderline']:10} {tot['made_on_list']:7} {tot['listed']:6} {tot['listed_linked']:6}")
for p in problems:
    print("PROBLEM", p)
print(f"PROBLEMS: {len(problems)}")
