"""Euro amounts written with a currency marker, with their offsets.

Whether a number is money is decided by its context, never by its value: a number counts when a
currency marker stands right before it (`€ 11.470,-`, `€22.938,-`, `-€ 208.952,31`, `EUR 1.000`)
or right after it (`22 938 euro`, `9.385 €`, `40 011, 66 EUR`, `30.000 euro/jaar`,
`1,5 miljoen euro`). Numbers in the money columns of a budget table carry no marker; the table
readers (`text_tables`, `pdf_tables`) find those. The number formats themselves are parsed by
`extract.text.numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from extract.money.vocab import load_vocab
from extract.text.numbers import AMOUNT_NUMBER, parse_dutch_number

CENT = Decimal("0.01")
_SPACE = r"[ \t\u00a0\u202f]"
# between marker and number: spaces, or a line break (`kost ons dit €` / `3.876,231 / maand`)
_GAP = r"(?:[ \t\u00a0\u202f]?\n?[ \t\u00a0\u202f]?)"
# More than two decimals (`€ 3.876,231`): tried before the ordinary forms so the tail is not lost.
_OVERPRECISE = r"(?:\d{1,3}(?:\.\d{3})+|\d+),\d{3,4}(?!\d)"
# `AMOUNT_NUMBER` allows dots and spaces in one number; a number groups with one of them, so
# `€ 31.752 113` is 31.752 followed by another number.
_DECIMALS = r"(?:,(?:\s?\d{1,2}\b|-))?"
# a number grouped with spaces may wrap at one of them (`toelage toe (43` / `200 euro/jaar)`)
_CONSISTENT = (
    rf"\d{{1,3}}(?:\.\d{{3}})+{_DECIMALS}|"
    rf"\d{{1,3}}(?:(?:[ \u00a0\u202f]|[ \t]*\n[ \t]*)\d{{3}})+{_DECIMALS}"
)
_GROUPED = re.compile(r"\d{1,3}(?:\s+\d{3})+")
"""`22 100`: thousands grouped with spaces, a written-out amount like `22.100`."""
_NUMBER = rf"(?:{_OVERPRECISE}|{_CONSISTENT}|{AMOUNT_NUMBER})"


@dataclass(frozen=True)
class MoneyMention:
    """One euro amount as written: its value and where it stands."""

    value: Decimal
    start: int
    end: int
    text: str
    number: str = ""

    @property
    def one_decimal(self) -> bool:
        """`178.269,2`: one decimal digit, a cell cut off (or wrapped) in a table."""
        return bool(re.search(r",\s?\d$", self.number))


def _currency_after() -> str:
    words = "|".join(re.escape(word) for word in load_vocab().currency_words)
    # `€` is read after a number only when no number follows it (`9.385 €`, but `01/12/2020 € 11.470`)
    return rf"(?:€(?![ \t\u00a0]?-?\d)|(?:{words})\b)"


def _multipliers() -> str:
    return "|".join(re.escape(word) for word in load_vocab().multipliers)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = re.compile(
        rf"(?P<sign>(?<![\w-])-)?(?:€|\bEUR\b){_GAP}(?P<sign2>-)?(?P<num>{_NUMBER})",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"(?<![\d.,/])(?P<sign>(?<![\w-])-)?(?<!\w-)(?P<num>{_NUMBER})"
        rf"(?:{_SPACE}?(?P<mult>{_multipliers()}))?{_GAP}{_currency_after()}",
        re.IGNORECASE,
    )
    return before, after


@lru_cache(maxsize=1)
def _marker_and_run_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What `_candidates` looks for: every place a currency marker may start (`€`, `EUR`, a
    currency word; zero-width, so overlapping ones are all found), a character that may stand
    between the start of an amount and its marker (digits, separators, spaces, multiplier
    letters), and a character an amount may start with (a digit or its minus sign). Both
    case-insensitive like the money patterns, so they accept everything those accept."""
    words = [re.escape(word) for word in ("€", "eur", *load_vocab().currency_words)]
    markers = re.compile(rf"(?=(?:{'|'.join(words)}))", re.IGNORECASE)
    letters = re.escape("".join(sorted(set("".join(load_vocab().multipliers)))))
    run = re.compile(rf"[\d\s.,\-{letters}]", re.IGNORECASE)
    return markers, run, re.compile(r"[\d-]")


