"""The user-editable alias file (`corpus/aliases.toml`, format documented in the file itself).

Loaded and validated (unknown keys are errors, so a typo is reported instead of silently doing
nothing). Its text is part of the derived-data fingerprint: editing it re-resolves on the next query.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

ALIASES_ENV = "BESLUITENBANK_ALIASES"
DEFAULT_ALIASES = Path(__file__).resolve().parents[2] / "corpus" / "aliases.toml"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MergeRule(Strict):
    names: list[str] = Field(min_length=1)
    canonical: str | None = None


class SeparateRule(Strict):
    names: list[str] = Field(min_length=2)


class EntityRules(Strict):
    merge: list[MergeRule] = Field(default_factory=list)
    separate: list[SeparateRule] = Field(default_factory=list)


class AliasFile(Strict):
    organizations: EntityRules = EntityRules()
    persons: EntityRules = EntityRules()


def aliases_path() -> Path:
    """`$BESLUITENBANK_ALIASES` when set, else the repository's `corpus/aliases.toml`."""
    configured = os.environ.get(ALIASES_ENV)
    return Path(configured) if configured else DEFAULT_ALIASES


def load_aliases(path: Path | None = None) -> tuple[AliasFile, str]:
    """The alias rules and a hash of the file's text (empty rules and hash '' when there is no file)."""
    target = path or aliases_path()
    if not target.is_file():
        return AliasFile(), ""
    text = target.read_text(encoding="utf-8")
    return AliasFile.model_validate(tomllib.loads(text)), hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
