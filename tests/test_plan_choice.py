"""Version choice: named version, named period, in force on the date, budget years."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.plan import BadVersionLabel, StoredVersion, choose_version, parse_label


def version(label: str, valid_from: dt.date | None = None) -> StoredVersion:
    parsed = parse_label(label)
    start = valid_from or parsed.default_valid_from()
    return StoredVersion(label, parsed, start, "option" if valid_from else "label", "plan.csv", 1, 1)


REAL = [version("2020-2025/10"), version("2026-2031/1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2020-2025/10", (2020, 2025, 10)), ("2020-2025 nr. 4", (2020, 2025, 4)), ("2026-2031", (2026, 2031, None))],
)
def test_labels(text: str, expected: tuple[int, int, int | None]) -> None:
    label = parse_label(text)
    assert (label.first_year, label.last_year, label.number) == expected


@pytest.mark.parametrize("text", ["2020", "2025-2020/1", "MJP007706", "2020-2050"])
def test_bad_labels(text: str) -> None:
    with pytest.raises(BadVersionLabel):
        parse_label(text)


def test_a_2025_decision_is_checked_against_2020_2025_10_and_a_2026_one_against_2026_2031_1() -> None:
    assert choose_version(REAL, None, dt.date(2025, 1, 27)).version == "2020-2025/10"
    choice = choose_version(REAL, None, dt.date(2026, 3, 2))
    assert (choice.version, choice.reason) == ("2026-2031/1", "date")
    assert "02-03-2026" in choice.explanation


def test_the_version_a_decision_names_wins() -> None:
    versions = [version("2020-2025/4"), version("2020-2025/10")]
    choice = choose_version(versions, "2020-2025/4", dt.date(2025, 1, 27))
    assert (choice.version, choice.reason) == ("2020-2025/4", "named")


def test_a_named_version_not_imported_falls_back_to_the_date_and_says_so() -> None:
    choice = choose_version(REAL, "2020-2025/4", dt.date(2021, 6, 28))
    assert choice.version == "2020-2025/10" and "niet geïmporteerd" in choice.explanation


def test_a_named_period_not_yet_in_force_is_ignored() -> None:
    # "De kredieten ... moeten bij opmaak meerjarenplanning 2026-2031 herbekeken worden" (27 January 2025)
    choice = choose_version(REAL, "2026-2031", dt.date(2025, 1, 27))
    assert (choice.version, choice.reason) == ("2020-2025/10", "date")
    assert "nog niet van kracht" in choice.explanation


def test_a_named_period_takes_its_latest_version_in_force() -> None:
    versions = [version("2020-2025/4", dt.date(2021, 6, 28)), version("2020-2025/5", dt.date(2021, 12, 20))]
    choice = choose_version(versions, "2020-2025", dt.date(2021, 9, 27))
    assert (choice.version, choice.reason) == ("2020-2025/4", "named-period")


def test_valid_from_dates_order_revisions_of_one_period() -> None:
    versions = [version("2020-2025/4", dt.date(2021, 6, 28)), version("2020-2025/5", dt.date(2021, 12, 20))]
    assert choose_version(versions, None, dt.date(2021, 12, 1)).version == "2020-2025/4"
    assert choose_version(versions, None, dt.date(2022, 1, 1)).version == "2020-2025/5"
    assert choose_version(versions, None, dt.date(2021, 1, 1)).version is None


def test_unknown_date_uses_the_budget_years() -> None:
    choice = choose_version(REAL, None, None, [2026, 2027])
    assert (choice.version, choice.reason) == ("2026-2031/1", "year")
    assert choose_version(REAL, None, None, []).version is None
