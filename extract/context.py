"""The state extract components share while reading one document.

`ExtractionContext` holds the source, a cleaned view of its text (`text`: the same length as the
source text, noise such as page footers and Symbol-font bullets overwritten in place, so every
offset is still an offset into the original), the record being built, and the decision blocks the
segmenter found. Components read and fill it in the order `extract/pipeline.py` lists them.

Facts are built through `make`, which turns a validation failure into a recorded issue instead of
an exception: one bad fact never costs the document.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar

from pydantic import ValidationError

from schema.errors import field_path
from schema.provenance import Span
from schema.records import Decision, DocumentRecord, ExtractionIssue
from schema.source import SourceDocument
from schema.vocab import IssueSeverity

T = TypeVar("T")


class SectionName(str, Enum):
    """Canonical names of the parts of a decision, whatever heading the municipality uses."""

    SAMENSTELLING = "samenstelling"  # attendance block of the item
    STEMMING = "stemming"  # vote block (LBLOD publications)
    MOTIVERING = "motivering"
    VOORGESCHIEDENIS = "voorgeschiedenis"
    FEITEN = "feiten"  # Feiten en argumentatie / Feiten en context / Context en argumentatie
    JURIDISCHE_GROND = "juridische_grond"
    ADVIES = "advies"
    FINANCIELE_GEVOLGEN = "financiele_gevolgen"
    BESLUIT = "besluit"  # the operative part: vote sentence and Artikels
    BIJLAGE = "bijlage"  # attached agreement or annex
    OTHER = "other"


@dataclass
class Section:
    name: SectionName
    heading_start: int
    start: int  # first character of the body, after the heading line
    end: int
    heading: str = ""


@dataclass
class DecisionBlock:
    """One agenda item of the document: its extent, its heading and its sections."""

    start: int
    end: int
    heading_start: int
    heading_end: int
    decision: Decision
    sections: list[Section] = field(default_factory=list)

    def section(self, *names: SectionName) -> Section | None:
        """The first section with one of `names`, or None."""
        for section in self.sections:
            if section.name in names:
                return section
        return None

    def all_sections(self, *names: SectionName) -> list[Section]:
        return [section for section in self.sections if section.name in names]


class ExtractionContext:
    def __init__(self, source: SourceDocument) -> None:
        self.source = source
        self.text: str = source.text
        self.record = DocumentRecord(
            source=source.name, sha256=source.sha256, page_count=len(source.pages)
        )
        self.blocks: list[DecisionBlock] = []
        self.done: set[str] = set()
        # Scratch space for what one component learns and a later one needs (e.g. the page
        # footer `clean` blanked out, which `meeting` reads the session date from). Keys are
        # documented by the component that writes them.
        self.notes: dict[str, Any] = {}
        self._page_starts = [page.start for page in source.pages]

    # -- provenance -------------------------------------------------------------------------
    def page_at(self, offset: int) -> int:
        if not self._page_starts:
            return 1
        return self.source.pages[max(bisect_right(self._page_starts, offset) - 1, 0)].number

    def span(self, start: int, end: int) -> Span:
        """Provenance of the passage `[start, end)` of the document text."""
        return Span(page=self.page_at(start), start=start, end=max(end, start))

    # -- building facts ---------------------------------------------------------------------
    def make(self, stage: str, factory: Callable[..., T], /, **fields: object) -> T | None:
        """Build a record with `factory(**fields)`; on a validation error record an issue, return None."""
        try:
            return factory(**fields)
        except ValidationError as error:
            first = error.errors()[0]
            span = fields.get("span")
            self.issue(
                stage,
                f"{getattr(factory, '__name__', 'record')}.{field_path(tuple(first.get('loc', ())))}: "
                f"{str(first.get('msg', 'invalid')).removeprefix('Value error, ')}",
                span=span if isinstance(span, Span) else None,
            )
            return None

    def issue(
        self,
        stage: str,
        message: str,
        span: Span | None = None,
        severity: IssueSeverity = IssueSeverity.WARNING,
    ) -> None:
        self.record.issues.append(ExtractionIssue(stage=stage, message=message, span=span, severity=severity))

    # -- convenience ------------------------------------------------------------------------
    def ranges(self, block: DecisionBlock, *names: SectionName) -> list[tuple[int, int]]:
        """Body ranges of the block's sections called `names`; the whole block when it has none."""
        found = [(section.start, section.end) for section in block.all_sections(*names)]
        return found or [(block.start, block.end)]

    def preamble_end(self) -> int:
        """Where the first decision starts (the document header ends), or the end of the text."""
        return self.blocks[0].start if self.blocks else len(self.text)