def _candidates(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where a match of the `after` and of the `before` pattern may start in `text[start:end]`.

    Scanning a whole decision with the money patterns tries them at every character; an amount
    needs a currency marker, and markers are few. A `before` match starts at its marker or at the
    minus sign just before it; an `after` match ends at its marker and everything between its
    start and the marker is a digit, separator, space or multiplier letter, so it starts at a
    digit or minus sign of the run of such characters that ends at a marker.
    """
    markers, run_char, first_char = _marker_and_run_patterns()
    after: set[int] = set()
    before: set[int] = set()
    for marker in markers.finditer(text, start, end):
        position = marker.start()
        before.update((position - 1, position) if position > start else (position,))
        first = position
        while first > start and run_char.match(text, first - 1):
            first -= 1
        after.update(p for p in range(first, position) if first_char.match(text, p))
    return sorted(after), sorted(before)


def _matches(pattern: re.Pattern[str], text: str, starts: list[int], end: int) -> list[re.Match[str]]:
    """`pattern.finditer(text, start, end)` when every match starts at one of `starts` (sorted):
    the leftmost match, then the leftmost one after it, and so on."""
    found: list[re.Match[str]] = []
    position = -1
    for start in starts:
        if start < position:
            continue
        match = pattern.match(text, start, end)
        if match:
            found.append(match)
            position = match.end()
    return found


def number_to_decimal(text: str) -> Decimal | None:
    """A written number (`30.000,00`, `22.938,-`, `3.876,231`) to euros and cents, or None."""
    value = parse_dutch_number(text)
    if value is not None:
        return value
    match = re.fullmatch(r"(\d{1,3}(?:\.\d{3})+|\d+),(\d{3,4})", text.strip())
    if not match:
        return None
    number = Decimal(match.group(1).replace(".", "") + "." + match.group(2))
    return number.quantize(CENT, rounding=ROUND_HALF_UP)


def find_money(text: str, start: int = 0, end: int | None = None) -> list[MoneyMention]:
    """Every euro amount written with a currency marker in `text[start:end]`, in text order.

    `0,00` is left out: a zero is no amount (it marks an empty credit). Overlapping matches (the
    marker both before and after, `€ 4.000,- €`) count once.
    """
    end = len(text) if end is None else end
    before, after = _patterns()
    multipliers = load_vocab().multipliers
    found: dict[int, MoneyMention] = {}
    # Suffix markers first: `40 011, 66 EUR 9.385` reads EUR as the first number's marker, and a
    # word marker already used after one number is not also read before the next one.
    after_starts, before_starts = _candidates(text, start, end)
    for pattern, starts in ((after, after_starts), (before, before_starts)):
        for match in _matches(pattern, text, starts, end):
            num_start = match.start("num")
            if any(m.start <= num_start < m.end for m in found.values()):
                continue
            if pattern is before and not match.group(0).lstrip("-").startswith("€"):
                if any(m.start <= match.start() < m.end for m in found.values()):
                    continue
            number = match.group("num")
            if "\n" in match.group(0) and not re.search(r"[.,]", number) and not _GROUPED.fullmatch(number):
                # across a line break a bare integer is money only before a currency word that
                # no number follows (`vastgelegd op 180` / `euro.`), not a year before the marker
                # of the next amount (`in 2024` / `EUR 5.000`) nor `punt 2` / `€ ...`
                if pattern is before or re.match(r"[ \t\u00a0]*-?\d", text[match.end() : match.end() + 4]):
                    continue
            value = number_to_decimal(" ".join(number.split()) if "\n" in number else number)
            if value is None:
                continue
            mult = match.groupdict().get("mult")
            if mult:
                value = (value * multipliers[mult.lower()]).quantize(CENT)
            if match.group("sign") or match.groupdict().get("sign2"):
                value = -value
            if value == 0:
                continue
            found[match.start()] = MoneyMention(
                value, match.start(), match.end(), match.group(0).strip(), match.group("num")
            )
    return sorted(found.values(), key=lambda m: m.start)
