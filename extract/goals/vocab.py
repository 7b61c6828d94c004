"""The goals vocabulary (`vocab.toml`), validated and compiled once.

Wording changes per municipality; the rules do not. Keeping labels, announcing phrases and
commitment verbs in a data file lets a new phrasing be added without touching the readers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extract.rules_data import load_rule_data
from schema.vocab import GoalLevel

VOCAB_PATH = Path(__file__).with_name("vocab.toml")


class LabelEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pattern: str = Field(description="regex of the label word(s), before the optional number and colon")
    level: GoalLevel
    number_prefix: str = Field(default="", description="put before the number: `SD` + `1`")
    needs_number: bool = Field(default=False, description="the label without a number is no label")
    prose: bool = Field(default=False, description="the goal is a paragraph: keep its own sentences only")


class AnnouncementEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pattern: str
    level: GoalLevel


class GoalsVocab(BaseModel):
    model_config = ConfigDict(extra="forbid")

    count_words: list[str] = Field(min_length=1)
    labels: list[LabelEntry] = Field(min_length=1)
    announcements: list[AnnouncementEntry] = Field(min_length=1)
    reports: list[str]
    purpose_labels: list[str] = Field(min_length=1)
    grant_purposes: list[str]
    commitments: list[str]
    payment_promises: list[str]
    compliance: list[str]
    elaboration: list[str]


class Label:
    """A compiled label: matches `<glyph>? <label> <number>? :` at the start of a stripped line."""

    def __init__(self, entry: LabelEntry) -> None:
        number = r"(?P<number>\d{1,2}(?:\.\d{1,2})*)"
        number_part = rf"\s*{number}" if entry.needs_number else rf"(?:\s*{number})?"
        self.regex = re.compile(rf"(?:{entry.pattern}){number_part}\s*\.?\s*:\s*", re.IGNORECASE)
        self.level = entry.level
        self.number_prefix = entry.number_prefix
        self.prose = entry.prose


class CompiledVocab:
    def __init__(self, vocab: GoalsVocab) -> None:
        count = "(?:\\d{1,2}|" + "|".join(map(re.escape, vocab.count_words)) + ")"
        flags = re.IGNORECASE
        self.labels = [Label(entry) for entry in vocab.labels]
        self.announcements = [
            (re.compile(entry.pattern.replace("{count}", count), flags), entry.level) for entry in vocab.announcements
        ]
        self.reports = [re.compile(p, flags) for p in vocab.reports]
        purposes = "|".join(re.escape(word) for word in sorted(vocab.purpose_labels, key=len, reverse=True))
        self.purpose_label = re.compile(rf"^(?:{purposes})\s*:", flags)
        self.grant_purposes = [re.compile(p, flags) for p in vocab.grant_purposes]
        self.commitments = [re.compile(p, flags) for p in vocab.commitments]
        self.compliance = [re.compile(p, flags) for p in vocab.compliance]
        self.payment_promises = [re.compile(p, flags) for p in vocab.payment_promises]
        self.elaboration = [re.compile(p, flags) for p in vocab.elaboration]
        # one pattern per list where only "does any of them match" is asked (one scan of the
        # sentence instead of one per pattern; the lists hold no group references)
        self.any_grant_purpose = _any_of(vocab.grant_purposes, flags)
        self.any_commitment = _any_of(vocab.commitments, flags)
        self.any_compliance = _any_of(vocab.compliance, flags)
        self.any_payment_promise = _any_of(vocab.payment_promises, flags)


def _any_of(patterns: list[str], flags: re.RegexFlag) -> re.Pattern[str]:
    """A pattern that matches where one of `patterns` matches (`(?!)`, never, for none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", flags)


def load_vocab(path: Path = VOCAB_PATH) -> GoalsVocab:
    return load_rule_data(path, GoalsVocab)


@lru_cache(maxsize=1)
def vocab() -> CompiledVocab:
    return CompiledVocab(load_vocab())
