"""`sections` and `articles`: canonical sections, attached agreements, the Besluit's articles."""

from __future__ import annotations

from conftest import seed_path
from extract.context import SectionName
from extract.structure.articles import articles_in
from extract.structure.sections import find_sections, is_attachment_start
from ingest.reader import read_source
from test_structure_segment import structure, text_source


def names(text: str) -> list[SectionName]:
    return [section.name for section in find_sections(text, 0, len(text))]


def test_seed_sections_and_attached_agreement() -> None:
    ctx = structure(read_source(seed_path("001")))
    found = [section.name for section in ctx.blocks[0].sections]
    for name in (SectionName.MOTIVERING, SectionName.VOORGESCHIEDENIS, SectionName.FEITEN,
                 SectionName.BESLUIT, SectionName.BIJLAGE):
        assert name in found
    assert found.index(SectionName.BESLUIT) < found.index(SectionName.BIJLAGE)


def test_capitals_line_after_besluit_opens_the_agreement() -> None:
    # seed 003: the agreement follows the Besluit without a `(bijlage)` line; its ARTIKELs are not ours
    ctx = structure(read_source(seed_path("003")))
    block = ctx.blocks[0]
    assert block.section(SectionName.BIJLAGE) is not None
    assert [a.number for a in block.decision.articles] == [1]
    assert is_attachment_start("SAMENWERKINGSOVEREENKOMST ENSURE")
    assert not is_attachment_start("ARTIKEL 1:  VOORWERP VAN DE OVEREENKOMST")


def test_heading_vocabulary_of_other_templates() -> None:
    nazareth = "Context / feiten / argumenten\nTekst.\nJuridische overwegingen\nDecreet.\nBesluit: Goedgekeurd met eenparigheid van stemmen.\nArtikel 1 - Neemt kennis.\n"
    assert names(nazareth) == [SectionName.FEITEN, SectionName.JURIDISCHE_GROND, SectionName.BESLUIT]
    nazareth_2025 = "Bevoegdheid en juridische grond\nDecreet\nFeiten, context en argumentatie\nTekst\nStemming over het agendapunt\nGoedgekeurd.\nBesluit\nEnig artikel\nTekst.\n"
    assert names(nazareth_2025) == [SectionName.JURIDISCHE_GROND, SectionName.FEITEN, SectionName.STEMMING,
                                    SectionName.BESLUIT]


def test_aalst_sub_headings_stay_inside_their_section(shared_dir) -> None:
    ctx = structure(read_source(shared_dir / "corpus-real" / "aalst" / "aalst-12-2023_GR_00604.txt"))
    found = [section.name for section in ctx.blocks[0].sections]
    # `Aanwezig` inside Samenstelling and inside the vote block opens nothing; `Besluit` + `De
    # gemeenteraad beslist:` are one section
    assert found.count(SectionName.SAMENSTELLING) == 1
    assert found.count(SectionName.BESLUIT) == 1
    assert found.index(SectionName.SAMENSTELLING) < found.index(SectionName.STEMMING) < found.index(SectionName.BESLUIT)


def test_articles_with_labels_of_several_templates() -> None:
    text = (
        "Artikel 1 - Het zittingsverslag van 13 mei 2024 wordt goedgekeurd.\n"  # Nazareth
        "Art. 2. De gemeenteraad stelt vast:\n• lijn een;\n- lijn twee.\n"
        "Artikel 41 van het decreet over het lokaal bestuur blijft van toepassing.\n"  # a citation, not a label
        "Enig artikel\nDe gemeenteraad keurt de notulen goed.\n"
    )
    found = [(a.number, a.text) for a in articles_in(text, 0, len(text))]
    assert found == [
        (1, "Het zittingsverslag van 13 mei 2024 wordt goedgekeurd."),
        (2, "De gemeenteraad stelt vast: lijn een; - lijn twee. Artikel 41 van het decreet over het lokaal bestuur blijft van toepassing."),
        (1, "De gemeenteraad keurt de notulen goed."),
    ]


def test_quoted_proposal_of_an_added_item_is_not_the_besluit() -> None:
    text = (
        " TP01. TOEGEVOEGD PUNT. K. Lauwers - Windmolens Battel.\nMotivering\nFeiten en argumentatie\n"
        "Voorstel van beslissing\nArtikel 1: De gemeenteraad vraagt iets.\nJuridische grond\nDecreet.\n"
        "Besluit\nDe beslissing wordt genomen met 16 stemmen voor.\nArtikel 1\nDe gemeenteraad neemt kennis van het voorstel.\n"
    )
    ctx = structure(text_source(text))
    assert [(a.number, a.text) for a in ctx.record.decisions[0].articles] == [
        (1, "De gemeenteraad neemt kennis van het voorstel.")]


def test_mechelen_articles_without_footer(shared_dir) -> None:
    ctx = structure(read_source(shared_dir / "corpus-real" / "mechelen" / "gemeenteraad-20250127-46.txt"))
    articles = ctx.record.decisions[0].articles
    assert [a.number for a in articles] == [1, 2]
    assert all("27 januari 2025" not in a.text for a in articles)
