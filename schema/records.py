"""The records besluitenbank extracts, stores and exports.

One `DocumentRecord` per ingested source document. Its fields mirror the JSON export format
(`besluitenbank/1`, see `schema/export.py`) and add what the export leaves out: provenance
(`span`) on every fact, all votes of an item with the voters' names, absent and excused persons,
uncertain budget codes and the extraction issues met on the way.

The validators reject impossible facts (an end before its start, a negative payment, a malformed
plan code); `validate_record` turns such a failure into a `RecordRejected` that names the document
and the field.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from schema.codes import BUDGET_KEY, check_plan_code
from schema.errors import RecordRejected, rejection_from
from schema.provenance import Span
from schema.vocab import (
    AmountKind,
    AttendanceStatus,
    Body,
    DocumentType,
    GoalLevel,
    IssueSeverity,
    Session,
    VoteSide,
)

EXTRACTOR_VERSION = "0.1.0"
"""Bumped whenever extraction output can change, so `ingest --reprocess` knows what is stale."""

MIN_YEAR, MAX_YEAR = 1900, 2100
CENT = Decimal("0.01")


def _money(value: Decimal) -> Decimal:
    """Money is kept to the cent; more precision in a council text is a parsing error."""
    quantized = value.quantize(CENT)
    if quantized != value:
        raise ValueError(f"amount {value} has more than two decimals")
    return quantized


def _plausible_date(value: dt.date | None) -> dt.date | None:
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"date {value.isoformat()} is outside {MIN_YEAR}-{MAX_YEAR}")
    return value


Money = Annotated[Decimal, Field(max_digits=15, decimal_places=2)]


class Record(BaseModel):
    """Base of all records: unknown keys are errors, assignment is free during extraction."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Fact(Record):
    """A fact read from a passage of the document."""

    span: Span


class Amount(Fact):
    value: Money
    kind: AmountKind
    text: str = Field(description="the amount as written, e.g. `€22.938,-`")

    @field_validator("value")
    @classmethod
    def _cents(cls, value: Decimal) -> Decimal:
        return _money(value)

    @model_validator(mode="after")
    def _sign(self) -> "Amount":
        # Account figures (a loss in annual accounts) may be negative; costs, grants, instalments
        # and credits cannot.
        if self.value < 0 and self.kind is not AmountKind.OTHER:
            raise ValueError(f"negative {self.kind.value} amount {self.value}")
        return self


class BudgetLine(Fact):
    year: int | None = None
    action: str | None = Field(default=None, description="actie code, `AC` + 6 digits")
    mjp: str | None = Field(default=None, description="meerjarenplan line, `MJP` + 6 digits")
    budget_key: str | None = None
    amount: Money | None = None
    available: Money | None = Field(default=None, description="credit stated as still available before this decision")
    description: str | None = None
    uncertain_pieces: list[str] = Field(
        default_factory=list,
        description="fragments of a code that could not be repaired unambiguously; the code itself stays null",
    )

    @field_validator("action")
    @classmethod
    def _action(cls, value: str | None) -> str | None:
        return check_plan_code(value, "AC")

    @field_validator("mjp")
    @classmethod
    def _mjp(cls, value: str | None) -> str | None:
        return check_plan_code(value, "MJP")

    @field_validator("budget_key")
    @classmethod
    def _key(cls, value: str | None) -> str | None:
        if value is not None and not BUDGET_KEY.match(value):
            raise ValueError(f"malformed budget key {value!r}")
        return value

    @field_validator("year")
    @classmethod
    def _year(cls, value: int | None) -> int | None:
        if value is not None and not MIN_YEAR <= value <= MAX_YEAR:
            raise ValueError(f"budget year {value} is outside {MIN_YEAR}-{MAX_YEAR}")
        return value

    @field_validator("amount", "available")
    @classmethod
    def _non_negative(cls, value: Decimal | None) -> Decimal | None:
        if value is None:
            return None
        if value < 0:
            raise ValueError(f"negative budget amount {value}")
        return _money(value)


class Payment(Fact):
    due: dt.date | None = None
    amount: Money
    start: dt.date | None = None
    end: dt.date | None = None
    label: str | None = Field(default=None, description="the row's own label, e.g. `P1`")

    @field_validator("due", "start", "end")
    @classmethod
    def _dates(cls, value: dt.date | None) -> dt.date | None:
        return _plausible_date(value)

    @field_validator("amount")
    @classmethod
    def _positive(cls, value: Decimal) -> Decimal:
        if value < 0:
            raise ValueError(f"negative payment {value}")
        return _money(value)

    @model_validator(mode="after")
    def _ordered(self) -> "Payment":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"payment period ends {self.end} before it starts {self.start}")
        return self


class Period(Fact):
    start: dt.date | None = None
    end: dt.date | None = None

    @field_validator("start", "end")
    @classmethod
    def _dates(cls, value: dt.date | None) -> dt.date | None:
        return _plausible_date(value)

    @model_validator(mode="after")
    def _ordered(self) -> "Period":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"period ends {self.end} before it starts {self.start}")
        if self.start is None and self.end is None:
            raise ValueError("period without start or end")
        return self


class Goal(Fact):
    number: str | None = None
    text: str = Field(min_length=1)
    level: GoalLevel
    parent: str | None = None


class HistoryEvent(Fact):
    date: dt.date
    body: Body | None = None
    agenda_item: int | None = Field(default=None, ge=0)
    text: str = Field(description="the event as written in the Voorgeschiedenis")

    @field_validator("date")
    @classmethod
    def _date(cls, value: dt.date) -> dt.date:
        return _plausible_date(value)  # type: ignore[return-value]


