"""`meetings/<id>.html`: one council or college session: attendance, items decided, votes and voters.

A meeting is recorded by several documents (minutes and decision list, or the text and the PDF of
the same minutes). Attendance is shown from the first document that lists it; items are shown once
per decision group, with the other copies linked.
"""

from __future__ import annotations

from collections import defaultdict

from render.site import urls
from render.site.anchors import fact_anchor
from render.site.formatting import EMPTY, date_to_nl
from render.site.knowledge import Knowledge, MeetingInfo, StoredDecision, StoredDocument
from render.site.labels import labels
from render.site.models import AttendeeRow, Link, MeetingItem, MeetingPage, PageMeta
from render.site.rows import agenda_label, copies_links, source_ref, stored_link, vote_rows

ROOT = "../"


def documents_by_meeting(knowledge: Knowledge) -> dict[str, list[StoredDocument]]:
    found: dict[str, list[StoredDocument]] = defaultdict(list)
    for document in knowledge.documents.values():
        if document.meeting_id in knowledge.meetings:
            found[str(document.meeting_id)].append(document)
    return found


def meeting_title(meeting: MeetingInfo) -> str:
    """`Gemeenteraad Mechelen 14 december 2020`."""
    body = labels().label("body", meeting.body) if meeting.body else "Vergadering"
    parts = [body[:1].upper() + body[1:], meeting.municipality or "", date_to_nl(meeting.date)]
    return " ".join(part for part in parts if part)


def _attendees(documents: list[StoredDocument]) -> list[AttendeeRow]:
    for document in documents:
        if document.record.attendees:
            return [
                AttendeeRow(attendee.name, attendee.role or "", labels().label("attendance_status", attendee.status),
                            source_ref(document, attendee.span, fact_anchor("doc", "attendee", index), ROOT))
                for index, attendee in enumerate(document.record.attendees, start=1)
            ]  # fmt: skip
    return []


def _item_key(stored: StoredDecision) -> tuple[int, str]:
    item = stored.decision.agenda_item
    return (item if item is not None else 10**9, stored.id)


def _decisions(knowledge: Knowledge, documents: list[StoredDocument]) -> list[StoredDecision]:
    """One decision per group among the documents' decisions: the primary copy when it is one of them."""
    chosen: dict[str, StoredDecision] = {}
    for document in documents:
        for stored in knowledge.decisions_of(document.id):
            group = knowledge.group_of.get(stored.id, stored.id)
            if group not in chosen or knowledge.is_primary(stored.id):
                chosen[group] = stored
    return sorted(chosen.values(), key=_item_key)


def meeting_page(knowledge: Knowledge, meeting: MeetingInfo, documents: list[StoredDocument]) -> MeetingPage:
    decisions = _decisions(knowledge, documents)
    items = [
        MeetingItem(
            agenda_item=agenda_label(stored.decision) or EMPTY,
            decision=stored_link(stored, ROOT),
            votes=vote_rows(stored, ROOT), also_in=copies_links(knowledge, stored.id, ROOT),
        )
        for stored in decisions
    ]  # fmt: skip
    return MeetingPage(
        page=PageMeta(title=meeting_title(meeting), root=ROOT, trail=[Link("Overzicht", ROOT + urls.INDEX)]),
        title=meeting_title(meeting), municipality=meeting.municipality or EMPTY,
        body=labels().label("body", meeting.body) if meeting.body else EMPTY, date=date_to_nl(meeting.date),
        session=labels().label("session", meeting.session) if meeting.session else EMPTY,
        documents=[Link(d.source, ROOT + urls.document(d.id)) for d in documents],
        attendees=_attendees(documents), items=items,
    )  # fmt: skip
