"""History rules on real wording: Mechelen (seeds 2020-21, items 2025), Aalst, Antwerpen."""

from __future__ import annotations

import pytest

from extract.chronology.bodies import event_agenda_item, event_body
from extract.chronology.events import EventMatch, history_events, legal_events, merge_events, narrative_events
from schema.vocab import Body

GR, COLLEGE = Body.GEMEENTERAAD, Body.COLLEGE


def _events(found: list[EventMatch]) -> list[tuple[str, str | None, int | None]]:
    return [(e.date.isoformat(), e.body.value if e.body else None, e.agenda_item) for e in found]


@pytest.mark.parametrize(
    ("label", "after", "body"),
    [
        # the words before the date name the body
        ("• Gemeenteraad ", " - agendapunt 7:", GR),
        ("• Collegebeslissing ", " – agendapunt 42: verwijzing naar de gemeenteraad.", COLLEGE),
        (" De gemeenteraad van ", " hecht goedkeuring aan de aangepaste lijst", GR),
        ("Het college van burgemeester en schepenen d.d.", " betreffende het nieuw subsidiekader", COLLEGE),  # Aalst
        ("RMW ", " – agendapunt 1: goedkeuring", Body.OCMW_RAAD),
        # the words after the date open with it, or a verb and then it
        ("• ", ": Het college (agendapunt 38) gaat akkoord om een bijkomende financiering", COLLEGE),
        (" ", ": In de gemeenteraad werd de globale herziening van de modaliteiten", GR),
        (" ", " – punt 14: college verwijst de nieuwe straatnaamgeving", COLLEGE),
        (" Op ", " beslist de gemeenteraad tot aanpassing van het belastingreglement", GR),
        ("Op ", " ging de gemeenteraad akkoord met de negende fase", GR),  # Aalst
        # a decision noun opens the event and the body acts in it
        (" ", ": installatievergadering nieuwe gemeenteraad.", GR),
        (" ", ": Installatievergadering van de nieuwe gemeenteraad.", GR),
        (" ", ": Principiële beslissing gemeenteraad om over te gaan tot vrijwillige ontbinding", GR),
        ("", " Goedkeuring gebruiksovereenkomst parking Euro Shop door de\ngemeenteraad.", GR),
        # meetings, mails, advice, a ministerial decree: no deciding body
        ("• ", ": Bespreking van het project Ensure op de stuurgroep activering met \n\nschepenen", None),
        (" ", ": indiening van de gemeenteraadsbeslissing van de installatieraad van 2", None),
        (" ", ": mail van Audio met de vraag het verslag van de algemene vergadering", None),
        (" ", ": advies stedelijke cultuurraad in verband met een nieuwe straat- en pleinnaam", None),
        (" ", ": ministerieel besluit ter goedkeuring van de aangevraagde", None),
        (" Vergadering ", ": Overleg met Fluvius en Stad Mechelen.", None),
        (" ", ": Goedkeuring aanpassingen definitief ontwerp.", None),
        ("Het besluit van de zoneraad van ", " houdende goedkeuring van de begroting 2024", None),  # Aalst
        ("Op ", " kende minister Jambon het kwaliteitslabel toe", None),
    ],
)
def test_event_body(label: str, after: str, body: Body | None) -> None:
    assert event_body(label, after) is body


@pytest.mark.parametrize(
    ("label", "head", "item"),
    [
        ("• Collegebeslissing ", " – agendapunt 42: verwijzing naar de gemeenteraad.", 42),
        ("• ", ": Het college (agendapunt 38) gaat akkoord", 38),
        (" De collegebeslissing van ", " –punt 72: verwijzing naar de gemeenteraad.", 72),
        (" Gemeenteraad ", " (punt 13): Goedkeuring warmteplan Mechelen", 13),
        (" ", ": Gemeenteraad punt 25– Goedkeuring kaderbesluit ontwikkeling Ragheno.", 25),
        ("• ", ": Het college beslist om deel te nemen aan het project", None),
    ],
)
def test_event_agenda_item(label: str, head: str, item: int | None) -> None:
    assert event_agenda_item(label, head) == item


def test_a_seed_voorgeschiedenis_with_sub_bullets() -> None:
    # seed 000: the sub-bullets' agreement periods are not events
    text = (
        "• Gemeenteraad 26 april 2021 - agendapunt 7:   \n"
        "• De gemeenteraad keurt de samenwerkingsovereenkomst goed tussen Stad Mechelen, \n\n"
        "Arktos vzw en GO! Scholengroep 5 voor de periode van 1-09-2020 tot 31-08-2022 in \n\n"
        "functie van het project “Krachtige Scholen”. \n\n"
        "• Collegebeslissing 14 juni 2021 – agendapunt 42: verwijzing naar de gemeenteraad. \n"
    )
    found, undated = history_events(text, 0, len(text))
    assert _events(found) == [("2021-04-26", "gemeenteraad", 7), ("2021-06-14", "college", 42)]
    assert undated == []


def test_a_date_inside_an_event_is_not_a_second_event() -> None:
    # Mechelen 2025 item 8, with its page footer line in between
    text = (
        "\uf0b7 19 december 2022: De gemeenteraad keurt de herziene modaliteiten goed waaraan\n"
        "toelagegenieters moeten voldoen in het kader van de wet van 14 november 1983.\n"
        "Daarnaast beslist de gemeenteraad tot opheffing van het gemeenteraadsbesluit van 26\n"
        "27 januari 2025\n"
        "april 2016 – agendapunt 7, houdende aanpassing van de modaliteiten.\n"
        "\uf0b7 De collegebeslissing van 17 december 2024 – punt 29: verwijzing naar de gemeenteraad.\n"
    )
    found, _ = history_events(text, 0, len(text))
    assert _events(found) == [("2022-12-19", "gemeenteraad", None), ("2024-12-17", "college", 29)]


