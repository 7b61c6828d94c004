"""The referenced-agreements vocabulary (`vocab.toml`), validated on load."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extract.rules_data import load_rule_data

VOCAB_PATH = Path(__file__).with_name("vocab.toml")


class ReferenceVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    nouns: list[str] = Field(min_length=1)
    project_cues: list[str] = Field(min_length=1)
    party_stops: list[str] = Field(min_length=1)
    past_cues: list[str] = Field(min_length=1)
    present_determiners: list[str] = Field(min_length=1)

    @cached_property
    def noun_pattern(self) -> re.Pattern[str]:
        """A word ending in an agreement noun; `Xakkoord` compounds need a 3+ letter modifier."""
        alternatives = "|".join(sorted(map(re.escape, self.nouns), key=len, reverse=True))
        return re.compile(rf"\b(?:\w{{0,30}}?)(?:{alternatives})\b", re.IGNORECASE)

    @cached_property
    def present_pattern(self) -> re.Pattern[str]:
        """A present determiner right before the noun (`deze overeenkomst`, `de nieuwe convenant`)."""
        words = "|".join(map(re.escape, self.present_determiners))
        return re.compile(rf"\b(?:{words})\s+(?:\w+\s+)?$", re.IGNORECASE)

    @cached_property
    def past_pattern(self) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(map(re.escape, self.past_cues)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def vocabulary() -> ReferenceVocabulary:
    return load_rule_data(VOCAB_PATH, ReferenceVocabulary)
