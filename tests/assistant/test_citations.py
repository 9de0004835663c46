from assistant.citations import validate_answer
from assistant.models import Citation

TURN = (
    "Voorzitter. 13 Oceans is een organisatie die zich inzet voor slachtoffers. "
    "Ik heb de subsidie voor 13 Oceans niet verlengd, omdat de resultaten tegenvielen."
)


def _source(n: int, text: str = TURN, speaker: str = "Blok") -> Citation:
    return Citation(n=n, turn_id=f"d:t{n:04d}", doc_id="d", doc_title="Mensenhandel", date="2017-02-16",
                    speaker=speaker, party=None, role="minister", function="Minister van Veiligheid en Justitie",
                    quote=text[:20], text=text, score=1.0)


def test_a_cited_verbatim_quote_survives() -> None:
    checked = validate_answer("Blok zei: “Ik heb de subsidie voor 13 Oceans niet verlengd” [1].", [_source(1)])
    assert checked.kept_sentences == 1 and checked.cited == [1] and not checked.problems


def test_a_citation_to_a_source_that_was_not_given_is_removed() -> None:
    checked = validate_answer("De minister verlengde de subsidie niet [1][7].", [_source(1)])
    assert "[7]" not in checked.text and checked.cited == [1]
    assert any("not given" in p for p in checked.problems)


def test_a_claim_without_citation_is_removed() -> None:
    checked = validate_answer("De minister verlengde de subsidie niet [1]. Hij trad daarna af.", [_source(1)])
    assert "trad" not in checked.text
    assert checked.kept_sentences == 1 and checked.total_sentences == 2


def test_an_invented_quote_is_removed_even_when_cited() -> None:
    checked = validate_answer("Blok zei: “Ik verdubbel het budget voor 13 Oceans” [1].", [_source(1)])
    assert checked.kept_sentences == 0
    assert any("quote not found" in p for p in checked.problems)


def test_a_quote_must_come_from_the_source_it_cites_not_another() -> None:
    other = _source(2, "Ik wil meer geld voor de politie en de marechaussee.", speaker="Van Nispen")
    checked = validate_answer("Blok zei: “Ik wil meer geld voor de politie” [1].", [_source(1), other])
    assert checked.kept_sentences == 0
