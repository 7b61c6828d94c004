"""Persons: attendance blocks and votes with their voters."""

from extract.people import attendance, votes  # noqa: F401
