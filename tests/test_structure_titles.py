"""Operative word and policy domain of titles, on real titles of several municipalities."""

from __future__ import annotations

import pytest

from extract.structure.titles import decision_type_of, split_domain


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Mechelen: operative word first, adjectives skipped
        ("Goedkeuring samenwerkingsovereenkomst tussen stad Mechelen en Igemo voor het project Ensure.", "goedkeuring"),
        ("Definitieve aanvaarding schenking historische vaandels van het Koninklijk Verbond.", "aanvaarding"),
        ("Beslissen tot onderhandse verkoop perceel grond gelegen aan Guido Gezellelaan 4+ aan McDonald’s Belgium.", "beslissen"),
        # Mechelen: a subject heading, then numbered sub-decisions
        ("Audio. 1) Samenstelling plaatselijk auditcomité. 2) Goedkeuring auditcharter.", "samenstelling"),
        ("Uitbreiding Antonia Wolversstraat. 1) Voorlopige vaststelling van de straatnaam Antonia Wolversstraat.", "vaststelling"),
        # Aalst: case code, operative word as the last segment
        ("2023_GR_00604 - Samenwerkingsovereenkomsten art. 60 ikv nieuw subsidiereglement - Goedkeuring", "goedkeuring"),
        # Antwerp district college
        ("2016_DCBZL_00292 District Berendrecht-Zandvliet-Lillo - Lokaal veiligheidsoverleg. Verslag - Kennisneming", "kennisneming"),
        # Destelbergen, Nazareth (last sentence)
        ("Goedkeuring lastvoorwaarden en gunningswijze betreffende schoonmaken van de gemeentelijke gebouwen", "goedkeuring"),
        ("Jaarrekening 2023 - deel gemeente. Vaststelling.", "vaststelling"),
        # no operative word (added items of council members)
        ("K. Lauwers - Windmolens Battel.", None),
        ("De nieuwe dienstregeling van De Lijn en de impact ervan.", None),
    ],
)
def test_decision_type(title: str, expected: str | None) -> None:
    assert decision_type_of(title) == expected


def test_torhout_policy_domain_is_split_off() -> None:
    domain, title = split_domain("Financiën - retributiereglement op het afleveren van conformiteitsattesten - 2024-2025 - goedkeuring")
    assert domain == "Financiën"
    assert title == "retributiereglement op het afleveren van conformiteitsattesten - 2024-2025 - goedkeuring"


def test_a_subject_first_segment_is_not_a_domain() -> None:
    title = "Ontslag raadslid Rita Dewulf op 31 mei 2024 - kennisneming"
    assert split_domain(title) == (None, title)


def test_nazareth_colon_domain_is_split_off() -> None:
    assert split_domain("Algemeen bestuur: Zittingsverslag van 27 februari 2023. Goedkeuring.") == (
        "Algemeen bestuur",
        "Zittingsverslag van 27 februari 2023. Goedkeuring.",
    )
