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


def test_concatenated_items_segment_back(shared_dir) -> None:
    """Several item texts joined into one set of minutes come back as the same items and titles."""
    real = shared_dir / "corpus-real"
    gold = shared_dir / "spec" / "gold" / "real"
    for folder, names in (
        ("aalst", ["aalst-03-2023_GR_00634.txt", "aalst-04-2023_GR_00596.txt", "aalst-12-2023_GR_00604.txt",
                   "aalst-17-2023_GR_00639.txt", "aalst-29-2023_GR_00614.txt"]),
        ("destelbergen", ["destelbergen-01.txt", "destelbergen-03.txt", "destelbergen-04.txt",
                          "destelbergen-09.txt", "destelbergen-12.txt"]),
    ):
        text = "\n\n".join(_item_file(real / folder, name) for name in names)
        ctx = structure(text_source("Notulen gemeenteraad\n\n" + text, f"{folder}-minutes.txt"))
        expected = []
        for name in names:
            decision = json.loads((gold / folder / f"{name}.json").read_text(encoding="utf-8"))["decisions"][0]
            expected.append((decision["agenda_item"], decision["title"]))
        assert [(d.agenda_item, d.title) for d in ctx.record.decisions] == expected, folder


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
