"""A member's promise is not the cabinet's: a question naming a party and no office ("Wat zegde het
BBB-Kamerlid toe ...?") is not answered from the cabinet's commitments unless one of them is of
that party or made to it (`assistant.service.Assistant._promise_of_party_asked`)."""

from __future__ import annotations

from pathlib import Path

from assistant.commitment_answers import asks_for_the_request
from assistant.constraints import Constraints
from assistant.models import Answer, Citation
from ingest.models import Transcript, Turn
from ingest.settings import load_settings
from tests.doubles import assistant_over

DOC_ID = "vlos-test-promises"


def _debate() -> Transcript:
    turns = (
        ("Paul", "state_secretary", "VVD", "Ik zeg mevrouw Westerveld toe dat ik voor de zomer een brief stuur."),
        ("Westerveld", "member", "GroenLinks-PvdA", "Kan de heer Oostenbrink naar de 177 miljoen kijken?"),
        ("Oostenbrink", "member", "BBB", "Ja, dat kan ik u toezeggen, dat ik daar heel goed naar kijk."),
        ("Bakker", "member", "CDA", "Kan de staatssecretaris de Kamer informeren over de wachttijden?"),
    )
    built = tuple(Turn(id=f"{DOC_ID}:t{i:04d}", index=i, speaker=speaker, text=text, role=role,  # type: ignore[arg-type]
                       party=party, function="staatssecretaris Onderwijs" if role == "state_secretary" else None)
                  for i, (speaker, role, party, text) in enumerate(turns))
    return Transcript(id=DOC_ID, title="103e vergadering", date="2025-07-02", source_format="vlos",
                      source_path="test.xml", turns=built)


def _promise(transcript: Transcript, asked_by: str | None) -> Answer:
    turn = transcript.turns[0]
    cited = Citation.of_turn(1, turn, (0, len(turn.text)), doc_id=DOC_ID, doc_title=transcript.title,
                             date=transcript.date, score=1.0)
    if asked_by is not None:
        cited = Citation(**{**cited.to_dict(), "asked_by": asked_by})
    return Answer(question="?", answer="...", answerable=True, language="nl", citations=(cited,))


def test_the_cabinets_promise_does_not_answer_what_a_member_of_another_party_promised(tmp_path: Path) -> None:
    transcript = _debate()
    assistant = assistant_over([transcript], load_settings(env={}, index_dir=tmp_path))
    to_westerveld = _promise(transcript, "Westerveld")
    assert not assistant._promise_of_party_asked(Constraints(parties=("BBB",)), to_westerveld)
    assert assistant._promise_of_party_asked(Constraints(parties=("VVD",)), to_westerveld)  # the promiser's party
    assert assistant._promise_of_party_asked(Constraints(parties=("GroenLinks-PvdA",)), to_westerveld)  # made to them
    assert assistant._promise_of_party_asked(Constraints(), to_westerveld)  # no party named
    # an office named with the party: "Wat zegde de staatssecretaris het CDA toe?" is the cabinet's
    assert assistant._promise_of_party_asked(Constraints(roles=("state_secretary",), parties=("CDA",)), to_westerveld)
    assert not assistant._promise_of_party_asked(Constraints(parties=("CDA",)), _promise(transcript, None))


def test_what_a_member_asked_to_be_promised_is_answered_with_the_members_words(tmp_path: Path) -> None:
    """"How many years ... did the NSC's Postma ask the economy minister to commit to?" was answered with
    the minister's promise, which restated her request wrongly (five years for her ten)."""
    turns = (
        ("Bakker", "member", "CDA", "Ik vraag de staatssecretaris om een toezegging dat de regeling minstens tien jaar "
                                    "blijft bestaan, zodat scholen zekerheid hebben."),
        ("Paul", "state_secretary", "VVD", "Dan de vraag van mevrouw Bakker of ik kan toezeggen dat de regeling vijf jaar "
                                           "blijft bestaan. Dat kan ik hierbij toezeggen."),
    )
    built = tuple(Turn(id=f"{DOC_ID}:t{i:04d}", index=i, speaker=speaker, text=text, role=role,  # type: ignore[arg-type]
                       party=party, function="staatssecretaris Onderwijs" if role == "state_secretary" else None)
                  for i, (speaker, role, party, text) in enumerate(turns))
    debate = Transcript(id=DOC_ID, title="Commissiedebat Onderwijs", date="2025-07-02", source_format="vlos",
                        source_path="test.xml", turns=built)
    assistant = assistant_over([debate], load_settings(env={}, index_dir=tmp_path))
    asked = assistant.ask("Vroeg Bakker om een toezegging dat de regeling minstens tien jaar blijft bestaan?")
    assert asked.answerable and [c.speaker for c in asked.citations] == ["Bakker"]
    promised = assistant.ask("Wat zegde de staatssecretaris toe toen Bakker vroeg om zekerheid over de regeling?")
    assert promised.answerable and promised.citations[0].speaker == "Paul"  # a leading clause: the promise is asked


def test_a_member_is_the_one_asking_only_as_the_subject_of_the_main_clause() -> None:
    members = ["Inge van Dijk", "Postma"]
    for question in ("How many years did the NSC's Postma ask the economy minister to commit to?",
                     "Wat vroeg Postma de minister toe te zeggen?", "Vroeg Van Dijk om een toezegging over de brug?"):
        assert asks_for_the_request(question, members), question
    for question in ("Wat zegde de minister toe toen Postma vroeg om zekerheid?",
                     "What did the minister promise Postma?", "Did the minister commit to what Postma asked?",
                     "Wat wilde Postma anders genoteerd zien bij het doorlopen van de toezeggingen?"):
        assert not asks_for_the_request(question, members), question
