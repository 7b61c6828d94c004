"""The organisation vocabulary (`vocabulary.toml`), loaded once and validated.

Legal forms, the head words public bodies are named by, generic public bodies and political
parties, and the stop lists differ in wording between municipalities but not in kind; keeping them
as data lets a new municipality's wording be added without touching the rules. The models forbid
unknown keys so a typo in the file fails loudly.
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extract.rules_data import load_rule_data

VOCABULARY_PATH = Path(__file__).with_name("vocabulary.toml")


class Heads(BaseModel):
    model_config = ConfigDict(extra="forbid")

    territorial: list[str] = Field(description="heads followed by one place name: `Stad Mechelen`")
    named: list[str] = Field(description="heads followed by the body's own capitalised name")
    descriptive: list[str] = Field(description="heads dropped when a name is keyed for clustering")


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    forms: list[str] = Field(min_length=1)


class PartyWords(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agreement: list[str] = Field(description="the city signs with the organisation named")
    transfer: list[str] = Field(description="the city buys, sells or receives property")
    excluded: list[str] = Field(description="procurement, tax rules, street names: no parties")
    funding: list[str] = Field(description="grants: recipients read from the Besluit")
    intermediaries: list[str] = Field(description="heads of intermediaries that are never parties")


class StopLists(BaseModel):
    model_config = ConfigDict(extra="forbid")

    acronyms: list[str]
    instrument_nouns: list[str] = Field(description="head nouns of instruments, plans and programmes")
    names: list[str]
    first_words: list[str]
    leading_words: list[str]
    role_words: list[str]
    street_suffixes: list[str]


class EntityVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    legal_forms: list[str]
    prefix_legal_forms: list[str]
    heads: Heads
    cue_phrases: list[str]
    political_parties: list[str]
    party_words: PartyWords
    bodies: list[Body]
    stop: StopLists

    @cached_property
    def legal_form_set(self) -> frozenset[str]:
        return frozenset(form.lower() for form in self.legal_forms)

    @cached_property
    def prefix_legal_form_set(self) -> frozenset[str]:
        return frozenset(form.lower() for form in self.prefix_legal_forms)

    @cached_property
    def stop_acronyms(self) -> frozenset[str]:
        return frozenset(word.upper() for word in self.stop.acronyms)

    @cached_property
    def stop_names(self) -> frozenset[str]:
        return frozenset(word.lower() for word in self.stop.names)

    @cached_property
    def first_words(self) -> frozenset[str]:
        return frozenset(word.lower() for word in self.stop.first_words)

    @cached_property
    def leading_words(self) -> frozenset[str]:
        return frozenset(word.lower() for word in self.stop.leading_words)

    @cached_property
    def body_index(self) -> dict[str, str]:
        """Every written form of a generic body → its canonical name."""
        return {form: body.name for body in self.bodies for form in body.forms}


INSTRUMENT_HEAD_WORDS = 3
"""How far into a long form its head noun may stand: Dutch puts at most two adjectives before it
(`Algemene Bestuurlijke Politieverordening`, `gewestelijk ruimtelijk uitvoeringsplan`)."""


def names_instrument(name: str) -> bool:
    """`Algemene Bestuurlijke Politieverordening`, `Naadloos Flexibele Trajecten`, `Vlaams
    reglement over ...`: a legal instrument, plan or programme, told by its head noun (one of the
    first words ending in an `instrument_nouns` entry), never an organisation."""
    nouns = tuple(vocabulary().stop.instrument_nouns)
    words = [word.strip("(),.;:'\"’‘“”").lower() for word in name.split()[:INSTRUMENT_HEAD_WORDS]]
    return any(word.endswith(nouns) for word in words if word)


def is_legal_form(word: str) -> bool:
    """`vzw`, `VZW`, `v.z.w.`, `BV`: a legal form, whatever the case and dots."""
    return word.replace(".", "").lower() in vocabulary().legal_form_set


@lru_cache(maxsize=1)
def vocabulary() -> EntityVocabulary:
    return load_rule_data(VOCABULARY_PATH, EntityVocabulary)
