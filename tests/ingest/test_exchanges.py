"""Interruption exchanges (`ingest.exchanges`): how each format's structure marks who challenged
whom, and what every turn then knows about its exchange. Small transcripts built in code."""

from __future__ import annotations

import pytest

from ingest.catalog import transcript_from_dict
from ingest.chunking import chunk_transcript
from ingest.detect import parse_bytes
from ingest.exchanges import find_exchanges, is_procedural, mark_exchanges
from ingest.models import Transcript, Turn

VERSLAG_HEAD = """De vaste commissie voor Justitie en Veiligheid heeft op 5 maart 2024
overleg gevoerd met de heer Jansen, Minister van Justitie en Veiligheid,
over de aanpak van fietsendiefstal.

Voorzitter: De Vries
Griffier: Pietersen

Aanwezig zijn drie leden der Kamer, te weten: De Vries, Bakker en Smit,

en de heer Jansen, Minister van Justitie en Veiligheid.

Aanvang 10.00 uur.

"""


def verslag(*turns: tuple[str, str]) -> Transcript:
    """A verslag text of (label, speech) turns, parsed by the real parser and post-parse step."""
    body = "\n\n".join(f"{label}\n{speech}" for label, speech in turns)
    return parse_bytes(f"{VERSLAG_HEAD}{body}\n\nSluiting 10.30 uur.\n".encode(), "fiets.txt")


CHAIR = "De voorzitter:"
BAKKER = "Mevrouw Bakker (GL):"
SMIT = "De heer Smit (SP):"
JANSEN = "Minister Jansen:"

VLOS_DOC = """<?xml version="1.0" encoding="UTF-8"?>
<vlosCoreDocument status="Ongecorrigeerd" xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0">
<vergadering soort="Commissie" objectid="m1" kamer="Tweede Kamer"><titel>Test</titel>
<datum>2025-01-01T00:00:00</datum>
<activiteit soort="Commissiedebat"><titel>Test</titel><activiteithoofd soort="Algemeen"><titel>Test</titel>
<activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder">{turns}</activiteititem>
</activiteitdeel></activiteithoofd></activiteit></vergadering></vlosCoreDocument>
"""
SPEAKERS = {
    "Jansen": ('<spreker soort="Minister"><functie>minister van Financiën</functie>'
               "<verslagnaam>Jansen</verslagnaam></spreker>"),
    "Bakker": '<spreker soort="Tweede Kamerlid"><fractie>GL</fractie><verslagnaam>Bakker</verslagnaam></spreker>',
    "Smit": '<spreker soort="Tweede Kamerlid"><fractie>SP</fractie><verslagnaam>Smit</verslagnaam></spreker>',
    "Vries": '<spreker soort="Tweede Kamerlid"><fractie>VVD</fractie><verslagnaam>De Vries</verslagnaam></spreker>',
    "Visser": ('<spreker soort="Staatssecretaris"><functie>staatssecretaris van Financiën</functie>'
               "<verslagnaam>Visser</verslagnaam></spreker>"),
    "Eichelsheim": '<spreker soort="Externe spreker"><verslagnaam>Eichelsheim</verslagnaam></spreker>',
}


def _element(tag: str, who: str, speech: str, nested: str = "") -> str:
    spreker = SPEAKERS[who]
    chair = "true" if who == "Vries" else "false"
    return (f"<{tag}>{spreker}<isvoorzitter>{chair}</isvoorzitter><tekst><alinea><alineaitem>{speech}"
            f"</alineaitem></alinea></tekst>{nested}</{tag}>")


def vlos(*woordvoerders: tuple[str, str, list[tuple[str, str]]]) -> Transcript:
    """A VLOS report: woordvoerders (who, speech, [(interrumpant who, speech)]) in order."""
    xml = "".join(_element("woordvoerder", who, speech, "".join(_element("interrumpant", w, s) for w, s in nested))
                  for who, speech, nested in woordvoerders)
    return parse_bytes(VLOS_DOC.format(turns=xml).encode(), "test.xml")


def roles(transcript: Transcript) -> list[tuple[str, str | None, int | None]]:
    return [(t.speaker, t.exchange_role, t.exchange_position) for t in transcript.turns]


