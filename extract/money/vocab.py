"""The money vocabulary (`vocab.toml`): currency words, kind cues, budget and schedule words.

Kept as data so that a new municipality's wording is a line in the TOML file, not a code change;
validated with `extra="forbid"` so a typo in the file fails at import, not silently.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extract.rules_data import load_rule_data

VOCAB_PATH = Path(__file__).with_name("vocab.toml")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Kinds(_Strict):
    other_before: list[str]
    other_after: list[str]
    annual_before: list[str]
    annual_after: list[str]
    total_before: list[str]
    total_after: list[str]
    annual_nouns: list[str]


class Budget(_Strict):
    credit_cues: list[str] = Field(min_length=1)
    key_labels: list[str] = Field(min_length=1)
    table_title: list[str] = Field(min_length=1)
    table_header: list[str] = Field(min_length=2)
    current_header: list[str]
    available_header: list[str] = Field(min_length=1)
    requested_header: list[str] = Field(min_length=1)
    section_heading: list[str] = Field(min_length=1)
    section_end: list[str] = Field(min_length=1)
    none_words: list[str] = Field(min_length=1)
    plan_words: list[str] = Field(min_length=1)


class Payments(_Strict):
    schedule_header: list[str] = Field(min_length=1)
    prose_cues: list[str] = Field(min_length=1)


class MoneyVocab(_Strict):
    currency_words: list[str] = Field(min_length=1)
    multipliers: dict[str, int]
    kinds: Kinds
    budget: Budget
    payments: Payments


@lru_cache(maxsize=1)
def load_vocab(path: Path = VOCAB_PATH) -> MoneyVocab:
    """The validated vocabulary (read once)."""
    return load_rule_data(path, MoneyVocab)


@lru_cache(maxsize=64)
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of `words` at the start of a word."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})", re.IGNORECASE)


def has_word(text: str, words: list[str]) -> bool:
    """True when `text` holds one of `words` (at a word start, case-insensitive)."""
    return bool(word_pattern(tuple(words)).search(text))


@lru_cache(maxsize=64)
def word_part_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of `words` as the head of a word or compound
    (`bijdrage` in `convenantbijdrage` and `bijdragen`)."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})", re.IGNORECASE)


def has_word_part(text: str, words: list[str]) -> bool:
    """True when a word of `text` contains one of `words` (a Dutch compound ends in its head noun)."""
    return bool(word_part_pattern(tuple(words)).search(text))


@lru_cache(maxsize=64)
def whole_word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of `words` as a whole word."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)


def count_words(text: str, words: list[str]) -> int:
    """How many distinct `words` occur in `text` as whole words."""
    return len({match.group(0).lower() for match in whole_word_pattern(tuple(words)).finditer(text)})
