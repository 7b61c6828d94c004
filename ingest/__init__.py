"""Stage 1: files to pages and tables (`SourceDocument`), PDFs through pdfplumber, texts as UTF-8."""

from ingest.errors import UnreadableSource
from ingest.reader import read_source
from ingest.walk import iter_sources

__all__ = ["UnreadableSource", "iter_sources", "read_source"]
