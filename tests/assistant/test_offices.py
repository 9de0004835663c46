"""Offices a question names by title (assistant/offices.py, the parliament profiles)."""

from assistant.offices import resolve_portfolio
from assistant.question import parse_question
from assistant.speaker_directory import Speaker, SpeakerDirectory


def _speaker(name: str, roles: set[str], functions: set[str] = frozenset(), party: str | None = None) -> Speaker:
    return Speaker(name, name.lower(), frozenset({party} if party else ()), frozenset(roles), frozenset(functions),
                   frozenset({"doc"}))


def _directory(*speakers: Speaker) -> SpeakerDirectory:
    parties = {p.lower(): p for s in speakers for p in s.parties}
    return SpeakerDirectory({s.key: s for s in speakers}, parties, {"doc": {"title": "Herdenking", "date": "2018-10-30"}})


# ParlaMint without government metadata: the prime minister speaks as a member, the ministers of
# another sitting have no function, and a deputy prime minister's title contains "minister-president"
RUTTE = _speaker("Mark Rutte", {"member"})
SLOB = _speaker("Slob", {"minister"})
KEIJZER = _speaker("Keijzer", {"minister"}, {"minister van Volkshuisvesting, viceminister-president"})
STRIDE = _speaker("Mel Stride", {"member"}, party="Conservative")
HOYLE = _speaker("Lindsay Hoyle", {"chair"}, {"Speaker of the House of Commons"})


def _resolved(question: str, directory: SpeakerDirectory):
    constraints, office = resolve_portfolio(question, parse_question(question, directory).constraints, directory)
    return constraints, office


def test_the_head_of_government_is_not_guessed_among_ministers_without_a_recorded_function() -> None:
    directory = _directory(RUTTE, SLOB, KEIJZER)
    for question in ("What gesture did the late statesman make, according to the head of government?",
                     "Welke hardloopwedstrijd noemde de regeringsleider?", "Wat zei de premier over Kok?"):
        constraints, office = _resolved(question, directory)
        assert (constraints.speakers, constraints.roles, office) == ((), (), None), question


def test_a_recorded_minister_president_is_the_head_of_government_and_a_deputy_is_not() -> None:
    premier = _speaker("Schoof", {"minister"}, {"minister-president, minister van Algemene Zaken"})
    constraints, office = _resolved("Wat zei de minister-president over de begroting?", _directory(premier, KEIJZER, SLOB))
    assert constraints.speakers == ("schoof",) and office is not None and office.held


def test_the_chair_of_a_select_committee_named_in_dutch_asks_as_a_member() -> None:
    question = "Welke toezichthouders noemde de voorzitter van de Treasury Committee?"
    constraints, _ = _resolved(question, _directory(STRIDE, HOYLE))
    assert "chair" not in constraints.roles and constraints.speakers == ()


def test_a_state_secretary_titled_by_their_own_post_holds_their_ministrys_office() -> None:
    directory = _directory(_speaker("Van Oostenbruggen", {"state_secretary"}, {"staatssecretaris Fiscaliteit, Belastingdienst en Douane"}),
                           _speaker("Tielen", {"state_secretary"}, {"staatssecretaris Jeugd, Preventie en Sport"}),
                           _speaker("Paul", {"state_secretary"}, {"staatssecretaris Funderend Onderwijs en Emancipatie"}))
    for question, holder in (("Wat zei de staatssecretaris van Financiën over Pijler 2?", "van oostenbruggen"),
                             ("What did the state secretary for Health say about sport?", "tielen"),
                             ("Wat zei de staatssecretaris van Onderwijs?", "paul")):
        constraints, office = _resolved(question, directory)
        assert constraints.speakers == (holder,) and office is not None and office.held, question
    constraints, office = _resolved("Wat zei de staatssecretaris van Defensie?", directory)
    assert office is not None and not office.held  # no post of another ministry stands in for it
