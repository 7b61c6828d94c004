"""Dutch labels for the export vocabularies, loaded from `labels.toml`.

The stored facts use the English values of the export format (`annual`, `against`, `excused`);
policy staff read Dutch. Keeping the labels in a data file keeps the translations in one place,
and the validation below makes a vocabulary value without a label a load error, not a page that
silently shows `annual`.
"""

from __future__ import annotations

import tomllib
from enum import Enum
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, model_validator

from schema.vocab import AmountKind, AttendanceStatus, Body, DocumentType, GoalLevel, Session, VoteSide


class Labels(BaseModel):
    """Every label the site shows for a vocabulary value; see `labels.toml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    amount_kind: dict[str, str]
    vote_side: dict[str, str]
    attendance_status: dict[str, str]
    document_type: dict[str, str]
    goal_level: dict[str, str]
    session: dict[str, str]
    body: dict[str, str]
    fact_kind: dict[str, str]

    @model_validator(mode="after")
    def _complete(self) -> "Labels":
        vocabularies: dict[str, type[Enum]] = {
            "amount_kind": AmountKind, "vote_side": VoteSide, "attendance_status": AttendanceStatus,
            "document_type": DocumentType, "goal_level": GoalLevel, "session": Session, "body": Body,
        }  # fmt: skip
        for field_name, enum in vocabularies.items():
            table: dict[str, str] = getattr(self, field_name)
            values = {member.value for member in enum}
            if missing := values - set(table):
                raise ValueError(f"labels.toml [{field_name}] has no label for {sorted(missing)}")
            if unknown := set(table) - values:
                raise ValueError(f"labels.toml [{field_name}] labels unknown values {sorted(unknown)}")
        return self

    def label(self, vocabulary: str, value: str | Enum | None) -> str:
        """The Dutch label of `value` in `vocabulary` (the value itself when none is defined)."""
        if value is None:
            return ""
        key = value.value if isinstance(value, Enum) else value
        table: dict[str, str] = getattr(self, vocabulary)
        return table.get(key, key)


@lru_cache(maxsize=1)
def labels() -> Labels:
    text = resources.files("render.site").joinpath("labels.toml").read_text(encoding="utf-8")
    return Labels.model_validate(tomllib.loads(text))
