"""The sections every agenda item shares: history, legal ground, advice, money, vote, Besluit.

Each writer appends blocks to an `ItemDraft` and records the facts it writes: a Voorgeschiedenis
bullet records its `HistoryEvent`, a budget table row its `BudgetLine` and credits, a payment row
its `Payment` and installment, an article its `Article`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from render.synth.draft import ItemDraft
from render.synth.dutch import amount_to_cell
from render.synth.model import Article, Block, BudgetLine, HistoryEvent, Organization, Payment, TableSpec
from render.synth.people import make_vote

LONG = ("long",)


def plan_code(draft: ItemDraft, prefix: str) -> str:
    """`MJP007706`, `AC000131`: prefix and six digits."""
    return f"{prefix}{draft.rng.randint(100, 12999):06d}"


def budget_key(draft: ItemDraft, year: int) -> str:
    """`2025/6490120/60/0550/01`: year, ledger account, policy field, function, sub-item."""
    rng = draft.rng
    return f"{year}/{rng.choice((61, 64, 22))}{rng.randint(10000, 99999)}/{rng.randint(10, 99)}/0{rng.randint(100, 999)}/0{rng.randint(1, 9)}"


def money(draft: ItemDraft, low: int, high: int, cents: bool = False) -> Decimal:
    """A plausible amount between `low` and `high` euro: with cents, or rounded (to hundreds
    above 1000 euro, to whole euros below)."""
    rng = draft.rng
    if cents:
        return Decimal(rng.randint(low * 100, high * 100)) / 100
    step = 100 if low >= 1000 else 1
    return Decimal(rng.randint(-(-low // step), high // step) * step)


# --- Motivering --------------------------------------------------------------------------------


def history_section(draft: ItemDraft, earlier: Sequence[tuple[str, dict[str, str]]] = ()) -> None:
    """Voorgeschiedenis: optional earlier events (oldest first), then the college's referral.

    `earlier` holds (kind, fields) with kind `council` (an earlier council decision, with an
    agendapunt), `college_plain` (a college decision without number) or `meeting` (no body).
    """
    doc, sentences = draft.doc, draft.doc.phrases.sentences
    draft.heading(doc.pick(doc.phrases.headings.voorgeschiedenis))
    meeting = doc.meeting_date
    days_back = sorted(draft.rng.sample(range(60, 900), len(earlier)), reverse=True)
    for (kind, fields), back in zip(earlier, days_back, strict=True):
        day = meeting - timedelta(days=back)
        if kind == "council":
            number = draft.rng.randint(1, 60)
            text = doc.pick(sentences.council_item).format(date=doc.date_text(day, LONG), item=number, **fields)
            event = HistoryEvent(day, "gemeenteraad", number)
        elif kind == "college_plain":
            text = doc.pick(sentences.college_plain).format(date=doc.date_text(day, LONG), **fields)
            event = HistoryEvent(day, "college", None)
        else:
            text = doc.pick(sentences.meeting_plain).format(date=doc.date_text(day, LONG), **fields)
            event = HistoryEvent(day, None, None)
        draft.point(text)
        draft.item.history.append(event)
    referral = meeting - timedelta(days=draft.rng.randint(7, 21))
    number = draft.rng.randint(5, 140)
    draft.point(doc.pick(sentences.college_item).format(date=doc.date_text(referral, LONG), item=number))
    draft.item.history.append(HistoryEvent(referral, "college", number))


def legal_and_advice(draft: ItemDraft, legal: Sequence[str], advice: bool = True) -> None:
    doc = draft.doc
    draft.heading(doc.pick(doc.phrases.headings.juridisch))
    for text in legal:
        draft.point(text)
    if advice:
        draft.heading(doc.pick(doc.phrases.headings.advies))
        draft.point(doc.pick(doc.phrases.sentences.advice))


# --- Financiële gevolgen -------------------------------------------------------------------------

TABLE_LAYOUTS = {
    # header, widths (mm), code columns; `action` says what the second column holds
    "action": (("Jaar", "Actie", "MJP", "Omschrijving", "Beschikbaar krediet", "Aangevraagd krediet"),
               (11, 12, 15, 46, 30, 30), frozenset({1, 2})),
    "ark": (("Jaar", "ARK", "MJP", "Omschrijving MJP", "Beschikbaar krediet na 1ste vastlegging", "Aangevraagd krediet"),
            (11, 12, 15, 44, 32, 30), frozenset({1, 2})),
    "key": (("Jaar", "Budgetsleutel", "Omschrijving", "Beschikbaar krediet", "Aangevraagd krediet"),
            (11, 26, 58, 25, 25), frozenset({1})),
}  # fmt: skip


def finance_section(draft: ItemDraft, requested: Sequence[tuple[int, Decimal]]) -> None:
    """Financiële gevolgen citing one budget line per (year, requested credit).

    A ruled budget table (codes in narrow columns that wrap inside the cell) or, for a single
    line, sometimes the prose form `Voor 2020 is er 11 470 euro voorzien: AC... -- ... -- MJP...
    -- 2020/...`. The table's available credit is a `budget` amount too (Mechelen gold).
    """
    doc = draft.doc
    draft.heading(doc.pick(doc.phrases.headings.financieel))
    if len(requested) == 1 and draft.rng.random() < 0.35:
        year, value = requested[0]
        action, mjp, key = plan_code(draft, "AC"), plan_code(draft, "MJP"), budget_key(draft, year)
        text = doc.pick(doc.phrases.sentences.budget_prose).format(
            year=year, amount=draft.amount(value, "budget"), action=action, mjp=mjp, key=key,
            text=doc.pick(doc.phrases.sentences.action_descriptions),
        )  # fmt: skip
        written_action = action if action in text else None
        draft.point(text)
        draft.item.budget_lines.append(BudgetLine(year, written_action, mjp, key, value))
        return
    layout = draft.rng.choice(sorted(TABLE_LAYOUTS))
    header, widths, code_columns = TABLE_LAYOUTS[layout]
    draft.add("para", doc.pick(doc.phrases.sentences.budget_intro))
    rows = [header]
    description = doc.pick(doc.phrases.sentences.budget_descriptions)
    mjp = plan_code(draft, "MJP")
    action = plan_code(draft, "AC")
    account = f"{draft.rng.choice((61, 64))}{draft.rng.randint(10000, 99999)}"
    for year, value in requested:
        available = value + money(draft, 1000, 250000, cents=draft.rng.random() < 0.5)
        draft.record_amount(available, "budget")
        draft.record_amount(value, "budget")
        cells = (amount_to_cell(available), amount_to_cell(value))
        if layout == "action":
            rows.append((str(year), action, mjp, description, *cells))
            line = BudgetLine(year, action, mjp, None, value)
        elif layout == "ark":
            rows.append((str(year), account, mjp, description, *cells))
            line = BudgetLine(year, None, mjp, None, value)
        else:
            key = budget_key(draft, year)
            rows.append((str(year), key, description, *cells))
            line = BudgetLine(year, None, None, key, value)
        draft.item.budget_lines.append(line)
    draft.item.blocks.append(_table_block(rows, widths, code_columns))


def no_finance(draft: ItemDraft) -> None:
    doc = draft.doc
    draft.heading(doc.pick(doc.phrases.headings.financieel))
    draft.add("para", doc.pick(doc.phrases.sentences.no_finance))


def payment_schedule(draft: ItemDraft, rows: Sequence[tuple[date, Decimal, date, date]]) -> None:
    """`Facturatie | Bedrag (incl. BTW) | Periode` with `P1: 1 februari 2020 – 31 december 2020`."""
    doc = draft.doc
    draft.point(doc.pick(doc.phrases.sentences.payment_intro))
    table = [("Facturatie", "Bedrag (incl. BTW)", "Periode")]
    for index, (due, value, start, end) in enumerate(rows, start=1):
        written = draft.amount(value, "installment", doc.pick(("sign_dash", "sign_cents", "euro_cents")))
        period = f"P{index}: {doc.date_text(start, LONG)} – {doc.date_text(end, LONG)}"
        table.append((doc.date_text(due, ("slash_padded",)), written, period))
        draft.item.payments.append(Payment(due, value.quantize(Decimal("0.01")), start, end))
    draft.item.blocks.append(_table_block(table, (26, 28, 80), frozenset()))
    draft.add("para", doc.pick(doc.phrases.sentences.payment_after).format(local=doc.local))


def _table_block(rows: Sequence[Sequence[str]], widths: Sequence[float], code_columns: frozenset[int]) -> Block:
    return Block("table", table=TableSpec(tuple(tuple(row) for row in rows), tuple(widths), code_columns))


# --- vote and Besluit -----------------------------------------------------------------------------


def vote_sentence(draft: ItemDraft) -> str:
    vote, sentence = make_vote(draft.doc)
    draft.item.vote = vote
    return sentence


def besluit_section(draft: ItemDraft, articles: Sequence[str], vote: bool = True) -> None:
    """Besluit with its articles (and the vote sentence, unless the layout puts it under the title)."""
    doc = draft.doc
    draft.heading(doc.pick(doc.phrases.headings.besluit))
    if vote and not doc.layout.vote_after_title:
        draft.add("para", vote_sentence(draft))
    for number, text in enumerate(articles, start=1):
        if doc.layout.article_inline:
            draft.add("para", f"Artikel {number} - {text}")
        else:
            draft.heading(f"Artikel {number}")
            draft.add("para", text)
        draft.item.articles.append(Article(number, text))


def open_item(draft: ItemDraft, vote: bool = True) -> None:
    """The agenda heading (`25. SOCIAAL BELEID. Goedkeuring ...`) and, in layouts that put it
    there, the vote sentence."""
    item = draft.item
    draft.add("agenda", f"{item.number}. {item.domain}. {item.title}")
    if vote and draft.doc.layout.vote_after_title:
        draft.add("para", vote_sentence(draft))
    draft.heading(draft.doc.pick(draft.doc.phrases.headings.motivering))


def party_forms(draft: ItemDraft, org: Organization) -> str:
    """The organisation as the item's text names it (mostly the full name)."""
    form = org.name if draft.rng.random() < 0.75 or not org.aliases else org.aliases[0]
    return draft.doc.org(org, form)
