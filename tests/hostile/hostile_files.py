"""Builders for the files of the hostile suite: small valid transcripts of each format, with
knobs that break one thing at a time. Plain functions (like tests/samples.py), no fixtures."""

from __future__ import annotations

from samples import make_verslag

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


def pdf(pages: list[list[str]], page_extra: bytes = b"", mediabox: bytes | None = b"[0 0 595 842]",
        pages_extra: bytes = b"") -> bytes:
    """A minimal PDF, one page per list of lines (Helvetica, WinAnsi). ``mediabox=None`` leaves the
    page's /MediaBox out; ``page_extra`` is added to every /Page dict, ``pages_extra`` to /Pages."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    box = b"" if mediabox is None else b"/MediaBox " + mediabox
    for number, lines in enumerate(pages):
        page_id, content_id = 4 + 2 * number, 5 + 2 * number
        shown = []
        for line in lines:
            raw = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
            shown.append(b"(" + raw.replace(b")", b"\\)") + b") Tj T*")
        stream = b"\n".join([b"BT /F1 9 Tf 11 TL 50 800 Td", *shown, b"ET"])
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R %s %s /Resources << /Font << /F1 3 0 R >> >> "
                            b"/Contents %d 0 R >>" % (box, page_extra, content_id))
        kids.append(b"%d 0 R" % page_id)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d %s >>" % (b" ".join(kids), len(kids), pages_extra)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number in sorted(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_PAGE = ["De voorzitter:", "Welkom bij dit overleg.", "Mevrouw Bakker (GL):", "Voorzitter, een vraag."]
