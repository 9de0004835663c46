"""ParlaMint corpus metadata: ``u/@who`` resolved through the corpus's listPerson and listOrg to
a full name, the party on the sitting's date and a government office on that date; a corpus root
ingested alone brings its XIncluded sittings; metadata ingested after its sittings still applies.

The fixture (tests/ingest/fixtures/ParlaMint-XX) is a fictional corpus in the ParlaMint schema: a
``teiCorpus`` root XIncluding a listOrg, a listPerson and two sittings (2021 and 2023), copied to
a temporary folder by each test so files can be removed. The ParlaMint-GB sitting of the sample
corpus pins the same behaviour on real data."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from doubles import HashEmbedder
from samples import CORPUS

from ingest.catalog import IndexLayout, load_manifest
from ingest.detect import parse_file
from ingest.errors import NotASittingError
from ingest.indexing import ingest_paths
from ingest.models import Transcript, Turn
from ingest.parlamint_meta import parse_metadata
from ingest.settings import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "ParlaMint-XX"
SITTING_2021 = Path("2021/ParlaMint-XX_2021-03-01-lower.xml")
SITTING_2023 = Path("2023/ParlaMint-XX_2023-03-01-lower.xml")
GB_SITTING = CORPUS / "parlamint" / "GB" / "ParlaMint-GB_2022-10-17-commons.xml"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE, tmp_path / "ParlaMint-XX"))


def _turn(transcript: Transcript, who: str) -> Turn:
    """The turn of the ``u`` whose ``@who`` is ``who`` (every ``u`` of the fixture has text, so
    turn i is the i-th ``u``)."""
    order = re.findall(r'who="(#\w+)"', Path(transcript.source_path).read_text(encoding="utf-8"))
    return transcript.turns[order.index(who)]


def _speakers(transcript: Transcript) -> list[tuple[str, str, str | None, str | None]]:
    return [(t.speaker, t.role, t.party, t.function) for t in transcript.turns]


# --- resolution ---------------------------------------------------------------------------------


def test_who_is_resolved_to_the_full_name_in_the_person_list(corpus: Path) -> None:
    transcript = parse_file(corpus / SITTING_2021)
    names = [t.speaker for t in transcript.turns]
    assert names[:4] == ["Clara Voorn", "Anna Bakker", "Pieter van der Jong", "Tom Dubbel"]


def test_the_party_is_the_one_held_on_the_sittings_date_for_a_person_whose_party_changed(corpus: Path) -> None:
    before, after = parse_file(corpus / SITTING_2021), parse_file(corpus / SITTING_2023)
    assert _turn(before, "#AnnaBakker").party == "RWP"  # "Red Workers Party": abbreviated
    assert _turn(after, "#AnnaBakker").party == "Greens"  # one word: as named


def test_a_government_office_held_on_the_date_makes_a_minister_with_that_office(corpus: Path) -> None:
    anna = _turn(parse_file(corpus / SITTING_2021), "#AnnaBakker")
    assert (anna.role, anna.function) == ("minister", "Minister of Finance")  # the sitting's language, not "xx"


def test_an_office_that_ended_before_the_date_leaves_a_member(corpus: Path) -> None:
    anna = _turn(parse_file(corpus / SITTING_2023), "#AnnaBakker")
    assert (anna.role, anna.function) == ("member", None)


def test_an_office_that_began_after_the_date_does_not_apply_yet(corpus: Path) -> None:
    before, after = parse_file(corpus / SITTING_2021), parse_file(corpus / SITTING_2023)
    assert _turn(before, "#PietervanderJong").role == "member"
    pieter = _turn(after, "#PietervanderJong")  # from "2023-01": a month-precise start
    assert (pieter.role, pieter.function) == ("state_secretary", "State Secretary for Education")


def test_the_chair_is_decided_by_the_sitting_and_named_by_the_metadata(corpus: Path) -> None:
    chair = parse_file(corpus / SITTING_2021).turns[0]
    assert (chair.speaker, chair.role, chair.is_chair, chair.function) == (
        "Clara Voorn", "chair", True, "Speaker of the Lower House")


def test_two_parties_from_the_same_day_leave_the_party_unknown_with_a_warning(corpus: Path) -> None:
    transcript = parse_file(corpus / SITTING_2021)
    assert _turn(transcript, "#TomDubbel").party is None
    assert any("#TomDubbel: more than one party" in w for w in transcript.warnings)


def test_a_person_missing_from_the_list_is_named_from_the_sitting_with_a_warning(corpus: Path) -> None:
    transcript = parse_file(corpus / SITTING_2021)
    guest = _turn(transcript, "#GuestSpeaker")
    assert (guest.speaker, guest.party, guest.function) == ("Guest Speaker", None, None)
    assert any("not in the ParlaMint listPerson (#GuestSpeaker)" in w for w in transcript.warnings)


def test_a_missing_person_list_gives_a_clear_warning_and_the_sitting_still_parses(corpus: Path) -> None:
    (corpus / "ParlaMint-XX-listPerson.xml").unlink()
    transcript = parse_file(corpus / SITTING_2021)
    assert any("ParlaMint-XX.xml includes ParlaMint-XX-listPerson.xml, which is missing" in w
               for w in transcript.warnings)
    assert transcript.turns[1].speaker == "Anna Bakker"  # spelled out from "#AnnaBakker", as without metadata
    assert transcript.turns[1].function is None


def test_without_any_metadata_a_sitting_parses_as_before(corpus: Path, tmp_path: Path) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(corpus / SITTING_2021, alone)
    transcript = parse_file(alone / SITTING_2021.name)
    assert _speakers(transcript)[1] == ("Anna Bakker", "member", None, None)
    assert "metadata_digest" not in transcript.extra


def test_metadata_files_are_not_sittings(corpus: Path) -> None:
    for name, kind in (("ParlaMint-XX.xml", "teiCorpus"), ("ParlaMint-XX-listPerson.xml", "listPerson"),
                       ("ParlaMint-XX-listOrg.xml", "listOrg")):
        with pytest.raises(NotASittingError) as caught:
            parse_file(corpus / name)
        assert caught.value.kind == kind
        assert name in str(caught.value)


def test_person_lists_inline_in_an_older_corpus_root_are_read(corpus: Path) -> None:
    persons = (corpus / "ParlaMint-XX-listPerson.xml").read_text(encoding="utf-8").split("?>", 1)[1]
    root = (corpus / "ParlaMint-XX.xml").read_text(encoding="utf-8")
    inline = root.replace('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="ParlaMint-XX-listPerson.xml"/>',
                          persons)
    metadata = parse_metadata(inline.encode(), "ParlaMint-XX.xml")
    assert sorted(metadata.persons) == ["AnnaBakker", "ClaraVoorn", "PietervanderJong", "TomDubbel"]


def test_an_xinclude_outside_the_corpus_folder_is_refused_not_read(corpus: Path) -> None:
    from ingest.parlamint_files import read_corpus_root

    root = corpus / "ParlaMint-XX.xml"
    root.write_text(root.read_text(encoding="utf-8").replace(
        'href="2023/ParlaMint-XX_2023-03-01-lower.xml"', 'href="../../secret.xml"'), encoding="utf-8")
    found = read_corpus_root(root)
    assert [p.name for p in found.sittings] == [SITTING_2021.name]
    assert any("'../../secret.xml' refused" in problem for problem in found.problems)


# --- ingest -------------------------------------------------------------------------------------


def _ingest(paths: list[Path], tmp_path: Path):
    return ingest_paths(paths, Settings(index_dir=tmp_path / "index"), embedder=HashEmbedder())


def test_a_corpus_root_ingested_alone_brings_its_xincluded_sittings(corpus: Path, tmp_path: Path) -> None:
    summary = _ingest([corpus / "ParlaMint-XX.xml"], tmp_path)
    assert summary.documents_added == 2
    assert not summary.failed
    root_line = next(f for f in summary.files if f.path.endswith("ParlaMint-XX.xml"))
    assert root_line.status == "skipped" and "2 XIncluded sitting(s)" in (root_line.message or "")
    documents = load_manifest(IndexLayout(tmp_path / "index"))["documents"]
    assert "Anna Bakker" in documents["ParlaMint-XX_2021-03-01-lower"]["speakers"]


def test_a_corpus_root_in_a_folder_walk_adds_no_second_copy_of_its_sittings(corpus: Path, tmp_path: Path) -> None:
    summary = _ingest([corpus], tmp_path)
    assert (summary.documents_added, len(summary.failed)) == (2, 0)
    assert {f.status for f in summary.files if "list" in f.path} == {"skipped"}


def test_a_missing_xincluded_sitting_fails_alone(corpus: Path, tmp_path: Path) -> None:
    (corpus / SITTING_2023).unlink()
    summary = _ingest([corpus / "ParlaMint-XX.xml"], tmp_path)
    assert summary.documents_added == 1
    assert [f.message for f in summary.failed] == [
        f"{corpus / 'ParlaMint-XX.xml'}: includes {SITTING_2023.as_posix()}, which is missing"]


def test_metadata_ingested_after_its_sittings_still_applies_and_a_rerun_writes_nothing(
        corpus: Path, tmp_path: Path) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    for name in ("ParlaMint-XX.xml", "ParlaMint-XX-listPerson.xml", "ParlaMint-XX-listOrg.xml"):
        shutil.move(corpus / name, lists / name)
    first = _ingest([corpus / SITTING_2021], tmp_path)
    assert first.documents_added == 1
    layout = IndexLayout(tmp_path / "index")
    assert "Guest Speaker" in load_manifest(layout)["documents"]["ParlaMint-XX_2021-03-01-lower"]["speakers"]
    assert "Tom Dubbel" in load_manifest(layout)["documents"]["ParlaMint-XX_2021-03-01-lower"]["speakers"]

    shutil.move(lists / "ParlaMint-XX-listPerson.xml", corpus / "ParlaMint-XX-listPerson.xml")
    shutil.move(lists / "ParlaMint-XX-listOrg.xml", corpus / "ParlaMint-XX-listOrg.xml")
    second = _ingest([corpus / "ParlaMint-XX-listPerson.xml"], tmp_path)
    assert second.documents_updated == 1
    stored = (layout.transcript_file("ParlaMint-XX_2021-03-01-lower")).read_text(encoding="utf-8")
    assert "Minister of Finance" in stored

    third = _ingest([corpus / SITTING_2021, corpus / "ParlaMint-XX-listPerson.xml"], tmp_path)
    assert (third.documents_added, third.documents_updated, third.chunks_added) == (0, 0, 0)


# --- the ParlaMint-GB sitting of the sample corpus -----------------------------------------------


def test_the_gb_sitting_names_the_chancellor_and_the_speaker_from_its_metadata() -> None:
    transcript = parse_file(GB_SITTING)
    assert (transcript.language, transcript.date, transcript.chamber) == ("en", "2022-10-17", "House of Commons")
    speakers = dict.fromkeys(_speakers(transcript))
    assert list(speakers) == [
        ("Jeremy Hunt", "minister", "Conservative", "Chancellor of the Exchequer"),
        ("Lindsay Hoyle", "chair", None, "Speaker of the House of Commons"),
        ("Rachel Reeves", "member", "Labour", None),  # Chancellor only from 2024-07-05
        ("Mel Stride", "member", "Conservative", None),  # Work and Pensions only from 2022-10-25
        ("Alison Thewliss", "member", "SNP", None),
        ("John Redwood", "member", "Conservative", None),  # Secretary of State for Wales 1993-1995
    ]
    assert len(transcript.turns) == 13
    assert sum(t.speaker == "Jeremy Hunt" for t in transcript.turns) == 6
