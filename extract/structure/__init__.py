"""Document structure: noise cleaning, document type, agenda items, sections, meeting, articles."""

from extract.structure import stubs  # noqa: F401
