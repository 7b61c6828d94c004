"""Agenda items of the kinds council minutes are made of, each a random draw of facts and wording.

Kinds: a cooperation agreement with an organisation (parties, period, annual amount or a cost
with an invoicing schedule, objectives, budget lines), a project grant, a public procurement
(estimate excl./incl. btw, budget table), taking note of a report, a regulation with tariffs,
appointing a representative in an intermunicipal association, and approving the previous
minutes. `ITEM_KINDS` gives their weights in a document.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from render.synth.annex import agreement_annex
from render.synth.draft import DocumentDraft, ItemDraft
from render.synth.model import AgendaItem, Goal, Organization
from render.synth.sections import (
    besluit_section, finance_section, history_section, legal_and_advice, money, no_finance, open_item,
    party_forms, payment_schedule,
)  # fmt: skip

PERIOD_STYLES = ("long", "dash", "dash_padded")


def local_org(doc: DocumentDraft) -> tuple[Organization, str]:
    """A fictitious local organisation (`Buurtwerk De Schakel vzw`) and its field; unused ones first."""
    choices = [pair for pair in doc.phrases.organizations.own_names if f"{pair[0]}" not in doc.used_orgs]
    own, field = doc.rng.choice(choices or doc.phrases.organizations.own_names)
    doc.used_orgs.add(own)
    form = doc.pick(doc.phrases.organizations.legal_forms)
    return Organization(f"{own} {form}", (own, f"{own} {form.upper()}")), field


def intermunicipal_org(doc: DocumentDraft) -> tuple[Organization, str, str]:
    """(organisation, its full name, field) of a fictitious intermunicipal association."""
    entry = doc.rng.choice(doc.phrases.organizations.intermunicipal)
    return Organization(entry.acronym, (entry.full, entry.acronym.title())), entry.full, entry.field


def new_item(doc: DocumentDraft, number: int, field: str, template: str, **fields: str) -> ItemDraft:
    title = template.format(**fields)
    item = AgendaItem(number, doc.pick(doc.phrases.domains[field]), title, title.split()[0].lower())
    return ItemDraft(doc, item)


def _facts(draft: ItemDraft, options: list[str], low: int, high: int, **fields: str) -> None:
    doc = draft.doc
    draft.heading(doc.pick(doc.phrases.headings.feiten))
    for text in draft.rng.sample(options, min(len(options), draft.rng.randint(low, high))):
        draft.point(text.format(**fields))


def _maybe_execution(draft: ItemDraft, articles: list[str]) -> list[str]:
    if draft.rng.random() < 0.4:
        articles.append(draft.doc.pick(draft.doc.phrases.articles.execution))
    return articles


# --- kinds ------------------------------------------------------------------------------------


def agreement_item(doc: DocumentDraft, number: int) -> AgendaItem:
    """Samenwerkingsovereenkomst between the city and an organisation, for a period."""
    rng, phrases = doc.rng, doc.phrases
    org, field = local_org(doc)
    purpose = doc.pick(phrases.purposes[field])
    start = date(doc.meeting_date.year + rng.choice((0, 1)), rng.choice((1, 1, 9)), 1)
    years = rng.randint(1, 3)
    end = date(start.year + years, start.month, 1) - timedelta(days=1)
    style = doc.pick(PERIOD_STYLES)
    when = {"start": doc.date_text(start, (style,)), "end": doc.date_text(end, (style,))}
    city = doc.city_form()
    draft = new_item(doc, number, field, doc.pick(phrases.titles.agreement), city=city, org=org.name, purpose=purpose, **when)
    draft.item.parties = [doc.city, org]
    draft.item.period = (start, end)
    doc.org(org)
    open_item(draft)
    earlier = [("council", {"title": f"Goedkeuring samenwerkingsovereenkomst met {org.name}."})] if rng.random() < 0.4 else []
    if rng.random() < 0.5:
        earlier.append(("meeting", {"org": party_forms(draft, org), "purpose": purpose}))
    history_section(draft, earlier)
    fields = {"org": party_forms(draft, org), "city": city, "purpose": purpose, "local": doc.local}
    _facts(draft, phrases.sentences.agreement_facts, 2, 4, **fields)
    years_covered = list(range(start.year, end.year + 1))[:3]
    if years > 1 and rng.random() < 0.4:
        requested = _cost_with_schedule(draft, start, end, fields)
        main = (sum((value for _, value in requested), Decimal(0)), "total")
    else:
        annual = money(draft, 5000, 90000)
        text = doc.pick(phrases.sentences.annual_amount)
        draft.point(text.format(amount=draft.amount(annual, "annual"), **fields))
        requested = [(year, annual) for year in years_covered]
        main = (annual, "annual")
    _objectives(draft, field, fields)
    legal_and_advice(draft, [doc.pick(phrases.sentences.legal)])
    finance_section(draft, requested)
    article = doc.pick(phrases.articles.agreement).format(city=city, org=org.name, purpose=purpose, **when)
    besluit_section(draft, _maybe_execution(draft, [article]))
    if rng.random() < 0.35:
        agreement_annex(draft, org, purpose, (start, end), main)
    return draft.item


def _cost_with_schedule(draft: ItemDraft, start: date, end: date, fields: dict[str, str]) -> list[tuple[int, Decimal]]:
    """A total cost invoiced in yearly installments (`Facturatie / Bedrag / Periode`)."""
    doc = draft.doc
    years = list(range(start.year, end.year + 1))
    first = money(draft, 4000, 30000)
    later = money(draft, 2000, 20000)
    values = [first] + [later] * (len(years) - 1)
    total = sum(values, Decimal(0))
    draft.point(doc.pick(doc.phrases.sentences.total_amount).format(
        amount=draft.amount(total, "total"), years=len(years), **fields))  # fmt: skip
    rows = []
    for index, (year, value) in enumerate(zip(years, values, strict=True)):
        due = date(year, 12, 1) if index == 0 else date(year, 2, 1)
        period_start = start if index == 0 else date(year, 1, 1)
        period_end = end if year == end.year else date(year, 12, 31)
        rows.append((due, value, period_start, period_end))
    payment_schedule(draft, rows)
    return list(zip(years, values, strict=True))


def _objectives(draft: ItemDraft, field: str, fields: dict[str, str]) -> None:
    """The objectives the organisation commits to: bullets under an announcing sentence, or
    `Doelstelling N:` lines."""
    doc = draft.doc
    chosen = [text.format(local=doc.local) for text in draft.rng.sample(doc.phrases.objectives[field], draft.rng.randint(2, 3))]
    if draft.rng.random() < 0.7:
        draft.point(doc.pick(doc.phrases.sentences.objectives_intro).format(**fields))
        for text in chosen:
            draft.add("bullet", text, level=1)
            draft.item.goals.append(Goal(text, "doelstelling"))
        return
    for number, text in enumerate(chosen, start=1):
        draft.add("para", f"Doelstelling {number}: {text}.")
        draft.item.goals.append(Goal(f"{text}.", "doelstelling", str(number)))


def grant_item(doc: DocumentDraft, number: int) -> AgendaItem:
    """Toekenning of a project grant to an organisation."""
    phrases = doc.phrases
    org, field = local_org(doc)
    purpose = doc.pick(phrases.purposes[field])
    draft = new_item(doc, number, field, doc.pick(phrases.titles.grant), org=org.name, purpose=purpose)
    draft.item.parties = [org]
    doc.org(org)
    open_item(draft)
    history_section(draft)
    fields = {"org": party_forms(draft, org), "purpose": purpose}
    _facts(draft, phrases.sentences.grant_facts, 2, 4, **fields)
    value = money(draft, 1000, 25000)
    draft.point(doc.pick(phrases.sentences.grant_amount).format(amount=draft.amount(value, "total"), **fields))
    legal_and_advice(draft, [doc.pick(phrases.sentences.legal)])
    finance_section(draft, [(doc.meeting_date.year, value)])
    article = doc.pick(phrases.articles.grant).format(org=org.name, purpose=purpose)
    besluit_section(draft, _maybe_execution(draft, [article]))
    return draft.item


def procurement_item(doc: DocumentDraft, number: int) -> AgendaItem:
    """Vaststelling wijze van gunnen en voorwaarden of a public procurement."""
    rng, phrases = doc.rng, doc.phrases
    subject = doc.pick(phrases.subjects.procurements).format(street=doc.pick(phrases.streets))
    procedure = doc.pick(phrases.subjects.procedures)
    field = rng.choice(("gebouwen", "wegen"))
    draft = new_item(doc, number, field, doc.pick(phrases.titles.procurement), subject=subject, procedure=procedure)
    open_item(draft)
    history_section(draft)
    service = doc.pick(phrases.sentences.services)
    case = f"{doc.meeting_date.year}-{service[:3].upper()}-{rng.randint(100, 1999)}"
    draft.heading(doc.pick(phrases.headings.feiten))
    for text in phrases.sentences.procurement_facts[: rng.randint(2, 4)]:
        draft.point(text.format(subject=subject, case=case, service=service, procedure=procedure))
    excl = money(draft, 20000, 900000, cents=True)
    incl = (excl * Decimal("1.21")).quantize(Decimal("0.01"))
    draft.point(doc.pick(phrases.sentences.procurement_amount).format(
        excl=draft.amount(excl, "total", doc.pick(("sign_cents", "euro_cents"))),
        incl=draft.amount(incl, "total", doc.pick(("sign_cents", "euro_cents")))))  # fmt: skip
    legal_and_advice(draft, [phrases.sentences.legal[2], phrases.sentences.legal[0]])
    year = doc.meeting_date.year
    if rng.random() < 0.5:
        requested = [(year, incl)]
    else:
        share = (incl * Decimal(rng.choice(("0.4", "0.5", "0.6")))).quantize(Decimal("0.01"))
        requested = [(year, share), (year + 1, incl - share)]
    finance_section(draft, requested)
    article = doc.pick(phrases.articles.procurement).format(subject=subject, procedure=procedure)
    besluit_section(draft, _maybe_execution(draft, [article]))
    return draft.item


def report_item(doc: DocumentDraft, number: int) -> AgendaItem:
    """Kennisname (or aktename) of a report; often without a vote, as real akte-names."""
    phrases = doc.phrases
    report = doc.pick(phrases.subjects.reports).format(year=doc.meeting_date.year - 1)
    draft = new_item(doc, number, "bestuur", doc.pick(phrases.titles.report), report=report)
    voted = draft.rng.random() < 0.4
    open_item(draft, vote=voted)
    history_section(draft)
    _facts(draft, phrases.sentences.report_facts, 2, 3)
    legal_and_advice(draft, [phrases.sentences.legal[1]], advice=False)
    article = doc.pick(phrases.articles.report).format(report=report)
    besluit_section(draft, [article], vote=voted)
    return draft.item


def regulation_item(doc: DocumentDraft, number: int) -> AgendaItem:
    """Vaststelling or wijziging of a regulation with its tariffs (amounts of kind `other`)."""
    phrases = doc.phrases
    regulation = doc.rng.choice(phrases.regulations)
    draft = new_item(doc, number, "financien", doc.pick(phrases.titles.regulation), regulation=regulation.name)
    open_item(draft)
    history_section(draft, [("council", {"title": f"Vaststelling van het {regulation.name}."})])
    _facts(draft, phrases.sentences.regulation_facts, 1, 3)
    for template, value in zip(phrases.sentences.regulation_tariff, (money(draft, 20, 150), money(draft, 5, 19)), strict=True):
        draft.point(template.format(amount=draft.amount(value, "other", "sign_cents"), unit=regulation.unit))
    legal_and_advice(draft, [phrases.sentences.legal[0]])
    article = doc.pick(phrases.articles.regulation).format(regulation=regulation.name)
    besluit_section(draft, _maybe_execution(draft, [article]))
    return draft.item


def delegate_item(doc: DocumentDraft, number: int) -> AgendaItem:
    """Aanduiding of a representative (and a deputy) in an intermunicipal association."""
    phrases = doc.phrases
    org, full, field = intermunicipal_org(doc)
    draft = new_item(doc, number, field, doc.pick(phrases.titles.delegate), org=org.name)
    draft.item.parties = [org]
    doc.org(org)
    open_item(draft)
    history_section(draft)
    _facts(draft, phrases.sentences.delegate_facts, 2, 3, org=f"de {doc.org(org, full)} ({org.name})")
    no_finance(draft)
    members = [person for person in doc.council if person.role not in ("voorzitter", "burgemeester")]
    person, deputy = draft.rng.sample(members, 2)
    articles = [doc.pick(phrases.articles.delegate).format(person=person.name, org=org.name),
                doc.pick(phrases.articles.delegate_deputy).format(person=deputy.name)]  # fmt: skip
    besluit_section(draft, _maybe_execution(draft, articles))
    return draft.item


def minutes_item(doc: DocumentDraft, number: int) -> AgendaItem:
    """Goedkeuring of the minutes of the previous session."""
    phrases = doc.phrases
    previous = doc.date_text(doc.meeting_date - timedelta(days=doc.rng.choice((21, 28, 35))), ("long",))
    draft = new_item(doc, number, "bestuur", doc.pick(phrases.titles.minutes), date=previous)
    open_item(draft)
    _facts(draft, phrases.sentences.minutes_facts, 1, 2)
    besluit_section(draft, [doc.pick(phrases.articles.minutes).format(date=previous)])
    return draft.item


ItemMaker = Callable[[DocumentDraft, int], AgendaItem]
ITEM_KINDS: dict[str, tuple[ItemMaker, float]] = {
    "agreement": (agreement_item, 0.28),
    "grant": (grant_item, 0.2),
    "procurement": (procurement_item, 0.2),
    "report": (report_item, 0.1),
    "regulation": (regulation_item, 0.1),
    "delegate": (delegate_item, 0.12),
}
