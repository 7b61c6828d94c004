"""Read any supported source file into a `SourceDocument`."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import UnreadableSource
from ingest.text_reader import read_text
from schema.source import SourceDocument


def read_source(path: Path | str) -> SourceDocument:
    """Read a `.pdf` or `.txt` file; raise `UnreadableSource` naming the file and the reason."""
    path = Path(path)
    if not path.exists():
        raise UnreadableSource(path, "no such file")
    if not path.is_file():
        raise UnreadableSource(path, "not a regular file")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return read_text(path)
    if suffix == ".pdf":
        from ingest.pdf_reader import read_pdf

        return read_pdf(path)
    raise UnreadableSource(path, f"unsupported file type {suffix or '(no suffix)'}: expected .pdf or .txt")
