"""Names and role titles of attendance and voter lists (`extract/people/names.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.people.names import clean_name, is_name_prefix, is_person_name, is_role, role_as_written
from extract.people.vocab import VOCAB_PATH, load_vocab
from extract.rules_data import RuleDataError


def test_people_vocab_loads_and_rejects_unknown_keys(tmp_path: Path) -> None:
    assert "schepen" in load_vocab().roles.stems
    bad = tmp_path / "vocab.toml"
    bad.write_text(VOCAB_PATH.read_text(encoding="utf-8") + "\n[extra]\nkey = 1\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"vocab\.toml: extra: Extra inputs are not permitted"):
        load_vocab(bad)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Eddy nbsp;Couckuyt", "Eddy Couckuyt"),  # Aalst voter list
        ("Caroline&nbnbsp;De Meerleer", "Caroline De Meerleer"),  # Aalst attendance
        ("de heer Marcel Bartholomeeussen", "Marcel Bartholomeeussen"),  # Antwerp Samenstelling
        ("mevrouw Nathalie Aertssen", "Nathalie Aertssen"),
        ("Björn \n\nSiffer", "Björn Siffer"),  # Mechelen, wrapped
    ],
)
def test_people_clean_name_removes_noise(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    "name",
    [
        "Tine Van den Brande",
        "Christiaan Van herzeele",
        "Laurent de Meulenaere",
        "Christoph D'Haese",
        "Stephanie D'hulster",
        "Rafael Moraleda-Barona",
        "Deniz Özkan",
        "Maxine Mc Kenzie",
        "Jean Jacques De Gucht",
    ],
)
def test_people_person_names_from_real_lists(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text",
    ["Toelichting", "Feiten en context", "De gemeenteraad", "Björn", "Notulen gemeenteraad 12 / 51", "Stemming op het agendapunt", "Van den"],
)
def test_people_prose_and_fragments_are_not_names(text: str) -> None:
    assert not is_person_name(text)


def test_people_wrapped_name_prefixes() -> None:
    assert is_name_prefix("Björn")
    assert is_name_prefix("Simon Van")
    assert not is_name_prefix("gaan akkoord")


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("schepenen", "schepen"),
        ("gemeenteraadsleden", "gemeenteraadslid"),
        ("raadsleden", "raadslid"),
        ("burgemeester wd.", "burgemeester wd."),
        ("wnd. algemeen directeur", "wnd. algemeen directeur"),
        ("adjunct-algemeendirecteur", "adjunct-algemeendirecteur"),
        ("districtsschepen - voorzitter", "districtsschepen - voorzitter"),
        ("plaatsvervangend districtssecretaris", "plaatsvervangend districtssecretaris"),
        ("OCMW-voorzitter", "ocmw-voorzitter"),
        ("voorzitter BCSD", "voorzitter bcsd"),
    ],
)
def test_people_roles_are_lowercased_and_singular(written: str, role: str) -> None:
    assert is_role(written)
    assert role_as_written(written) == role


@pytest.mark.parametrize("text", ["gaan akkoord", "Jan Bal", "de gemeenteraad", "De voorzitter opent de zitting om 20 uur"])
def test_people_non_roles(text: str) -> None:
    assert not is_role(text)
