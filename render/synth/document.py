"""One synthetic council-minutes document: header, attendance, agenda items, signature.

`make_minutes(rng, source)` draws everything from `rng` alone (no clock, no global state), so
the same seed gives the same document.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from render.synth.draft import DocumentDraft, Layout
from render.synth.dutch import date_to_dutch
from render.synth.items import ITEM_KINDS, minutes_item
from render.synth.model import Block, Minutes, Organization, Person, TableSpec
from render.synth.people import attendance_blocks, make_council
from render.synth.vocab import load_phrases


def meeting_day(rng: random.Random) -> date:
    """A Monday outside the summer recess, 2021-2025."""
    day = date(rng.randint(2021, 2025), rng.choice((1, 2, 3, 4, 5, 6, 9, 10, 11, 12)), rng.randint(1, 24))
    return day + timedelta(days=(7 - day.weekday()) % 7)


def city_org(kind: str, municipality: str) -> Organization:
    """`Stad Heldergem` with the forms the text uses (`stad Heldergem`, `Heldergem`, `STAD HELDERGEM`)."""
    name = f"{kind} {municipality}"
    return Organization(name, (f"{kind.lower()} {municipality}", name, municipality, name.upper()))


def closing_blocks(doc: DocumentDraft, secretary: Person, chair: Person, signed: str | None) -> list[Block]:
    """`De voorzitter sluit de zitting om 22.15 uur.`, `Namens de gemeenteraad,`, optionally the
    place and date of signing (`Heldergem, 14 december 2020`), and the two signatures side by side."""
    time = f"{doc.rng.randint(21, 23)}.{doc.pick(('00', '10', '25', '40', '55'))}"
    blocks = [Block("spacer"), Block("para", doc.pick(doc.phrases.sentences.closing).format(time=time)),
              Block("para", "Namens de gemeenteraad,")]  # fmt: skip
    if signed:
        blocks.append(Block("para", f"{doc.municipality}, {signed}"))
    rows = ((secretary.name, chair.name), (secretary.role, chair.role))
    blocks.append(Block("table", table=TableSpec(rows, (70, 70), ruled=False)))
    return blocks


def make_minutes(rng: random.Random, source: str, min_items: int = 5, max_items: int = 25) -> Minutes:
    phrases = load_phrases()
    municipality = rng.choice(phrases.municipalities)
    kind = "Stad" if rng.random() < 0.7 else "Gemeente"
    city = city_org(kind, municipality)
    layout = Layout(
        vote_after_title=rng.random() < 0.5, article_inline=rng.random() < 0.3, bullets=rng.random() < 0.75,
        council_role=rng.choice(("gemeenteraadslid", "raadslid")),
    )  # fmt: skip
    doc = DocumentDraft(rng, phrases, municipality, city, meeting_day(rng), layout)
    doc.org(city)
    present, excused, secretary = make_council(rng, phrases, layout.council_role)
    doc.council = present
    when = date_to_dutch(doc.meeting_date)
    header = rng.choice((f"{city.name} – Gemeenteraad {when}", f"Notulen gemeenteraad {when}", f"Gemeenteraad van {when}"))
    minutes = Minutes(source, municipality, doc.meeting_date, city, header, attendees=[*present, secretary])
    minutes.front = [
        Block("title", city.name.upper()),
        Block("subtitle", rng.choice(("Gemeenteraad – Notulen", "Notulen van de gemeenteraad", "Gemeenteraad – Verslag"))),
        Block("subtitle", f"Vergadering van {when} - Openbare zitting"),
        Block("spacer"),
        *attendance_blocks(doc, present, excused, secretary),
        Block("spacer"),
    ]
    number = rng.randint(1, 30)
    count = rng.randint(min_items, max_items)
    if rng.random() < 0.5:
        minutes.items.append(minutes_item(doc, number))
        number += 1
    kinds = list(ITEM_KINDS)
    weights = [ITEM_KINDS[name][1] for name in kinds]
    while len(minutes.items) < count:
        maker = ITEM_KINDS[rng.choices(kinds, weights)[0]][0]
        minutes.items.append(maker(doc, number))
        number += 1
    signed = rng.random() < 0.5
    minutes.closing = closing_blocks(doc, secretary, present[0], when if signed else None)
    if signed:
        minutes.signed = (doc.meeting_date, municipality)
    minutes.organizations = list(doc.organizations.values())
    return minutes
