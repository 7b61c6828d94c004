"""A stored decision as the audit sees it: its facts, its date, and quotes of where each was read.

The audit reads decisions back from the knowledge base (`kb.store.read_all_documents`), never
from a re-extraction, so every finding points at what is stored. `DecisionFacts.quote` turns a
fact's span into a `Quote` (page + the passage, whitespace collapsed) the way `besluitenbank
decision` does.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

import duckdb

from kb.keys import decision_id
from kb.store import read_all_documents
from schema.provenance import Span
from schema.records import Decision

QUOTE_LIMIT = 300


@dataclass(frozen=True)
class Quote:
    label: str  # which fact, in Dutch: `periode`, `betaling P3`, `begrotingslijn 2021`
    page: int
    start: int
    end: int
    passage: str

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "page": self.page, "start": self.start, "end": self.end, "passage": self.passage}


@dataclass
class DecisionFacts:
    decision_id: str
    document_id: str
    source: str
    municipality: str | None
    date: dt.date | None  # the meeting date, else the signing date
    date_basis: str | None  # vergadering | ondertekening
    decision: Decision
    text: str  # the document's full text: what spans point into

    def quote(self, label: str, span: Span, limit: int = QUOTE_LIMIT) -> Quote:
        return Quote(label, span.page, span.start, span.end, span.quote(self.text, limit))

    @property
    def title(self) -> str:
        return self.decision.title

    def within(self, span: Span, outer: Span | None) -> bool:
        return outer is not None and outer.start <= span.start and span.end <= outer.end


def dossier_key(facts: DecisionFacts) -> tuple[str, str, str, str]:
    """Copies of one decision (the same minutes as text and as PDF) share this key.

    Municipality, date, agenda item and title, normalised; PDF and text extraction of the same
    item agree on these even where their amounts or spans differ.
    """
    title = re.sub(r"\W+", " ", facts.title.casefold()).strip()
    item = facts.decision.item_label or (str(facts.decision.agenda_item) if facts.decision.agenda_item is not None else "")
    return ((facts.municipality or "").casefold(), facts.date.isoformat() if facts.date else "", item, title)


def iter_decisions(con: duckdb.DuckDBPyConnection) -> Iterator[DecisionFacts]:
    """Every stored decision, document by document (by source name), in document order."""
    stored = read_all_documents(con)
    for doc_id in sorted(stored, key=lambda doc_id: (stored[doc_id][0].source, doc_id)):
        record, text = stored[doc_id]
        meeting_date = record.meeting.date if record.meeting else None
        signed_date = record.signed.date if record.signed else None
        date, basis = (meeting_date, "vergadering") if meeting_date else (signed_date, "ondertekening" if signed_date else None)
        for position, decision in enumerate(record.decisions, start=1):
            yield DecisionFacts(
                decision_id=decision_id(doc_id, position), document_id=doc_id, source=record.source,
                municipality=record.municipality, date=date, date_basis=basis, decision=decision, text=text,
            )  # fmt: skip
