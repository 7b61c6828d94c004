"""Referenced agreements: earlier agreements a decision describes, on real wording of Mechelen and Aalst."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import seed_path
from extract.pipeline import extract_document
from extract.references.agreements import OrgMention, passage_agreements
from ingest import read_source
from schema.vocab import Body


def mentions(text: str, *names: tuple[str, str]) -> list[OrgMention]:
    """OrgMention for each (written form, canonical name), each found after the previous one in `text`."""
    found, position = [], 0
    for written, canonical in names:
        at = text.index(written, position)
        found.append(OrgMention(canonical, at, at + len(written)))
        position = at + len(written)
    return found


# Mechelen, seed 000 (Voorgeschiedenis, a bullet of a gemeenteraad decision; PDF-like blank line inside)
MECHELEN = ("• De gemeenteraad keurt de samenwerkingsovereenkomst goed tussen Stad Mechelen, \n\nArktos vzw en GO! "
            "Scholengroep 5 voor de periode van 1-09-2020 tot 31-08-2022 in \n\nfunctie van het project “Krachtige Scholen”. ")
# Aalst (LBLOD legal grounds citing earlier council decisions)
AALST = ("Gemeenteraadsbeslissing van 18 februari 2020 tot goedkeuring nieuwe convenant ‘Stadhuis/Pupillen’ tussen "
         "de stad Aalst en AGSA.\nHet besluit van de gemeenteraad van 28 januari 2020 waarbij de hernieuwing van de "
         "samenwerkingsovereenkomst tussen vzw BEA en Stad Aalst tot 2024 goedgekeurd werd.\n")
# Mechelen 2025 (a later Voorgeschiedenis line)
MECHELEN_2025 = "25/04/2022: Gemeenteraad punt 21- Goedkeuring samenwerkingsovereenkomst tussen Stad Mechelen en Mechelen Ragheno Site.\n"


def test_parties_period_and_project_of_a_mechelen_voorgeschiedenis_bullet() -> None:
    orgs = mentions(MECHELEN, ("Stad Mechelen", "Stad Mechelen"), ("Arktos vzw", "Arktos vzw"),
                    ("GO! Scholengroep 5", "GO! Scholengroep 5"))  # fmt: skip
    [match] = passage_agreements(MECHELEN, 0, len(MECHELEN), orgs)
    assert match.kind == "samenwerkingsovereenkomst"
    assert match.parties == ["Stad Mechelen", "Arktos vzw", "GO! Scholengroep 5"]
    assert match.period is not None and (match.period.start, match.period.end) == (dt.date(2020, 9, 1), dt.date(2022, 8, 31))
    assert match.project == "Krachtige Scholen"
    assert MECHELEN[match.start:match.end].startswith("De gemeenteraad keurt")


def test_aalst_legal_grounds_convenant_and_agreement() -> None:
    orgs = mentions(AALST, ("stad Aalst", "Stad Aalst"), ("AGSA", "AGSA"), ("vzw BEA", "vzw BEA"), ("Stad Aalst", "Stad Aalst"))
    convenant, agreement = passage_agreements(AALST, 0, len(AALST), orgs, need_party=True)
    assert (convenant.kind, convenant.parties, convenant.project) == ("convenant", ["Stad Aalst", "AGSA"], "Stadhuis/Pupillen")
    assert (agreement.kind, agreement.parties) == ("samenwerkingsovereenkomst", ["vzw BEA", "Stad Aalst"])


def test_mechelen_2025_history_line() -> None:
    orgs = mentions(MECHELEN_2025, ("Stad Mechelen", "Stad Mechelen"), ("Mechelen Ragheno Site", "Mechelen Ragheno Site"))
    [match] = passage_agreements(MECHELEN_2025, 0, len(MECHELEN_2025), orgs)
    assert match.parties == ["Stad Mechelen", "Mechelen Ragheno Site"] and match.period is None


def test_subject_after_inzake_is_not_a_party() -> None:
    text = "De gemeenteraad keurde de overeenkomst met BePark goed inzake de parking bij De Lijn.\n"
    orgs = mentions(text, ("BePark", "BePark"), ("De Lijn", "De Lijn"))
    [match] = passage_agreements(text, 0, len(text), orgs)
    assert match.parties == ["BePark"]


def test_present_agreement_and_partyless_mentions_are_not_referenced() -> None:
    text = ("Deze overeenkomst dient nu verlengd te worden voor de periode 1/1/2026 t.e.m. 31/12/2031. De uitgave "
            "wordt gecompenseerd via de samenwerkingsovereenkomsten die werden afgesloten met de scholen.\n")
    assert passage_agreements(text, 0, len(text), []) == []
    told_now = "In dit verband dringt de opmaak van een samenwerkingsovereenkomst tussen de stad en Arktos zich op.\n"
    orgs = mentions(told_now, ("Arktos", "Arktos vzw"))
    assert passage_agreements(told_now, 0, len(told_now), orgs, past_only=True, need_party=True) == []


def test_seed_000_through_the_pipeline() -> None:
    record = extract_document(read_source(seed_path("000"))).record
    [decision] = record.decisions
    found = decision.referenced_agreements
    assert [a.parties[-1] for a in found] == ["GO! Scholengroep 5", "APB Provinciaal Onderwijs Antwerpen"]
    for agreement in found:
        assert agreement.parties[:2] == ["Stad Mechelen", "Arktos vzw"]
        assert (agreement.start, agreement.end, agreement.project) == (dt.date(2020, 9, 1), dt.date(2022, 8, 31), "Krachtige Scholen")
        assert (agreement.decided_by, agreement.decided_on, agreement.agenda_item) == (Body.GEMEENTERAAD, dt.date(2021, 4, 26), 7)
    # the decision's own agreement (Feiten: `De overeenkomst tussen de stad en Arktos Antwerpen vzw ... werd
    # goedgekeurd`) is not an earlier one
    assert len(found) == 2


def test_aalst_real_document(shared_dir: Path) -> None:
    record = extract_document(read_source(shared_dir / "corpus-real" / "aalst" / "aalst-21-2023_GR_00617.txt")).record
    found = [a for d in record.decisions for a in d.referenced_agreements]
    convenant = next(a for a in found if a.kind == "convenant")
    assert convenant.parties == ["Stad Aalst", "AGSA"] and convenant.project == "Stadhuis/Pupillen"
    assert (convenant.decided_by, convenant.decided_on) == (Body.GEMEENTERAAD, dt.date(2020, 2, 18))


@pytest.mark.parametrize("path", ["aalst/aalst-53-2023_GR_00611.txt", "mechelen/gemeenteraad-20250127-46.txt"])
def test_real_documents_cite_earlier_agreements_with_their_approval(shared_dir: Path, path: str) -> None:
    record = extract_document(read_source(shared_dir / "corpus-real" / path)).record
    found = [a for d in record.decisions for a in d.referenced_agreements]
    assert found and all(a.parties for a in found)
    assert any(a.decided_by is Body.GEMEENTERAAD and a.decided_on is not None for a in found)
