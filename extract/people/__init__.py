"""Persons: attendance blocks and votes with their voters."""

from extract.people import stubs  # noqa: F401
