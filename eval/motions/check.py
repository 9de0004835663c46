"""Check the motion labels against the parsed corpus.

Run:  .venv/bin/python eval/motions/check.py   (from the repository root)
Parses the labelled debates with ingest.detect.parse_file, resolves every (speaker, phrase)
reference to exactly one turn of that speaker, checks every quote is verbatim in that turn
(after eval.golden_set.normalize_text), checks dicta against the parser's motion events, prints
counts and ends with 'PROBLEMS: N'.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
from eval.golden_set import normalize_text, normalize_turn_text, speaker_matches
from ingest.detect import parse_file

HERE = Path(__file__).resolve().parent
CORPUS = Path.cwd() / "corpus"
TRANSCRIPTS = Path.cwd() / "eval" / "transcripts"  # labelled sittings that are not in the sample corpus
FILES = [
    "parlamint/ParlaMint-NL_2022-02-03-tweedekamer-4.xml",
    "parlamint/ParlaMint-NL_2021-06-17-tweedekamer-7.xml",
    "vlos/sample_vlos_dc665b38-00f1-4efe-a39a-1245ddd7e2ef_1378fd61-cf82-4208-a700-021382f839b0.xml",
    "vlos/sample_vlos_ce0428cf-375f-41e3-baef-e15cd953172a_604b6f07-0077-4e6c-bd09-03509b9b8849.xml",
    "vlos/sample_vlos_e2903f19-34e9-4c37-b1dc-f985d071fc97_d5130a6f-0400-4b03-b8d3-8daed02dc4af.xml",
    # and every labelled sitting that lives in TRANSCRIPTS as <doc_id>.xml
    *(str(path) for label in sorted(HERE.glob("*.jsonl")) if (path := TRANSCRIPTS / f"{label.stem}.xml").exists()),
]
FIELDS = [
    "doc_id", "section", "mention", "number", "kamerstuk", "submitter", "co_submitters",
    "subject", "subject_quote", "subject_source", "dictum_quote",
    "appreciation", "condition", "appreciation_by", "speaker", "phrase", "reasoning",
    "appreciation_history", "extra_quotes",
    "submitted_speaker", "submitted_phrase", "submitted_turn", "notes",
]
APPRECIATIONS = {"oordeel Kamer", "ontraden", "overnemen", "aanhouden", "oordeel Kamer met appreciatie",
                 "ingetrokken", "gewijzigd", "ontijdig", "overbodig", None}
CABINET_ROLES = {"minister", "state_secretary"}

problems: list[str] = []


def problem(where: str, msg: str) -> None:
    problems.append(f"{where}: {msg}")


def find(transcript, speaker: str, phrase: str):
    p = normalize_text(phrase)
    return [t for t in transcript.turns if speaker_matches(speaker, t.speaker) and p in normalize_turn_text(t.text)]


def resolve(where, transcript, speaker, phrase):
    if not speaker or not phrase:
        problem(where, f"speaker/phrase missing ({speaker!r}, {phrase!r})")
        return None
    n = len(phrase.split())
    if not 4 <= n <= 12:
        problem(where, f"phrase has {n} words (4-12): {phrase!r}")
    turns = find(transcript, speaker, phrase)
    if len(turns) != 1:
        problem(where, f"phrase {phrase!r} of {speaker!r} matches {len(turns)} turns")
        return None
    return turns[0]


def inside(where, turn, quote, what):
    if quote and normalize_text(quote) not in normalize_turn_text(turn.text):
        problem(where, f"{what} not verbatim in turn {turn.index} of {turn.speaker}: {quote[:70]!r}")


def main() -> int:
    transcripts = {}
    for f in FILES:
        t = parse_file(CORPUS / f)
        transcripts[t.id] = t
    counts = {}
    per_value = Counter()
    for path in sorted(HERE.glob("*.jsonl")):
        doc = path.stem
        tr = transcripts.get(doc)
        if tr is None:
            problem(path.name, "file not named after a parsed doc id")
            continue
        # Each motion event with the member's turn it follows: an Eerste Kamer member names the submitters
        # in that turn ("Door de leden Recourt, De Boer, Janssen en Dittrich wordt de volgende motie voorgesteld:"),
        # and the event itself does not.
        motion_events = [(normalize_text(e.text), normalize_turn_text(reader.text) if (reader := tr.turn_at(e.after_turn)) else "")
                         for e in tr.events if e.kind == "motion"]
        c = Counter()
        seen = set()
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{ln}"
            it = json.loads(line)
            if list(it) != FIELDS:
                problem(where, f"fields differ: {sorted(set(it) ^ set(FIELDS))}")
                continue
            if it["doc_id"] != doc:
                problem(where, "doc_id differs from file name")
            key = (it["number"], it["subject"])
            if key in seen:
                problem(where, "duplicate item")
            seen.add(key)
            c["items"] += 1
            c[it["mention"]] += 1
            if it["mention"] not in {"submitted", "referenced"}:
                problem(where, f"bad mention {it['mention']!r}")
            app = it["appreciation"]
            if app not in APPRECIATIONS:
                problem(where, f"bad appreciation {app!r}")
            per_value[app] += 1
            c["appreciated" if app else "no_appreciation"] += 1
            if app == "oordeel Kamer met appreciatie" and not it["condition"]:
                problem(where, "conditional appreciation without condition")
            if it["mention"] == "submitted":
                if not it["number"] or not it["dictum_quote"]:
                    problem(where, "submitted motion needs number and dictum_quote")
                else:
                    # Eerste Kamer motions are lettered ("Zij krijgt nr. kst-35355-E"); the event text is lowercased.
                    nr = re.compile(rf"nr\. (kst-[0-9a-z-]+-)?{re.escape(it['number'])}\b", re.IGNORECASE)
                    evs = [(event, reading) for event, reading in motion_events
                           if normalize_text(it["dictum_quote"]) in event]
                    if len(evs) != 1:
                        problem(where, f"dictum_quote found in {len(evs)} motion events")
                    elif not nr.search(evs[0][0]):
                        problem(where, f"motion event with the dictum does not carry {nr!r}")
                    else:
                        for name in (it["submitter"], *it["co_submitters"]):
                            if not any(normalize_text(name) in text for text in evs[0]):
                                problem(where, f"submitter {name!r} named neither in the motion event nor in the "
                                               "turn that reads it")
            by = it["appreciation_by"]
            if app and not by:
                problem(where, "appreciation without appreciation_by")
            turn = None
            if it["speaker"] or it["phrase"]:
                turn = resolve(where, tr, it["speaker"], it["phrase"])
            elif it["mention"] == "submitted" and app is None and it["submitted_phrase"] is None:
                c["unlocatable"] += 1  # never discussed and submitted in a turn under 4 words (README)
            else:
                problem(where, "item has no speaker/phrase")
            if by:
                if by.get("speaker") != it["speaker"]:
                    problem(where, "appreciation_by.speaker differs from speaker")
                if turn is not None and turn.role not in CABINET_ROLES:
                    problem(where, f"appreciation turn role is {turn.role!r}")
                if turn is not None and by.get("role") != turn.role:
                    problem(where, f"appreciation_by.role {by.get('role')!r} != parser role {turn.role!r}")
            if turn is not None:
                inside(where, turn, it["reasoning"], "reasoning")
                if it["subject_quote"] and normalize_text(it["subject_quote"]) not in normalize_turn_text(turn.text):
                    others = find(tr, it["speaker"], it["subject_quote"])
                    if len(others) != 1:
                        problem(where, f"subject_quote in {len(others)} turns of {it['speaker']!r}")
            elif it["reasoning"] or it["subject_quote"]:
                problem(where, "quotes without a located turn")
            for i, h in enumerate(it["appreciation_history"]):
                w = f"{where} history[{i}]"
                t2 = resolve(w, tr, h["speaker"], h["phrase"])
                if t2 is not None:
                    inside(w, t2, h["quote"], "quote")
            hist = it["appreciation_history"]
            for i, h in enumerate(hist):
                if h["value"] not in APPRECIATIONS or h["value"] is None:
                    problem(where, f"history[{i}] bad value {h['value']!r}")
            if hist and hist[-1]["value"] != app:
                problem(where, f"last history value {hist[-1]['value']!r} differs from appreciation {app!r}")
            if len(hist) == 1:
                problem(where, "a history needs at least two steps (one step is just the appreciation)")
            for i, q in enumerate(it["extra_quotes"]):
                w = f"{where} extra_quotes[{i}]"
                t2 = resolve(w, tr, q["speaker"], q["phrase"])
                if t2 is not None:
                    inside(w, t2, q["quote"], "quote")
            if it["submitted_phrase"]:
                t2 = resolve(where + " submitted", tr, it["submitted_speaker"], it["submitted_phrase"])
                if t2 is not None and t2.role != "member":
                    problem(where, "submitted turn is not a member's")
                if it["submitted_turn"] not in {"reading", "announcement"}:
                    problem(where, "submitted_turn must be reading/announcement when submitted_phrase is set")
            elif it["submitted_turn"] is not None:
                problem(where, "submitted_turn set without submitted_phrase")
        counts[doc] = c
    print(f"{'doc_id':45} items submitted referenced appreciated none unlocatable")
    for doc, c in counts.items():
        print(f"{doc:45} {c['items']:5} {c['submitted']:9} {c['referenced']:10} {c['appreciated']:11} {c['no_appreciation']:4} {c['unlocatable']:11}")
    print("appreciations:", dict(per_value))
    print("total items:", sum(c["items"] for c in counts.values()))
    for p in problems:
        print("PROBLEM", p)
    print(f"PROBLEMS: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
