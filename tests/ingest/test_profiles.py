"""Language and parliament profiles are data files read by a typed loader: what they hold,
what a malformed one does, and what a language without a profile gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import ConfigError, ProfileError
from ingest.profiles.language import (
    DEFAULT_LANGUAGE,
    LANGUAGES_DIR,
    all_abbreviations,
    language_profile,
    language_profiles,
    load_language_profile,
)
from ingest.profiles.parliament import (
    load_parliament_profile,
    merged_parliaments,
    parliament_of,
    parliament_profiles,
)


def test_dutch_and_english_profiles_ship_with_their_own_stemmer() -> None:
    profiles = language_profiles()
    assert {"nl", "en"} <= set(profiles)
    assert profiles["nl"].stemmer == "dutch" and profiles["en"].stemmer == "english"
    assert profiles["nl"].split_compounds and not profiles["en"].split_compounds


def test_abbreviations_of_each_language_are_where_sentences_do_not_end() -> None:
    assert {"hon", "mr", "dr", "mrs", "st"} <= language_profile("en").abbreviations
    assert {"mevr", "dhr", "nr", "blz", "art"} <= language_profile("nl").abbreviations
    assert {"hon", "nr"} <= all_abbreviations()


def test_a_language_without_a_profile_gets_the_documented_default() -> None:
    assert DEFAULT_LANGUAGE == "en"
    assert language_profile("de").code == "en"
    assert language_profile("other").code == "en"
    assert language_profile(None).code == "en"
    assert language_profile("en-GB").code == "en"
    assert language_profile("NL").code == "nl"


def test_dates_are_written_as_each_language_writes_them() -> None:
    assert language_profile("nl").format_date("2024-03-05") == "5 maart 2024"
    assert language_profile("en").format_date("2024-03-05") == "5 Mar 2024"
    assert language_profile("en").format_date("2024-13-05") == "2024-13-05"
    assert language_profile("en").format_date(None) == ""


def _copy_without(tmp_path: Path, line_start: str) -> Path:
    text = (LANGUAGES_DIR / "en.toml").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith(line_start)]
    path = tmp_path / "en.toml"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


def test_a_profile_missing_a_message_names_the_file_and_the_key(tmp_path: Path) -> None:
    path = _copy_without(tmp_path, "said_in")
    with pytest.raises(ProfileError) as caught:
        load_language_profile(path)
    assert str(path) in str(caught.value) and "messages.said_in" in str(caught.value)
    assert isinstance(caught.value, ConfigError)


def test_a_profile_without_commitment_cues_names_the_file_and_the_table(tmp_path: Path) -> None:
    path = _copy_without(tmp_path, "[commitment_cues]")
    with pytest.raises(ProfileError) as caught:
        load_language_profile(path)
    assert str(path) in str(caught.value) and "commitment_cues" in str(caught.value)


def test_a_profile_that_is_not_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nl.toml"
    path.write_text('code = "nl"\nstemmer = [unclosed\n', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"nl\.toml: not valid TOML"):
        load_language_profile(path)


def test_a_profile_with_an_unknown_stemmer_says_which_stemmers_exist(tmp_path: Path) -> None:
    path = tmp_path / "en.toml"
    path.write_text((LANGUAGES_DIR / "en.toml").read_text(encoding="utf-8").replace('"english"', '"klingon"'),
                    encoding="utf-8")
    with pytest.raises(ProfileError, match=r"unknown stemmer 'klingon'.*english"):
        load_language_profile(path)


def test_a_profile_whose_code_is_not_its_file_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fr.toml"
    path.write_text((LANGUAGES_DIR / "en.toml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ProfileError, match=r"fr\.toml: code 'en' must match the file name"):
        load_language_profile(path)


def test_a_parliament_profile_with_an_unknown_role_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(
        'name = "X"\nlanguage = "en"\nchambers = ["A"]\nname_particles = []\nportfolio_offices = []\n'
        'generic_title_words = ""\n[roles]\nminister = ["minister"]\n[[offices]]\nname = "Doge"\n'
        'role = "doge"\nphrases = ["doge"]\nfunctions = ["doge"]\n[portfolios]\n[glossary]\n',
        encoding="utf-8",
    )
    with pytest.raises(ProfileError, match=r"broken.toml: offices\[0\].role: unknown role 'doge'"):
        load_parliament_profile(path)


def test_a_parliament_profile_with_a_bad_pattern_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(
        'name = "X"\nlanguage = "en"\nchambers = ["A"]\nname_particles = []\nportfolio_offices = []\n'
        'generic_title_words = ""\noffices = []\n[roles]\nminister = ["(unclosed"]\n[portfolios]\n[glossary]\n',
        encoding="utf-8",
    )
    with pytest.raises(ProfileError, match=r"roles\.minister: bad regular expression"):
        load_parliament_profile(path)


def test_uk_offices_map_to_the_projects_roles() -> None:
    uk = next(p for p in parliament_profiles() if p.name == "UK Parliament")
    chancellor = uk.office_of("Chancellor of the Exchequer")
    assert chancellor is not None and chancellor.role == "minister"
    speaker = uk.office_of("Deputy Speaker")
    assert speaker is not None and speaker.role == "chair"
    assert uk.office_of("Member of Parliament") is None


def test_role_words_of_every_parliament_are_merged_per_role() -> None:
    roles = dict(merged_parliaments().roles)
    assert roles["state_secretary"].search("de staatssecretaris")
    assert roles["minister"].search("the Secretary of State for Health")
    assert roles["chair"].search("de voorzitter")


def test_the_title_glossary_holds_terms_not_titles() -> None:
    glossary = merged_parliaments().glossary
    assert glossary["police"] == "politie"
    assert all(len(term.split()) <= 3 for term in glossary)


def test_a_transcripts_chamber_names_its_parliament_and_how_its_members_challenge_the_floor() -> None:
    commons, kamer = parliament_of("House of Commons"), parliament_of("tweede kamer")
    assert commons is not None and commons.name == "UK Parliament" and commons.challenges_are_questions
    assert kamer is not None and kamer.name == "Staten-Generaal" and not kamer.challenges_are_questions
    assert parliament_of("Bundestag") is None and parliament_of(None) is None
