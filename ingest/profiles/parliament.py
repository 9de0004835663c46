"""Parliament profiles: the offices, role words, name particles and title glossary of one
parliament, read from ``ingest/profiles/parliaments/<name>.toml``.

An index may hold debates of several parliaments, and a question names none of them, so the
assistant reads every profile at once (`merged_parliaments`): "the Chancellor" is an office of the
UK Parliament whichever language the question is in, and "de staatssecretaris" a role of the
Dutch one. Nothing here names a debate of the sample corpus: the glossary holds terms, not titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast, get_args

from ingest.errors import ProfileError
from ingest.models import Role
from ingest.profiles.fields import Fields, read_toml

PARLIAMENTS_DIR = Path(__file__).resolve().parent / "parliaments"


@dataclass(frozen=True)
class ParliamentOffice:
    """An office a question can name on its own ("the Chancellor"): the project's role its holder
    speaks in, the phrases a question uses (regular expressions, whole words), and the words of
    the function titles the transcripts give its holders (`ingest.models.Turn.function`)."""

    name: str
    role: Role
    phrases: tuple[str, ...]
    functions: tuple[str, ...]
    case_sensitive: bool = False
    guess_unrecorded: bool = True
    """Whether a speaker of the office's role whose function the transcripts do not record may
    be its holder. Not for a head of government: ParlaMint without government metadata records
    a prime minister as a member (Rutte in the Eerste Kamer, 2018), and its ministers without
    functions are then the wrong people."""

    def holds(self, function: str) -> bool:
        """Whether a transcript's function title is this office: its words, whole ("minister-
        president" is not the "viceminister-president" a deputy holds)."""
        lowered = function.lower()
        return any(re.search(rf"(?<!\w){re.escape(f.lower())}(?!\w)", lowered) for f in self.functions)


