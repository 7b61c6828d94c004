"""Where the chronology reads inside a decision block."""

from __future__ import annotations

from extract.chronology.zones import block_zones, scan_headings
from extract.context import DecisionBlock, Section, SectionName
from schema.provenance import Span
from schema.records import Decision


def _block(text: str, sections: list[Section] | None = None) -> DecisionBlock:
    decision = Decision(span=Span(page=1, start=0, end=len(text)))
    return DecisionBlock(start=0, end=len(text), heading_start=0, heading_end=text.index("\n"), decision=decision, sections=sections or [])


AALST_14 = (
    "2023_GR_00577 - Subsidieovereenkomst over de werking van Stedelijk Museum Aalst - Beslissing\n"
    "Motivering\n"
    "Feiten en context\n"
    "Voortraject\n"
    "De eerste stap was het aanvragen van het kwaliteitslabel. Op 15 januari 2022 werd de aanvraag ingediend.\n"
    "Subsidieovereenkomst\n"
    "Om deze subsidie te formaliseren werd door Vlaanderen een subsidieovereenkomst opgemaakt.\n"
    "Juridische grond\n"
    "Artikel 40-41 van het decreet lokaal bestuur\n"
    "Besluit\n"
    "Artikel 1\n"
)


def test_a_history_subheading_inside_feiten_ends_at_the_next_subheading() -> None:
    zones = block_zones(AALST_14, _block(AALST_14))
    (history,) = zones.history
    assert AALST_14[history[0] : history[1]].startswith("De eerste stap")
    assert AALST_14[history[0] : history[1]].rstrip().endswith("ingediend.")
    assert [AALST_14[a:b].split("\n")[0] for a, b in zones.besluit] == ["Artikel 1"]
    assert zones.legal == []  # a `Juridische grond` cites laws, unlike Aalst's `Juridische grondslag`


def test_the_scan_outranks_a_misread_section() -> None:
    # Mechelen item 46: a wrapped line `besluit.` was read as a Besluit section
    text = "Titel\nFeiten en argumentatie\nDe stad neemt een\nbesluit.\nEr volgt meer.\nBesluit\nArtikel 1\n"
    wrong = Section(SectionName.BESLUIT, heading_start=text.index("besluit."), start=text.index("Er volgt"), end=text.index("Besluit\n"), heading="besluit.")
    zones = block_zones(text, _block(text, [wrong]))
    assert [text[a:b] for a, b in zones.besluit] == ["Artikel 1\n"]


def test_scan_headings_reads_exact_heading_lines_only() -> None:
    text = "Voorgeschiedenis\nDe voorgeschiedenis van dit dossier is lang.\nAanleiding en context\nJuridische grondslag\n"
    assert [kind for kind, _h, _b in scan_headings(text, 0, len(text))] == ["history", "context", "legal"]
