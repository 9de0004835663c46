"""Builders for the files of the hostile suite: small valid transcripts of each format, with
knobs that break one thing at a time. Plain functions (like tests/samples.py), no fixtures."""

from __future__ import annotations

from samples import make_pdf, make_verslag

VLOS_NS = "http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"
TEI_NS = "http://www.tei-c.org/ns/1.0"


def verslag(says: str = "Ik investeer twaalf miljoen euro in fietsenstallingen.", topic: str = "fietsendiefstal",
            day: int = 5) -> str:
    """A verslag text: chair, one member (Bakker, GL), one minister (Jansen) saying ``says``."""
    return make_verslag(says, topic, day)


def vlos_turn(speech: str = "Voorzitter, dit is mijn bijdrage over de politie.", name: str = "Van Nispen",
              party: str = "SP", spreker: bool = True) -> str:
    who = (f'<spreker soort="Tweede Kamerlid"><fractie>{party}</fractie>'
           f"<verslagnaam>{name}</verslagnaam></spreker>") if spreker else ""
    return (f'<woordvoerder objectid="w1">{who}<isvoorzitter>false</isvoorzitter><tekst><alinea>'
            f"<alineaitem>De heer {name} ({party}):</alineaitem><alineaitem>{speech}</alineaitem>"
            "</alinea></tekst></woordvoerder>")


def vlos(objectid: str | None = "m1", datum: str | None = "2025-01-01T00:00:00", title: str | None = "Test",
         turns: str | None = None, prolog: str = "", status: str = "Gecorrigeerd", header: str = "") -> str:
    """A VLOS report; ``None`` leaves the attribute or element out. ``prolog`` goes between the XML
    declaration and the root (a DOCTYPE); ``header`` is extra content before the first activity."""
    oid = f' objectid="{objectid}"' if objectid is not None else ""
    titel = f"<titel>{title}</titel>" if title is not None else ""
    date = f"<datum>{datum}</datum>" if datum is not None else ""
    turns = vlos_turn() if turns is None else turns
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
            f'<vlosCoreDocument status="{status}" xmlns="{VLOS_NS}">\n'
            f'<vergadering soort="Commissie"{oid} kamer="Tweede Kamer">{titel}{date}{header}\n'
            '<activiteit soort="Commissiedebat"><titel>Test</titel><activiteithoofd soort="Algemeen">'
            '<titel>Test</titel><activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder">\n'
            f"{turns}\n</activiteititem></activiteitdeel></activiteithoofd></activiteit></vergadering>"
            "</vlosCoreDocument>\n")


def tei_u(text: str = "Voorzitter, dit is een toets van de TEI-lezer.", label: str = "De heer Alkaya (SP):",
          who: str = "#MahirAlkaya", uid: str = "u1") -> str:
    return (f'<note type="speaker">{label}</note>'
            f'<u who="{who}" ana="#regular" xml:id="{uid}"><seg>{text}</seg></u>')


def tei(xml_id: str | None = "ParlaMint-NL_2099-01-01-tweedekamer-1", body: str | None = None,
        prolog: str = "", root: str = "TEI") -> str:
    """A ParlaMint TEI document with one ``u``; ``xml_id=None`` leaves the root's id out."""
    attr = f' xml:id="{xml_id}"' if xml_id is not None else ""
    body = tei_u() if body is None else body
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}<{root} xmlns="{TEI_NS}"{attr} xml:lang="nl">'
            '<teiHeader><fileDesc><titleStmt><title type="sub" xml:lang="nl">Toets</title></titleStmt>'
            '</fileDesc><profileDesc><settingDesc><setting><date when="2099-01-01"/></setting></settingDesc>'
            f'</profileDesc></teiHeader><text><body><div type="debateSection"><head>Onderwerp</head>{body}'
            f"</div></body></text></{root}>\n")


pdf = make_pdf  # the shared builder (tests/samples.py), under the name these cases use


PDF_PAGE = ["De voorzitter:", "Welkom bij dit overleg.", "Mevrouw Bakker (GL):", "Voorzitter, een vraag."]
