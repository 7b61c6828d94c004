"""Placeholder components until the real ones land."""

from extract.context import ExtractionContext
from extract.registry import component


@component("amounts", requires=["sections"], assigns=["amounts"])
def amounts(ctx: ExtractionContext) -> None:
    pass


@component("budget_lines", requires=["sections"], assigns=["budget_lines"])
def budget_lines(ctx: ExtractionContext) -> None:
    pass


@component("payments", requires=["sections"], assigns=["payments"])
def payments(ctx: ExtractionContext) -> None:
    pass
