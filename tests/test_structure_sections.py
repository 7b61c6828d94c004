"""`sections` and `articles`: canonical sections, attached agreements, the Besluit's articles."""

from __future__ import annotations

from conftest import seed_path
from extract.context import SectionName
from extract.structure.articles import articles_in
from extract.structure.sections import find_sections, is_attachment_start, is_table_line
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


def test_table_header_cell_does_not_cut_the_financiele_gevolgen(shared_dir) -> None:
    # Mechelen item 51: the budget table's `Toelichting` header cell (cells flattened into glyphs)
    ctx = structure(read_source(shared_dir / "corpus-real" / "mechelen" / "gemeenteraad-20250127-51.txt"))
    found = [section.name for section in ctx.blocks[0].sections]
    assert found[-2:] == [SectionName.FINANCIELE_GEVOLGEN, SectionName.BESLUIT]
    assert SectionName.MOTIVERING not in found[found.index(SectionName.ADVIES):]


def test_heading_word_between_table_rows_is_a_cell() -> None:
    text = ("Financiële gevolgen\nBudgetopgave:\n• Jaar • AR • MJP • Bedrag\n"
            "Toelichting\n• 2025 • 6140 • MJP000131 • 52.690,68\nBesluit\nArtikel 1\nTekst.\n")
    assert names(text) == [SectionName.FINANCIELE_GEVOLGEN, SectionName.BESLUIT]
    assert is_table_line("• 2025 • 6140 • MJP000131 • 52.690,68")
    assert is_table_line("106.161,1")
    assert not is_table_line("De kredieten zijn voorzien in het meerjarenplan 2025.")


def test_only_a_line_that_is_the_heading_opens_a_section(shared_dir) -> None:
    # Mechelen item 46: `... het ‘Kaderbesluit ontwikkeling Ragheno’ is een ... kader-\nbesluit.`
    assert names("Motivering\nHet plan volgt het\nbesluit.\nBesluit:\nArtikel 1\nTekst.\n") == [
        SectionName.MOTIVERING, SectionName.BESLUIT]
    assert names("Feiten\nToelichting • • • • •\nTekst.\n") == [SectionName.FEITEN]
    ctx = structure(read_source(shared_dir / "corpus-real" / "mechelen" / "gemeenteraad-20250127-46.txt"))
    assert [s.name for s in ctx.blocks[0].sections].count(SectionName.BESLUIT) == 1


def test_author_sub_heading_inside_feiten_ends_at_the_next_one(shared_dir) -> None:
    # aalst-14: `Feiten en context` / `Voortraject` (the history, three paragraphs), then the
    # author's next sub-heading `Subsidieovereenkomst`: the agreement summary is Feiten again
    ctx = structure(read_source(shared_dir / "corpus-real" / "aalst" / "aalst-14-2023_GR_00577.txt"))
    text = ctx.text
    sections = ctx.blocks[0].sections
    history = next(s for s in sections if s.name is SectionName.VOORGESCHIEDENIS)
    assert history.heading == "Voortraject"
    assert "Departement Cultuur, Jeugd en Media" in text[history.start : history.end]
    assert "Subsidieovereenkomst" not in text[history.start : history.end]
    after = sections[sections.index(history) + 1]
    assert (after.name, after.heading) == (SectionName.FEITEN, "Subsidieovereenkomst")


def test_sub_heading_rule_on_written_passages() -> None:
    text = ("Motivering\nFeiten en context\nAanleiding\nOp 5 maart 2024 vroeg de school een subsidie aan.\n"
            "Op 2 april 2024 keurde het college de aanvraag goed.\nVerdere aanpak\nDe dienst volgt het dossier op.\n"
            "Besluit\nArtikel 1\nTekst.\n")
    assert names(text) == [SectionName.MOTIVERING, SectionName.FEITEN, SectionName.VOORGESCHIEDENIS,
                           SectionName.FEITEN, SectionName.BESLUIT]
    # under the container `Motivering` a template heading is not a sub-heading: it runs on
    mechelen = ("Motivering\nVoorgeschiedenis\n• 30/09/2019: Gemeenteraad punt 25.\nKort overzicht\n"
                "• 14/01/2025: College.\nFeiten en argumentatie\nTekst.\n")
    assert names(mechelen) == [SectionName.MOTIVERING, SectionName.VOORGESCHIEDENIS, SectionName.FEITEN]


def test_closing_line_of_the_minutes_ends_the_last_article() -> None:
    # the last item's last article is followed by the closing of the session; Nazareth writes
    # `De voorzitter sluit de vergadering om 23:53 uur.`, other templates `... sluit de (openbare)
    # zitting om 22.15 uur.` or `Aldus beslist in zitting van heden.`
    for closing in (
        "De voorzitter sluit de openbare zitting om 22.15 uur.",
        "De voorzitter sluit de zitting om 21.00 uur.",
        "De voorzitter sluit de vergadering om 23:53 uur.",
        "Aldus beslist in zitting van heden.",
        "De zitting wordt gesloten om 22.40 uur.",
    ):
        text = (
            "Artikel 1 - De gemeenteraad keurt het bestek goed en stelt de openbare procedure vast\n"
            f"als wijze van gunnen.\n{closing}\nNamens de gemeenteraad,\n"
        )
        found = [(a.number, a.text) for a in articles_in(text, 0, len(text))]
        assert found == [(1, "De gemeenteraad keurt het bestek goed en stelt de openbare procedure vast als wijze van gunnen.")]


def test_nazareth_closing_line_is_not_an_article(shared_dir) -> None:
    ctx = structure(read_source(shared_dir / "corpus-real" / "nazareth" / "nazareth-depinte-gr-2025-12-15-notulen.pdf"))
    texts = [a.text for d in ctx.record.decisions for a in d.articles]
    assert texts and not any("sluit de vergadering" in t for t in texts)