# --- VLOS: an interrumpant inside a woordvoerder ----------------------------------------------


def test_vlos_interrumpant_and_the_next_turn_of_the_speaker_it_interrupts_form_an_exchange() -> None:
    t = vlos(
        ("Jansen", "Dank, voorzitter. Over de begroting het volgende.", [("Bakker", "Waarom geen extra geld voor de politie?")]),
        ("Jansen", "Omdat de begroting dat niet toelaat.", [("Bakker", "Maar de politie vraagt er zelf om?")]),
        ("Jansen", "Dat begrijp ik, maar het geld is op. Dan ga ik verder met de zorg.", []),
    )
    assert roles(t) == [("Jansen", None, None), ("Bakker", "challenge", 0), ("Jansen", "reply", 1),
                        ("Bakker", "challenge", 2), ("Jansen", "reply", 3)]
    challenge = t.turns[1]
    assert (challenge.challenger, challenge.challenged, challenge.interrupts_turn) == ("Bakker", "Jansen", 0)
    assert challenge.exchange_id == f"{t.id}:x001" and {x.exchange_id for x in t.turns[1:]} == {challenge.exchange_id}


def test_vlos_chair_interrumpant_is_procedure_and_no_part_of_an_exchange() -> None:
    t = vlos(
        ("Jansen", "Dank, voorzitter. Over de begroting het volgende.", [("Vries", "Dank u wel. Mevrouw Bakker.")]),
        ("Jansen", "Ik ga verder met de zorg.", []),
    )
    assert all(turn.exchange_id is None for turn in t.turns)


def test_vlos_second_member_opens_a_new_exchange_with_the_same_speaker() -> None:
    t = vlos(
        ("Jansen", "Dank, voorzitter. Over de begroting het volgende.", [("Bakker", "Waarom geen extra geld voor de politie?")]),
        ("Jansen", "Omdat de begroting dat niet toelaat.", [("Smit", "Wat betekent dat voor de wijkagent?")]),
        ("Jansen", "Dat er geen wijkagenten bijkomen dit jaar.", []),
    )
    assert [t.turns[i].exchange_id for i in (1, 2, 3, 4)] == [f"{t.id}:x001"] * 2 + [f"{t.id}:x002"] * 2
    assert (t.turns[3].challenger, t.turns[4].exchange_role) == ("Smit", "reply")


def test_vlos_minister_interrumpant_answering_a_members_question_replies_to_it_and_goes_on_after_the_chair() -> None:
    t = vlos(
        ("Visser", "Dank, voorzitter. Over de motie op stuk nr. 9 het volgende.", [
            ("Bakker", "Kan de minister toezeggen dat het plan er voor de zomer is?"),
            ("Jansen", "Dat kan ik nu niet toezeggen. Daar moet ik navraag naar doen."),
            ("Vries", "Oké."),
            ("Jansen", "Maar ik kom er voor het reces bij u op terug."),
        ]),
        ("Visser", "Dan de volgende motie.", []),
    )
    assert t.turns[2].role == "minister" and t.turns[2].is_interruption
    assert roles(t) == [("Visser", None, None), ("Bakker", "challenge", 0), ("Jansen", "reply", 1),
                        ("De Vries", None, None), ("Jansen", "reply", 2), ("Visser", None, None)]
    assert (t.turns[1].challenger, t.turns[1].challenged) == ("Bakker", "Jansen")


def test_vlos_outside_speaker_the_minister_hands_over_to_goes_on_with_the_reply_and_challenges_nobody() -> None:
    t = vlos(
        ("Jansen", "Dank, voorzitter. Over de scherfvesten het volgende.", [
            ("Bakker", "Wanneer zijn de scherfvesten er dan? Voor de uitzending?"),
            ("Jansen", "Ik kijk even naar de CDS."),
            ("Vries", "Kunt u dat even via de microfoon doen, meneer Eichelsheim?"),
            ("Eichelsheim", "De verwachting is dat ze deze zomer binnenkomen. Ik durf niet te garanderen dat iedereen ze heeft."),
        ]),
        ("Jansen", "Dan de volgende vraag.", []),
    )
    assert t.turns[4].role == "other" and t.turns[4].is_interruption
    assert roles(t) == [("Jansen", None, None), ("Bakker", "challenge", 0), ("Jansen", "reply", 1),
                        ("De Vries", None, None), ("Eichelsheim", "reply", 2), ("Jansen", None, None)]
    assert len(find_exchanges(t)) == 1 and (t.turns[4].challenger, t.turns[4].challenged) == ("Bakker", "Jansen")


