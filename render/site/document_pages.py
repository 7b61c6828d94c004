"""`documents/<id>.html`: a document's text by page, with every fact passage marked and anchored.

This is where every source link of the site lands: `#f-d1-amount-2` jumps to the passage a fact
was read from, `#d-1` to the start of a decision, `#p-3` to a page.
"""

from __future__ import annotations

from render.site import urls
from render.site.anchors import decision_anchor, document_facts, fact_anchor
from render.site.formatting import EMPTY, collapse, date_to_nl
from render.site.knowledge import Knowledge, StoredDocument
from render.site.labels import labels
from render.site.models import DocumentPage, Link, PageMeta, Row
from render.site.rows import item_heading, meeting_link, meeting_text, source_ref
from render.site.segments import Marker, text_to_pages

ROOT = "../"


def _attendees(document: StoredDocument) -> list[Row]:
    rows = []
    for index, attendee in enumerate(document.record.attendees, start=1):
        parts = [attendee.role or "", labels().label("attendance_status", attendee.status)]
        rows.append(Row(attendee.name, ", ".join(p for p in parts if p),
                        source_ref(document, attendee.span, fact_anchor("doc", "attendee", index), ROOT)))  # fmt: skip
    return rows


def _questions(document: StoredDocument) -> list[Row]:
    return [
        Row(f"Vraag {index}", collapse(question.text),
            source_ref(document, question.span, fact_anchor("doc", "question", index), ROOT))
        for index, question in enumerate(document.record.questions, start=1)
    ]  # fmt: skip


def document_page(knowledge: Knowledge, document: StoredDocument) -> DocumentPage:
    record, doc_id = document.record, document.id
    facts = document_facts(record)
    markers = [Marker(decision_anchor(n), d.span.start) for n, d in enumerate(record.decisions, start=1)]
    pages = text_to_pages(document.text, facts, labels().fact_kind, markers)
    decisions = [
        Link(item_heading(stored.decision, f"Besluit {stored.position}"), ROOT + urls.decision(stored.id))
        for stored in knowledge.decisions_of(document.id)
    ]
    signed = ""
    if record.signed is not None:
        signed = ", ".join(p for p in (record.signed.place or "", date_to_nl(record.signed.date)) if p)
    twins = knowledge.twin_documents(doc_id)
    return DocumentPage(
        page=PageMeta(title=document.source, root=ROOT, trail=[Link("Overzicht", ROOT + urls.INDEX)]),
        document_id=document.id, source=document.source, kind=document.kind.upper(),
        document_type=labels().label("document_type", record.document_type),
        municipality=record.municipality or EMPTY, meeting=meeting_link(knowledge, document, ROOT),
        meeting_text=meeting_text(document), signed=signed, page_count=record.page_count, sha256=record.sha256,
        also_in=[Link(knowledge.documents[d].source, ROOT + urls.document(d)) for d in twins],
        decisions=decisions, attendees=_attendees(document), questions=_questions(document), pages=pages,
    )  # fmt: skip
