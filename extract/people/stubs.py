"""Placeholder components until the real ones land."""

from extract.context import ExtractionContext
from extract.registry import component


@component("attendance", requires=["sections"], assigns=["attendees"])
def attendance(ctx: ExtractionContext) -> None:
    pass


@component("votes", requires=["sections"], assigns=["votes"])
def votes(ctx: ExtractionContext) -> None:
    pass
