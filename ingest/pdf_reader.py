"""PDF sources: page texts and ruled tables, or a clear reason why not.

PDFium (C) parses the pages: `ingest.pdf_fast` lays its characters out exactly as pdfplumber's
`extract_text` would (about 4 ms a page against 30-120 ms for pdfminer's pure-Python parse),
and on pages that may hold a ruled table (`ingest.pdf_rulings` decides from the drawn graphics)
`ingest.pdf_fast_tables` runs pdfplumber's own table finder on PDFium's paths and characters.
pdfplumber itself reads what PDFium cannot read faithfully (rotated pages or text, glyphs without
Unicode mapping, a MediaBox not at the origin) and whole files PDFium cannot open (it then names
the reason). On its pages each page is parsed once, its characters deduplicated (some writers
print a character twice to fake bold, which would read `GGooeeddkkeeuurriinngg`), then
`page_to_text` reads the text layer and `page_to_tables` the ruled tables. `fast_text=False`
reads everything with pdfplumber (the reference the fast path is tested against).

Refusals (`UnreadableSource`) name the reason: empty file, not a PDF despite the suffix,
truncated, corrupt, encrypted, no pages, no text layer (a scan: OCR is not supported), or a text
layer whose fonts cannot be decoded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSEOF, PSException
from pdfplumber.utils.exceptions import PdfminerException
from pydantic import BaseModel, ConfigDict, Field

from ingest.errors import UnreadableSource
from ingest.hashing import sha256_of
from ingest.pdf_chars import page_without_duplicate_chars
from ingest.pdf_checks import sniff_pdf
from ingest.pdf_fast import NeedsPdfplumber, textpage_to_words, words_to_text
from ingest.pdf_fast_tables import pdfium_page_tables
from ingest.pdf_rulings import page_may_hold_table
from ingest.pdf_tables import TableSettings, page_to_tables
from ingest.pdf_text import TextSettings, clean_text_layer, page_to_text, undecodable_count
from schema.source import SourceDocument, SourceTable, join_pages


class PdfSettings(BaseModel):
    """Everything the PDF reader can be tuned with, in one validated object."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: TextSettings = Field(default_factory=TextSettings)
    tables: TableSettings = Field(default_factory=TableSettings)
    max_undecodable_share: float = Field(
        0.5, ge=0, le=1, description="refuse a text layer when more of its glyphs than this cannot be decoded"
    )
    fast_text: bool = Field(
        True, description="read pages that cannot hold a ruled table with PDFium (False: pdfplumber for all)"
    )


DEFAULT_SETTINGS = PdfSettings()


def reason_for_pdf_error(error: BaseException) -> str:
    """A readable reason for an exception raised while opening or parsing a PDF.

    pdfplumber wraps pdfminer's exceptions in `PdfminerException`; the original is its first
    argument.
    """
    if isinstance(error, PdfminerException) and error.args and isinstance(error.args[0], BaseException):
        error = error.args[0]
    if isinstance(error, PDFPasswordIncorrect):
        return "encrypted PDF (password required)"
    if isinstance(error, PDFEncryptionError):
        return f"encrypted PDF (unsupported encryption: {error})"
    if isinstance(error, PSEOF):
        return "truncated or corrupt PDF (unexpected end of data)"
    if isinstance(error, (PDFSyntaxError, PSException)):
        return f"corrupt PDF ({error})"
    return f"corrupt PDF ({type(error).__name__}: {error})"


def read_pdf(path: Path, settings: PdfSettings = DEFAULT_SETTINGS) -> SourceDocument:
    """Read a PDF into a `SourceDocument` (`kind="pdf"`), or raise `UnreadableSource`."""
    reason = sniff_pdf(path)
    if reason:
        raise UnreadableSource(path, reason)
    pages = _read_fast(path, settings) if settings.fast_text else None
    page_texts, tables = pages if pages is not None else _read_with_pdfplumber(path, settings)
    check_text_layer(path, page_texts, settings)
    text, page_ranges = join_pages(page_texts)
    return SourceDocument(
        name=path.name, path=str(path), sha256=sha256_of(path), kind="pdf", text=text, pages=page_ranges,
        tables=tables,
    )  # fmt: skip