@dataclass(frozen=True)
class ParliamentProfile:
    """One parliament, as the data file states it (see ``parliaments/staten-generaal.toml``)."""

    name: str
    language: str
    chambers: tuple[str, ...]
    roles: dict[Role, tuple[str, ...]]
    """Per project role, the words (regular expressions) a question names it by."""
    offices: tuple[ParliamentOffice, ...]
    portfolio_offices: tuple[str, ...]
    portfolios: dict[str, str]
    """Stem of a function title -> regular expression of the question words for it."""
    name_particles: frozenset[str]
    generic_title_words: frozenset[str]
    glossary: dict[str, str]
    """A question's term -> the word debate titles use for it."""
    party_names: dict[str, str] = field(default_factory=dict)
    """A party as the transcripts print it -> a regular expression of what else a question
    calls it (its full name, its members: "Forum voor Democratie", "christendemocraat");
    matched whole-word and case-sensitively."""
    member_offices: tuple[str, ...] = ()
    """Titles that hold a role word but name no role ("Chair of the Treasury Committee": a member
    who chairs a select committee, not the chair of the sitting); regular expressions, matched
    case-sensitively."""
    meeting_abbreviations: tuple[str, ...] = ()
    """What staff call a kind of meeting in short ("AO" for algemeen overleg, "WGO" for
    wetgevingsoverleg): a debate word like "debat", matched whole and case-sensitively ("het AO
    mensenhandel" names a debate; "cao" does not)."""

    ministry_posts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A portfolio stem (of `portfolios`) -> the words of the posts under that ministry whose
    titles do not name it: a Dutch state secretary is titled by their own post ("staatssecretaris
    Fiscaliteit, Belastingdienst en Douane" is Financiën's), so "de staatssecretaris van Financiën"
    found nobody and was answered "Geen staatssecretaris van Financiën spreekt in de geïndexeerde
    transcripten" while one had."""
    challenges_are_questions: bool = False
    """Whether a member's turn between two turns of the speaker who holds the floor is a question
    put to that speaker rather than an interruption: in the Commons the members called after a
    statement each ask the minister, who answers each in turn ("Rachel Reeves interrupted Jeremy
    Hunt" misdescribed the opposition's reply to the Chancellor's statement). The exchange is the
    same structure (`ingest.exchanges`); only the words that name it differ."""

    def office_of(self, function: str | None) -> ParliamentOffice | None:
        """The office a transcript's function title names, if this parliament lists it."""
        if not function:
            return None
        return next((o for o in self.offices if o.holds(function)), None)


_ROLES: tuple[str, ...] = get_args(Role)


def _role(path: Path, value: str, where: str) -> Role:
    if value not in _ROLES:
        raise ProfileError(path, f"{where}: unknown role {value!r}; roles are {', '.join(_ROLES)}")
    return cast(Role, value)


def load_parliament_profile(path: Path) -> ParliamentProfile:
    """Read and check one parliament profile file; raises `ProfileError` naming ``path``."""
    data = Fields(path, read_toml(path))
    role_table = data.table_of("roles")
    roles = {_role(path, key, "roles"): role_table.patterns(key) for key in role_table.table}
    offices = []
    for office in data.tables("offices"):
        offices.append(ParliamentOffice(
            name=office.text("name"),
            role=_role(path, office.text("role"), f"{office.where}.role"),
            phrases=office.patterns("phrases"),
            functions=office.strings("functions"),
            case_sensitive=office.flag("case_sensitive", default=False),
            guess_unrecorded=office.flag("guess_unrecorded", default=True),
        ))
    portfolios = data.string_map("portfolios")
    party_names = data.string_map("party_names")
    for table, patterns in (("portfolios", portfolios), ("party_names", party_names)):
        for name, words in patterns.items():
            try:
                re.compile(words)
            except re.error as exc:
                raise ProfileError(path, f"{table}.{name}: bad regular expression {words!r}: {exc}") from exc
    return ParliamentProfile(
        name=data.text("name"),
        language=data.text("language"),
        chambers=data.strings("chambers"),
        roles=roles,
        offices=tuple(offices),
        portfolio_offices=data.patterns("portfolio_offices"),
        portfolios=portfolios,
        name_particles=frozenset(w.lower() for w in data.strings("name_particles")),
        generic_title_words=frozenset(w.lower() for w in data.strings("generic_title_words")),
        glossary={k.lower(): v.lower() for k, v in data.string_map("glossary").items()},
        member_offices=data.patterns("member_offices"),
        party_names=party_names,
        meeting_abbreviations=data.strings("meeting_abbreviations"),
        ministry_posts=_ministry_posts(data),
        challenges_are_questions=data.flag("challenges_are_questions", default=False),
    )


def _ministry_posts(data: Fields) -> dict[str, tuple[str, ...]]:
    """The optional ``[ministry_posts]`` table, its keys and words lower-cased."""
    if "ministry_posts" not in data.table:
        return {}
    table = data.table_of("ministry_posts")
    return {stem.lower(): tuple(w.lower() for w in table.strings(stem)) for stem in table.table}


@lru_cache(maxsize=1)
def parliament_profiles() -> tuple[ParliamentProfile, ...]:
    """Every shipped parliament profile, in file-name order (read once per process)."""
    return tuple(load_parliament_profile(p) for p in sorted(PARLIAMENTS_DIR.glob("*.toml")))


def parliament_of(chamber: str | None) -> ParliamentProfile | None:
    """The profile of the parliament whose ``chamber`` (a transcript's, "House of Commons") it
    lists; None for a chamber no profile names."""
    if not chamber:
        return None
    lowered = chamber.lower()
    return next((p for p in parliament_profiles() if lowered in (c.lower() for c in p.chambers)), None)


@dataclass(frozen=True)
class MergedParliaments:
    """What a question may name in any parliament: the union of every profile, in file order."""

    roles: tuple[tuple[Role, re.Pattern[str]], ...]
    offices: tuple[ParliamentOffice, ...]
    portfolio_offices: str
    portfolios: dict[str, str]
    name_particles: frozenset[str]
    generic_title_words: frozenset[str]
    glossary: dict[str, str]
    member_offices: re.Pattern[str] | None = None
    """Every profile's `ParliamentProfile.member_offices` in one pattern (None: no profile has any)."""
    party_names: dict[str, str] = field(default_factory=dict)
    meeting_abbreviations: tuple[str, ...] = ()
    ministry_posts: dict[str, tuple[str, ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def merged_parliaments() -> MergedParliaments:
    """Every parliament profile in one: role words joined per role (a role's first appearance
    fixes its order), offices, portfolios, particles, title words and glossaries together."""
    profiles = parliament_profiles()
    words: dict[Role, list[str]] = {}
    for profile in profiles:
        for role, patterns in profile.roles.items():
            words.setdefault(role, []).extend(p for p in patterns if p not in words.get(role, []))
    roles = tuple((role, re.compile(r"\b(" + "|".join(ws) + r")\b", re.I)) for role, ws in words.items() if ws)
    offices_words = [w for p in profiles for w in p.portfolio_offices]
    member_offices = [w for p in profiles for w in p.member_offices]
    return MergedParliaments(
        roles=roles,
        offices=tuple(o for p in profiles for o in p.offices),
        portfolio_offices="(?:" + "|".join(dict.fromkeys(offices_words)) + ")",
        portfolios={k: v for p in profiles for k, v in p.portfolios.items()},
        name_particles=frozenset().union(*(p.name_particles for p in profiles)),
        generic_title_words=frozenset().union(*(p.generic_title_words for p in profiles)),
        glossary={k: v for p in profiles for k, v in p.glossary.items()},
        member_offices=re.compile("|".join(f"(?:{w})" for w in member_offices)) if member_offices else None,
        party_names={k: v for p in profiles for k, v in p.party_names.items()},
        meeting_abbreviations=tuple(dict.fromkeys(a for p in profiles for a in p.meeting_abbreviations)),
        ministry_posts={k: v for p in profiles for k, v in p.ministry_posts.items()},
    )
