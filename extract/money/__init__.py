"""Money: amounts with their kind, budget lines and their codes, payment schedules."""

from extract.money import components  # noqa: F401
