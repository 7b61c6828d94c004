"""Which plan version a decision is checked against (the rule is documented in kb/plan/README.md).

In order:
1. the version the decision names in full (`aanpassing meerjarenplan 2020-2025 nr. 4`, recorded as
   `Decision.plan_version = "2020-2025/4"`), when it is imported;
2. a period the decision names without number (`meerjarenplanning 2020-2025`): the latest imported
   version of that period in force on the decision's date (any, when the date is unknown). A named
   period with no version in force yet on that date (a 2025 decision saying credits "must be
   reviewed in the meerjarenplanning 2026-2031") is not what the decision relies on: ignored;
3. the version in force on the decision's date: the one with the latest `valid_from` on or before
   that date (equal dates: the latest in plan order);
4. date unknown: the latest version whose period covers the budget years the decision cites.
A decision is never matched against a version of another period just because a code exists there:
codes are unique only within a version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kb.plan.labels import try_parse_label
from kb.plan.store import StoredVersion


@dataclass(frozen=True)
class VersionChoice:
    version: str | None
    reason: str  # named | named-period | date | year | none
    explanation: str  # Dutch, for the report

    @property
    def found(self) -> bool:
        return self.version is not None


def _nl_date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _latest(candidates: Iterable[StoredVersion]) -> StoredVersion | None:
    return max(candidates, key=lambda v: (v.valid_from, v.label.sort_key()), default=None)


def choose_version(
    versions: Sequence[StoredVersion], named: str | None, on: dt.date | None, years: Iterable[int] = ()
) -> VersionChoice:
    """The version to check a decision against, with the reason in words."""
    notes: list[str] = []
    label = try_parse_label(named)
    if label is not None and label.number is not None:
        match = next((v for v in versions if v.version == label.text), None)
        if match is not None:
            return VersionChoice(match.version, "named", f"genoemd in de beslissing (aanpassing meerjarenplan {label.text})")
        notes.append(f"de beslissing noemt {label.text}, die niet geïmporteerd is")
    elif label is not None:
        of_period = [v for v in versions if v.label.period == label.period]
        in_force = [v for v in of_period if on is None or v.valid_from <= on]
        chosen = _latest(in_force)
        if chosen is not None:
            when = f"van kracht op {_nl_date(on)}" if on else "datum onbekend: laatste geïmporteerde"
            return VersionChoice(chosen.version, "named-period",
                                 f"de beslissing noemt meerjarenplan {label.period}; versie {when}")  # fmt: skip
        if of_period and on is not None:
            notes.append(f"de beslissing noemt meerjarenplan {label.period}, op {_nl_date(on)} nog niet van kracht")
    suffix = f" ({'; '.join(notes)})" if notes else ""
    if on is not None:
        chosen = _latest(v for v in versions if v.valid_from <= on)
        if chosen is not None:
            return VersionChoice(chosen.version, "date", f"van kracht op {_nl_date(on)}{suffix}")
        return VersionChoice(None, "none", f"geen geïmporteerde versie van kracht op {_nl_date(on)}{suffix}")
    cited = sorted(set(years))
    covering = [v for v in versions if any(v.label.covers(year) for year in cited)]
    chosen = max(covering, key=lambda v: v.label.sort_key(), default=None)
    if chosen is not None:
        return VersionChoice(chosen.version, "year",
                             f"datum onbekend: laatste versie die budgetjaar {cited[-1]} dekt{suffix}")  # fmt: skip
    return VersionChoice(None, "none", f"datum onbekend en geen versie die de budgetjaren dekt{suffix}")
