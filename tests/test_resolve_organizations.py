"""Organisation resolution across documents: the issue's cases, real names, the alias file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.resolve import EntityRules, OrgInput, load_aliases, org_key, resolve_organizations
from kb.resolve.aliases import AliasFile
from kb.resolve.orgnames import acronym_variants, clean_spaces, is_generic, legal_family, split_place


def clusters_of(names: list[str], rules: EntityRules | None = None, aliases: dict[str, tuple[str, ...]] | None = None,
                places: frozenset[str] = frozenset()) -> list[set[str]]:  # fmt: skip
    aliases = aliases or {}
    orgs = [OrgInput(key=f"k{i}-{name}", name=name, aliases=aliases.get(name, ())) for i, name in enumerate(names)]
    return [{m[1] for m in c.members} for c in resolve_organizations(orgs, places, rules)]


def together(clusters: list[set[str]], *names: str) -> bool:
    return any(set(names) <= cluster for cluster in clusters)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Arktos vzw", "arktos"),
        ("ARKTOS", "arktos"),
        ("Arktos Antwerpen vzw", "arktos antwerpen"),
        ("Igemo DV", "igemo"),
        ("opdrachthoudende vereniging IGEMO", "igemo"),
        ("Gemeente Destelbergen", "stad destelbergen"),  # Stad X = Gemeente X
        ("Stad Aalst", "stad aalst"),
        ("Emmaüs", "emmaus"),
        ("Farys ov.", "farys"),
        ("Vereniging zonder winstoogmerk De Loods", "loods"),
    ],
)
def test_org_key_ignores_case_accents_legal_forms_and_city_heads(name: str, key: str) -> None:
    assert org_key(name) == key


def test_non_breaking_spaces_and_written_out_nbsp_are_spaces() -> None:
    assert clean_spaces("Eddy\u00a0Couckuyt") == clean_spaces("Eddy&nbsp;Couckuyt") == "Eddy Couckuyt"


def test_acronym_defined_in_parentheses() -> None:
    assert acronym_variants("Centrum voor Leerlingenbegeleiding (CLB) Het Kompas vzw") == [
        "CLB Het Kompas vzw", "Centrum voor Leerlingenbegeleiding Het Kompas vzw"]  # fmt: skip
    long = "intergemeentelijke vereniging voor ontwikkeling van het gewest Mechelen en omgeving (IGEMO)"
    assert acronym_variants(long)[0] == "IGEMO"
    assert acronym_variants("Stad Aalst (zie bijlage)") == []  # not an acronym of what precedes
    assert acronym_variants("Groep Intro (XYZ)") == []


def test_place_qualifier_and_generic_keys() -> None:
    places = frozenset({"antwerpen", "oost vlaanderen"})
    assert split_place("arktos antwerpen", places) == ("arktos", "antwerpen")
    assert split_place("caw oost vlaanderen", places) is None  # `caw` alone is a head word
    assert split_place("stad antwerpen", places) is None
    assert is_generic("stad") and is_generic("ocmw") and is_generic("clb") and not is_generic("arktos")
    assert legal_family("Fluvius System Operator cvba") == legal_family("Fluvius System Operator cv") == "cv"


def test_issue_cases() -> None:
    clusters = clusters_of(
        ["Arktos", "Arktos vzw", "Arktos Antwerpen vzw", "IGEMO", "Igemo",
         "intergemeentelijke vereniging voor ontwikkeling van het gewest Mechelen en omgeving",
         "Centrum voor Leerlingenbegeleiding (CLB) Het Kompas vzw", "CLB Het Kompas", "CLB GO! Mechelen"],
        aliases={"IGEMO": ("intergemeentelijke vereniging voor ontwikkeling van het gewest Mechelen en omgeving",)},
        places=frozenset({"antwerpen", "mechelen"}),
    )  # fmt: skip
    assert together(clusters, "Arktos", "Arktos vzw", "Arktos Antwerpen vzw")
    assert together(clusters, "IGEMO", "Igemo", "intergemeentelijke vereniging voor ontwikkeling van het gewest Mechelen en omgeving")
    assert together(clusters, "Centrum voor Leerlingenbegeleiding (CLB) Het Kompas vzw", "CLB Het Kompas")
    assert not together(clusters, "CLB GO! Mechelen", "CLB Het Kompas")


def test_place_only_joins_a_name_qualified_by_one_place() -> None:
    # Mechelen minutes write `Arktos Antwerpen`; two different places keep two organisations apart.
    clusters = clusters_of(["Provinciaal Onderwijs", "Provinciaal Onderwijs Antwerpen", "Provinciaal Onderwijs Limburg"],
                           places=frozenset({"antwerpen", "limburg"}))  # fmt: skip
    assert len(clusters) == 3
    assert together(clusters_of(["Arktos", "Arktos Antwerpen"], places=frozenset({"antwerpen"})), "Arktos", "Arktos Antwerpen")


def test_real_names_of_aalst_nazareth_and_destelbergen() -> None:
    clusters = clusters_of(["Stad Aalst", "Gemeente Aalst", "OCMW Aalst", "Farys", "Farys ov.", "Gemeente Destelbergen",
                            "Stad Destelbergen", "OMGEVING cv", "Omgeving vzw", "Stad Antwerpen", "Provincie Antwerpen",
                            "Antwerpen"],
                           aliases={"Stad Antwerpen": ("Antwerpen",), "Provincie Antwerpen": ("Antwerpen",)},
                           places=frozenset({"antwerpen", "aalst"}))  # fmt: skip
    assert together(clusters, "Stad Aalst", "Gemeente Aalst") and not together(clusters, "Stad Aalst", "OCMW Aalst")
    assert together(clusters, "Farys", "Farys ov.") and together(clusters, "Gemeente Destelbergen", "Stad Destelbergen")
    assert not together(clusters, "OMGEVING cv", "Omgeving vzw")  # legal forms of different kinds
    assert not together(clusters, "Stad Antwerpen", "Provincie Antwerpen")  # a bare place name links nothing


def test_alias_file_merges_separates_and_names(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(
        '[[organizations.merge]]\nnames = ["VVSG", "Vereniging van Vlaamse Steden en Gemeenten"]\ncanonical = "VVSG vzw"\n'
        '[[organizations.separate]]\nnames = ["Arktos vzw", "Arktos Antwerpen"]\n',
        encoding="utf-8",
    )
    rules, digest = load_aliases(path)
    assert digest
    orgs = [OrgInput("a", "VVSG"), OrgInput("b", "Vereniging van Vlaamse Steden en Gemeenten"), OrgInput("c", "Arktos vzw"),
            OrgInput("d", "Arktos Antwerpen"), OrgInput("e", "Arktos")]  # fmt: skip
    clusters = resolve_organizations(orgs, frozenset({"antwerpen"}), rules.organizations)
    by_member = {m[1]: c for c in clusters for m in c.members}
    assert by_member["VVSG"] is by_member["Vereniging van Vlaamse Steden en Gemeenten"]
    assert by_member["VVSG"].name == "VVSG vzw" and by_member["VVSG"].cluster_id == "vvsg-vzw"
    assert by_member["Arktos vzw"] is not by_member["Arktos Antwerpen"]  # `separate` beats the place rule
    assert {m[2] for m in by_member["VVSG"].members} == {"canonical", "alias-file"}


def test_alias_file_rejects_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text('[[organizations.merj]]\nnames = ["A"]\n', encoding="utf-8")
    with pytest.raises(ValueError):
        load_aliases(path)
    assert load_aliases(tmp_path / "absent.toml") == (AliasFile(), "")


def test_the_repository_alias_file_is_valid() -> None:
    rules, digest = load_aliases()
    assert digest and rules.organizations.separate
