"""PDF sources through pdfplumber: page texts and ruled tables, or a clear reason why not.

Each page is parsed once: its characters are deduplicated (some writers print a character twice
to fake bold, which would read `GGooeeddkkeeuurriinngg`), then `page_to_text` reads the text layer
and `page_to_tables` the ruled tables from the same parsed page. The two stay separate functions
so a faster text path can replace the first on pages without tables.

Refusals (`UnreadableSource`) name the reason: empty file, not a PDF despite the suffix,
truncated, corrupt, encrypted, no pages, no text layer (a scan: OCR is not supported), or a text
layer whose fonts cannot be decoded.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSEOF, PSException
from pdfplumber.utils.exceptions import PdfminerException
from pydantic import BaseModel, ConfigDict, Field

from ingest.errors import UnreadableSource
from ingest.hashing import sha256_of
from ingest.pdf_chars import page_without_duplicate_chars
from ingest.pdf_checks import sniff_pdf
from ingest.pdf_tables import TableSettings, page_to_tables
from ingest.pdf_text import TextSettings, page_to_text, undecodable_count
from schema.source import SourceDocument, SourceTable, join_pages


class PdfSettings(BaseModel):
    """Everything the PDF reader can be tuned with, in one validated object."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: TextSettings = Field(default_factory=TextSettings)
    tables: TableSettings = Field(default_factory=TableSettings)
    max_undecodable_share: float = Field(
        0.5, ge=0, le=1, description="refuse a text layer when more of its glyphs than this cannot be decoded"
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
    page_texts: list[str] = []
    tables: list[SourceTable] = []
    try:
        with pdfplumber.open(path) as pdf:
            if not pdf.pages:
                raise UnreadableSource(path, "PDF has no pages")
            for number, page in enumerate(pdf.pages, start=1):
                deduped = page_without_duplicate_chars(page, settings.text.dedupe_tolerance)
                page_texts.append(page_to_text(deduped, settings.text))
                tables.extend(page_to_tables(deduped, number, settings.tables))
                page.close()  # drop the page's parsed objects: memory stays flat on long minutes
    except UnreadableSource:
        raise
    except Exception as error:  # pdfminer raises many unrelated types on damaged files
        raise UnreadableSource(path, reason_for_pdf_error(error)) from None
    check_text_layer(path, page_texts, settings)
    text, pages = join_pages(page_texts)
    return SourceDocument(
        name=path.name, path=str(path), sha256=sha256_of(path), kind="pdf", text=text, pages=pages, tables=tables
    )


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
