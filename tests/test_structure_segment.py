"""`document_type` + `segment`: agenda items, their labels, domains and titles, on real texts."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import GOLD_SEEDS_TXT, seed_path
from extract.context import ExtractionContext
from extract.structure import components
from ingest.reader import read_source
from schema.source import PageInfo, SourceDocument
from schema.vocab import DocumentType


def structure(source: SourceDocument) -> ExtractionContext:
    """Run the structure components (only them) on a source."""
    ctx = ExtractionContext(source)
    for step in (components.clean, components.document_type, components.segment, components.sections,
                 components.meeting, components.articles):
        step(ctx)
    return ctx


def text_source(text: str, name: str = "inline.txt") -> SourceDocument:
    return SourceDocument(name=name, path=name, sha256="0" * 64, kind="txt", text=text,
                          pages=[PageInfo(number=1, start=0, end=len(text))])


def headings(text: str) -> list[tuple[int | None, str | None, str | None, str]]:
    ctx = structure(text_source(text))
    return [(d.agenda_item, d.item_label, d.domain, d.title) for d in ctx.record.decisions]


def test_seeds_match_their_gold() -> None:
    for gold_file in sorted(GOLD_SEEDS_TXT.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        ctx = structure(read_source(seed_path(gold_file.name[:3])))
        assert ctx.record.document_type.value == gold["document_type"], gold_file.name
        got = [(d.agenda_item, d.domain, d.title, d.decision_type) for d in ctx.record.decisions]
        want = [(d["agenda_item"], d["domain"], d["title"], d["decision_type"]) for d in gold["decisions"]]
        assert got == want, gold_file.name


def test_mechelen_heading_with_footer_inside_the_title() -> None:
    text = (
        "\uf0b7 8. FINANCIËN-TOEZICHT. Aktename jaarrekeningen 2023 in het kader van\n27 januari 2025\n"
        "controle op aanwending stadstoelage.\nMotivering\nVoorgeschiedenis\n"
    )
    assert headings(text) == [(8, "8", "FINANCIËN-TOEZICHT",
                               "Aktename jaarrekeningen 2023 in het kader van controle op aanwending stadstoelage.")]


def test_mechelen_glued_label_and_non_numeric_labels() -> None:
    text = (
        " 38.ERFGOED. Definitieve aanvaarding schenking historische vaandels van het\n"
        "Koninklijk Verbond van oud-strijders.\nMotivering\nBesluit\nArtikel 1\nDe gemeenteraad aanvaardt.\n"
        "\uf0b7 O1. PREVENTIE & VEILIGHEID. Extra maatregelen aankoop en gebruik\nvuurwerk.\nMotivering\n"
        "Besluit\nArtikel 1\nDe gemeenteraad neemt kennis van het engagement van de burgemeester.\n"
    )
    ctx = structure(text_source(text))
    decisions = ctx.record.decisions
    assert [(d.agenda_item, d.item_label, d.domain) for d in decisions] == [
        (38, "38", "ERFGOED"), (None, "O1", "PREVENTIE & VEILIGHEID")]
    assert decisions[1].title == "Extra maatregelen aankoop en gebruik vuurwerk."
    assert decisions[0].decision_type == "aanvaarding"
    assert decisions[1].decision_type == "kennisname"  # a toezegging: read from its Artikel 1


def test_added_item_keeps_submitter_in_title() -> None:
    assert headings(" TP01. TOEGEVOEGD PUNT. K. Lauwers - Windmolens Battel.\nMotivering\n") == [
        (None, "TP01", "TOEGEVOEGD PUNT", "K. Lauwers - Windmolens Battel.")]


def test_aalst_case_code_headings() -> None:
    text = (
        "HD 1.\n2023_GR_00652 - Dringende politieverordening tijdens de oudejaarsperiode - Bekrachtiging\n"
        "Aanvaard tot de zitting als hoogdringend agendapunt\nSamenstelling\n"
    )
    assert headings(text) == [(None, "HD 1", None,
                               "2023_GR_00652 - Dringende politieverordening tijdens de oudejaarsperiode - Bekrachtiging")]


def test_torhout_domain_and_zottegem_added_point() -> None:
    assert headings("14 Financiën - retributiereglement conformiteitsattesten - goedkeuring\nPdf-versie\nStemming\n") == [
        (14, "14", "Financiën", "retributiereglement conformiteitsattesten - goedkeuring")]
    assert headings("AP1. Vooruit-fractie. Ombudspersoon afstemming wegenwerken.\nPdf-versie\nAanwezigen bij agendapunt\n") == [
        (None, "AP1", None, "Vooruit-fractie. Ombudspersoon afstemming wegenwerken.")]


def test_nazareth_new_template_wrapped_title() -> None:
    text = (
        "8 Vorige punt\nBevoegdheid en juridische grond\nDecreet.\n"
        "9 Aanvullende gemeentebelasting op de personenbelasting - aanslagjaren 2026-\n2031 - vaststellen\n"
        "Bevoegdheid en juridische grond\nGecoördineerde Grondwet\n"
    )
    assert headings(text)[-1] == (9, "9", None,
                                  "Aanvullende gemeentebelasting op de personenbelasting - aanslagjaren 2026-2031 - vaststellen")


def test_nested_agenda_of_a_general_assembly_is_not_items(shared_dir) -> None:
    # Destelbergen: the item quotes the numbered agenda of the intercommunale's general assembly
    ctx = structure(read_source(shared_dir / "corpus-real" / "destelbergen" / "destelbergen-04.txt"))
    assert [(d.agenda_item, d.title[:40]) for d in ctx.record.decisions] == [
        (4, "Algemene vergadering Westlede: goedkeuri")]
    # Mechelen: an IGEMO agenda `1 Aanduiding stemopnemers ...` inside item 25
    ctx = structure(read_source(shared_dir / "corpus-real" / "mechelen" / "gemeenteraad-20250127-25.txt"))
    assert [d.agenda_item for d in ctx.record.decisions] == [25]


def test_nazareth_minutes_skip_table_of_contents_and_quoted_agenda(shared_dir) -> None:
    ctx = structure(read_source(shared_dir / "corpus-real" / "nazareth" / "nazareth-gr-2024-05-27-verslag.pdf"))
    assert ctx.record.document_type is DocumentType.NOTULEN
    assert [d.agenda_item for d in ctx.record.decisions] == list(range(1, 16))
    assert ctx.record.decisions[5].title == (
        "Woonmaatschappij Vlaamse Ardennen. Buitengewone algemene vergadering op 13 juni 2024. Agenda. Goedkeuring.")


def test_besluitenlijsten(shared_dir) -> None:
    ctx = structure(read_source(shared_dir / "corpus-real" / "aalter" / "aalter-besluitenlijst.txt"))
    assert ctx.record.document_type is DocumentType.BESLUITENLIJST
    assert [d.agenda_item for d in ctx.record.decisions] == list(range(1, 31))
    ctx = structure(read_source(shared_dir / "corpus-real" / "nazareth" / "nazareth-gr-2023-03-27-besluitenlijst.pdf"))
    assert ctx.record.document_type is DocumentType.BESLUITENLIJST
    assert ctx.record.decisions[2].title == "IGS Westlede. Buitengewone algemene vergadering op 30 mei 2023. Agenda. Goedkeuring."
    assert ctx.record.decisions[2].domain == "Algemeen bestuur"


def test_agendas_answers_and_presentations_have_no_decisions(shared_dir) -> None:
    ctx = structure(read_source(shared_dir / "corpus-real" / "nazareth" / "nazareth-gr-2023-03-27-agenda.pdf"))
    assert ctx.record.document_type is DocumentType.OVERIG and ctx.record.decisions == []
    for prefix, kind in (("002", DocumentType.PRESENTATIE), ("004", DocumentType.ANTWOORD)):
        ctx = structure(read_source(seed_path(prefix)))
        assert ctx.record.document_type is kind and ctx.record.decisions == []


def _item_file(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8").strip("\n")


def _gold_decision(gold: Path, folder: str, name: str) -> tuple[int | None, str]:
    decision = json.loads((gold / folder / f"{name}.json").read_text(encoding="utf-8"))["decisions"][0]
    return decision["agenda_item"], decision["title"]


def test_concatenated_items_of_two_municipalities_segment_back(shared_dir) -> None:
    """Issue 3: every Aalst and Destelbergen item of the corpus, in corpus order, joined into one
    set of minutes, comes back as the same items with their gold titles and agenda numbers.

    The Aalst items are in file order, not agenda order (`46.` after `7.`, the urgent `HD 1.`
    items in between), and the Destelbergen items restart at `1.` in plain `1.Title` headings
    after Aalst's case-code headings.
    """
    real = shared_dir / "corpus-real"
    gold = shared_dir / "spec" / "gold" / "real"
    files = [(folder, path.name) for folder in ("aalst", "destelbergen") for path in sorted((real / folder).glob("*.txt"))]
    text = "\n\n".join(_item_file(real / folder, name) for folder, name in files)
    ctx = structure(text_source("Notulen gemeenteraad\n\n" + text, "mixed-minutes.txt"))
    expected = [_gold_decision(gold, folder, name) for folder, name in files]
    assert len(expected) == 64
    assert [(d.agenda_item, d.title) for d in ctx.record.decisions] == expected


def test_concatenated_items_of_one_municipality_segment_back(shared_dir) -> None:
    real = shared_dir / "corpus-real"
    gold = shared_dir / "spec" / "gold" / "real"
    for folder in ("torhout", "zottegem", "boortmeerbeek"):
        names = [path.name for path in sorted((real / folder).glob("*.txt"))]
        text = "\n".join(_item_file(real / folder, name) for name in names)
        ctx = structure(text_source(text, f"{folder}-minutes.txt"))
        expected = [_gold_decision(gold, folder, name) for name in names]
        assert [(d.agenda_item, d.title) for d in ctx.record.decisions] == expected, folder


def test_lblod_item_page_block_starts_at_its_material(shared_dir) -> None:
    """Boortmeerbeek: attendance column, title and vote stand before the `Zitting van` breadcrumb
    and the repeated title where the heading is found; the block starts at the attendance."""
    folder = shared_dir / "corpus-real" / "boortmeerbeek"
    names = ["boortmeerbeek-07.txt", "boortmeerbeek-08.txt", "boortmeerbeek-09.txt"]
    texts = [_item_file(folder, name) for name in names]
    joined = "\n".join(texts)
    ctx = structure(text_source(joined))
    starts = [joined.index(text) for text in texts]
    assert [block.start for block in ctx.blocks] == starts
    vote = joined.index("aantal voorstanders", starts[1])
    assert ctx.blocks[1].start < vote < ctx.blocks[1].heading_start


def test_agenda_at_the_top_is_not_the_first_item(shared_dir) -> None:
    # Erpe-Mere: the titles are listed before the numbered items; item 1 starts at `1.`
    text = (shared_dir / "corpus-real" / "erpe-mere" / "erpe-mere-besluitenlijst.txt").read_text(encoding="utf-8")
    ctx = structure(text_source(text))
    assert ctx.blocks[0].start == ctx.blocks[0].heading_start == text.index("1. Goedkeuren notulen")


def test_first_sentence_of_an_item_is_not_part_of_its_title() -> None:
    # Nazareth-De Pinte besluitenlijst (2025 template): title lines without a full stop
    text = (
        "3 Eedaflegging van de verkozen gemeenteraadsleden\nDe gemeenteraad neemt kennis van de eedaflegging.\n"
        "4 Bepaling van de rangorde van de gemeenteraadsleden\nDe rangorde van de gemeenteraadsleden wordt vastgesteld.\n"
        "5 Vaststelling van de fracties\nDe gemeenteraad stelt de fracties vast.\n"
    )
    assert [(number, title) for number, _, _, title in headings(text)] == [
        (3, "Eedaflegging van de verkozen gemeenteraadsleden"),
        (4, "Bepaling van de rangorde van de gemeenteraadsleden"),
        (5, "Vaststelling van de fracties"),
    ]


def test_title_wrapped_after_an_abbreviation_continues() -> None:
    # `t.e.m.` ends in a full stop but not the sentence: the title goes on with the end date
    # (Nazareth wraps the same phrase in prose: `... 1/1/2026 t.e.m.` / `31/12/2031.`)
    text = (
        "Gemeenteraad van 2 september 2024\n"
        "27. OMGEVING. Goedkeuring van de samenwerkingsovereenkomst tussen\n"
        "stad Lede en Energiehuis De Schakel vzw voor de energiebegeleiding van gezinnen, voor de periode van 1-09-2026 t.e.m.\n"
        "31-08-2028.\n"
        "De beslissing wordt genomen met eenparigheid van stemmen.\n"
        "Motivering\nFeiten en argumentatie\nDe overeenkomst loopt af.\nBesluit\nArtikel 1\nDe gemeenteraad keurt de overeenkomst goed.\n"
    )
    ((number, _, domain, title),) = headings(text)
    assert (number, domain) == (27, "OMGEVING")
    assert title.endswith("voor de periode van 1-09-2026 t.e.m. 31-08-2028.")


def test_ends_sentence_knows_abbreviations() -> None:
    from extract.structure.headings import ends_sentence

    assert ends_sentence("Goedkeuring van het reglement.")
    assert ends_sentence("Toelage aan Taalpunt Babbel bv.")
    assert not ends_sentence("voor de periode 1/1/2026 t.e.m.")
    assert not ends_sentence("Een van de wijzigingen is dat o.a.")
