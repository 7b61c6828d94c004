"""Content-derived identities of knowledge-base rows.

Ids never depend on insertion order, so re-ingesting a file gives every row the id it had and a
decision id printed in a report (`1cec98b08bde-1`) keeps pointing at the same decision.
"""

from __future__ import annotations

import hashlib
import datetime as dt

from schema.scoring.normalize import norm_name

DOCUMENT_ID_DIGITS = 12


def document_id(sha256: str) -> str:
    """A document's id: the first 12 hex digits of its SHA-256 (collisions are caught by UNIQUE(sha256))."""
    return sha256[:DOCUMENT_ID_DIGITS]


def decision_id(doc_id: str, position: int) -> str:
    """`<document id>-<n>`, n the 1-based position of the decision in its document."""
    return f"{doc_id}-{position}"


def vote_id(dec_id: str, position: int) -> str:
    return f"{dec_id}-v{position}"


def name_key(name: str) -> str:
    """Key of a person or organisation: the scorer's name normalisation (NFC, casefold, spaces).

    Using the scorer's rule means two spellings the evaluation treats as the same name are the
    same entity here too.
    """
    return norm_name(name)


def meeting_id(municipality: str | None, body: str | None, date: dt.date, session: str | None) -> str:
    """A meeting is identified by where, which body, when and which session."""
    basis = "|".join([name_key(municipality or ""), body or "", date.isoformat(), session or ""])
    return "m-" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:DOCUMENT_ID_DIGITS]
