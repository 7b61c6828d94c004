"""PDF sources through pdfplumber: page texts and ruled tables.

First version: every page through pdfplumber's `extract_text` and `extract_tables`.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from ingest.errors import UnreadableSource
from ingest.hashing import sha256_of
from schema.source import SourceDocument, SourceTable, join_pages


def read_pdf(path: Path) -> SourceDocument:
    if path.stat().st_size == 0:
        raise UnreadableSource(path, "empty file")
    page_texts: list[str] = []
    tables: list[SourceTable] = []
    try:
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                page_texts.append(page.extract_text() or "")
                for index, table in enumerate(page.find_tables()):
                    tables.append(
                        SourceTable(page=number, index=index, rows=table.extract(), bbox=tuple(table.bbox))
                    )
    except PDFPasswordIncorrect:
        raise UnreadableSource(path, "encrypted PDF (password required)") from None
    except PDFSyntaxError as error:
        raise UnreadableSource(path, f"corrupt PDF ({error})") from None
    except Exception as error:  # pdfminer raises many unrelated types on damaged files
        raise UnreadableSource(path, f"cannot read PDF ({type(error).__name__}: {error})") from None
    if not any(text.strip() for text in page_texts):
        raise UnreadableSource(path, "no text layer (scanned PDF?); OCR is not supported")
    text, pages = join_pages(page_texts)
    return SourceDocument(
        name=path.name, path=str(path), sha256=sha256_of(path), kind="pdf", text=text, pages=pages, tables=tables
    )
