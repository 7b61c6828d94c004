"""Pydantic records of besluitenbank and the rules they obey (validation, codes, export format).

The foundation layer: every other stage imports from here, and this package imports none of them.
"""

from schema.errors import RecordRejected
from schema.provenance import Span
from schema.records import (
    EXTRACTOR_VERSION,
    Amount,
    Article,
    Attendee,
    BudgetLine,
    Decision,
    DocumentRecord,
    ExtractionIssue,
    Goal,
    HistoryEvent,
    Meeting,
    Organization,
    PartyRef,
    Payment,
    Period,
    Question,
    ReferencedAgreement,
    Signed,
    Vote,
    Voter,
    validate_record,
)
from schema.source import PageInfo, SourceDocument, SourceTable
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

__all__ = [name for name in dir() if not name.startswith("_")]