class Article(Fact):
    number: int = Field(ge=1)
    text: str


class PartyRef(Fact):
    """A contracting or funded party of a decision; `name` is the organisation's canonical name."""

    name: str = Field(min_length=1)


class Organization(Record):
    """An organisation named in the document, with the forms it is named by and where."""

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(min_length=1)


class Voter(Record):
    name: str = Field(min_length=1)
    side: VoteSide


class Vote(Fact):
    unanimous: bool
    for_count: int | None = Field(default=None, ge=0, alias="for")
    against: int | None = Field(default=None, ge=0)
    abstentions: int | None = Field(default=None, ge=0)
    voters: list[Voter] = Field(default_factory=list)
    subject: str | None = Field(default=None, description="what was voted on when an item holds several votes")

    model_config = ConfigDict(populate_by_name=True, extra="forbid")

    @model_validator(mode="after")
    def _consistent(self) -> "Vote":
        if self.unanimous and (self.against or 0) > 0:
            raise ValueError("a unanimous vote cannot have votes against")
        return self


class Attendee(Fact):
    name: str = Field(min_length=1)
    role: str | None = None
    status: AttendanceStatus = AttendanceStatus.PRESENT


class Question(Fact):
    text: str = Field(min_length=1)


class Meeting(Record):
    body: Body | None = None
    date: dt.date | None = None
    session: Session | None = None
    span: Span | None = None

    @field_validator("date")
    @classmethod
    def _date(cls, value: dt.date | None) -> dt.date | None:
        return _plausible_date(value)


class Signed(Fact):
    date: dt.date
    place: str | None = None


class ExtractionIssue(Record):
    """Something an extractor could not do or had to drop; never silently lost."""

    stage: str
    message: str
    severity: IssueSeverity = IssueSeverity.WARNING
    span: Span | None = None


class ReferencedAgreement(Fact):
    """An earlier agreement a decision describes (typically in its Voorgeschiedenis).

    `De gemeenteraad keurt de samenwerkingsovereenkomst goed tussen Stad Mechelen, Arktos vzw en
    GO! Scholengroep 5 voor de periode van 1-09-2020 tot 31-08-2022 in functie van het project
    "Krachtige Scholen"` is an agreement of its own, with parties and a period, that policy staff
    want to see under each partner even though no decision of the knowledge base approves it.
    """

    kind: str = Field(description="the agreement's noun as written, lowercased (`samenwerkingsovereenkomst`)")
    parties: list[str] = Field(default_factory=list, description="canonical organisation names")
    start: dt.date | None = None
    end: dt.date | None = None
    project: str | None = None
    decided_by: Body | None = Field(default=None, description="body that approved it, when the text says")
    decided_on: dt.date | None = None
    agenda_item: int | None = Field(default=None, ge=0)

    @field_validator("start", "end", "decided_on")
    @classmethod
    def _dates(cls, value: dt.date | None) -> dt.date | None:
        return _plausible_date(value)

    @model_validator(mode="after")
    def _ordered(self) -> "ReferencedAgreement":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"referenced agreement ends {self.end} before it starts {self.start}")
        return self


class Decision(Record):
    agenda_item: int | None = Field(default=None, ge=0)
    item_label: str | None = Field(default=None, description="the item's label as written (`25`, `HD 1`, `TP01`)")
    domain: str | None = None
    title: str = ""
    decision_type: str | None = None
    span: Span = Field(description="the whole decision in the document")
    title_span: Span | None = None
    votes: list[Vote] = Field(default_factory=list, description="every vote held on the item, in order")
    main_vote: int | None = Field(default=None, description="index in `votes` of the vote on the proposal itself")
    parties: list[PartyRef] = Field(default_factory=list)
    period: Period | None = None
    amounts: list[Amount] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    payments: list[Payment] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    history: list[HistoryEvent] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)
    referenced_agreements: list[ReferencedAgreement] = Field(default_factory=list)
    plan_version: str | None = Field(default=None, description="meerjarenplan version the decision names, e.g. `2020-2025/4`")

    @model_validator(mode="after")
    def _main_vote_in_range(self) -> "Decision":
        if self.main_vote is not None and not 0 <= self.main_vote < len(self.votes):
            raise ValueError(f"main_vote {self.main_vote} does not index one of {len(self.votes)} votes")
        return self

    @property
    def vote(self) -> Vote | None:
        """The vote on the proposal itself (what the export format calls `vote`)."""
        return self.votes[self.main_vote] if self.main_vote is not None else None


class DocumentRecord(Record):
    source: str = Field(min_length=1, description="file name as ingested")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    extractor_version: str = EXTRACTOR_VERSION
    page_count: int = Field(ge=0)
    document_type: DocumentType = DocumentType.OVERIG
    municipality: str | None = None
    municipality_span: Span | None = None
    meeting: Meeting | None = None
    signed: Signed | None = None
    attendees: list[Attendee] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    issues: list[ExtractionIssue] = Field(default_factory=list)


def validate_record(data: DocumentRecord | dict[str, Any], source: str | None = None) -> DocumentRecord:
    """Validate a whole document record, raising `RecordRejected` naming the document and field.

    Extractors build records by assignment (no validation on the way, for speed and so partial
    results survive); this is the gate every record passes before it is stored.
    """
    payload = data.model_dump(by_alias=True) if isinstance(data, DocumentRecord) else data
    name = source or str(payload.get("source") or "(unnamed document)")
    try:
        return DocumentRecord.model_validate(payload)
    except ValidationError as error:
        raise rejection_from(error, name) from None