Pages = tuple[list[str], list[SourceTable]]


def _plumber_page(page: Any, number: int, settings: PdfSettings) -> tuple[str, list[SourceTable]]:
    """Text and tables of one pdfplumber page, parsed once; its objects dropped afterwards."""
    try:
        deduped = page_without_duplicate_chars(page, settings.text.dedupe_tolerance)
        return page_to_text(deduped, settings.text), page_to_tables(deduped, number, settings.tables)
    finally:
        page.close()  # drop the page's parsed objects: memory stays flat on long minutes


def _read_with_pdfplumber(path: Path, settings: PdfSettings) -> Pages:
    page_texts: list[str] = []
    tables: list[SourceTable] = []
    try:
        with pdfplumber.open(path) as pdf:
            if not pdf.pages:
                raise UnreadableSource(path, "PDF has no pages")
            for number, page in enumerate(pdf.pages, start=1):
                text, found = _plumber_page(page, number, settings)
                page_texts.append(text)
                tables.extend(found)
    except UnreadableSource:
        raise
    except Exception as error:  # pdfminer raises many unrelated types on damaged files
        raise UnreadableSource(path, reason_for_pdf_error(error)) from None
    return page_texts, tables


def _read_fast(path: Path, settings: PdfSettings) -> Pages | None:
    """Every page through PDFium, but those it cannot read faithfully, which go to pdfplumber.

    None when PDFium cannot open the file, finds no page or counts other pages than pdfplumber:
    then pdfplumber reads the whole file (and names the reason if it cannot either).
    """
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    plumber: Any = None
    page_texts: list[str] = []
    tables: list[SourceTable] = []
    try:
        if len(document) == 0:
            return None
        for index in range(len(document)):
            page = document[index]
            try:
                read = _pdfium_page(page, index + 1, settings)
            finally:
                page.close()
            if read is None:
                if plumber is None:
                    plumber = pdfplumber.open(path)
                    if len(plumber.pages) != len(document):
                        return None
                read = _plumber_page(plumber.pages[index], index + 1, settings)
            page_texts.append(read[0])
            tables.extend(read[1])
    except UnreadableSource:
        raise
    except Exception as error:  # pdfminer raises many unrelated types on damaged files
        raise UnreadableSource(path, reason_for_pdf_error(error)) from None
    finally:
        if plumber is not None:
            plumber.close()
        document.close()
    return page_texts, tables


def _pdfium_page(page: Any, number: int, settings: PdfSettings) -> tuple[str, list[SourceTable]] | None:
    """Cleaned text and tables of a page PDFium reads as pdfplumber would, else None.

    Pages that may hold a ruled table get their tables from pdfplumber's finder on PDFium's
    paths and characters (`ingest.pdf_fast_tables`); rotated pages and text PDFium cannot map
    to pdfplumber's layout go to pdfplumber itself.
    """
    if page.get_rotation():
        return None
    textpage = page.get_textpage()
    try:
        text, words = textpage_to_words(textpage)
        tables: list[SourceTable] | None = []
        if page_may_hold_table(page):
            tables = pdfium_page_tables(page, textpage, text, words, number, settings.tables)
            if tables is None:
                return None
    except NeedsPdfplumber:
        return None
    finally:
        textpage.close()
    page_text = clean_text_layer(words_to_text(words, settings.text.x_tolerance, settings.text.y_tolerance))
    return page_text, tables


def check_text_layer(path: Path, page_texts: list[str], settings: PdfSettings) -> None:
    """Refuse a PDF whose text layer is missing (a scan) or mostly undecodable glyphs."""
    glyphs = sum(len("".join(text.split())) for text in page_texts)
    if glyphs == 0:
        raise UnreadableSource(
            path, f"no text layer on any of its {len(page_texts)} page(s) (scanned PDF?); OCR is not supported"
        )
    undecodable = sum(undecodable_count(text) for text in page_texts)
    if undecodable > settings.max_undecodable_share * glyphs:
        raise UnreadableSource(
            path,
            f"text layer cannot be decoded: {undecodable} of {glyphs} glyphs have no Unicode mapping "
            "(fonts without a ToUnicode map)",
        )
