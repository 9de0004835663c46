"""A small tweeminutendebat built in code, shared by the motion tests: two members read out
motions, the state secretary appreciates them, the chair sums up."""

from __future__ import annotations

from ingest.models import Event, Transcript, Turn

DOC_ID = "vlos-test-motions"
SECTION = "Leerlingenvervoer – Termijn antwoord"


def motion_event(number: str, who: str, dictum: str, after: int) -> Event:
    return Event("motion", f"De Kamer,\ngehoord de beraadslaging,\nconstaterende dat het zo is;\n{dictum},\n"
                           f"en gaat over tot de orde van de dag.\nDe voorzitter:\nDeze motie is voorgesteld door {who}.\n"
                           f"Zij krijgt nr. {number} (31497).", after)


def build(turns: list[tuple[str, str, str]], events: list[Event], function: str | None = "staatssecretaris Onderwijs",
          doc_id: str = DOC_ID) -> Transcript:
    """A transcript of ``(speaker, role, text)`` turns, all in one agenda item."""
    built = tuple(
        Turn(id=f"{doc_id}:t{i:04d}", index=i, speaker=speaker, text=text, role=role,  # type: ignore[arg-type]
             function=function if role in ("minister", "state_secretary") else None,
             section=SECTION, is_chair=role == "chair")
        for i, (speaker, role, text) in enumerate(turns))
    return Transcript(id=doc_id, title="104e vergadering", date="2025-07-03", source_format="vlos",
                      source_path="test.xml", turns=built, events=tuple(events))


def tweeminutendebat() -> Transcript:
    """Nrs. 10 (Jansen: ontraden, reasons first), 11 (Bakker, with Visser: oordeel Kamer mits ...),
    12 (Bakker: a spreekt-uitmotie), 13 (Jansen: never reached)."""
    return build(
        [
            ("De Vries", "chair", "Aan de orde is het tweeminutendebat Leerlingenvervoer. Het woord is aan de heer Jansen."),
            ("Jansen", "member", "Voorzitter. Ik heb twee moties over het leerlingenvervoer."),
            ("Bakker", "member", "Dank u wel, voorzitter. Ik dien de volgende moties in."),
            ("De Vries", "chair", "Het woord is aan de staatssecretaris voor de appreciatie van de moties."),
            ("Smit", "state_secretary",
             "Dank u wel, voorzitter. Ik begin met de motie op stuk nr. 10 van de heer Jansen, over gratis vervoer "
             "voor alle leerlingen. Dat kost 300 miljoen euro per jaar en daar is geen dekking voor. Daarom moet ik "
             "deze motie ontraden. Ik snap de wens wel. "
             "Dan de motie op stuk nr. 11 van mevrouw Bakker, over een meldpunt voor ouders. Die geef ik oordeel "
             "Kamer, mits het meldpunt bij de gemeenten komt te liggen. "
             "De motie op stuk nr. 12 hoef ik niet te appreciëren, want dat is een spreekt-uitmotie."),
            ("De Vries", "chair", "De motie op stuk nr. 10 wordt ontraden. Ik kijk of de heer Jansen de motie wil aanhouden."),
            ("Jansen", "member", "Nee, ik breng hem in stemming. De staatssecretaris moet hem niet ontraden."),
        ],
        [
            motion_event("10", "het lid Jansen", "verzoekt de regering het leerlingenvervoer gratis te maken", 1),
            motion_event("13", "het lid Jansen", "verzoekt de regering de wachttijden te meten", 1),
            motion_event("11", "de leden Bakker en Visser", "verzoekt de regering een meldpunt voor ouders in te richten", 2),
            motion_event("12", "het lid Bakker", "spreekt uit dat vervoer een recht is", 2),
        ],
    )


def overruled_by_the_chair() -> Transcript:
    """Nr. 10 given "oordeel Kamer" with an interpretation the member rejects; the chair settles it as
    "ontraden", which the state secretary confirms."""
    return build([
        ("Jansen", "member", "Ik heb een motie over gratis vervoer."),
        ("Smit", "state_secretary", "De motie op stuk nr. 10, over gratis vervoer, geef ik oordeel Kamer, mits ik die "
                                    "zo mag lezen dat we eerst met de gemeenten praten."),
        ("Jansen", "member", "Zo is de motie niet bedoeld; ik houd haar graag bij deze tekst."),
        ("De Vries", "chair", "Als ik het goed begrijp, ontraadt u de motie zoals die er nu ligt."),
        ("Smit", "state_secretary", "Ja."),
        ("De Vries", "chair", "De motie op stuk nr. 10 is daarmee ontraden."),
    ], [motion_event("10", "het lid Jansen", "verzoekt de regering het leerlingenvervoer gratis te maken", 0)])
