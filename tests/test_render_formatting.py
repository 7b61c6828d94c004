"""Dutch display of dates, money and periods; slugs; Markdown escaping; vocabulary labels."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pydantic import ValidationError

from render.site.environment import md_escape
from render.site.formatting import date_to_nl, money_to_nl, period_to_nl, shorten, slugify, unique_slugs
from render.site.labels import Labels, labels
from schema.vocab import AmountKind, AttendanceStatus, Body, VoteSide


@pytest.mark.parametrize(
    ("day", "text"),
    [(dt.date(2021, 9, 1), "1 september 2021"), (dt.date(2020, 12, 14), "14 december 2020"),
     (dt.date(2023, 8, 31), "31 augustus 2023"), (None, "–")],
)  # fmt: skip
def test_date_to_nl(day: dt.date | None, text: str) -> None:
    assert date_to_nl(day) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("30000"), "€ 30.000,00"), (Decimal("22938.5"), "€ 22.938,50"), (Decimal("0.05"), "€ 0,05"),
     (Decimal("1234567.89"), "€ 1.234.567,89"), (Decimal("-1250.50"), "€ -1.250,50"), (None, "–")],
)  # fmt: skip
def test_money_to_nl(value: Decimal | None, text: str) -> None:
    assert money_to_nl(value) == text


def test_period_to_nl_open_ends() -> None:
    start, end = dt.date(2021, 9, 1), dt.date(2023, 8, 31)
    assert period_to_nl(start, end) == "1 september 2021 – 31 augustus 2023"
    assert period_to_nl(start, None) == "vanaf 1 september 2021"
    assert period_to_nl(None, end) == "tot 31 augustus 2023"


def test_slugify_folds_accents_and_punctuation() -> None:
    assert slugify("CLB GO! Mechelen") == "clb-go-mechelen"
    assert slugify("Emmaüs") == "emmaus"
    assert slugify("J@M") == "j-m"
    assert slugify("!!!") == "x"


def test_unique_slugs_number_collisions_in_order() -> None:
    slugs = unique_slugs(["emmaus", "emmaüs", "arktos"], {"emmaus": "Emmaus", "emmaüs": "Emmaüs", "arktos": "Arktos"})
    assert slugs == {"emmaus": "emmaus", "emmaüs": "emmaus-2", "arktos": "arktos"}


def test_shorten_collapses_and_cuts() -> None:
    assert shorten("a\n  b\fc", 10) == "a b c"
    assert shorten("abcdefghijkl", 6) == "abcde…"


def test_md_escape_neutralises_markup_and_line_breaks() -> None:
    assert md_escape("<script>alert(1)</script>") == r"\<script\>alert(1)\</script\>"
    assert md_escape("a | b\n# kop *vet* [x](y)") == r"a \| b \# kop \*vet\* \[x\](y)"
    assert md_escape(None) == ""


def test_labels_cover_every_vocabulary_value_in_dutch() -> None:
    table = labels()
    assert table.label("amount_kind", AmountKind.ANNUAL) == "per jaar"
    assert table.label("vote_side", VoteSide.AGAINST) == "tegen"
    assert table.label("attendance_status", AttendanceStatus.EXCUSED) == "verontschuldigd"
    assert all(table.label("body", body) for body in Body)


def test_labels_reject_a_missing_translation() -> None:
    data = labels().model_dump()
    del data["vote_side"]["abstain"]
    with pytest.raises(ValidationError, match="no label for"):
        Labels.model_validate(data)
