"""What ingest hands to extract: a document's text, its pages and its tables.

The full text is the pages' texts joined by form feeds (`\f`); each `PageInfo` gives the page's
half-open character range in it, so any offset maps back to a page. Tables (from pdfplumber's
`extract_tables` on PDF pages) keep their cells as read, with the page they are on; a cell's text
is also in the page text, which is where facts read from a table point their provenance.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PAGE_BREAK = "\f"


class PageInfo(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    number: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class SourceTable(BaseModel):
    model_config = ConfigDict(extra="forbid")

    page: int = Field(ge=1)
    index: int = Field(ge=0, description="position of the table on its page")
    rows: list[list[str | None]]
    bbox: tuple[float, float, float, float] | None = None


class SourceDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="file name as given, the document's `source` in exports")
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    kind: Literal["pdf", "txt"]
    text: str
    pages: list[PageInfo]
    tables: list[SourceTable] = Field(default_factory=list)

    def page_at(self, offset: int) -> int:
        """1-based number of the page holding character `offset` (the last page past the end)."""
        if not self.pages:
            return 1
        starts = [page.start for page in self.pages]
        index = max(bisect_right(starts, offset) - 1, 0)
        return self.pages[index].number

    def page_text(self, number: int) -> str:
        page = self.pages[number - 1]
        return self.text[page.start : page.end]


def join_pages(page_texts: list[str]) -> tuple[str, list[PageInfo]]:
    """Join page texts with form feeds and record each page's character range."""
    pages: list[PageInfo] = []
    parts: list[str] = []
    offset = 0
    for number, page_text in enumerate(page_texts, start=1):
        clean = page_text.replace(PAGE_BREAK, "\n")
        pages.append(PageInfo(number=number, start=offset, end=offset + len(clean)))
        parts.append(clean)
        offset += len(clean) + len(PAGE_BREAK)
    return PAGE_BREAK.join(parts), pages
