"""Held-out style: short minutes written for these tests, in the styles of other municipalities
(names, numbering and wording that occur nowhere in the development corpus)."""

from __future__ import annotations

import datetime as dt

from test_structure_segment import structure, text_source

from schema.source import PageInfo, SourceDocument
from schema.vocab import Body, DocumentType, Session

AGENDAPUNT_MINUTES = """Gemeente Kapellen
Notulen van de gemeenteraad
Zitting van 24 februari 2025
Openbare zitting

Agendapunt 12
Goedkeuring van het reglement op de toelagen voor jeugdverenigingen
Aanwezig: Jan Peeters, voorzitter; Els Janssens, burgemeester
Feiten en context
Het college stelde op 3 februari 2025 een nieuw reglement voor.
Juridische grond
Decreet over het lokaal bestuur, artikel 40.
Besluit
De gemeenteraad beslist met eenparigheid van stemmen:
Artikel 1
De gemeenteraad keurt het reglement op de toelagen voor
jeugdverenigingen goed.
Artikel 2
Het reglement treedt in werking op 1 maart 2025.

Agendapunt 13: Vaststelling van de rooilijn van de Dorpsstraat
Feiten en context
Het rooilijnplan lag ter inzage van 6 januari tot 5 februari 2025.
Besluit
Artikel 1
De gemeenteraad stelt het rooilijnplan van de Dorpsstraat definitief vast.

Kapellen, 25 februari 2025
"""


def test_agendapunt_headings_of_a_municipality_not_in_the_corpus() -> None:
    ctx = structure(text_source(AGENDAPUNT_MINUTES))
    record = ctx.record
    assert record.document_type is DocumentType.NOTULEN
    assert [(d.agenda_item, d.title, d.decision_type) for d in record.decisions] == [
        (12, "Goedkeuring van het reglement op de toelagen voor jeugdverenigingen", "goedkeuring"),
        (13, "Vaststelling van de rooilijn van de Dorpsstraat", "vaststelling"),
    ]
    assert [(a.number, a.text) for a in record.decisions[0].articles] == [
        (1, "De gemeenteraad keurt het reglement op de toelagen voor jeugdverenigingen goed."),
        (2, "Het reglement treedt in werking op 1 maart 2025."),
    ]
    assert record.meeting is not None
    assert (record.meeting.body, record.meeting.date, record.meeting.session) == (
        Body.GEMEENTERAAD, dt.date(2025, 2, 24), Session.OPENBAAR)
    assert record.municipality == "Kapellen"
    assert record.signed is not None and (record.signed.place, record.signed.date) == ("Kapellen", dt.date(2025, 2, 25))


def test_running_text_about_an_agenda_point_is_not_a_heading() -> None:
    text = AGENDAPUNT_MINUTES.replace(
        "Het college stelde op 3 februari 2025 een nieuw reglement voor.",
        "Het college stelde op 3 februari 2025 een nieuw reglement voor, zoals besproken onder\n"
        "punt 4: Bespreking van de jeugdraad.\nPunt 1 tot en met 3 werden verdaagd.\n"
        "• Agendapunt 7: Goedkeuring van het vorige reglement (gemeenteraad 20 mei 2019).",
    )
    assert [d.agenda_item for d in structure(text_source(text)).record.decisions] == [12, 13]


DOMAIN_MINUTES = """Stad Lier - Gemeenteraad
Vergadering van 27 januari 2025
5. ALGEMEEN BESTUUR. Goedkeuring notulen van de vorige zitting.
Motivering
Feiten en argumentatie
De notulen werden ter inzage gelegd.
Besluit
De beslissing wordt genomen met eenparigheid van stemmen.
Artikel 1
De gemeenteraad keurt de notulen goed.
6. POLITIE-FINANCIËN. Vaststelling van de gemeentelijke dotatie 2025 aan de politiezone
Lier.
Motivering
Voorgeschiedenis
• Gemeenteraad 16 december 2024 – agendapunt 7: goedkeuring meerjarenplan.
Feiten en argumentatie
De dotatie bestaat uit twee delen:
1. Het vaste deel volgens de begroting.
2. Het variabele deel volgens de prestaties.
3. Een correctie voor de index.
Besluit
De beslissing wordt genomen met 21 stemmen voor en 4 onthoudingen.
Artikel 1
De gemeenteraad stelt de dotatie 2025 aan de politiezone vast.
7. PERSONEEL. Wijziging van de rechtspositieregeling.
Motivering
Besluit
Artikel 1
De gemeenteraad wijzigt de rechtspositieregeling.
"""


def test_domain_label_headings_with_a_numbered_list_inside_an_item() -> None:
    record = structure(text_source(DOMAIN_MINUTES)).record
    assert [(d.agenda_item, d.domain, d.title, d.decision_type) for d in record.decisions] == [
        (5, "ALGEMEEN BESTUUR", "Goedkeuring notulen van de vorige zitting.", "goedkeuring"),
        (6, "POLITIE-FINANCIËN", "Vaststelling van de gemeentelijke dotatie 2025 aan de politiezone Lier.", "vaststelling"),
        (7, "PERSONEEL", "Wijziging van de rechtspositieregeling.", "wijziging"),
    ]
    assert record.municipality == "Lier"
    assert record.meeting is not None and record.meeting.date == dt.date(2025, 1, 27)


