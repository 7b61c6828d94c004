"""Provenance: where in which document a fact was read.

Every fact record carries a `Span`: the page it is on and the character offsets of the passage in
the document's full text (`SourceDocument.text`), so an auditor can jump from a number to the
sentence it came from. Offsets are half-open `[start, end)`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Span(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    page: int = Field(ge=1, description="1-based page number of the passage's first character")
    start: int = Field(ge=0, description="offset of the first character in the document text")
    end: int = Field(ge=0, description="offset just past the last character")

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def quote(self, text: str, limit: int = 400) -> str:
        """The passage this span points at, whitespace collapsed, cut at `limit` characters."""
        passage = " ".join(text[self.start : self.end].split())
        return passage if len(passage) <= limit else passage[: limit - 1] + "…"
