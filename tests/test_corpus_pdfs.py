"""corpus/make_pdfs.py: deterministic output, PDF gold = text gold, and its structure rules.

The rules are shown on short passages of the seed texts (PDF extractions of Mechelen minutes:
lines wrapped at the old margin, blank lines inside paragraphs).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from conftest import GOLD_SEEDS_PDF, GOLD_SEEDS_TXT, SEEDS_PDF, SEEDS_TXT


def load_make_pdfs():
    if "make_pdfs" not in sys.modules:
        spec = importlib.util.spec_from_file_location("make_pdfs", SEEDS_PDF.parent.parent / "make_pdfs.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_pdfs"] = module  # dataclasses look their module up while being built
        spec.loader.exec_module(module)
    return sys.modules["make_pdfs"]


mp = load_make_pdfs()


def test_rerunning_gives_the_committed_bytes(tmp_path: Path) -> None:
    written = mp.make_all(tmp_path / "pdf", tmp_path / "gold")
    assert sorted(p.name for p in written) == sorted(p.name for p in SEEDS_PDF.glob("*.pdf"))
    for path in written:
        assert path.read_bytes() == (SEEDS_PDF / path.name).read_bytes(), (
            f"{path.name} differs from the committed PDF: run `python corpus/make_pdfs.py` (reportlab version?)"
        )
    for gold in (tmp_path / "gold").glob("*.json"):
        assert gold.read_bytes() == (GOLD_SEEDS_PDF / gold.name).read_bytes()


def test_pdf_gold_is_the_text_gold_with_the_pdf_as_source() -> None:
    for seed in SEEDS_TXT.glob("*.txt"):
        text_gold = json.loads((GOLD_SEEDS_TXT / f"{seed.name}.json").read_text(encoding="utf-8"))
        pdf_gold = json.loads((GOLD_SEEDS_PDF / f"{seed.stem}.pdf.json").read_text(encoding="utf-8"))
        assert pdf_gold["source"] == f"{seed.stem}.pdf"
        assert {**pdf_gold, "source": text_gold["source"]} == text_gold


def seed_blocks(prefix: str) -> list[tuple[str, str]]:
    """(kind, text) of the blocks rebuilt from a whole seed text with its layout hints."""
    seed = next(SEEDS_TXT.glob(f"{prefix}_*.txt"))
    return [(b.kind, b.text) for b in mp.seed_to_blocks(seed.read_text(encoding="utf-8"), mp.LAYOUTS[prefix])]


def test_wrapped_title_with_blank_lines_inside_is_one_heading() -> None:
    assert seed_blocks("000")[:2] == [
        ("agenda", "42. SOCIAAL BELEID. Goedkeuring samenwerkingsovereenkomst tussen stad Mechelen en Arktos vzw "
                   "voor de periode van 1-09-2021 tot 31-08-2023 in functie van de ondersteuning ‘bijzondere leerplek’."),
        ("para", "De beslissing wordt genomen met eenparigheid van stemmen."),
    ]


def test_a_date_broken_at_its_hyphen_is_glued_back() -> None:
    kind, title = seed_blocks("001")[0]
    assert kind == "agenda" and title.endswith("voor de periode 01-01-2020 tot en met 31-12-2025.")


def test_headings_bullets_and_their_levels() -> None:
    seed = next(SEEDS_TXT.glob("003_*.txt")).read_text(encoding="utf-8")
    blocks = mp.seed_to_blocks(seed, mp.LAYOUTS["003"])
    start = next(i for i, b in enumerate(blocks) if b.text == "Inhoudelijk:")
    assert [(b.kind, b.glyph) for b in blocks[start : start + 5]] == [
        ("bullet", "•"), ("bullet", "-"), ("bullet", "o"), ("bullet", "o"), ("bullet", "-")
    ]
    assert blocks[start + 2].text.endswith("zijn geen meerwaarde voor Mechelen.")
    headings = [b.text for b in blocks if mp.is_heading(b)]
    assert {"Motivering", "Voorgeschiedenis", "Feiten en argumentatie", "Financiële gevolgen", "Besluit:",
            "Artikel 1", "ARTIKEL 3:  TERMIJNEN"} <= set(headings)


def test_short_lines_before_a_heading_end_their_paragraph() -> None:
    texts = [text for _, text in seed_blocks("003")]
    at = texts.index("Anderzijds")
    assert texts[at - 1].endswith("Hierna “IGEMO” genoemd en")
    assert texts[at + 2 : at + 4] == ["Hierna stad Mechelen genoemd,", "Is overeengekomen wat volgt:"]
    signature = [text for _, text in seed_blocks("001")][-4:]
    assert signature == ["Erik Laga", "algemeen directeur", "Fabienne Blavier", "voorzitter"]


def test_numbered_actions_and_arrows_start_their_own_paragraph() -> None:
    blocks = seed_blocks("002")
    actions = [text.split()[0] for kind, text in blocks if kind == "para" and text.startswith("2.1.1")]
    assert actions == ["2.1.1", "2.1.10", "2.1.11", "2.1.12", "2.1.13", "2.1.14", "2.1.15", "2.1.16", "2.1.17",
                       "2.1.18", "2.1.19", "2.1.1"]
    assert ("bullet", "sneller optreden tegen spijbelgedrag") in blocks
    assert ("para", "-> accent op ‘ongekwalificeerde schoolverlaters’") in blocks


def test_a_wrapped_list_of_names_stays_one_paragraph() -> None:
    texts = [text for _, text in seed_blocks("003")]
    assert "Patrick Princen, Greet Geypen, Marina De Bie, Koen Anciaux, Björn Siffer, Abdrahman Labsir, " \
        "Vicky Vanmarcke, Gabriella De Francesco, schepenen" in texts
    members = next(text for text in texts if text.startswith("Bart Somers"))
    assert members.endswith("Zohra Hadnan, gemeenteraadsleden") and "Tom Kestens" in members
    assert "Jan Bal, adjunct-algemeendirecteur" in texts


def test_table_hint_must_hold_the_seed_characters() -> None:
    seed = "Facturatie Bedrag (incl. BTW) Periode \n01/12/2020 € 11.470,- P1: 1 februari 2020 – 31 december 2020 \n"
    good = mp.TableHint(1, 2, (("Facturatie", "Bedrag (incl. BTW)", "Periode"),
                               ("01/12/2020", "€ 11.470,-", "P1: 1 februari 2020 – 31 december 2020")), (20, 20, 40))
    assert [block.kind for block in mp.seed_to_blocks(seed, mp.Layout(header="x", tables=(good,)))] == ["table"]
    typo = mp.TableHint(1, 2, (("Facturatie", "Bedrag (incl. BTW)", "Periode"),
                               ("01/12/2020", "€ 11.470,-", "P1: 1 februari 2021 – 31 december 2020")), (20, 20, 40))
    with pytest.raises(ValueError, match="does not match the seed"):
        mp.seed_to_blocks(seed, mp.Layout(header="x", tables=(typo,)))


def test_slide_breaks_come_from_the_layout_hint() -> None:
    seed = " 1. Inleiding \n\nVia:  \n\n- preventie  \n\n Conceptnota ‘samen tegen schooluitval’:  \n"
    layout = mp.Layout(header="x", slides=True, page_break_before=("Conceptnota",))
    assert [block.kind for block in mp.seed_to_blocks(seed, layout)] == ["para", "para", "bullet", "pagebreak", "para"]