def test_vlos_outside_speaker_with_no_exchange_pending_opens_none() -> None:
    t = vlos(
        ("Jansen", "Dank, voorzitter. Ik geef het woord aan de CDS.", [
            ("Eichelsheim", "Dank u wel. De missie verloopt volgens plan."),
        ]),
        ("Jansen", "Dan de volgende vraag.", []),
    )
    assert all(turn.exchange_id is None for turn in t.turns)


def test_vlos_minister_interrumpant_with_no_question_pending_opens_no_exchange() -> None:
    t = vlos(
        ("Visser", "Dank, voorzitter. Over de planning het volgende.", [
            ("Vries", "Wanneer komt die brief, minister?"),
            ("Jansen", "Voor het notaoverleg in het najaar."),
        ]),
        ("Visser", "Dan de volgende vraag.", []),
    )
    assert t.turns[2].role == "minister" and t.turns[2].is_interruption
    assert all(turn.exchange_id is None for turn in t.turns)


def test_vlos_minister_interrumpant_answering_the_chair_after_a_members_remark_is_no_reply_to_the_member() -> None:
    t = vlos(
        ("Visser", "Dank, voorzitter. Over de toezeggingen het volgende.", [
            ("Bakker", "Dat klopt, maar er is mij ook iets anders toegezegd."),
            ("Vries", "Dat staat genoteerd. De volgende toezegging: wanneer komt die brief, minister?"),
            ("Jansen", "Voor het notaoverleg in het najaar."),
        ]),
        ("Visser", "Dan de volgende vraag.", []),
    )
    assert t.turns[3].speaker == "Jansen" and t.turns[3].exchange_id is None


# --- verslag: interleaved labelled turns inside another speaker's contribution ----------------


def test_verslag_member_turn_between_two_turns_of_the_minister_is_a_challenge() -> None:
    t = verslag(
        (CHAIR, "Het woord is aan de Minister."),
        (JANSEN, "Voorzitter. Ik begin met de fietsenstallingen, daar investeer ik in."),
        (BAKKER, "Hoeveel geld gaat daar precies naartoe?"),
        (JANSEN, "Twaalf miljoen euro, verdeeld over vier jaar."),
        (BAKKER, "Is dat genoeg voor alle stations?"),
        (JANSEN, "Voor de grote stations wel, voor de kleine niet."),
        (CHAIR, "Dank u wel. Dan sluit ik dit overleg."),
    )
    assert roles(t)[1:6] == [("Jansen", None, None), ("Bakker", "challenge", 0), ("Jansen", "reply", 1),
                             ("Bakker", "challenge", 2), ("Jansen", "reply", 3)]
    assert (t.turns[2].challenger, t.turns[2].challenged, t.turns[2].interrupts_turn) == ("Bakker", "Jansen", 1)
    assert t.turns[0].exchange_id is None and t.turns[6].exchange_id is None


def test_verslag_turn_opening_with_voorzitter_starts_a_contribution_not_an_interruption() -> None:
    t = verslag(
        (CHAIR, "Ik geef het woord aan mevrouw Bakker."),
        (BAKKER, "Voorzitter. Fietsendiefstal is een groot probleem in onze steden."),
        (SMIT, "Voorzitter. Ik sluit me aan bij mevrouw Bakker over de steden."),
        (BAKKER, "Dank voor de steun van de heer Smit, dat waardeer ik zeer."),
        (SMIT, "Graag gedaan, maar ik heb nog een punt over de stations."),
    )
    # Smit's turn opens a contribution; Bakker then interrupts Smit, who replies
    assert roles(t)[1:] == [("Bakker", None, None), ("Smit", None, None), ("Bakker", "challenge", 0),
                            ("Smit", "reply", 1)]


