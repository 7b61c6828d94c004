"""Cheap checks on a `.pdf` file's bytes before pdfminer parses it.

pdfminer is lenient: a truncated download still opens when its objects can be recovered (giving
a silently incomplete document), and a web page saved as `.pdf` fails with "No /Root object".
Looking at the first and last bytes names those cases clearly, so a batch report says *why* a
file was refused.
"""

from __future__ import annotations

from pathlib import Path

HEAD_BYTES = 1024
"""The PDF header `%PDF-` must start within the first 1024 bytes (PDF 32000-1, annex H.3)."""

TAIL_BYTES = 16 * 1024
"""Where the end-of-file marker is looked for; writers may pad a few bytes after `%%EOF`."""

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX or ODT?)"),
    (b"\xd0\xcf\x11\xe0", "an OLE2 file (old DOC or XLS?)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"GIF8", "a GIF image"),
)


def describe_non_pdf(head: bytes) -> str:
    """What a file that lacks the PDF header looks like, for the error message."""
    for signature, description in _SIGNATURES:
        if head.startswith(signature):
            return description
    start = head.lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return "an HTML or XML page (an error page saved as .pdf?)"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "unknown binary data"
    return "plain text"


def sniff_pdf_bytes(head: bytes, tail: bytes, size: int) -> str | None:
    """The reason a file cannot be a complete PDF, or None when it looks like one.

    `head` is the file's first `HEAD_BYTES`, `tail` its last `TAIL_BYTES`. A missing `%%EOF`
    means the file was cut off (an interrupted download or copy): every writer ends the file,
    and every incremental update, with that marker.
    """
    if size == 0:
        return "empty file (0 bytes)"
    if b"%PDF-" not in head:
        return f"not a PDF despite the .pdf suffix: the file is {describe_non_pdf(head)}"
    if b"%%EOF" not in tail:
        return "truncated PDF: no %%EOF end marker (incomplete download or copy?)"
    return None


def sniff_pdf(path: Path) -> str | None:
    """`sniff_pdf_bytes` on the file at `path` (reads at most 17 KiB)."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        handle.seek(max(size - TAIL_BYTES, 0))
        tail = handle.read(TAIL_BYTES)
    return sniff_pdf_bytes(head, tail, size)
