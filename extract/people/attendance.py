"""The `attendance` component: the persons of the attendance lists, with role and status.

The lists sit in the document header (Mechelen, Nazareth: one list for the session) or inside each
item (Aalst `Samenstelling`, Torhout `Aanwezigen bij agendapunt`, Destelbergen `Aanwezig:`). Their
labels (`Samenstelling`, `Aanwezig`, `Verontschuldigd`) are also headings the sections stage may
take as its own, so a section body can start after the label it needs; the labels are therefore
read from the whole text rather than from one section. Only present persons are exported; absent
and excused ones are kept with their status.
"""

from __future__ import annotations

from extract.context import ExtractionContext
from extract.people.attendance_rules import PersonFinding, find_attendance, merge_persons, read_bare_list
from extract.registry import component
from schema.records import Attendee

STAGE = "attendance"


@component("attendance", requires=["sections"], assigns=["attendees"])
def attendance(ctx: ExtractionContext) -> None:
    problems: list[tuple[int, int, str]] = []
    persons: list[PersonFinding] = find_attendance(ctx.text, 0, len(ctx.text), problems=problems)
    if not persons:
        # A bare column of names opening the document (LBLOD pages that hide the label).
        persons = read_bare_list(ctx.text)
    for start, end, message in problems:
        ctx.issue(STAGE, message, span=ctx.span(start, end))
    for person in merge_persons(persons):
        attendee = ctx.make(
            STAGE,
            Attendee,
            name=person.name,
            role=person.role,
            status=person.status,
            span=ctx.span(person.start, person.end),
        )
        if attendee is not None:
            ctx.record.attendees.append(attendee)
