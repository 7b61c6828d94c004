"""Typeset the seed texts as PDFs laid out like Mechelen's council PDFs, with their gold.

Run `python corpus/make_pdfs.py` (options: `--out DIR`, `--gold-out DIR`). For each seed text
`corpus/seeds/txt/<stem>.txt` it writes `corpus/seeds/pdf/<stem>.pdf` and the gold
`corpus/gold/seeds/pdf/<stem>.pdf.json` (the text gold with `source` set to the PDF name: the
PDF keeps the seed's words, so the same facts hold).

Layout: A4 (the presentation in landscape), a running header line that is the same on every
page and a footer `pagina N van M`, bold headings, paragraphs, bullet lists with `•`, `-` and
`o`, and the budget / invoicing tables as ruled tables whose narrow code columns wrap inside the
cell at character level (`AC0001` / `09`), as in the PDFs the seeds were extracted from.

The seed texts are PDF extractions themselves: lines wrapped at the old page width, blank lines
in the middle of paragraphs, table cells one under the other. The structure is rebuilt with
general rules (`seed_to_blocks`); what no rule can recover (which lines form a table and how its
cells split, where the slides of the presentation begin, the header text) is a small
per-document hint in `LAYOUTS`. A table hint is checked against the seed: its cells must hold
exactly the characters of its line range, so the PDF cannot drift from the seed's words.

The running header names the meeting date only where the gold already has that date as a fact
(003: the session of 14 December 2020); elsewhere it names the body, so a header the extractor
fails to blank cannot invent a meeting date.

Output is deterministic: reportlab's invariant mode fixes the creation date and document id, and
the metadata are set here, so re-running gives identical bytes (with the same reportlab version).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from render.typeset import TextStyles, document_template, page_marks, register_fonts, ruled_table

CORPUS = Path(__file__).resolve().parent
SEEDS_TXT = CORPUS / "seeds" / "txt"
SEEDS_PDF = CORPUS / "seeds" / "pdf"
GOLD_TXT = CORPUS / "gold" / "seeds" / "txt"
GOLD_PDF = CORPUS / "gold" / "seeds" / "pdf"

WRAPPED_SHARE = 0.6
"""A seed line at least this share of the document's usual full line length was wrapped by the
old layout (it ran into the right margin), so the next line continues the same paragraph."""

_BULLET = re.compile(r"^(?P<glyph>•|-(?!>)|o(?=\s|$))\s*(?P<rest>.*)$")
_SIGNS = ("->", "=", "&", "+")
_AGENDA_HEADING = re.compile(r"^\d+\.\s*[A-ZÀ-Ý][A-ZÀ-Ý&\- ]+\.\s")
_ARTICLE = re.compile(r"^(Artikel|ARTIKEL)\s+\d+\b")
_NUMBERED = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+[A-ZÀ-Ý]")  # `2.1.3 Een aanspreekpunt`, `1. Elke jongere`
_TERMINAL = (".", "!", "?", ";")
BULLET_LEVEL = {"•": 0, "-": 1, "o": 2}
FUNCTION_WORDS = frozenset(
    "de het een van op en in voor met te tot aan of om bij naar door dat die als uit over zich".split()
)
"""A line ending in one of these Dutch function words stops mid-sentence: the next line goes on."""


@dataclass(frozen=True)
class TableHint:
    """Seed lines `first`..`last` (1-based, inclusive) are a ruled table with these cells."""

    first: int
    last: int
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]
    code_columns: frozenset[int] = frozenset()  # wrapped at character level (`wordWrap='CJK'`)


@dataclass(frozen=True)
class Layout:
    header: str
    slides: bool = False  # presentation: landscape, large type, a page per slide
    page_break_before: tuple[str, ...] = ()  # a page starts before a line beginning with one of these
    new_block_before: tuple[str, ...] = ()  # a paragraph starts at a line beginning with one of these
    tables: tuple[TableHint, ...] = ()


_AMOUNTS = ("30.000,00", "30.000,00", "30.000,00")
LAYOUTS: dict[str, Layout] = {
    "000": Layout(
        header="Stad Mechelen – Gemeenteraad",
        tables=(
            TableHint(
                first=120, last=158,
                rows=(
                    ("Jaar", "ARK", "MJP", "Toelichting opgave", "Huidig Transactiekrediet",
                     "Huidig beschikbaar krediet vóór deze opdracht", "Aangevraagd krediet"),
                    ("2021", "AC000109", "MJP007706", "Toelage aan Arktos Antwerpen", *_AMOUNTS),
                    ("2022", "AC000109", "MJP007706", "Toelage aan Arktos Antwerpen", *_AMOUNTS),
                ),
                widths_mm=(11, 10, 14, 30, 35, 34, 28),
                code_columns=frozenset({1, 2}),
            ),
        ),
    ),
    "001": Layout(header="Stad Mechelen – Gemeenteraad"),
    "002": Layout(
        header="Stad Mechelen", slides=True,
        page_break_before=(
            "Conceptnota", "Twee algemene doelstellingen", "• Inzetten op een preventieve", "2. Opstart",
            "2.1. Actieplan", "2.2. Overlegplatform", "Contact / aanspreekpunt", "Vragen",
        ),
    ),
    "003": Layout(
        header="Gemeenteraad 14 december 2020",
        new_block_before=("Jan Bal,",),
        tables=(
            TableHint(
                first=319, last=325,
                rows=(
                    ("Facturatie", "Bedrag (incl. BTW)", "Periode"),
                    ("01/12/2020", "€ 11.470,-", "P1: 1 februari 2020 – 31 december 2020"),
                    ("01/02/2021", "€ 5.734,-", "P2: 1 januari 2021 – 31 december 2021"),
                    ("01/02/2022", "€ 5.734,-", "P3: 1 januari 2022 – 31 december 2022"),
                ),
                widths_mm=(24, 22, 42),
            ),
        ),
    ),
    "004": Layout(header="Stad Mechelen", new_block_before=("De stuurgroep kwam",)),
}


# --- seed text to blocks -------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # "para", "bullet", "agenda", "table", "pagebreak"
    lines: list[str] = field(default_factory=list)
    glyph: str = ""
    table: TableHint | None = None
    wrapped: bool = False  # the last seed line of the block ran into the old right margin

    @property
    def text(self) -> str:
        """The block's lines joined like the gold joins wrapped lines (glued hyphen kept)."""
        out = ""
        for line in self.lines:
            out = line if not out else out + line if re.search(r"\w-$", out) else out + " " + line
        return out


