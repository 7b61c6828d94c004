"""Organisations named in a document and the parties of each decision."""

from extract.entities import stubs  # noqa: F401
