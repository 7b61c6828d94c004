"""Cross-references: each Voorgeschiedenis event linked to the stored decision it names.

`Gemeenteraad 26 april 2021 - agendapunt 7` names one decision: the decision of that municipality's
gemeenteraad of that date with agenda item 7. `link_history(events, decisions)` looks it up among
the stored decisions (primary copies only, never the citing decision's own group):

- body, date and agenda item all given and one decision matches → `resolved`;
- no agenda item, and the meeting of that body and date holds exactly one stored decision →
  `resolved`; several → `ambiguous` (the candidates are counted, none is chosen);
- no body (a meeting, a consultation), or nothing stored → `unresolved`, kept with its `ref_key`
  so decisions citing the same earlier decision are still linked to each other (view
  `v_shared_citations`), whether or not that decision is in the knowledge base.

The municipality of the citing document scopes the search (a Mechelen decision cites Mechelen's
council); when the citing document's municipality is unknown, any municipality matches.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from kb.groups import DecisionRow


@dataclass(frozen=True)
class HistoryRow:
    decision_id: str
    document_id: str
    position: int
    event_date: dt.date
    body: str | None
    agenda_item: int | None
    municipality: str | None  # of the citing document
    group_id: str  # of the citing decision


@dataclass(frozen=True)
class HistoryLink:
    decision_id: str
    document_id: str
    position: int
    ref_key: str
    status: str  # resolved | ambiguous | unresolved
    target_decision_id: str | None
    candidates: int


def ref_key(event: HistoryRow) -> str:
    """What an event cites, comparable across documents: municipality|body|date|agenda item."""
    item = "" if event.agenda_item is None else str(event.agenda_item)
    return "|".join([(event.municipality or "").lower(), event.body or "", event.event_date.isoformat(), item])


def link_history(events: list[HistoryRow], primaries: list[DecisionRow]) -> list[HistoryLink]:
    """One link per event (see the module docstring); `primaries` are the primary copies of decisions."""
    meetings: dict[tuple[str | None, dt.date], list[DecisionRow]] = defaultdict(list)
    for row in primaries:
        if row.meeting_date is not None and row.meeting_body is not None:
            meetings[(row.meeting_body, row.meeting_date)].append(row)
    links: list[HistoryLink] = []
    for event in events:
        found: list[DecisionRow] = []
        if event.body is not None:
            found = [
                row for row in meetings.get((event.body, event.event_date), [])
                if row.decision_id != event.group_id
                and (event.municipality is None or (row.municipality or "").lower() == event.municipality.lower())
                and (event.agenda_item is None or row.agenda_item == event.agenda_item)
            ]  # fmt: skip
        status = "unresolved" if not found else "resolved" if len(found) == 1 else "ambiguous"
        target = found[0].decision_id if len(found) == 1 else None
        links.append(
            HistoryLink(event.decision_id, event.document_id, event.position, ref_key(event), status, target, len(found))
        )
    return links