def test_verslag_chair_asking_as_spokesperson_challenges_and_the_answer_replies() -> None:
    t = verslag(
        (BAKKER, "Voorzitter. Fietsendiefstal is een groot probleem in onze steden."),
        (CHAIR, "Als woordvoerder van de VVD heb ik een vraag: wilt u meer camera's?"),
        (BAKKER, "Ja, bij elk station een camera, dat is ons voorstel."),
        (CHAIR, "Dank u wel. Het woord is aan de Minister."),
        (JANSEN, "Voorzitter. Ik kom bij de vragen over fietsendiefstal."),
    )
    assert roles(t) == [("Bakker", None, None), ("De Vries", "challenge", 0), ("Bakker", "reply", 1),
                        ("De Vries", None, None), ("Jansen", None, None)]
    assert t.turns[1].challenger == "De Vries" and t.turns[1].is_chair


def test_a_courtesy_after_the_reply_closes_the_exchange() -> None:
    t = verslag(
        (JANSEN, "Voorzitter. Ik begin met de fietsenstallingen, daar investeer ik in."),
        (BAKKER, "Hoeveel geld gaat daar precies naartoe?"),
        (JANSEN, "Twaalf miljoen euro, verdeeld over vier jaar."),
        (BAKKER, "Fantastisch, dank u wel."),
        (JANSEN, "Dan kom ik bij de camera's op de stations."),
    )
    assert roles(t)[3:] == [("Bakker", "challenge", 2), ("Jansen", None, None)]


# --- ParlaMint: consecutive u's within a speaker's contribution -------------------------------


def parlamint(*turns: tuple[str, str, bool]) -> Transcript:
    """A ParlaMint transcript of (speaker, text, is_chair) turns, as the TEI parser gives them
    (it marks no interruptions)."""
    built = tuple(
        Turn(id=f"pm:t{i:04d}", index=i, speaker=who, text=text, is_chair=chair,
             role="chair" if chair else ("minister" if who == "Kaag" else "member"))
        for i, (who, text, chair) in enumerate(turns)
    )
    return mark_exchanges(Transcript(id="pm", title="Test", date="2022-02-03", source_format="parlamint",
                                     source_path="pm.xml", turns=built))


def test_parlamint_us_inside_a_contribution_are_an_exchange_and_courtesies_stay_in_it() -> None:
    t = parlamint(
        ("Bergkamp", "Het woord is aan de heer Van Dijck.", True),
        ("Van Dijck", "Voorzitter. Mijn volgende motie gaat over de negatieve rente.", False),
        ("Alkaya", "Is dat een herhaling van de motie van de VVD en de SP?", False),
        ("Van Dijck", "Die motie gaat sec over het verlagen van de grens.", False),
        ("Bergkamp", "Helder. U vervolgt uw betoog.", True),
        ("Van Dijck", "Voorzitter. Dan de laatste motie.", False),
    )
    assert roles(t) == [("Bergkamp", None, None), ("Van Dijck", None, None), ("Alkaya", "challenge", 0),
                        ("Van Dijck", "reply", 1), ("Bergkamp", None, None), ("Van Dijck", None, None)]


def test_parlamint_member_turn_not_followed_by_the_floor_holder_is_a_new_contribution() -> None:
    t = parlamint(
        ("Bergkamp", "Het woord is aan de minister.", True),
        ("Kaag", "Dank u, voorzitter. Ik kom bij de motie op stuk nr. 159.", False),
        ("Bergkamp", "Dan is het woord aan de heer Nijboer.", True),
        ("Nijboer", "Ik heb nog een motie over de verzekeraar.", False),
        ("Bergkamp", "Dank u wel. De vergadering is gesloten.", True),
    )
    assert find_exchanges(t) == []


