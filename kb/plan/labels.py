"""Plan version labels: `2020-2025/10` = aanpassing meerjarenplan 2020-2025 nr. 10.

Flemish municipalities adopt a meerjarenplan for six years (`2020-2025`, `2026-2031`) and revise it
once or twice a year; each revision ("aanpassing meerjarenplan 2020-2025 nr. 10") is a version.
The canonical label is `P1-P2/n`; the plan as first adopted has no number (`2020-2025`).
Decisions name a version in words (`aanpassing meerjarenplan 2020-2025 nr. 4`), which the
extractor records as `2020-2025/4`, or only the period (`meerjarenplanning 2020-2025`), recorded
as `2020-2025`: a period-only name means "the version of that period in force at the time".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

LABEL = re.compile(r"^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*(?:(?:/|nr\.?|nummer)\s*(\d{1,3}))?\s*$", re.IGNORECASE)


class BadVersionLabel(ValueError):
    """A version label that is not `P1-P2` or `P1-P2/n`."""


@dataclass(frozen=True, order=True)
class VersionLabel:
    first_year: int
    last_year: int
    number: int | None = None

    @property
    def text(self) -> str:
        period = f"{self.first_year}-{self.last_year}"
        return period if self.number is None else f"{period}/{self.number}"

    @property
    def period(self) -> str:
        return f"{self.first_year}-{self.last_year}"

    def covers(self, year: int) -> bool:
        return self.first_year <= year <= self.last_year

    def default_valid_from(self) -> dt.date:
        """1 January of the plan's first year: the documented default when no `--valid-from` is given."""
        return dt.date(self.first_year, 1, 1)

    def sort_key(self) -> tuple[int, int, int]:
        """Period first, then revision number (the adopted plan, number None, comes first)."""
        return (self.first_year, self.last_year, -1 if self.number is None else self.number)


def parse_label(text: str) -> VersionLabel:
    """`2020-2025/10`, `2020-2025 nr. 10`, `2020-2025` → VersionLabel; raise BadVersionLabel otherwise."""
    match = LABEL.match(text or "")
    if not match:
        raise BadVersionLabel(f"plan version {text!r} is not of the form 2020-2025/10 (period/number) or 2020-2025")
    first, last = int(match[1]), int(match[2])
    if not 1900 <= first <= last <= 2100 or last - first > 12:
        raise BadVersionLabel(f"plan version {text!r}: {first}-{last} is not a plausible plan period")
    return VersionLabel(first, last, int(match[3]) if match[3] else None)


def try_parse_label(text: str | None) -> VersionLabel | None:
    """The label, or None when `text` is empty or not a version label (a decision's free wording)."""
    if not text:
        return None
    try:
        return parse_label(text)
    except BadVersionLabel:
        return None
