"""The people vocabulary (`vocab.toml`): role titles, name particles, attendance labels, vote words.

Kept as data so that a new municipality's wording is a line in the TOML file, not a code change;
validated here with `extra="forbid"` so a typo in the file fails at import, not silently.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extract.rules_data import load_rule_data
from schema.vocab import AttendanceStatus, VoteSide

VOCAB_PATH = Path(__file__).with_name("vocab.toml")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Roles(_Strict):
    stems: list[str] = Field(min_length=1)
    modifiers: list[str]
    plural_endings: dict[str, str]


class Names(_Strict):
    honorifics: list[str]
    particles: list[str]
    empty_markers: list[str]


class AttendanceLabel(_Strict):
    label: str = Field(min_length=1)
    status: AttendanceStatus
    role: str | None = None


class BareList(_Strict):
    min_names: int = Field(ge=2)


class Attendance(_Strict):
    labels: list[AttendanceLabel] = Field(min_length=1)
    bare_list: BareList


class VoteCategory(_Strict):
    side: VoteSide | None = None
    after_count: list[str] = Field(min_length=1, description="words after the count: `23 stemmen voor`")
    label: list[str] = Field(min_length=1, description="words before the count: `Stemmen voor 36`, `Voor:`")


class Unanimous(_Strict):
    phrases: list[str] = Field(min_length=1)


class Votes(_Strict):
    heading: str
    intros: list[str] = Field(min_length=1)
    weak_after_count: list[str]
    subjects: dict[str, list[str]]
    unanimous: Unanimous
    categories: list[VoteCategory] = Field(min_length=1)
    numbers: dict[str, int]


class PeopleVocab(_Strict):
    roles: Roles
    names: Names
    attendance: Attendance
    votes: Votes


@lru_cache(maxsize=1)
def load_vocab(path: Path = VOCAB_PATH) -> PeopleVocab:
    """The validated vocabulary (read once)."""
    return load_rule_data(path, PeopleVocab)