def test_entries_without_bullets_and_entries_without_a_day() -> None:
    # Mechelen 2025 items 41 and 42 (the bullet glyphs already blanked by the cleaner)
    text = (
        "16 september 2024 Goedkeuring gebruiksovereenkomst parking Euro Shop door de\n"
        "gemeenteraad.\n"
        "10 december 2024 De collegebeslissing van 10 december 2024 – punt 62: verwijzing naar\n"
        "de gemeenteraad.\n"
        "  December 2024: vraag vanuit Vlaanderen tot het opnieuw samenstellen van de\n"
        "Vervoerregioraden voor de legislatuur 2025-2030.\n"
    )
    found, undated = history_events(text, 0, len(text))
    assert _events(found) == [("2024-09-16", "gemeenteraad", None), ("2024-12-10", "college", 62)]
    assert [u.text[:13] for u in undated] == ["December 2024"]


def test_several_dated_clauses_in_one_paragraph() -> None:
    # Aalst `Voortraject`: one paragraph, three acts; `start op` later in the text is a term
    text = (
        "De eerste stap was het aanvragen van het kwaliteitslabel. Op 15 januari 2022 werd de aanvraag "
        "ingediend (beleidsplan), op 21 februari 2022 kwam de visitatiecommissie langs en op 7 juli 2022 "
        "kende minister Jambon het kwaliteitslabel toe aan ‘t Gasthuys.\n"
        "De subsidieovereenkomst wordt gesloten voor een beleidsperiode van vijf jaar, die start op 1 januari "
        "2024 en eindigt op 31 december 2028.\n"
    )
    found, _ = history_events(text, 0, len(text))
    assert _events(found) == [("2022-01-15", None, None), ("2022-02-21", None, None), ("2022-07-07", None, None)]


def test_narrative_sections_give_only_explicitly_dated_acts() -> None:
    # Aalst `Feiten en context`
    text = (
        "Op 21 december 2021 ging de gemeenteraad akkoord met de negende fase van de restauratiewerken. "
        "Bij de ondertekening van de subsidiëringsovereenkomst in 2015 werden deze schilderijen geschrapt.\n"
        "Op 05/07/2023 werd een aanvraag ingediend voor 18.768,96 EUR en op 10/11/2023 werd een bedrag "
        "van 18.769 euro toegekend. Het bedrag wordt overgemaakt: 9.385 € eind januari 2024.\n"
        "De gemeenteraad besliste in zitting van 27 juni 2023 om akkoord te gaan met de grondverwerving\n"
    )
    assert _events(narrative_events(text, 0, len(text))) == [
        ("2021-12-21", "gemeenteraad", None),
        ("2023-07-05", None, None),
        ("2023-11-10", None, None),
        ("2023-06-27", "gemeenteraad", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Antwerpen `Aanleiding en context`
        ("Het lokaal veiligheidsoverleg van het district Berendrecht-Zandvliet-Lillo werd gehouden op 28 november 2016.", [("2016-11-28", None, None)]),
        # Mechelen: a meeting named, not an act dated
        ("De burgemeester licht op de gemeenteraad van 27 januari 2024 het hoofdlijnenakkoord\nvan de bestuurscoalitie toe.", []),
        # Mechelen toegevoegd punt: the council member's quoted note is not the item's history
        ("dient gemeenteraadslid François volgend toegevoegd agendapunt in:\n“Toelichtende nota\nOp 29 januari 2024 kaartte ik dit probleem aan.\nWij vragen U dan ook.”", []),
        # a term and a plan, not acts
        ("De overeenkomst start op 1 januari 2024. De algemene vergadering zal op 25 maart 2025 plaatsvinden.", []),
    ],
)
def test_narrative_exclusions(text: str, expected: list[tuple[str, str | None, int | None]]) -> None:
    assert _events(narrative_events(text, 0, len(text))) == expected


def test_a_legal_basis_gives_decisions_of_bodies_not_laws() -> None:
    # Aalst `Juridische grondslag` lines
    text = (
        "Het Decreet lokaal bestuur, artikel 41;\n"
        "De wet van 15 mei 2007 betreffende de civiele veiligheid, artikel 68 en 134;\n"
        "Het koninklijk besluit van 2 februari 2009 tot vaststelling van de territoriale afbakening;\n"
        "Het besluit van de zoneraad van 27 oktober 2023 houdende goedkeuring van de begroting 2024.\n"
        "Het college van burgemeester en schepenen d.d.24/10/2022 betreffende de lokale inzet van de middelen.\n"
        "Het besluit van de Vlaamse regering van 7 december 2007 houdende de minimale voorwaarden.\n"
    )
    assert _events(legal_events(text, 0, len(text))) == [("2023-10-27", None, None), ("2022-10-24", "college", None)]


def test_the_same_decision_cited_twice_is_one_event() -> None:
    # Aalst: the Feiten cite the college decision the Juridische grondslag lists too
    feiten = "werd op het college van burgemeester en schepenen d.d. 09/02/2023 een nieuw subsidiekader goedgekeurd."
    grond = "Het college van burgemeester en schepenen d.d. 09/02/2023 betreffende het nieuw subsidiekader.\n"
    merged = merge_events(legal_events(grond, 0, len(grond)), narrative_events(feiten, 0, len(feiten)))
    assert _events(merged) == [("2023-02-09", "college", None)]