def test_a_question_to_the_minister_holding_the_floor_challenges_even_when_it_opens_with_a_salutation() -> None:
    """After a statement in the Commons each member the Speaker calls asks, and the minister answers:
    "Thank you, Mr Speaker— ..." was left out of its exchange (the only question of the sitting)."""
    t = parlamint(
        ("Kaag", "Mr Speaker, I will make a statement on the economy.", False),
        ("Hoyle", "I call the SNP spokesperson.", True),
        ("Thewliss", "Thank you, Mr Speaker. What happens to energy bills in April?", False),
        ("Kaag", "The support stays in place until April, and a review follows.", False),
    )
    assert roles(t)[2:] == [("Thewliss", "challenge", 0), ("Kaag", "reply", 1)]
    members = parlamint(  # a member holds the floor: a salutation still opens a contribution
        ("Van Dijck", "Voorzitter. Mijn motie gaat over de negatieve rente.", False),
        ("Alkaya", "Voorzitter. Ik heb een vraag aan de heer Van Dijck: waarom nu?", False),
        ("Van Dijck", "Omdat de rente nu negatief is.", False),
    )
    assert find_exchanges(members) == []


# --- what every turn knows, and where it is kept ----------------------------------------------


def test_bare_salutations_and_courtesies_are_procedural_and_answers_are_not() -> None:
    for text in ("Voorzitter.", "Ja, voorzitter, ...", "Graag gedaan.", "Ja.", "Geldmaten.", "Dank u wel, voorzitter."):
        assert is_procedural(text), text
    for text in ("Dat was wel de vraag: is het voldoende?", "Ik kom daar voor de zomer op terug."):
        assert not is_procedural(text), text


def test_marking_twice_changes_nothing_and_a_stored_transcript_without_exchange_fields_loads() -> None:
    t = verslag(
        (JANSEN, "Voorzitter. Ik begin met de fietsenstallingen, daar investeer ik in."),
        (BAKKER, "Hoeveel geld gaat daar precies naartoe?"),
        (JANSEN, "Twaalf miljoen euro, verdeeld over vier jaar."),
    )
    assert mark_exchanges(t) == t
    old = t.to_dict()
    for turn in old["turns"]:
        for key in ("exchange_id", "exchange_position", "exchange_role", "challenger", "challenged", "interrupts_turn"):
            del turn[key]
    loaded = transcript_from_dict(old)
    assert all(turn.exchange_id is None for turn in loaded.turns)
    assert mark_exchanges(loaded) == t


def test_chunks_carry_the_exchange_so_retrieval_can_pull_all_of_it() -> None:
    t = verslag(
        (JANSEN, "Voorzitter. Ik begin met de fietsenstallingen, daar investeer ik in."),
        (BAKKER, "Hoeveel geld gaat daar precies naartoe?"),
        (JANSEN, "Twaalf miljoen euro, verdeeld over vier jaar."),
    )
    metas = {c.turn_id: c.metadata.to_chroma() for c in chunk_transcript(t)}  # as the store keeps it
    reply = metas[t.turns[2].id]
    assert (reply["exchange_id"], reply["exchange_position"], reply["exchange_role"]) == (f"{t.id}:x001", 1, "reply")
    assert (reply["challenger"], reply["challenged"]) == ("Bakker", "Jansen")
    assert "exchange_id" not in metas[t.turns[0].id]  # Chroma takes no None: absent outside exchanges


@pytest.mark.integration  # the real command in a subprocess
def test_debate_parse_json_shows_each_turns_exchange() -> None:
    import json
    import os
    import subprocess
    import sys

    from samples import REPO, VERSLAG_SAMPLE

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "debate.cli", "parse", str(VERSLAG_SAMPLE), "--json"],
                         capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=True).stdout
    turns = json.loads(out)["turns"]
    challenge = turns[24]  # Van Laar interrupts Minister Blok's answer (turn 23)
    assert (challenge["speaker"], challenge["exchange_role"], challenge["exchange_position"]) == ("Van Laar", "challenge", 0)
    assert (challenge["challenger"], challenge["challenged"], challenge["interrupts_turn"]) == ("Van Laar", "Blok", 23)
    assert turns[25]["exchange_id"] == challenge["exchange_id"] and turns[25]["exchange_role"] == "reply"
    assert turns[23]["exchange_id"] is None
