"""Votes on real wording (`extract/people/vote_patterns.py`, `vote_rules.py`, `votes.py`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import seed_path
from extract.context import DecisionBlock, ExtractionContext, Section, SectionName
from extract.people.vote_rules import AMENDMENT, ARTICLE, ITEM, find_votes, main_vote_index, stray_vote_wording
from extract.people.votes import votes
from ingest import read_source
from schema.records import Decision
from schema.vocab import VoteSide

FOR, AGAINST, ABSTAIN = VoteSide.FOR, VoteSide.AGAINST, VoteSide.ABSTAIN


def _counts(text: str) -> list[tuple[bool, int | None, int | None, int | None]]:
    return [
        (v.vote.unanimous, v.vote.count(FOR), v.vote.count(AGAINST), v.vote.count(ABSTAIN))
        for v in find_votes(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "De beslissing wordt genomen met eenparigheid van stemmen. ",  # Mechelen seeds
        "De beslissingen worden genomen met eenparigheid van stemmen.",  # Mechelen 2025
        "Besluit: Goedgekeurd met eenparigheid van stemmen.",  # Nazareth verslag
        "Besluit: Verworpen met eenparigheid van stemmen.",
        "De raad neemt eenparig kennis van het jaarverslag dienstverleningsmodel 2023.",  # Nazareth besluitenlijst
        "De raad keurt het indienen van het subsidiedossier binnen het\nESF-programma eenparig goed.",
    ],
)
def test_people_unanimous_sentences(sentence: str) -> None:
    assert _counts(sentence) == [(True, None, None, None)]


MECHELEN_COUNTED = """Besluit
De beslissing wordt genomen met 25 stemmen voor (Seppe Vriens, Bart Somers, Kristof
Calvo, Sabe De Graef, Greet Geypen, Rina Rabau Nkandu, Alexander Vandersmissen, Patrick
27 januari 2025
Princen, Abdrahman Labsir, Arthur Orlians, Björn Siffer, Bert Delanoeije, Johan De
Vleeshouwer, Pia Indigne, Gabriella De Francesco, Klaas Delrue, Elisabet Okmen, Thijs
Verbeurgt, Barbara Van de Perre, Laura Cornette, Piet den Boer, Dirk Letens, Nicole Van Dessel,
Sara Van Rompaey, Frieda Ardies), 14 onthoudingen (Marc Hendrickx, Stefaan Deleus,
Catherine François, Jan Verbergt, Freya Perdaens, Ingrid Kluppels, Dirk Tuypens, Anne
Delvoye, Kim Brooks, Karl Lauwers, Dries Devillé, Arnout Geys, Kathleen Teughels, Yves
Vanden Bosch)
Artikel 1
"""


def test_people_counted_sentence_leaves_unwritten_category_null() -> None:
    """`25 stemmen voor (…), 14 onthoudingen (…)`: against is null, not 0; voters across a footer."""
    (found,) = find_votes(MECHELEN_COUNTED, 0, len(MECHELEN_COUNTED))
    assert (found.vote.count(FOR), found.vote.count(AGAINST), found.vote.count(ABSTAIN)) == (25, None, 14)
    sides = [side for _, side in found.vote.voters]
    assert sides.count(FOR) == 25 and sides.count(ABSTAIN) == 14
    assert ("Rina Rabau Nkandu", FOR) in found.vote.voters


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Nazareth besluitenlijst: `niet gestemd` has no place in the format.
        ("Met 19 ja-stemmen en 1 niet gestemd is het zittingsverslag van 13 mei 2024 goedgekeurd.", (False, 19, None, None)),
        ("Met 13 ja-stemmen en 7 onthoudingen is het OCMW deel van de jaarrekening 2023 goedgekeurd.", (False, 13, None, 7)),
        # Mechelen TP item: voor and tegen, no abstentions written.
        ("De beslissing wordt genomen met 16 stemmen voor (Marc Hendrickx, Stefaan Deleus), 23 stemmen tegen (Seppe\nVriens, Bart Somers)", (False, 16, 23, None)),
        ("Met 15 stemmen voor, 2 stemmen tegen, 1 onthouding.", (False, 15, 2, 1)),
        # Short forms: weak words count next to another category or after an introduction.
        ("Het voorstel wordt goedgekeurd met 20 voor en 3 tegen.", (False, 20, 3, None)),
        ("Stemming: 20 ja, 3 neen, 2 onthoudingen", (False, 20, 3, 2)),
        ("Goedgekeurd met 20 stemmen voor bij 3 onthoudingen.", (False, 20, None, 3)),
        ("Er werden 18 stemmen voor en 0 stemmen tegen uitgebracht.", (False, 18, 0, None)),
    ],
)
def test_people_counted_sentences(sentence: str, expected: tuple[bool, int | None, int | None, int | None]) -> None:
    assert _counts(sentence) == [expected]


AALST_TABLE = """Stemming op het agendapunt
Aanwezig
David Coppens, Christoph D'Haese, Eddy Couckuyt, Michel Van Brempt
Stemmen voor 36
Matthias De Ridder, Christoph D'Haese, Eddy nbsp;Couckuyt, David Coppens
Stemmen tegen 0
Onthoudingen 1
Michel Van Brempt
Blanco stemmen 0
Ongeldige stemmen 0
Motivering
"""


def test_people_aalst_vote_table_keeps_zeros() -> None:
    (found,) = find_votes(AALST_TABLE, 0, len(AALST_TABLE))
    assert (found.vote.unanimous, found.vote.count(FOR), found.vote.count(AGAINST), found.vote.count(ABSTAIN)) == (False, 36, 0, 1)
    assert found.subject == ITEM
    assert ("Eddy Couckuyt", FOR) in found.vote.voters and ("Michel Van Brempt", ABSTAIN) in found.vote.voters


TORHOUT_TABLE = """Stemming
Voor: Paul Lievens, Evelien De Both, Leen Goossens,
Totaal: 18
Tegen:
Totaal: 0
Onthoudingen: Nadine Stalpaert, Peter Roman,
Totaal: 6
Blanco:
Totaal: 0
Goedgekeurd
"""


def test_people_torhout_zottegem_vote_table_with_totals() -> None:
    (found,) = find_votes(TORHOUT_TABLE, 0, len(TORHOUT_TABLE))
    assert (found.vote.count(FOR), found.vote.count(AGAINST), found.vote.count(ABSTAIN)) == (18, 0, 6)
    assert ("Nadine Stalpaert", ABSTAIN) in found.vote.voters


def test_people_boortmeerbeek_inline_counts() -> None:
    line = "Hans Crol Ann Morissens aantal voorstanders: 14 , aantal onthouders: 1 , aantal tegenstanders: 4\n"
    assert _counts(line) == [(False, 14, 4, 1)]


def test_people_aalst_votes_per_article_give_no_main_vote() -> None:
    text = "Artikel 1\nStemming op het artikel\nStemmen voor 36\nStemmen tegen 0\nOnthoudingen 1\nArtikel 2\nStemming op het artikel\nStemmen voor 34\nStemmen tegen 0\nOnthoudingen 2\n"
    found = find_votes(text, 0, len(text))
    assert [v.subject for v in found] == [ARTICLE, ARTICLE]
    assert [(v.vote.count(FOR), v.vote.count(AGAINST)) for v in found] == [(36, 0), (34, 0)]
    assert main_vote_index(found) is None


NAZARETH_AMENDMENT = """Amendement
Gelet op het ter zitting aangebracht amendement door de fractie Vooruit om de volgende
bepaling op te nemen en waarbij wordt voorgesteld deze wijziging ter stemming voor te
leggen en waarmee met 21 stemmen tegen (Van Peteghem Vincent, Van Ongeval Thomas) en 5 stemmen voor (Quintyn Ina, Vanbiervliet Wim) niet akkoord wordt gegaan:
Bij elke registratie van een verwaarloosd pand wordt automatisch een melding gedaan.
Stemming over het agendapunt
Met 21 stemmen voor (Vincent Van Peteghem, Thomas Van Ongeval), 5
onthoudingen (Wim Vanbiervliet, Hilde Claeys)
Besluit
"""


def test_people_amendment_then_item_vote_main_is_the_item() -> None:
    found = find_votes(NAZARETH_AMENDMENT, 0, len(NAZARETH_AMENDMENT))
    assert [v.subject for v in found] == [AMENDMENT, ITEM]
    assert (found[0].vote.count(FOR), found[0].vote.count(AGAINST)) == (5, 21)
    assert main_vote_index(found) == 1


def test_people_rejected_amendment_without_headings_main_is_the_proposal() -> None:
    text = (
        "Het amendement wordt verworpen met 16 stemmen voor, 23 stemmen tegen.\n"
        "Besluit\nDe beslissing wordt genomen met 23 stemmen voor, 16 stemmen tegen.\n"
    )
    found = find_votes(text, 0, len(text))
    assert [v.subject for v in found] == [AMENDMENT, None]
    assert main_vote_index(found) == 1


def test_people_separate_sub_decisions_main_is_the_first() -> None:
    text = (
        "1) Samenstelling plaatselijk auditcomité.\nDe beslissing wordt genomen met 23 stemmen voor, 4\nstemmen tegen, 12\nonthoudingen.\n"
        "2) Goedkeuring auditcharter.\nDe beslissing wordt genomen met 33 stemmen voor, 4 stemmen tegen, 2 onthoudingen.\n"
    )
    found = find_votes(text, 0, len(text))
    assert [v.subject for v in found] == ["1) Samenstelling plaatselijk auditcomité.", "2) Goedkeuring auditcharter."]
    assert main_vote_index(found) == 0
    assert _counts(text)[0] == (False, 23, 4, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Het voorstel wordt niet ter stemming gelegd.",  # Mechelen TP06
        "Dit agendapunt is verworpen.",  # Nazareth besluitenlijst
        "De gemeenteraad keurt de geloofsbrieven goed van de verkozenen.",
        "Goedgekeurd\nVastgesteld door voorzitter Kris Ally",  # Aalter besluitenlijst
        "De toelage van artikel 1 voor de periode 2024 wordt 2 ja verlengd.",  # weak words alone
        "De gemeenteraad telt 25 leden en 3 stemmen volstaan niet.",
    ],
)
def test_people_no_vote_sentence_no_vote(text: str) -> None:
    assert find_votes(text, 0, len(text)) == []


def test_people_stray_vote_wording_is_reported() -> None:
    text = "Er waren 12 onthoudingen bij de vorige stemming."
    found = find_votes(text, 0, len(text))
    start = text.index("12")
    assert found == [] and stray_vote_wording(text, 0, len(text), found) == [(start, start + len("12 onthoudingen"))]


def _context_with_block(path: Path, start: int, end: int, sections: list[Section] | None = None) -> ExtractionContext:
    ctx = ExtractionContext(read_source(path))
    decision = Decision(span=ctx.span(start, end))
    ctx.blocks = [DecisionBlock(start, end, start, start, decision, sections or [])]
    ctx.record.decisions = [decision]
    return ctx


def test_people_votes_component_sets_main_vote() -> None:
    path = seed_path("003")
    text = path.read_text(encoding="utf-8")
    ctx = _context_with_block(path, text.index("25. SOCIALE"), len(text))
    votes(ctx)
    decision = ctx.record.decisions[0]
    assert decision.main_vote == 0 and decision.vote is not None and decision.vote.unanimous
    assert text[decision.vote.span.start : decision.vote.span.end] == "met eenparigheid van stemmen"


def test_people_votes_component_skips_legal_basis_and_uses_vote_before_the_block() -> None:
    """A vote quoted in the Juridische grond is not this item's; one printed just before the block is."""
    path = seed_path("003")
    text = path.read_text(encoding="utf-8")
    start = text.index("Motivering")
    ctx = _context_with_block(path, start, len(text), [Section(SectionName.JURIDISCHE_GROND, start, start, len(text))])
    votes(ctx)
    decision = ctx.record.decisions[0]
    assert decision.vote is not None and decision.vote.span.start < start


