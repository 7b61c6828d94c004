"""The resolution vocabulary (`vocab.toml`) plus the legal forms and heads of the entity extractor.

The legal forms and head words are the entity extractor's (`extract.entities.vocabulary`, loaded
and validated there), so there is one list of legal forms in the project.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extract.entities.vocabulary import vocabulary as entity_vocabulary

VOCAB_PATH = Path(__file__).with_name("vocab.toml")


class ResolveVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    descriptive_prefixes: list[str] = Field(min_length=1)
    city_heads: list[str] = Field(min_length=1)
    places: list[str] = Field(min_length=1)
    person_noise: list[str] = Field(default_factory=list)
    legal_form_families: list[list[str]] = Field(default_factory=list)
    legal_forms: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    """Head words (`stad`, `clb`, `ocmw`, `scholengroep`): alone they name no organisation."""


@lru_cache(maxsize=1)
def vocabulary() -> ResolveVocabulary:
    data = tomllib.loads(VOCAB_PATH.read_text(encoding="utf-8"))
    entities = entity_vocabulary()
    data["legal_forms"] = frozenset(form.lower().replace(".", "") for form in entities.legal_forms)
    data["heads"] = frozenset(head.lower() for head in entities.heads.territorial + entities.heads.named)
    return ResolveVocabulary.model_validate(data)
