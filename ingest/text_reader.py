"""Plain-text sources: UTF-8, form feeds as page breaks."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import UnreadableSource
from ingest.hashing import sha256_of
from schema.source import PAGE_BREAK, SourceDocument, join_pages


def read_text(path: Path) -> SourceDocument:
    raw = path.read_bytes()
    if not raw.strip():
        raise UnreadableSource(path, "empty file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableSource(path, f"not UTF-8 text (byte {error.start}: {error.reason})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    full_text, pages = join_pages(text.split(PAGE_BREAK))
    return SourceDocument(
        name=path.name, path=str(path), sha256=sha256_of(path), kind="txt", text=full_text, pages=pages
    )
