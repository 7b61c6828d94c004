"""Time: the period a decision covers and the dated events of its history."""

from extract.chronology import components  # noqa: F401
