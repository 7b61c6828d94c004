"""The same decision stored from several sources, grouped: `group_decisions(rows)`.

A council's decision reaches the knowledge base more than once: the text and the PDF of one
document, the minutes and the decision list of one meeting. Copies are decisions of different
documents with the same municipality, meeting date, body and agenda item (without an agenda item:
the same normalised title), whose titles agree (token-set similarity >= `TITLE_SIMILARITY`; an
agenda number reused for another subject stays apart). The primary copy, the one queries show, is
the text source before the PDF (its text needs no repair), then the copy with the most facts.
Pure: rows in, groups out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

TITLE_SIMILARITY = 60
_NON_WORD = re.compile(r"\W+")
T = TypeVar("T")


@dataclass(frozen=True)
class DecisionRow:
    decision_id: str
    document_id: str
    municipality: str | None
    meeting_date: dt.date | None
    meeting_body: str | None
    agenda_item: int | None
    title: str
    source_kind: str  # txt | pdf
    facts: int  # amounts, budget lines, parties, history... stored for it


@dataclass(frozen=True)
class Group:
    decision_id: str
    group_id: str
    is_primary: bool
    copies: int


def _title_key(title: str) -> str:
    return " ".join(_NON_WORD.sub(" ", title.lower()).split())


def _meeting_key(row: DecisionRow) -> tuple[object, ...] | None:
    if row.meeting_date is None:
        return ("title-only", _title_key(row.title)) if len(row.title) >= 40 else None
    item: object = row.agenda_item if row.agenda_item is not None else _title_key(row.title)[:80]
    return ((row.municipality or "").lower(), row.meeting_date, row.meeting_body or "", item)


def _form_groups(rows: list[T], joins: Callable[[list[T], T], bool]) -> list[list[T]]:
    """Each row joins the first group formed so far that it `joins`, else starts a group of its own."""
    formed: list[list[T]] = []
    for row in rows:
        home = next((group for group in formed if joins(group, row)), None)
        if home is None:
            formed.append([row])
        else:
            home.append(row)
    return formed


def _primary(rows: list[DecisionRow]) -> DecisionRow:
    return min(rows, key=lambda r: (r.source_kind != "txt", -r.facts, r.decision_id))


def group_decisions(rows: list[DecisionRow]) -> list[Group]:
    """One `Group` row per decision: its group's primary decision id and whether it is that copy."""
    candidates: dict[tuple[object, ...], list[DecisionRow]] = defaultdict(list)
    singles: list[list[DecisionRow]] = []
    for row in rows:
        key = _meeting_key(row)
        if key is None:
            singles.append([row])
        else:
            candidates[key].append(row)
    def joins(group: list[DecisionRow], row: DecisionRow) -> bool:
        return (all(member.document_id != row.document_id for member in group)
                and fuzz.token_set_ratio(_title_key(group[0].title), _title_key(row.title)) >= TITLE_SIMILARITY)  # fmt: skip

    groups: list[list[DecisionRow]] = list(singles)
    for members in candidates.values():
        groups += _form_groups(members, joins)
    result: list[Group] = []
    for group in groups:
        primary = _primary(group)
        for row in group:
            result.append(Group(row.decision_id, primary.decision_id, row is primary, len(group)))
    return result


@dataclass(frozen=True)
class DocumentRow:
    document_id: str
    municipality: str | None
    document_type: str
    source_kind: str
    opening: str  # the first characters of the text, folded


DOCUMENT_SIMILARITY = 85


def group_documents(rows: list[DocumentRow]) -> dict[str, tuple[str, bool]]:
    """Documents without decisions (answers, presentations) stored twice (text and PDF): document id →
    (primary document id, is primary). Same municipality and type, openings alike (token-set
    similarity >= `DOCUMENT_SIMILARITY`, page headers of the PDF do not matter much)."""
    def joins(group: list[DocumentRow], row: DocumentRow) -> bool:
        first = group[0]
        return ((first.municipality or "") == (row.municipality or "") and first.document_type == row.document_type
                and fuzz.token_set_ratio(first.opening, row.opening) >= DOCUMENT_SIMILARITY)  # fmt: skip

    formed = _form_groups(rows, joins)
    result: dict[str, tuple[str, bool]] = {}
    for group in formed:
        primary = min(group, key=lambda r: (r.source_kind != "txt", r.document_id))
        for row in group:
            result[row.document_id] = (primary.document_id, row is primary)
    return result
