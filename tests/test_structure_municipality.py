"""`municipality`: the Flemish municipality a document names itself by (`municipality.py`)."""

from __future__ import annotations

import pytest

from extract.structure.meeting import municipality_of
from extract.structure.municipality import mention_form, mentions, municipality_data


def value(text: str) -> str | None:
    found = municipality_of(text)
    return None if found is None else str(found.value)


def test_data_file_counts_and_mergers() -> None:
    data = municipality_data()
    assert len(data.current) == 285  # since 1 January 2025
    # 308 before 2019 (13 merged into 7), 300 before 2025 (22 merged into 13, 7 of them new names)
    assert sum(former.year == 2019 for former in data.former.values()) == 13
    assert sum(former.year == 2025 for former in data.former.values()) == 22
    assert len({former.merged_into for former in data.former.values() if former.year == 2025}) == 13
    assert all(former.merged_into in data.current for former in data.former.values())
    assert not set(data.former) & set(data.current)
    assert data.postcodes("Destelbergen") == [9070] and data.postcodes("Nazareth") == [9810]
    assert all(len(codes) >= 1 and all(1000 <= code <= 9999 for code in codes) for codes in data.current.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the LBLOD convention: the name as a word (Aalst, Destelbergen, Zottegem items)
        ("akkoord te gaan met de samenwerking met stad Aalst", "Aalst"),
        ("Eveline Hoste, gemeenteraadslid, Walbosdreef 17, 9070 Destelbergen (effectief)", "Destelbergen"),
        ("een deelwagen in de Gentse Steenweg te Zottegem", "Zottegem"),
        ("2.4 Verbintenissen van het LOA (stad of OCMW Aalst)", "Aalst"),
        ("de percelen kadastraal gekend als Aalst afdeling 13, sectie B", "Aalst"),
        ("een positief imago en reputatie voor Aalst, doordat het laat zien", "Aalst"),
        # not the municipality: an adjective, a URL, a district of it, a sub-municipality, a
        # place outside Flanders, a gazette
        ("tijdens de Aalsterse evenementen", None),
        ("op www.destelbergen.be", None),
        ("ongeruste burgers in Battel en ook in Mechelen-Noord", None),
        ("De voorziene hondenlosloopweide te Godveerdegem.", None),
        ("Kind en Gezin, agentschap Opgroeien, Hallepoortlaan 27, 1060 Brussel", None),
        ("Bekendmaking in Belgisch Staatsblad en website", None),
        # Mechelen: not where the city's name is part of an organisation's or party's name
        ("de coalitie tussen Voor Mechelen en Vooruit", None),
        ("de jaarrekening van AGB Energiepunt Mechelen en verleent", None),
        ("Namens cd&v Mechelen: Jan Peeters", None),
        ("de bestuursorganen van Mechelen\nFeest vzw", None),
        ("een vertegenwoordiger van de Stad in de Vervoerregio\nMechelen.", None),
        ("de vzw ERSV Provincie Antwerpen actief in de provincie Antwerpen.", None),
        # a surname is not a place
        ("Anja De Gols, raadslid; Sam Van de Putte, raadslid", None),
        ("Yves Vanden Bosch, Nicole Van\nDessel)", None),
        ("De stad Mechelen, Grote markt 21, 2800 Mechelen, vertegenwoordigd door Voor Mechelen.", "Mechelen"),
    ],
)
def test_municipality_forms(text: str, expected: str | None) -> None:
    assert value(text) == expected


def test_publisher_over_a_municipality_named_more_often(shared_dir) -> None:
    # destelbergen-06: `de gemeente Nazareth` six times (its split from Imewo), but Destelbergen
    # is the acting body, its representatives and its council members' postcode
    text = (shared_dir / "corpus-real" / "destelbergen" / "destelbergen-06.txt").read_text(encoding="utf-8")
    assert text.count("gemeente Nazareth") >= 5
    assert value(text) == "Destelbergen"


def test_sub_municipality_sharing_a_municipality_name_needs_an_unambiguous_form() -> None:
    # Nieuwerkerken is a Limburg municipality and a deelgemeente of Aalst
    assert value("Gebruiksovereenkomst De Cocon gelegen te Nieuwerkerken, op de site van de school") is None
    assert value("De gemeente Nieuwerkerken keurt het reglement goed.") == "Nieuwerkerken"
    assert value("buurtweg 81, Restert, te Nieuwerkerken; kadastraal gekend als Aalst afdeling 13") == "Aalst"


def test_signing_place_is_evidence() -> None:
    assert value("De gemeente Lede en de gemeente Wichelen werken samen.\nWichelen, 3 maart 2025\n") == "Wichelen"


def test_forms_of_single_mentions() -> None:
    text = "9300 Aalst"
    assert mention_form(text, 5, 10, "Aalst") == "own_postcode"
    assert mention_form("1000 Aalst", 5, 10, "Aalst") == "postcode"
    assert [m.form for m in mentions("stad Gent, te Gent, in Gent")] == ["body", "place", "place"]


def test_a_municipality_outside_the_list_named_as_a_body_twice() -> None:
    # a name the list does not know (renamed, newly merged, or spelled otherwise): the document
    # names itself by it as a body, hyphenated names included
    text = "STAD ZANDVOORDE-BERG\nGemeenteraad\nOvereenkomst tussen stad\nZandvoorde-Berg en Arktos vzw.\nZandvoorde-Berg, 14 december 2020\n"
    assert value(text) == "Zandvoorde-Berg"
    assert value("Gemeente Haverlo – Gemeenteraad 22 mei 2023\nDe gemeente Haverlo keurt goed.") == "Haverlo"
    # one mention is too weak; a heading after a wrapped `stad` is no name
    assert value("Overeenkomst met stad Haverlo.") is None
    assert value("- het bereik aan de stad\nJuridische grond\n- het bereik aan de stad\nJuridische grond\n") is None
    # a listed municipality always wins
    assert value("Gemeente Haverlo en Gemeente Haverlo werken samen met stad Aalst.") == "Aalst"


def test_running_header_names_the_publisher() -> None:
    # the running page header is blanked in the cleaned text; the raw text still names the body
    from extract.structure.meeting import municipality_of

    raw = "Gemeente Linterhout – Gemeenteraad 22 januari 2024\nGEMEENTE LINTERHOUT\nBesluit\n"
    cleaned = " " * raw.index("\n") + raw[raw.index("\n") :]
    assert municipality_of(cleaned) is None
    found = municipality_of(cleaned, raw)
    assert found is not None and found.value == "Linterhout"