COMBINED_MINUTES = """Notulen van de gemeenteraad en de raad voor maatschappelijk welzijn van Zulte

1. Goedkeuring notulen vorige zitting
Aanwezig: Ann De Smet, voorzitter; Piet Claeys, burgemeester
Besluit
Artikel 1. De notulen van de zitting van 16 december 2024 worden goedgekeurd.
2. Vaststelling retributiereglement op het gebruik van de sporthal
Aanwezig: Ann De Smet, voorzitter; Piet Claeys, burgemeester
Feiten en context
De tarieven worden aangepast:
1. Verenigingen betalen 10 euro per uur.
2. Particulieren betalen 20 euro per uur.
Besluit
Artikel 1. Het retributiereglement wordt vastgesteld.
Raad voor maatschappelijk welzijn
1. Goedkeuring notulen vorige zitting van de raad voor maatschappelijk welzijn
Aanwezig: Ann De Smet, voorzitter; Piet Claeys, burgemeester
Besluit
Artikel 1. De notulen worden goedgekeurd.
2. Aanpassing rechtspositieregeling van het personeel
Aanwezig: Ann De Smet, voorzitter; Piet Claeys, burgemeester
Besluit
Artikel 1. De rechtspositieregeling wordt aangepast.
"""


def test_numbering_restarting_for_the_ocmw_part_keeps_every_item() -> None:
    record = structure(text_source(COMBINED_MINUTES)).record
    assert [(d.agenda_item, d.title) for d in record.decisions] == [
        (1, "Goedkeuring notulen vorige zitting"),
        (2, "Vaststelling retributiereglement op het gebruik van de sporthal"),
        (1, "Goedkeuring notulen vorige zitting van de raad voor maatschappelijk welzijn"),
        (2, "Aanpassing rechtspositieregeling van het personeel"),
    ]
    assert record.municipality == "Zulte"
    assert record.meeting is not None and record.meeting.body is Body.GEMEENTERAAD  # the body named first


def test_municipality_of_held_out_texts() -> None:
    cases = [
        ("Lokaal bestuur Sint-Martens-Latem\nDe gemeenteraad keurt de samenwerking met de stad Gent goed.", "Sint-Martens-Latem"),
        ("Het OCMW Wingene en de gemeente Ruiselede sluiten een overeenkomst. OCMW Wingene, Oude Bruggestraat 3, "
         "8750 Wingene.", "Wingene"),
        # a surname, a province and a party are no municipality
        ("Raadslid Tom Van Geel vraagt naar de provincie Limburg. Namens Samen Zonhoven vzw.", None),
        # `te Beveren` is also Roeselare's Beveren: only an unambiguous form counts
        ("De sporthal te Beveren wordt gerenoveerd door stad Roeselare.", "Roeselare"),
    ]
    for text, expected in cases:
        assert structure(text_source(text)).record.municipality == expected, text


def test_running_header_and_page_footer_inside_a_title_and_an_article() -> None:
    """Page breaks of flattened minutes: the running header `Notulen gemeenteraad Lier` and the
    footer `Pagina N van 3` fall inside a title and inside an article; neither is kept."""
    pages = [
        "Notulen gemeenteraad Lier\n5. ALGEMEEN BESTUUR. Goedkeuring notulen van de vorige zitting.\nMotivering\n"
        "Besluit\nArtikel 1\nDe gemeenteraad keurt de notulen goed.\n6. OMGEVING. Vaststelling van het\nPagina 1 van 3",
        "Notulen gemeenteraad Lier\nrooilijnplan voor de Kesselsesteenweg.\nMotivering\nHet plan lag ter inzage.\n"
        "Besluit\nArtikel 1\nDe gemeenteraad stelt het rooilijnplan voor de Kesselsesteenweg\nPagina 2 van 3",
        "Notulen gemeenteraad Lier\ndefinitief vast.\nArtikel 2\nHet college voert dit besluit uit.\nPagina 3 van 3",
    ]
    text, ranges = "", []
    for number, page in enumerate(pages, start=1):
        ranges.append(PageInfo(number=number, start=len(text), end=len(text) + len(page)))
        text += page + "\f"
    source = SourceDocument(name="lier.pdf", path="lier.pdf", sha256="0" * 64, kind="pdf", text=text[:-1], pages=ranges)
    record = structure(source).record
    assert [(d.agenda_item, d.title) for d in record.decisions] == [
        (5, "Goedkeuring notulen van de vorige zitting."),
        (6, "Vaststelling van het rooilijnplan voor de Kesselsesteenweg."),
    ]
    assert [(a.number, a.text) for a in record.decisions[1].articles] == [
        (1, "De gemeenteraad stelt het rooilijnplan voor de Kesselsesteenweg definitief vast."),
        (2, "Het college voert dit besluit uit."),
    ]
