"""Builders that write text and record the facts it states in the same call.

`DocumentDraft` holds what one document shares (random source, phrases, the city, the persons,
the organisations named so far); `ItemDraft` collects one agenda item's blocks and facts. Every
helper that puts an amount or an organisation into the text goes through `amount` / `org`, so
the gold lists exactly what the page says.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from render.synth.dutch import AMOUNT_STYLES, DATE_STYLES, amount_to_dutch, date_to_dutch
from render.synth.model import AgendaItem, Amount, Block, Organization, Person
from render.synth.vocab import Phrases


@dataclass
class Layout:
    """Choices that hold for a whole document (one municipality's template)."""

    vote_after_title: bool  # Mechelen 2020: the vote sentence right under the heading
    article_inline: bool  # `Artikel 1 - De gemeenteraad ...` on one line (else `Artikel 1` alone)
    bullets: bool  # sections written as `•` bullets (else plain paragraphs)
    council_role: str  # `gemeenteraadslid` or `raadslid`


@dataclass
class DocumentDraft:
    rng: random.Random
    phrases: Phrases
    municipality: str
    city: Organization
    meeting_date: date
    layout: Layout
    council: list[Person] = field(default_factory=list)  # voting members present
    organizations: dict[str, Organization] = field(default_factory=dict)
    used_orgs: set[str] = field(default_factory=set)  # canonical names already the subject of an item

    def pick(self, options: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(list(options))

    def city_form(self) -> str:
        """How the text names the city (`stad Heldergem`, `Stad Heldergem`)."""
        return self.org(self.city, self.pick(self.city.aliases[:2]))

    @property
    def local(self) -> str:
        """How the text calls the local authority itself: `stad` or `gemeente`."""
        return self.city.name.split()[0].lower()

    def org(self, org: Organization, form: str | None = None) -> str:
        """The text naming `org` (its name or one of its aliases); records it as named."""
        self.organizations.setdefault(org.name, org)
        written = form or org.name
        assert written == org.name or written in org.aliases, f"{written!r} is no form of {org.name}"
        return written

    def date_text(self, day: date, styles: tuple[str, ...] = DATE_STYLES) -> str:
        return date_to_dutch(day, self.pick(styles))


@dataclass
class ItemDraft:
    doc: DocumentDraft
    item: AgendaItem

    @property
    def rng(self) -> random.Random:
        return self.doc.rng

    def amount(self, value: Decimal, kind: str, style: str | None = None) -> str:
        """The amount as written (a random Dutch style unless given); records `(value, kind)`."""
        fact = Amount(value.quantize(Decimal("0.01")), kind)  # type: ignore[arg-type]
        if fact not in self.item.amounts:
            self.item.amounts.append(fact)
        return amount_to_dutch(fact.value, style or self.doc.pick(AMOUNT_STYLES))

    def record_amount(self, value: Decimal, kind: str) -> None:
        """Record an amount written by a table cell (`amount_to_cell`)."""
        fact = Amount(value.quantize(Decimal("0.01")), kind)  # type: ignore[arg-type]
        if fact not in self.item.amounts:
            self.item.amounts.append(fact)

    def add(self, kind: str, text: str = "", level: int = 0) -> None:
        self.item.blocks.append(Block(kind, text, level))  # type: ignore[arg-type]

    def heading(self, text: str) -> None:
        self.add("heading", text)

    def point(self, text: str, level: int = 0) -> None:
        """A point of a section: a bullet in bullet layouts, else a paragraph (sub-points stay
        bullets). Its first letter is capitalised (a template may open with a lowercase name)."""
        text = text[:1].upper() + text[1:]
        if self.doc.layout.bullets or level > 0:
            self.add("bullet", text, level)
        else:
            self.add("para", text)
