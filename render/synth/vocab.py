"""The phrase data of the synthetic minutes (`phrases.toml`), validated on load.

Wording lives in data so that variety can grow without touching the generator; validation
catches a typo'd key or a title template whose first word is not an operative word (the gold's
`decision_type` is read from it) before a whole corpus is generated with it.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

PHRASES = Path(__file__).with_name("phrases.toml")

Variants = list[str]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Names(Strict):
    given: Variants = Field(min_length=20)
    family: Variants = Field(min_length=20)


class Intermunicipal(Strict):
    acronym: str
    full: str
    field: str


class Organizations(Strict):
    own_names: list[tuple[str, str]] = Field(min_length=5, description="[own name, field]")
    legal_forms: Variants
    intermunicipal: list[Intermunicipal] = Field(min_length=1)


class Regulation(Strict):
    name: str
    unit: str


class Headings(Strict):
    motivering: Variants
    voorgeschiedenis: Variants
    feiten: Variants
    juridisch: Variants
    advies: Variants
    financieel: Variants
    besluit: Variants


class Sentences(Strict):
    college_item: Variants
    council_item: Variants
    college_plain: Variants
    meeting_plain: Variants
    agreement_facts: Variants
    annual_amount: Variants
    total_amount: Variants
    objectives_intro: Variants
    grant_facts: Variants
    grant_amount: Variants
    procurement_facts: Variants
    procurement_amount: Variants
    services: Variants
    report_facts: Variants
    regulation_facts: Variants
    regulation_tariff: Variants
    delegate_facts: Variants
    minutes_facts: Variants
    legal: Variants
    advice: Variants
    no_finance: Variants
    budget_intro: Variants
    budget_prose: Variants
    budget_descriptions: Variants
    action_descriptions: Variants
    payment_intro: Variants
    payment_after: Variants
    closing: Variants


class Votes(Strict):
    unanimous: Variants
    counted_intro: Variants


class Articles(Strict):
    agreement: Variants
    grant: Variants
    procurement: Variants
    report: Variants
    regulation: Variants
    delegate: Variants
    delegate_deputy: Variants
    minutes: Variants
    execution: Variants


class Titles(Strict):
    agreement: Variants
    grant: Variants
    procurement: Variants
    report: Variants
    regulation: Variants
    delegate: Variants
    minutes: Variants


class Subjects(Strict):
    procurements: Variants
    procedures: Variants
    reports: Variants


class Phrases(Strict):
    municipalities: Variants = Field(min_length=3)
    streets: Variants
    names: Names
    organizations: Organizations
    domains: dict[str, Variants]
    purposes: dict[str, Variants]
    objectives: dict[str, Variants]
    subjects: Subjects
    regulations: list[Regulation]
    headings: Headings
    sentences: Sentences
    votes: Votes
    articles: Articles
    titles: Titles
    operative_words: Variants

    @model_validator(mode="after")
    def _consistent(self) -> Phrases:
        for kind, templates in self.titles:
            for template in templates:
                word = template.split()[0].lower()
                if word not in self.operative_words:
                    raise ValueError(f"title of {kind} opens with {word!r}, not an operative word")
        fields = {field for _, field in self.organizations.own_names}
        fields |= {org.field for org in self.organizations.intermunicipal}
        for table in ("domains", "purposes", "objectives"):
            missing = fields - set(getattr(self, table))
            if missing:
                raise ValueError(f"[{table}] lacks the field(s) {sorted(missing)}")
        return self


@lru_cache(maxsize=1)
def load_phrases(path: Path = PHRASES) -> Phrases:
    """The validated phrase data (cached: the generator asks for it per document)."""
    with path.open("rb") as handle:
        return Phrases.model_validate(tomllib.load(handle))
