"""Attendance lists on real wording (`extract/people/attendance_rules.py`, `attendance.py`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.context import ExtractionContext
from extract.people.attendance import attendance
from extract.people.attendance_rules import find_attendance, merge_persons, read_bare_list
from ingest import read_source
from schema.scoring.normalize import norm_name
from schema.vocab import AttendanceStatus
from conftest import GOLD_SEEDS_TXT, seed_path

PRESENT = AttendanceStatus.PRESENT


def _persons(text: str) -> dict[str, tuple[str | None, AttendanceStatus]]:
    return {p.name: (p.role, p.status) for p in merge_persons(find_attendance(text))}


def _present(text: str) -> dict[str, str | None]:
    return {name: role for name, (role, status) in _persons(text).items() if status is PRESENT}


def test_people_attendance_mechelen_header_matches_seed_gold() -> None:
    """Seed 003: group roles after wrapped names (`Björn` / `Siffer`, `… schepenen`)."""
    path = seed_path("003")
    gold = json.loads((GOLD_SEEDS_TXT / f"{path.name}.json").read_text(encoding="utf-8"))
    found = _present(path.read_text(encoding="utf-8"))
    assert found == {a["name"]: a["role"] for a in gold["attendees"]}
    assert found["Björn Siffer"] == "schepen"
    assert found["Alexander Vandersmissen"] == "burgemeester wd."
    assert found["Jan Bal"] == "adjunct-algemeendirecteur"


def test_people_attendance_spans_point_at_the_list() -> None:
    text = seed_path("003").read_text(encoding="utf-8")
    first = merge_persons(find_attendance(text))[0]
    assert text[first.start : first.end] == "Fabienne Blavier, voorzitter"


AALST = """9.
2023_GR_00604 - Samenwerkingsovereenkomsten art. 60 - Goedkeuring
Goedgekeurd
Samenstelling
Aanwezig
David Coppens, voorzitter; Christoph D'Haese, burgemeester; Eddy Couckuyt, raadslid; Caroline&nbnbsp;De Meerleer, schepen; Jurgen Dhaene; Wim Leerman, algemeen directeur
Afwezig
Martine De Maght, raadslid
Verontschuldigd
Cathy Grysolle, raadslid; Lander Wantens, raadslid
Secretaris
Wim Leerman, algemeen directeur
Voorzitter
David Coppens, voorzitter
Stemming op het agendapunt
Aanwezig
David Coppens, Christoph D'Haese, Eddy Couckuyt, Piet Stemmer
Stemmen voor 3
"""


def test_people_attendance_aalst_samenstelling() -> None:
    persons = _persons(AALST)
    assert _present(AALST) == {
        "David Coppens": "voorzitter",
        "Christoph D'Haese": "burgemeester",
        "Eddy Couckuyt": "raadslid",
        "Caroline De Meerleer": "schepen",
        "Jurgen Dhaene": None,  # `Name;` without a role keeps none, not the next entry's
        "Wim Leerman": "algemeen directeur",
    }
    assert persons["Martine De Maght"] == ("raadslid", AttendanceStatus.ABSENT)
    assert persons["Cathy Grysolle"] == ("raadslid", AttendanceStatus.EXCUSED)
    # The `Aanwezig` under `Stemming op het agendapunt` lists voters, not attendance.
    assert "Piet Stemmer" not in persons


DESTELBERGEN = """1.Goedkeuring notulen gemeenteraad 18 april 2024
Aanwezig: , Gert Deryckere , Helena Verbeke, Nadine Poppe, Jan De Witte, Dorothea Van Lyssebettens,
Verontschuldigd: Roger Lybeer, Henriette Scheire,
Toelichting
Feiten en context
"""


def test_people_attendance_destelbergen_without_roles() -> None:
    persons = _persons(DESTELBERGEN)
    assert _present(DESTELBERGEN) == dict.fromkeys(
        ["Gert Deryckere", "Helena Verbeke", "Nadine Poppe", "Jan De Witte", "Dorothea Van Lyssebettens"]
    )
    assert persons["Roger Lybeer"][1] is AttendanceStatus.EXCUSED
    assert "Toelichting" not in " ".join(persons)


NAZARETH = """Aanwezig: Dirk Le Roy, voorzitter
Danny Claeys, burgemeester
Thomas Van Ongeval, Viviane De Preester, Dirk Vos, Ivan Schaubroeck,
Annemie De Gussem, schepenen
Christiaan Van herzeele, Yves Ghyselinck, Simon Van
Poucke, raadsleden
Steven Van de Velde, algemeen directeur
Verontschuldigd: Luc Goesaert, raadslid
Afwezig: /
De gemeenteraad,
Voorzitter vraagt om punt toe te voegen: woonmaatschappij Vlaamse Ardennen.
"""


def test_people_attendance_nazareth_groups_and_prose_after() -> None:
    persons = _persons(NAZARETH)
    present = _present(NAZARETH)
    assert present["Dirk Le Roy"] == "voorzitter"
    assert present["Annemie De Gussem"] == present["Thomas Van Ongeval"] == "schepen"
    assert present["Simon Van Poucke"] == present["Christiaan Van herzeele"] == "raadslid"
    assert present["Steven Van de Velde"] == "algemeen directeur"
    assert persons["Luc Goesaert"] == ("raadslid", AttendanceStatus.EXCUSED)
    assert len(present) == 11 and len(persons) == 12


ANTWERPEN = """Samenstelling
de heer Carl Geeraerts, voorzitter districtscollege
de heer Marcel Bartholomeeussen, districtsschepen - voorzitter; de heer Rudi Sempels, districtsschepen
de heer Jan Smets, districtssecretaris; mevrouw Liesbeth Sleymer, plaatsvervangend districtssecretaris
Zijn verontschuldigd:
de heer Carl Geeraerts, voorzitter districtscollege; mevrouw Liesbeth Sleymer, plaatsvervangend districtssecretaris
Motivering
"""


def test_people_attendance_antwerp_excused_members_are_not_present() -> None:
    assert _present(ANTWERPEN) == {
        "Marcel Bartholomeeussen": "districtsschepen - voorzitter",
        "Rudi Sempels": "districtsschepen",
        "Jan Smets": "districtssecretaris",
    }


TORHOUT = """4 Openbare orde en rust - politieverordening EK Voetbal
Goedgekeurd
Aanwezigen bij agendapunt
Kristof Audenaert, Lieselotte Denolf, Ine Debruyne, Bertrand Vander Donckt, Tom Vandenberghe,
"""


def test_people_attendance_torhout_aanwezigen_bij_agendapunt() -> None:
    assert _present(TORHOUT) == dict.fromkeys(
        ["Kristof Audenaert", "Lieselotte Denolf", "Ine Debruyne", "Bertrand Vander Donckt", "Tom Vandenberghe"]
    )


def test_people_attendance_bracketed_roles() -> None:
    text = "Aanwezig: Jan Peeters (voorzitter), Els Smet (schepen), Marc Janssens\nDagorde\n"
    assert _present(text) == {"Jan Peeters": "voorzitter", "Els Smet": "schepen", "Marc Janssens": None}


def test_people_attendance_label_before_prose_reads_nobody_and_reports_it() -> None:
    problems: list[tuple[int, int, str]] = []
    text = "Aanwezig: de voorzitter opent de vergadering om 19:24 uur.\nOPENBAAR\n"
    assert find_attendance(text, problems=problems) == []
    assert problems and "aanwezig" in problems[0][2].lower()


def test_people_attendance_person_present_in_one_item_list_is_present() -> None:
    text = "Aanwezig: Jan Peeters, Els Smet,\nMotivering\nVerontschuldigd: Jan Peeters\nBesluit\n"
    found = merge_persons(find_attendance(text))
    assert {p.name: p.status for p in found} == {"Jan Peeters": PRESENT, "Els Smet": PRESENT}


def test_people_bare_list_of_names_opening_an_item() -> None:
    text = "Maria Luise Altmutter\nVincent Geerts\nIris Schoeters\nEmile De Vleeschouwer\nRemi Serranne\nKerkfabriek Onze-Lieve-Vrouw van de Vrede Jaarrekening 2023\n"
    assert [p.name for p in read_bare_list(text)] == [
        "Maria Luise Altmutter", "Vincent Geerts", "Iris Schoeters", "Emile De Vleeschouwer", "Remi Serranne",
    ]
    assert read_bare_list("Jan Peeters\nEls Smet\nGoedkeuring notulen\n") == []  # too short to be a list


def test_people_attendance_component_fills_the_record_with_status() -> None:
    ctx = ExtractionContext(read_source(seed_path("003")))
    attendance(ctx)
    assert len(ctx.record.attendees) == 42
    assert all(a.status is PRESENT for a in ctx.record.attendees)
    assert ctx.record.attendees[6].name == "Björn Siffer"
    assert ctx.record.attendees[6].span.page == 1


@pytest.mark.real
@pytest.mark.parametrize("folder", ["aalst", "destelbergen", "torhout", "zottegem", "antwerpen"])
def test_people_attendance_matches_real_gold(shared_dir: Path, folder: str) -> None:
    """Every scoped attendee list of the folder, names and roles, exactly."""
    checked = 0
    for gold_path in sorted((shared_dir / "spec" / "gold" / "real" / folder).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("scope") and "attendees" not in gold["scope"]:
            continue
        text = (shared_dir / "corpus-real" / folder / gold["source"]).read_text(encoding="utf-8")
        found = {norm_name(name): role for name, role in _present(text).items()}
        assert found == {norm_name(a["name"]): a["role"] for a in gold["attendees"]}, gold["source"]
        checked += 1
    assert checked


# Aalst-style `Name, role;` entries wrapped the way PDF minutes wrap them: inside the two-word role
# (`..., algemeen` / `directeur`) and between a name and its role (`Joke Aerts,` / `raadslid;`).
WRAPPED_ROLES = """Aanwezig
Rik De Ridder, raadslid; Zohra de Meulenaere, raadslid; Joke Aerts,
raadslid; Björn Van Hecke, raadslid; Mehmet Benali, raadslid; Ilse Schollaert, algemeen
directeur
Verontschuldigd
Bart De Cock, raadslid
3. OPENBARE WERKEN. Goedkeuring bestek en gunningswijze.
"""


def test_people_attendance_role_wrapped_over_lines_keeps_the_list() -> None:
    persons = _persons(WRAPPED_ROLES)
    assert _present(WRAPPED_ROLES) == {
        "Rik De Ridder": "raadslid",
        "Zohra de Meulenaere": "raadslid",
        "Joke Aerts": "raadslid",
        "Björn Van Hecke": "raadslid",
        "Mehmet Benali": "raadslid",
        "Ilse Schollaert": "algemeen directeur",
    }
    assert persons["Bart De Cock"] == ("raadslid", AttendanceStatus.EXCUSED)


def test_people_role_prefix() -> None:
    from extract.people.names import is_role_prefix

    assert is_role_prefix("algemeen") and is_role_prefix("wnd.")
    assert not is_role_prefix("algemeen directeur")  # a whole role
    assert not is_role_prefix("Ilse") and not is_role_prefix("de heer")
