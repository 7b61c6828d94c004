"""Loading the rule vocabularies that live as data beside each extract package.

Every package keeps its word lists (role titles, section headings, amount cues, …) in a TOML or
JSON file validated by a Pydantic model with `extra="forbid"`. This one loader reads either
format and turns a broken file into an error that names the file and the field, so a typo in a
vocabulary fails at start-up with a message a person can act on.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from schema.errors import field_path

M = TypeVar("M", bound=BaseModel)


class RuleDataError(ValueError):
    """A vocabulary file that cannot be read or does not match its model."""


def load_rule_data(path: Path, model: type[M]) -> M:
    """`path` (`.toml` or `.json`) validated as `model`."""
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (OSError, ValueError) as error:  # JSONDecodeError and TOMLDecodeError are ValueErrors
        raise RuleDataError(f"{path}: cannot read rule data ({error})") from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        raise RuleDataError(f"{path}: {field_path(tuple(first.get('loc', ())))}: {first.get('msg')}") from None
