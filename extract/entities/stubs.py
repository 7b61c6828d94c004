"""Placeholder components until the real ones land."""

from extract.context import ExtractionContext
from extract.registry import component


@component("organizations", requires=["blocks"], assigns=["organizations"])
def organizations(ctx: ExtractionContext) -> None:
    pass


@component("parties", requires=["organizations", "sections"], assigns=["parties"])
def parties(ctx: ExtractionContext) -> None:
    pass
