"""Closed vocabularies of the export format (`besluitenbank/1`).

They are `str` enums so that a value read from JSON, DuckDB or a gold file compares equal to the
enum member, and so that a typo in an extractor fails validation instead of slipping through.
"""

from __future__ import annotations

from enum import Enum


class DocumentType(str, Enum):
    NOTULEN = "notulen"
    BESLUITENLIJST = "besluitenlijst"
    ANTWOORD = "antwoord"
    PRESENTATIE = "presentatie"
    OVERIG = "overig"


class Body(str, Enum):
    """Deciding bodies of a Flemish local government."""

    GEMEENTERAAD = "gemeenteraad"
    COLLEGE = "college"
    OCMW_RAAD = "ocmw-raad"
    VAST_BUREAU = "vast bureau"
    BURGEMEESTER = "burgemeester"
    DISTRICTSRAAD = "districtsraad"
    DISTRICTSCOLLEGE = "districtscollege"
    POLITIERAAD = "politieraad"


class Session(str, Enum):
    OPENBAAR = "openbaar"
    BESLOTEN = "besloten"


class AmountKind(str, Enum):
    TOTAL = "total"
    ANNUAL = "annual"
    INSTALLMENT = "installment"
    BUDGET = "budget"
    OTHER = "other"


class GoalLevel(str, Enum):
    ALGEMEEN = "algemeen"
    STRATEGISCH = "strategisch"
    DOELSTELLING = "doelstelling"
    ACTIE = "actie"


class AttendanceStatus(str, Enum):
    """Whether a person listed in an attendance block was there; only `present` is exported."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class VoteSide(str, Enum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class IssueSeverity(str, Enum):
    WARNING = "warning"
    ERROR = "error"