def test_people_votes_component_prefers_the_besluit_over_a_vote_told_in_the_facts() -> None:
    text = (
        "5. Intercommunale. Statutenwijziging. Goedkeuring\n"
        "Feiten en argumentatie\nDe algemene vergadering keurde de wijziging goed met eenparigheid van stemmen.\n"
        "Besluit\nDe beslissing wordt genomen met 30 stemmen voor, 5 onthoudingen.\nArtikel 1\n"
    )
    path = seed_path("000")
    ctx = _context_with_block(path, 0, len(text))
    ctx.text = text
    feiten, besluit = text.index("Feiten"), text.index("Besluit")
    ctx.blocks[0].sections = [
        Section(SectionName.FEITEN, feiten, feiten + 23, besluit),
        Section(SectionName.BESLUIT, besluit, besluit + 8, len(text)),
    ]
    votes(ctx)
    decision = ctx.record.decisions[0]
    assert len(decision.votes) == 2
    assert decision.vote is not None and (decision.vote.for_count, decision.vote.abstentions) == (30, 5)


def test_people_votes_component_without_blocks_reports_the_votes() -> None:
    ctx = ExtractionContext(read_source(seed_path("000")))
    votes(ctx)
    assert any(issue.stage == "votes" for issue in ctx.record.issues)


def _main_vote_json(text: str) -> dict[str, object] | None:
    found = find_votes(text, 0, len(text))
    index = main_vote_index(found)
    if index is None:
        return None
    vote = found[index].vote
    return {"unanimous": vote.unanimous, "for": vote.count(FOR), "against": vote.count(AGAINST), "abstentions": vote.count(ABSTAIN)}


@pytest.mark.real
@pytest.mark.parametrize("folder", ["mechelen", "aalst", "torhout", "zottegem", "boortmeerbeek", "destelbergen"])
def test_people_main_vote_matches_real_gold(shared_dir: Path, folder: str) -> None:
    """One item per file: the main vote read from the whole text equals the first decision's gold vote."""
    checked = 0
    for gold_path in sorted((shared_dir / "spec" / "gold" / "real" / folder).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold["decisions"] or any(d["vote"] for d in gold["decisions"][1:]):
            continue
        text = (shared_dir / "corpus-real" / folder / gold["source"]).read_text(encoding="utf-8")
        assert _main_vote_json(text) == gold["decisions"][0]["vote"], gold["source"]
        checked += 1
    assert checked
