"""Placeholder components until the real ones land."""

from extract.context import ExtractionContext
from extract.registry import component


@component("clean", assigns=["clean_text"])
def clean(ctx: ExtractionContext) -> None:
    pass


@component("document_type", requires=["clean_text"], assigns=["document_type"])
def document_type(ctx: ExtractionContext) -> None:
    pass


@component("segment", requires=["clean_text", "document_type"], assigns=["blocks", "decision.heading"])
def segment(ctx: ExtractionContext) -> None:
    pass


@component("sections", requires=["blocks"], assigns=["sections"])
def sections(ctx: ExtractionContext) -> None:
    pass


@component("meeting", requires=["blocks"], assigns=["meeting", "municipality", "signed"])
def meeting(ctx: ExtractionContext) -> None:
    pass


@component("articles", requires=["sections"], assigns=["articles"])
def articles(ctx: ExtractionContext) -> None:
    pass
