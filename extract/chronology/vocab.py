"""The words the chronology rules read, kept as data (`vocab.json`) and validated on load.

Body names, section headings, legal-instrument names and period qualifiers differ a little from
one municipality to the next; keeping them in one checked file means a new spelling is a data
change, not a code change. `extra="forbid"` makes a typo in a key fail at import instead of
silently switching a rule off.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extract.rules_data import load_rule_data
from schema.vocab import Body

VOCAB_PATH = Path(__file__).with_name("vocab.json")


def words_pattern(phrases: list[str]) -> str:
    """One alternation of `phrases`, longest first, whitespace-tolerant, as whole words."""
    ordered = sorted(phrases, key=len, reverse=True)
    parts = [r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered]
    return r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"


class ChronologyVocab(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    bodies: dict[Body, list[str]] = Field(description="deciding body → the forms it is named by (lowercase)")
    decision_openers: list[str] = Field(
        description="nouns that open an event which is a body's own act (`installatie van de gemeenteraad`)"
    )
    history_headings: list[str] = Field(description="headings of a history section: every dated entry is an event")
    legal_history_headings: list[str] = Field(
        description="legal-basis headings whose cited decisions of bodies count as history"
    )
    context_headings: list[str] = Field(
        description="narrative headings read for explicitly dated past events when there is no history section"
    )
    other_headings: list[str] = Field(description="other section headings; they only end a zone")
    legal_instruments: list[str] = Field(description="laws, decrees, circulars: never history")
    not_event_before_op: list[str] = Field(
        description="a word before `op <date>` that makes the date a term, not an event"
    )
    future_markers: list[str]
    past_markers: list[str] = Field(
        description="a term told in the past (`werd opgericht voor een periode van 6 jaar`) is an earlier one"
    )
    year_qualifiers: list[str] = Field(
        description="`boekjaar 2023`, `jaarrekeningen 2023` in a title → the calendar year"
    )
    year_range_qualifiers: list[str] = Field(description="`beleidsperiode 2024-2028` → 1 January to 31 December")
    not_period_before_year_range: list[str] = Field(
        description="a year range after these words names a plan, not the decision's period"
    )
    period_leads: list[str] = Field(
        description="words before a date range that mark it as the term of the decision or agreement"
    )

    @field_validator("bodies")
    @classmethod
    def _lowercase(cls, value: dict[Body, list[str]]) -> dict[Body, list[str]]:
        for forms in value.values():
            if not forms or any(form != form.lower() for form in forms):
                raise ValueError("body forms must be non-empty and lowercase")
        return value

    @cached_property
    def body_pattern(self) -> re.Pattern[str]:
        return re.compile(words_pattern([form for forms in self.bodies.values() for form in forms]), re.IGNORECASE)

    def body_of_form(self, form: str) -> Body:
        wanted = " ".join(form.lower().split())
        for body, forms in self.bodies.items():
            if wanted in forms:
                return body
        raise KeyError(form)

    @cached_property
    def opener_pattern(self) -> re.Pattern[str]:
        return re.compile(words_pattern(self.decision_openers), re.IGNORECASE)

    @cached_property
    def legal_pattern(self) -> re.Pattern[str]:
        # compounds such as `Regiodecreet`, `Gemeentewet` are laws as well
        return re.compile(words_pattern(self.legal_instruments) + r"|\w+(?:decreet|wet)\b", re.IGNORECASE)

    @cached_property
    def future_pattern(self) -> re.Pattern[str]:
        return re.compile(words_pattern(self.future_markers), re.IGNORECASE)

    @cached_property
    def past_pattern(self) -> re.Pattern[str]:
        return re.compile(words_pattern(self.past_markers), re.IGNORECASE)

    @cached_property
    def not_event_words(self) -> frozenset[str]:
        return frozenset(self.not_event_before_op)


@lru_cache(maxsize=1)
def vocab() -> ChronologyVocab:
    return load_rule_data(VOCAB_PATH, ChronologyVocab)