def full_line_length(lines: Iterable[str]) -> int:
    """The document's usual full line length: the 90th percentile of its line lengths."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def is_heading_line(line: str) -> bool:
    """A short line without sentence end or comma (`Motivering`, `Besluit:`, `Visum verleend`)."""
    if line.count("(") != line.count(")"):
        return False  # `Mechelen)`: the tail of a wrapped parenthesis
    if line.isupper() and len(line) > 3:
        return True
    words = line.split()
    if line.endswith(":"):
        return len(words) <= 4 and (line[:1].isupper() or line[:1].isdigit())
    return (len(line) <= 60 and len(words) <= 8 and not line.endswith(_TERMINAL)
            and "," not in line and line[:1].isupper())


def continues(block: Block, line: str, blank_before: bool, full: int) -> bool:
    """Whether seed `line` continues `block` (a paragraph wrapped by the old layout)."""
    if block.kind not in ("para", "bullet", "agenda") or not block.lines:
        return False
    if _NUMBERED.match(line) or _ARTICLE.match(line) or (line.isupper() and len(line) > 3):
        return False
    previous = block.lines[-1]
    last_word = previous.split()[-1]
    heading_next = blank_before and is_heading_line(line)
    if previous.endswith(",") or last_word in FUNCTION_WORDS or re.search(r"\w-$", previous):
        # a list of names goes on, a sentence stopped mid-way, a word broke at its hyphen;
        # unless a short line was followed by a heading (`Hierna ... genoemd en` / `Anderzijds`)
        return block.wrapped or not heading_next
    if heading_next and (block.kind == "para" or line.endswith(":")):
        return False  # inside a bullet only a label (`Via:`) ends it: `Regionaal` / `Centraal Meldpunt`
    if blank_before and line.startswith(_SIGNS):
        return False  # `-> accent op`, `= samenwerking noodzakelijk!`
    if block.wrapped:
        # a sentence or a label (`opgezet:` / `Traject 1: ...`) ended there, unless the next word
        # would not have fitted on the line (`Youth At School:` / `Youth@School voor ...`)
        fitted = len(previous) + 1 + len(line.split()[0]) <= full
        ended = previous.endswith(_TERMINAL) or (previous.endswith(":") and fitted)
        return not (blank_before and ended and line[:1].isupper())
    return line[:1].islower() and last_word.islower()


def seed_to_blocks(text: str, layout: Layout) -> list[Block]:
    """Rebuild headings, paragraphs, bullets, tables and slide breaks from a seed text."""
    lines = text.split("\n")
    full = full_line_length(lines)
    tables = {hint.first: hint for hint in layout.tables}
    blocks: list[Block] = []
    blank_before, skip_to = False, 0
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if number <= skip_to:
            continue
        if number in tables:
            check_table_hint(lines, tables[number])
            blocks.append(Block("table", table=tables[number]))
            skip_to = tables[number].last
            continue
        if not line:
            blank_before = True
            continue
        if blocks and any(line.startswith(start) for start in layout.page_break_before):
            blocks.append(Block("pagebreak"))
        current = blocks[-1] if blocks else None
        bullet = _BULLET.match(line)
        forced = any(line.startswith(start) for start in layout.new_block_before)
        if current and not bullet and not forced and continues(current, line, blank_before, full):
            current.lines.append(line)
        elif bullet:
            rest = bullet.group("rest")
            blocks.append(Block("bullet", [rest] if rest else [], glyph=bullet.group("glyph")))
        else:
            blocks.append(Block("agenda" if _AGENDA_HEADING.match(line) else "para", [line]))
        blocks[-1].wrapped = len(line) >= WRAPPED_SHARE * full
        blank_before = False
    return blocks


def check_table_hint(lines: Sequence[str], hint: TableHint) -> None:
    """Refuse a table hint whose cells do not hold exactly the characters of its seed lines."""
    seed = "".join("".join(lines[hint.first - 1 : hint.last]).split())
    cells = "".join("".join(cell.split()) for row in hint.rows for cell in row)
    if seed != cells:
        raise ValueError(f"table hint for lines {hint.first}-{hint.last} does not match the seed text")


# --- blocks to reportlab flowables (fonts, styles, tables: `render.typeset`) ---------------


def is_heading(block: Block) -> bool:
    """A block of one heading line (`is_heading_line`), set in bold."""
    return block.kind == "para" and len(block.lines) == 1 and is_heading_line(block.lines[0])


def block_to_flowables(block: Block, styles: TextStyles, slide_start: bool) -> list[Flowable]:
    if block.kind == "pagebreak":
        return [PageBreak()]
    if block.kind == "table":
        return [Spacer(1, 2 * mm), table_to_flowable(block.table, styles), Spacer(1, 4 * mm)]
    text = escape(block.text)
    if block.kind == "agenda":
        return [Paragraph(text, styles.agenda())]
    if block.kind == "bullet":
        style = styles.bullet(BULLET_LEVEL[block.glyph])
        if not text:  # an empty list item (the seed's annex lost its text): the glyph alone
            return [Paragraph(escape(block.glyph), ParagraphStyle("empty", parent=style, leftIndent=style.bulletIndent))]
        return [Paragraph(text, style, bulletText=block.glyph)]
    if slide_start:
        return [Paragraph(text, ParagraphStyle("slide", parent=styles.agenda(), fontSize=styles.body.fontSize * 1.4,
                                               leading=styles.body.fontSize * 1.8))]
    return [Paragraph(text, styles.bold if is_heading(block) else styles.body)]


def table_to_flowable(hint: TableHint, styles: TextStyles) -> Table:
    return ruled_table(hint.rows, hint.widths_mm, styles, hint.code_columns)


def blocks_to_flowables(blocks: Sequence[Block], styles: TextStyles, slides: bool) -> list[Flowable]:
    flowables: list[Flowable] = []
    slide_start = slides
    for block in blocks:
        flowables.extend(block_to_flowables(block, styles, slide_start and block.kind == "para"))
        slide_start = slides and block.kind == "pagebreak"
    return flowables


# --- documents -----------------------------------------------------------------------------


def typeset(text: str, layout: Layout, title: str) -> bytes:
    """The PDF bytes of one seed text: laid out twice, the second time knowing the page count."""
    register_fonts()
    page_size = landscape(A4) if layout.slides else A4
    styles = TextStyles.make(16 if layout.slides else 10, space_after=0.5)
    blocks = seed_to_blocks(text, layout)
    total = 0
    for _ in range(2):
        buffer = io.BytesIO()
        pages: list[int] = []

        def decorate(canvas, doc, pages=pages, total=total) -> None:
            pages.append(doc.page)
            canvas.saveState()
            page_marks(canvas, page_size, layout.header, 20, f"pagina {doc.page} van {total or '?'}")
            canvas.restoreState()

        doc = document_template(buffer, page_size, title=title, author="Stad Mechelen",
                                subject="besluitenbank seed corpus", creator="besluitenbank corpus/make_pdfs.py")
        doc.build(blocks_to_flowables(blocks, styles, layout.slides), onFirstPage=decorate, onLaterPages=decorate)
        total = len(pages)
    return buffer.getvalue()


def gold_for_pdf(text_gold: dict, pdf_name: str) -> dict:
    """The text gold with `source` set to the PDF's file name (same facts)."""
    return {**text_gold, "source": pdf_name}


def make_all(out: Path = SEEDS_PDF, gold_out: Path = GOLD_PDF) -> list[Path]:
    """Typeset every seed (each has an entry in `LAYOUTS`); write PDFs and gold; return the PDFs."""
    out.mkdir(parents=True, exist_ok=True)
    gold_out.mkdir(parents=True, exist_ok=True)
    written = []
    for seed in sorted(SEEDS_TXT.glob("*.txt")):
        layout = LAYOUTS[seed.name[:3]]
        pdf_path = out / f"{seed.stem}.pdf"
        pdf_path.write_bytes(typeset(seed.read_text(encoding="utf-8"), layout, seed.stem))
        text_gold = json.loads((GOLD_TXT / f"{seed.name}.json").read_text(encoding="utf-8"))
        gold = gold_for_pdf(text_gold, pdf_path.name)
        (gold_out / f"{pdf_path.name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        written.append(pdf_path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SEEDS_PDF, help="folder for the PDFs")
    parser.add_argument("--gold-out", type=Path, default=GOLD_PDF, help="folder for the PDF gold files")
    args = parser.parse_args(argv)
    for path in make_all(args.out, args.gold_out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
