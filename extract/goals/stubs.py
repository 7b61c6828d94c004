"""Placeholder components until the real ones land."""

from extract.context import ExtractionContext
from extract.registry import component


@component("goals", requires=["sections", "document_type"], assigns=["goals"])
def goals(ctx: ExtractionContext) -> None:
    pass


@component("questions", requires=["document_type"], assigns=["questions"])
def questions(ctx: ExtractionContext) -> None:
    pass
