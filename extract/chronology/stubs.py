"""Placeholder components until the real ones land."""

from extract.context import ExtractionContext
from extract.registry import component


@component("period", requires=["sections"], assigns=["period"])
def period(ctx: ExtractionContext) -> None:
    pass


@component("history", requires=["sections"], assigns=["history"])
def history(ctx: ExtractionContext) -> None:
    pass
