"""The content model of one synthetic council-minutes document.

One structure feeds both outputs: `typeset` sets its `blocks` on the page and `gold` writes its
facts. Facts are recorded by the same generator call that writes the words stating them
(`ItemDraft.mention_amount` returns the written amount and records the fact), so what the PDF
says and what the gold claims cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

BlockKind = Literal["title", "subtitle", "agenda", "heading", "para", "bullet", "table", "spacer"]


@dataclass(frozen=True)
class TableSpec:
    """A ruled table: the first row is the header; `code_columns` wrap at character level."""

    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]
    code_columns: frozenset[int] = frozenset()
    ruled: bool = True  # grid lines (a signature block is an unruled table)


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of the page, in reading order."""

    kind: BlockKind
    text: str = ""
    level: int = 0  # bullet depth: 0 `•`, 1 `-`, 2 `o`
    table: TableSpec | None = None


@dataclass(frozen=True)
class Organization:
    """An organisation: canonical name (with legal form) and the other forms the text uses."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    name: str
    role: str  # singular, lowercased, as the gold writes it


@dataclass(frozen=True)
class Vote:
    unanimous: bool
    for_count: int | None = None
    against: int | None = None
    abstentions: int | None = None


@dataclass(frozen=True)
class Amount:
    value: Decimal
    kind: Literal["total", "annual", "installment", "budget", "other"]


@dataclass(frozen=True)
class BudgetLine:
    year: int | None
    action: str | None
    mjp: str | None
    budget_key: str | None
    amount: Decimal | None


@dataclass(frozen=True)
class Payment:
    due: date | None
    amount: Decimal
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Goal:
    text: str
    level: Literal["algemeen", "strategisch", "doelstelling", "actie"]
    number: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class HistoryEvent:
    date: date
    body: Literal["gemeenteraad", "college"] | None
    agenda_item: int | None


@dataclass(frozen=True)
class Article:
    number: int
    text: str


@dataclass
class AgendaItem:
    """One agenda item: its facts (the gold's decision) and the blocks that state them."""

    number: int
    domain: str
    title: str
    decision_type: str
    vote: Vote | None = None
    parties: list[Organization] = field(default_factory=list)
    period: tuple[date, date] | None = None
    amounts: list[Amount] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    history: list[HistoryEvent] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Minutes:
    """A whole document: header, attendance, agenda items, optional signature."""

    source: str  # the PDF file name, the gold's `source`
    municipality: str
    meeting_date: date
    city: Organization  # `Stad X` / `Gemeente X`
    running_header: str
    attendees: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    front: list[Block] = field(default_factory=list)  # header and attendance
    items: list[AgendaItem] = field(default_factory=list)
    closing: list[Block] = field(default_factory=list)
    signed: tuple[date, str] | None = None  # (date, place)
