"""Parties of decisions on real titles and Besluit passages (Mechelen seeds and 2025 items, Aalst)."""

from __future__ import annotations

import json

import pytest

from conftest import GOLD_SEEDS_TXT, SEEDS_TXT
from extract.entities.finder import find_organizations
from extract.entities.parties import has_word, parties_of
from extract.pipeline import extract_document
from ingest.reader import read_source


def parties_in(title: str, besluit: str = "", municipality: str | None = None) -> list[str]:
    """Parties of a decision whose title is `title` and whose Besluit follows it."""
    text = f"{title}\n{besluit}"
    orgs = find_organizations(text, municipality=municipality)
    found, needs_city = parties_of(title, (0, len(title)), [(len(title) + 1, len(text))], orgs, municipality)
    return [org.name for org, _ in found] + (["<city>"] if needs_city else [])


def test_agreement_between_city_and_organisation() -> None:
    # seed 000 (Mechelen)
    title = ("Goedkeuring samenwerkingsovereenkomst tussen stad \nMechelen en Arktos vzw voor de periode van "
             "1-09-2021 tot 31-08-2023 in functie van de ondersteuning ‘bijzondere leerplek’.")
    assert parties_in(title) == ["Stad Mechelen", "Arktos vzw"]


def test_governance_item_names_its_organisation_in_the_title() -> None:
    # Mechelen 2025 item 25: the subject heading, then numbered sub-decisions
    title = "IGEMO. 1) Voordracht kandidaten raad van bestuur voor de duur van de legislatuur."
    assert parties_in(title, "De gemeenteraad draagt voor namens Stad Mechelen ...", "Mechelen") == ["IGEMO"]


def test_subsidy_agreements_read_from_the_besluit_when_the_title_names_no_one() -> None:
    # Aalst 2023_GR_00604: the city is named only as `de stad`
    title = "2023_GR_00604 - Samenwerkingsovereenkomsten art. 60 ikv nieuw subsidiereglement - Goedkeuring"
    besluit = ("Artikel 1\nakkoord te gaan met de nieuwe samenwerkingsovereenkomst tewerkstelling artikel 60 met "
               "De Loods vzw, zoals gevoegd in bijlage.\nArtikel 2\nakkoord te gaan met de nieuwe "
               "samenwerkingsovereenkomst tewerkstelling artikel 60 met Steunpunt Welzijn vzw.")
    assert parties_in(title, besluit) == ["De Loods vzw", "Steunpunt Welzijn vzw", "<city>"]


def test_purchase_makes_the_city_the_only_named_party() -> None:
    # Mechelen 2025 item 45: the seller is a private person
    title = "Beslissing tot aankoop voor algemeen belang van twee percelen weiland gelegen in het bos van Betzenbroeck."
    assert parties_in(title, "De Stad Mechelen koopt de percelen.", "Mechelen") == ["Stad Mechelen"]


def test_procurement_tax_and_report_items_have_no_parties() -> None:
    # Mechelen 2025 items 47 and 35
    assert parties_in("Vaststelling wijze van gunnen volgens de openbare procedure aan de voorwaarden van het bestek "
                      "inzake de opdracht ‘Aanleg publieke ruimte’ met Pidpa.") == []
    assert parties_in("Aktename verslag algemene vergadering welzijnsvereniging Audio van 29 november 2024.") == []


def test_city_named_as_decider_is_not_a_party() -> None:
    # Mechelen 2025 item 9
    assert parties_in("Goedkeuring aangepast overzicht nominatieve subsidies die verstrekt worden door Stad Mechelen.",
                      municipality="Mechelen") == []


def test_has_word_matches_inside_compounds_and_only_among_first_words() -> None:
    assert has_word("Goedkeuring samenwerkingsovereenkomst met Pidpa", ["overeenkomst"])
    assert not has_word("Aanstelling IVAREM als vaststeller voor overtredingen op Algemene Bestuurlijke "
                        "Politieverordening", ["politieverordening"], 6)


@pytest.mark.parametrize("path", sorted(SEEDS_TXT.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_parties_match_the_gold(path) -> None:
    gold = json.loads((GOLD_SEEDS_TXT / f"{path.name}.json").read_text(encoding="utf-8"))
    record = extract_document(read_source(path)).record
    predicted = {d.agenda_item: [p.name for p in d.parties] for d in record.decisions}
    for decision in gold["decisions"]:
        names = [{p["name"].lower(), *(a.lower() for a in p.get("aliases", []))} for p in decision["parties"]]
        got = predicted.get(decision["agenda_item"], [])
        assert len(got) == len(names), (decision["agenda_item"], got)
        assert all(any(name.lower() in accepted for accepted in names) for name in got), got
    organizations = {org.name for org in record.organizations}
    for party in (p.name for d in record.decisions for p in d.parties):
        assert party in organizations
