"""Organisations named in a document and the parties of each decision."""

from extract.entities import organizations, parties  # noqa: F401
