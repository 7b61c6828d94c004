"""Reading bullet lists and goal bodies line by line (extract/goals/items.py), on real layouts."""

from __future__ import annotations

import pytest

from extract.goals.items import NO_MARK, Item, line_mark, read_body, read_list
from extract.goals.labelled import is_label
from extract.text.lines import iter_lines


def never(_: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("line", "kind", "family", "number", "depth"),
    [
        ("- Ontwikkelen van de bijzondere leerplek", "main", "-", None, 1),
        ("– Emmaüs innovatieve projecten", "main", "-", None, 1),
        ("• Algemene doelstelling:", "main", "•", None, 1),
        ("\uf0b7 het coördineren van een warmtestudie,", "main", "\uf0b7", None, 1),
        ("o het aanbieden van consulting (in complexe dossiers);", "sub", "o", None, 1),
        ("* ondersteuning van basisscholen met schoolstartgezinnen", "sub", "*", None, 1),
        ("b) de tweede voorwaarde", "enum", "a)", "b", 1),
        ("1. Elke jongere tot aan de meet", "enum", "1.", "1", 1),
        ("2.1.2.  Casusoverleg organiseren i.v.m. jongeren@risk", "enum", "multi", "2.1.2", 3),
        ("2.1.10 Opvolging van de protocol-overeenkomst", "enum", "multi", "2.1.10", 3),
        ("onderwijs) met een bezorgdheid rondom onderwijsloopbanen", "none", "", None, 0),
        ("1.500 euro per jaar", "none", "", None, 0),
        ("-jongeren@risk", "none", "", None, 0),
    ],
)
def test_line_mark(line: str, kind: str, family: str, number: str | None, depth: int) -> None:
    mark = line_mark(line)
    assert (mark.kind, mark.family, mark.number, mark.depth) == (kind, family, number, depth)


# Seed 000 (Mechelen PDF): items wrap with blank lines inside; another top-level glyph ends the list.
SEED_000_LIST = """- Ontwikkelen van de bijzondere leerplek, een (nieuw) aanbod voor jongeren die 

(tijdelijk) geen aansluiting vinden in het regulier onderwijs 
- Netwerken rondom jongeren en de leerplek uitbouwen, met professionele zorgverleners 
en vrijwilligers. Partnerschap rondom jongeren uitbouwen met ouders en leerkrachten. 

• De overeenkomst tussen de stad en Arktos Antwerpen vzw voor de uitvoering van de 
"""


def test_read_list_joins_wrapped_items_and_stops_at_the_enclosing_glyph() -> None:
    items = read_list(iter_lines(SEED_000_LIST), 0, never)
    assert [item.text for item in items] == [
        "Ontwikkelen van de bijzondere leerplek, een (nieuw) aanbod voor jongeren die (tijdelijk) geen "
        "aansluiting vinden in het regulier onderwijs",
        "Netwerken rondom jongeren en de leerplek uitbouwen, met professionele zorgverleners en "
        "vrijwilligers. Partnerschap rondom jongeren uitbouwen met ouders en leerkrachten.",
    ]
    assert SEED_000_LIST[items[0].start : items[0].start + 13] == "- Ontwikkelen"


# Aalst (LBLOD text): one goal per line, no glyphs, a section heading after the last one.
AALST_LINES = """’t Gasthuys zet hedendaagse erfgoedprojecten op die relevant zijn voor stad en regio voor verschillende doelgroepen.
’t Gasthuys sleutelt steeds aan de kwaliteit van de eigen dienstverlening, versterkt zichzelf als organisatie.
Motivering
Dienst Financiën: gunstig advies
"""


def test_read_list_without_glyphs_reads_a_line_per_item_and_drops_the_heading() -> None:
    items = read_list(iter_lines(AALST_LINES), 0, never)
    assert len(items) == 2
    assert items[1].text.startswith("’t Gasthuys sleutelt")


# Mechelen 2025 (PDF): two announced lists of dash items, each closed by a `` line.
MECHELEN_49 = """- Aanleg van een gemengd stelsel in de Dahliastraat;
- Bronmaatregelen van het hemelwater.
\uf0b7 Stad Mechelen wenst volgende werken uit te voeren:
"""


def test_read_list_stops_at_a_different_top_level_glyph() -> None:
    items = read_list(iter_lines(MECHELEN_49), 0, never)
    assert [item.text for item in items] == [
        "Aanleg van een gemengd stelsel in de Dahliastraat;",
        "Bronmaatregelen van het hemelwater.",
    ]


# Seed 001: sub-bullets belong to the goal above them, wrapped sub-bullets too.
SEED_001_BODY = """- Doelstelling 5: Opnemen van een lokale signaalfunctie door: 

o Mechels vraag en aanbod voor jongeren (voor wie schooluitval en/of 

ongekwalificeerde uitstroom dreigt) te monitoren; 

o en van daaruit hiaten bloot te leggen en vraag en aanbod beter op elkaar af te 

stemmen. 

- Doelstelling 6: Als expertisecentrum deelnemen aan Mechels overleg omtrent leerrecht, 
"""


def test_read_body_joins_sub_bullets_and_stops_at_the_next_item() -> None:
    lines = iter_lines(SEED_001_BODY)
    item = Item(NO_MARK, lines[0].start, lines[0].end)
    item.add(lines[0], "Opnemen van een lokale signaalfunctie door:")
    read_body(lines, 1, item, never, is_label)
    assert item.text == (
        "Opnemen van een lokale signaalfunctie door: Mechels vraag en aanbod voor jongeren (voor wie "
        "schooluitval en/of ongekwalificeerde uitstroom dreigt) te monitoren; en van daaruit hiaten bloot "
        "te leggen en vraag en aanbod beter op elkaar af te stemmen."
    )
    assert "Doelstelling 6" not in SEED_001_BODY[item.start : item.end]


def test_read_body_in_prose_mode_runs_to_the_paragraph_end() -> None:
    text = (
        "Traject 3: In dit traject wordt uitgezocht hoe ervaren wijk-werkers in contact kunnen komen \n"
        "met de nieuwe wijk-werkers. Hiermee trachten \n"
        "we de wijk-werkers zelf te versterken. \n"
        "Via bijeenkomsten kunnen ze hun ervaringen delen.  \n"
        "\n"
        "Deze trajecten lopen gelijktijdig. \n"
    )
    lines = iter_lines(text)
    item = Item(NO_MARK, 0, lines[0].end)
    item.add(lines[0], lines[0].stripped.removeprefix("Traject 3: "))
    read_body(lines, 1, item, never, is_label, prose=True)
    assert item.text.endswith("Via bijeenkomsten kunnen ze hun ervaringen delen.")
