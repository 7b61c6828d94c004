"""The extract stage: a `SourceDocument` in, a validated `DocumentRecord` out.

The components run in the order of `PIPELINE`, each inside a timer; a component that raises is
recorded as an error issue on the record (with its stage name) and the rest still run, so one
broken rule costs a field, not the document. The finished record passes `validate_record`.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field

# Importing the component packages registers their components.
import extract.chronology  # noqa: F401
import extract.entities  # noqa: F401
import extract.goals  # noqa: F401
import extract.money  # noqa: F401
import extract.people  # noqa: F401
import extract.references  # noqa: F401
import extract.structure  # noqa: F401
from extract.context import ExtractionContext
from extract.registry import check_order
from schema.records import DocumentRecord, validate_record
from schema.source import SourceDocument
from schema.vocab import IssueSeverity

PIPELINE: tuple[str, ...] = (
    "clean",
    "document_type",
    "segment",
    "sections",
    "meeting",
    "attendance",
    "votes",
    "articles",
    "period",
    "history",
    "amounts",
    "budget_lines",
    "payments",
    "organizations",
    "parties",
    "referenced_agreements",
    "goals",
    "questions",
)

COMPONENTS = check_order(PIPELINE)


@dataclass
class ExtractionResult:
    record: DocumentRecord
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def partial(self) -> bool:
        """True when a component failed: the record holds what the others found."""
        return any(issue.severity is IssueSeverity.ERROR for issue in self.record.issues)


def extract_document(source: SourceDocument) -> ExtractionResult:
    ctx = ExtractionContext(source)
    timings: dict[str, float] = {}
    for comp in COMPONENTS:
        started = time.perf_counter()
        try:
            comp.fn(ctx)
            ctx.done.add(comp.name)
        except Exception as error:  # one failing rule must not cost the whole document
            ctx.issue(
                comp.name,
                f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=4)}",
                severity=IssueSeverity.ERROR,
            )
        timings[comp.name] = time.perf_counter() - started
    record = validate_record(ctx.record, source.name)
    return ExtractionResult(record=record, timings=timings)
