"""ParlaMint corpus metadata: who a ``u/@who`` is, and what they were on the sitting's date.

A ParlaMint sitting names its speakers only by id (``who="#JeremyHunt"``); the corpus keeps the
people and organisations apart, in a ``listPerson`` and a ``listOrg`` (own files XIncluded by the
corpus root ``teiCorpus``, or inline in its ``particDesc`` in older editions). This module reads
those lists (pure: bytes in, a `CorpusMetadata` out; finding the files is
`ingest.parlamint_files`) and answers, for one person and one date:

- **name**: the ``persName`` valid at the date, as the first forename followed by the surname
  parts (``nameLink`` included): "Jeremy Hunt", "Kees van der Staaij". Middle names are left out
  (ParlaMint-GB lists them as further forenames: "Joanna Catherine Cherry" is known as "Joanna
  Cherry").
- **party**: the ``affiliation role="member"`` to an org with ``role="politicalParty"`` that holds
  on the date; written as the party's full name when that is one word ("Labour", "GroenLinks"),
  else its abbreviation ("SNP", "VVD"), as speakers are printed in the transcripts.
- **government office**: an affiliation to an org with ``role="government"`` that holds on the
  date (ParlaMint writes ``role="minister"`` with the office in ``roleName``, ParlaMint-GB also
  ``role="member"`` without one); its ``roleName`` in the sitting's language, else English, is
  the function ("Chancellor of the Exchequer").
- **chair office**: an affiliation ``role="head"`` to a parliament org ("Speaker of the House of
  Commons"), used only for turns the sitting itself marks as the chair's.

Dates: ``from``/``to``/``when`` may be years or months ("2019", "2019-11"); a bound covers the
whole period it names. Both ends are inclusive (a minister appointed on the day of a sitting
speaks as minister). Where two different parties hold on the same date with the same start, the
party is left unknown rather than guessed, and a warning says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ingest.errors import TranscriptParseError
from ingest.xml_input import read_xml

NAMESPACE = "http://www.tei-c.org/ns/1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
METADATA_ROOTS = ("listPerson", "listOrg", "teiCorpus", "taxonomy", "classDecl")
"""Root elements of ParlaMint files that hold metadata, not speech."""


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


@dataclass(frozen=True)
class Affiliation:
    """One ``affiliation``: ``ref`` is the org id without "#"; ``start``/``end`` ISO dates (None:
    open); ``names`` the ``roleName``s as (language, text)."""

    ref: str
    role: str
    start: str | None
    end: str | None
    names: tuple[tuple[str, str], ...] = ()

    def holds_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    def name_in(self, language: str) -> str | None:
        for wanted in (language, "en", None):
            for lang, name in self.names:
                if wanted is None or lang == wanted:
                    return name
        return None


@dataclass(frozen=True)
class PersonName:
    text: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    names: tuple[PersonName, ...]
    affiliations: tuple[Affiliation, ...]


@dataclass(frozen=True)
class Org:
    id: str
    role: str
    full_name: str | None
    abbreviation: str | None

    @property
    def party_label(self) -> str | None:
        """How a party is printed: one-word names as they are, longer ones abbreviated."""
        if self.full_name and (len(self.full_name.split()) == 1 or not self.abbreviation):
            return self.full_name
        return self.abbreviation


@dataclass(frozen=True)
class SpeakerFacts:
    """What the metadata says of one person on one date; None where it says nothing."""

    name: str | None
    party: str | None
    office: str | None
    in_government: bool
    chair_office: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CorpusMetadata:
    """People and organisations of one ParlaMint corpus (possibly merged from several files)."""

    persons: dict[str, Person]
    orgs: dict[str, Org]

    @staticmethod
    def empty() -> CorpusMetadata:
        return CorpusMetadata({}, {})

    def merged(self, other: CorpusMetadata) -> CorpusMetadata:
        """Both lists together; on an id in both, the one already here wins."""
        return CorpusMetadata({**other.persons, **self.persons}, {**other.orgs, **self.orgs})

    def __bool__(self) -> bool:
        return bool(self.persons or self.orgs)

    def facts(self, who: str, date: str | None, language: str = "en") -> SpeakerFacts | None:
        """The facts about ``who`` ("#JeremyHunt" or "JeremyHunt") on ``date`` (ISO; None: the
        name only); None when the person is not listed."""
        person = self.persons.get(who.lstrip("#"))
        if person is None:
            return None
        name = _name_on(person.names, date)
        if date is None:
            return SpeakerFacts(name, None, None, False, None)
        held = [a for a in person.affiliations if a.holds_on(date)]
        party, warnings = self._party(person, held, date)
        government = [a for a in held if self._org_role(a.ref) == "government"]
        office = next((n for a in government if (n := a.name_in(language))), None)
        chair = next((n for a in held if a.role == "head" and self._org_role(a.ref) == "parliament"
                      and (n := a.name_in(language))), None)
        return SpeakerFacts(name, party, office, bool(government), chair, warnings)

    def _org_role(self, ref: str) -> str | None:
        org = self.orgs.get(ref)
        return org.role if org else None

    def _party(self, person: Person, held: list[Affiliation], date: str) -> tuple[str | None, tuple[str, ...]]:
        parties = [a for a in held if a.role == "member" and self._org_role(a.ref) == "politicalParty"]
        if not parties:
            return None, ()
        latest = max(a.start or "" for a in parties)
        current = {self.orgs[a.ref].party_label for a in parties if (a.start or "") == latest} - {None}
        if len(current) != 1:
            listed = ", ".join(sorted(a.ref for a in parties))
            return None, (f"#{person.id}: more than one party on {date} ({listed}): party left unknown",)
        return current.pop(), ()


def _name_on(names: tuple[PersonName, ...], date: str | None) -> str | None:
    if not names:
        return None
    if date is not None:
        for name in names:
            if (name.start is None or name.start <= date) and (name.end is None or date <= name.end):
                return name.text
    return names[0].text


def _bound(value: str | None, *, end: bool) -> str | None:
    """An ISO bound from a TEI date ("2019" -> "2019-01-01" as a start, "2019-12-31" as an end)."""
    if not value:
        return None
    value = value.strip()[:10]
    if len(value) == 4:
        return f"{value}-12-31" if end else f"{value}-01-01"
    if len(value) == 7:
        return f"{value}-31" if end else f"{value}-01"
    return value


def _person_name(pers_name: etree._Element) -> str:
    forenames = [_text(f) for f in pers_name.iter(_q("forename"))]
    rest = [_text(p) for p in pers_name.iter(_q("nameLink"), _q("surname"))]
    words = [w for w in ([forenames[0]] if forenames else []) + rest if w]
    return " ".join(words) or _text(pers_name)


def _person(element: etree._Element) -> Person | None:
    person_id = (element.get(_XML_ID) or "").strip()
    if not person_id:
        return None
    names = tuple(
        PersonName(_person_name(p), _bound(p.get("from") or p.get("when"), end=False),
                   _bound(p.get("to") or p.get("when"), end=True))
        for p in element.findall(_q("persName"))
    )
    affiliations = []
    for a in element.findall(_q("affiliation")):
        ref = (a.get("ref") or "").strip().lstrip("#")
        if not ref:
            continue
        when = a.get("when")
        role_names = tuple((r.get(_XML_LANG) or "", _text(r)) for r in a.findall(_q("roleName")) if _text(r))
        affiliations.append(Affiliation(ref, (a.get("role") or "").strip(), _bound(a.get("from") or when, end=False),
                                        _bound(a.get("to") or when, end=True), role_names))
    return Person(person_id, names, tuple(affiliations))


def _org(element: etree._Element) -> Org | None:
    org_id = (element.get(_XML_ID) or "").strip()
    if not org_id:
        return None
    full = next((_text(n) for n in element.findall(_q("orgName")) if n.get("full", "yes") == "yes"), None)
    abbreviation = next((_text(n) for n in element.findall(_q("orgName")) if n.get("full") in ("abb", "init")), None)
    return Org(org_id, (element.get("role") or "").strip(), full, abbreviation)


def read_lists(root: etree._Element) -> CorpusMetadata:
    """Every ``person`` and ``org`` under ``root`` (a ``listPerson``, a ``listOrg``, or a
    ``teiCorpus`` with its lists inline)."""
    persons = {p.id: p for p in map(_person, root.iter(_q("person"))) if p is not None}
    orgs = {o.id: o for o in map(_org, root.iter(_q("org"))) if o is not None}
    return CorpusMetadata(persons, orgs)


def parse_metadata(data: bytes, source_path: str) -> CorpusMetadata:
    """Read a ParlaMint ``listPerson``, ``listOrg`` or ``teiCorpus`` file.

    Raises:
        TranscriptParseError: not well-formed XML, or not one of those (a sitting, say).
    """
    root = read_xml(data, source_path)
    local = etree.QName(root).localname
    if root.tag not in {_q(name) for name in METADATA_ROOTS}:
        raise TranscriptParseError(source_path, f"expected ParlaMint metadata (<listPerson>, <listOrg> or "
                                                f"<teiCorpus>), found <{local}>", root.sourceline)
    return read_lists(root)
