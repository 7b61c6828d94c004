"""Document structure: noise cleaning, document type, agenda items, sections, meeting, articles."""

from extract.structure import components  # noqa: F401
