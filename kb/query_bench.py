"""Query latency on a large knowledge base: `build_synthetic_kb` + `bench_queries`.

`build_synthetic_kb(con, decisions)` writes generated records through the real store's rows
(`kb.rows.record_to_rows`, the rows `write_document` writes, inserted 100 documents per
transaction) at realistic sizes: 10 agenda items per
document, ~2,500 characters of Dutch council wording per item, 1-3 parties from a pool of
organisations (written with varying legal forms and place qualifiers, so resolution has work),
amounts, budget lines on a pool of MJP codes, a Voorgeschiedenis citing earlier meetings, an
attendance list. Deterministic for a seed. `bench_queries` then times `partner`, `budget` and
`search` (after one refresh of the derived data, which is reported apart) and returns the median
and p95 per query kind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import duckdb

from kb.db import insert_rows, transaction
from kb.derived import refresh_derived
from kb.query import budget, partner, search
from kb.rows import ENTITY_TABLES, FACT_TABLES, record_to_rows, unique_entities
from schema.provenance import Span
from schema.records import (
    Amount,
    Attendee,
    BudgetLine,
    Decision,
    DocumentRecord,
    HistoryEvent,
    Meeting,
    Organization,
    PartyRef,
    Period,
)
from schema.source import SourceDocument, join_pages

ITEMS_PER_DOCUMENT = 10
ORG_STEMS = (
    "Arktos", "Kompas", "Horizon", "Vonk", "Brug", "Kiem", "Tandem", "Ankerpunt", "Zonnebloem", "Passage",
    "Wegwijzer", "Kruispunt", "Parel", "Baken", "Oever", "Spoor", "Toren", "Weide", "Bron", "Haven",
)  # fmt: skip
ORG_KINDS = ("vzw", "cv", "bv", "")
PLACES = ("Mechelen", "Aalst", "Gent", "Leuven", "Brugge", "Hasselt", "Kortrijk", "Lier")
SUBJECTS = (
    "schooluitval", "jeugdwerking", "armoedebestrijding", "sportinfrastructuur", "mobiliteit", "erfgoed",
    "woonbeleid", "klimaatplan", "buurtwerking", "kinderopvang", "samenwerkingsovereenkomst", "subsidie",
    "onderwijs", "cultuurcentrum", "groenbeheer", "parkeerbeleid", "welzijn", "ouderenzorg", "toerisme",
    "energiebesparing",
)  # fmt: skip
FILLER = (
    "De stad zet sterk in op preventie en ondersteuning van kwetsbare doelgroepen in samenwerking met partners. "
    "Het college heeft het dossier voorbereid en de adviezen van de betrokken diensten verzameld. "
    "De financiële middelen zijn voorzien in het meerjarenplan en de uitgave wordt jaarlijks geëvalueerd. "
    "In het kader van de overeenkomst verbindt de partner zich ertoe de doelstellingen op te volgen en te rapporteren. "
    "De gemeenteraad neemt kennis van de evaluatie en keurt de verlenging van de samenwerking goed. "
)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _org_name(rng: random.Random, stem: str) -> str:
    """A partner written the ways documents write it: with or without legal form and place."""
    parts = [stem]
    if rng.random() < 0.3:
        parts.append(rng.choice(PLACES))
    kind = rng.choice(ORG_KINDS)
    return " ".join(parts + ([kind] if kind else []))


@dataclass
class _Item:
    text: str
    facts: dict[str, object]


def _item(rng: random.Random, number: int, meeting: dt.date, stems: list[str], mjps: list[str]) -> _Item:
    subject = rng.choice(SUBJECTS)
    partners = [_org_name(rng, stem) for stem in rng.sample(stems, rng.randint(1, 3))]
    year = meeting.year
    amount = Decimal(rng.randrange(1_000, 200_000, 500))
    mjp = rng.choice(mjps)
    history_date = meeting - dt.timedelta(days=rng.randint(30, 900))
    title = f"{number}. Goedkeuring samenwerkingsovereenkomst {subject} met {' en '.join(partners)}."
    body = (
        f"{title}\n\nMotivering\n\nVoorgeschiedenis\n\n• Gemeenteraad {history_date.isoformat()} - agendapunt "
        f"{rng.randint(1, 60)}: goedkeuring vorige overeenkomst inzake {subject}.\n\nFeiten en argumentatie\n\n"
        + FILLER * rng.randint(3, 6)
        + f"Het project rond {subject} loopt van 1 januari {year} tot 31 december {year + 1}. "
        + f"De jaarlijkse toelage bedraagt {amount} euro.\n\nFinanciële gevolgen\n\n"
        + f"Actie AC{rng.randint(0, 999999):06d} {mjp} budget {year}: {amount} euro.\n\nBesluit\n\n"
        + f"Artikel 1\nDe gemeenteraad keurt de samenwerkingsovereenkomst met {', '.join(partners)} goed.\n\n"
    )
    return _Item(body, {"title": title, "partners": partners, "amount": amount, "mjp": mjp, "year": year,
                        "history": history_date, "subject": subject})  # fmt: skip


def synthetic_document(rng: random.Random, index: int, stems: list[str], mjps: list[str]) -> tuple[SourceDocument, DocumentRecord]:
    meeting = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
    items = [_item(rng, n, meeting, stems, mjps) for n in range(1, ITEMS_PER_DOCUMENT + 1)]
    header = f"Stad Mechelen\nGemeenteraad\nZitting van {meeting.isoformat()}\nAanwezig: Jan Peeters, voorzitter; An Claes, schepen\n\n"
    pages = [header + items[0].text] + [item.text for item in items[1:]]
    text, page_infos = join_pages(pages)
    sha = _sha(f"synthetic-{index}-{text}")
    name = f"synthetic-{index:05d}.txt"
    source = SourceDocument(name=name, path=f"/synthetic/{name}", sha256=sha, kind="txt", text=text, pages=page_infos)
    decisions: list[Decision] = []
    organizations: dict[str, list[Span]] = {}
    for number, (item, page) in enumerate(zip(items, page_infos, strict=True), start=1):
        start, end = page.start, page.end
        span = Span(page=page.number, start=start, end=end)
        title_span = Span(page=page.number, start=start, end=start + len(item.facts["title"]))  # type: ignore[arg-type]
        partners: list[str] = item.facts["partners"]  # type: ignore[assignment]
        for partner_name in partners:
            organizations.setdefault(partner_name, []).append(title_span)
        amount: Decimal = item.facts["amount"]  # type: ignore[assignment]
        year: int = item.facts["year"]  # type: ignore[assignment]
        decisions.append(
            Decision(
                agenda_item=number, title=str(item.facts["title"]), decision_type="goedkeuring", span=span,
                title_span=title_span, parties=[PartyRef(name=p, span=title_span) for p in partners],
                period=Period(start=dt.date(year, 1, 1), end=dt.date(year + 1, 12, 31), span=span),
                amounts=[Amount(value=amount, kind="annual", text=f"{amount} euro", span=span)],
                budget_lines=[BudgetLine(year=year, mjp=str(item.facts["mjp"]), amount=amount, span=span),
                              BudgetLine(year=year + 1, mjp=str(item.facts["mjp"]), amount=amount, span=span)],
                history=[HistoryEvent(date=item.facts["history"], body="gemeenteraad", agenda_item=number,
                                      text="Gemeenteraad", span=span)],
            )  # fmt: skip
        )
    first = page_infos[0]
    record = DocumentRecord(
        source=name, sha256=sha, page_count=len(page_infos), document_type="notulen", municipality="Mechelen",
        meeting=Meeting(body="gemeenteraad", date=meeting, session="openbaar"),
        attendees=[Attendee(name="Jan Peeters", role="voorzitter", span=Span(page=1, start=first.start, end=first.start + 10)),
                   Attendee(name="An Claes", role="schepen", span=Span(page=1, start=first.start, end=first.start + 10))],
        organizations=[Organization(name=n, mentions=spans) for n, spans in organizations.items()],
        decisions=decisions,
    )  # fmt: skip
    return source, record


def build_synthetic_kb(con: duckdb.DuckDBPyConnection, decisions: int = 10_000, seed: int = 7,
                       progress: Callable[[int, int], None] | None = None) -> int:  # fmt: skip
    """Write ceil(decisions / 10) synthetic documents; returns the number of decisions written."""
    rng = random.Random(seed)
    stems = [f"{stem} {suffix}".strip() for stem in ORG_STEMS for suffix in ("", "Noord", "Zuid", "Plus", "Centrum")]
    mjps = [f"MJP{n:06d}" for n in rng.sample(range(1, 999_999), 200)]
    documents = -(-decisions // ITEMS_PER_DOCUMENT)
    for first in range(0, documents, BATCH):
        batch = [synthetic_document(rng, index, stems, mjps) for index in range(first, min(documents, first + BATCH))]
        write_new_documents(con, batch)
        if progress is not None:
            progress(first + len(batch), documents)
    return documents * ITEMS_PER_DOCUMENT


BATCH = 100


def write_new_documents(con: duckdb.DuckDBPyConnection, pairs: list[tuple[SourceDocument, DocumentRecord]]) -> None:
    """Store NEW documents in one transaction: the rows `write_document` writes (`record_to_rows`),
    inserted table by table for the whole batch. A benchmark shortcut: `write_document` spends most
    of its time on per-document statements, which a 10,000-decision build would pay 1,000 times."""
    now = dt.datetime(2025, 1, 1)
    all_rows = [record_to_rows(source, record, now) for source, record in pairs]
    with transaction(con):
        for table in ENTITY_TABLES:
            entities = unique_entities(table, [r for rows in all_rows for r in rows.entities[table]])
            insert_rows(con, table, entities, "ON CONFLICT DO NOTHING")
        insert_rows(con, "documents", [rows.document for rows in all_rows])
        for table in FACT_TABLES:
            insert_rows(con, table, [r for rows in all_rows for r in rows.facts[table]])


@dataclass
class Timing:
    query: str
    runs: int
    median_ms: float
    p95_ms: float
    max_ms: float


def _time(fn: Callable[[str], object], arguments: list[str]) -> list[float]:
    times = []
    for argument in arguments:
        started = time.perf_counter()
        fn(argument)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _summary(name: str, times: list[float]) -> Timing:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return Timing(name, len(times), round(statistics.median(ordered), 2), round(p95, 2), round(ordered[-1], 2))


def bench_queries(con: duckdb.DuckDBPyConnection, runs: int = 30, seed: int = 11) -> tuple[float, list[Timing]]:
    """(seconds the derived-data refresh took, timings of partner / budget / search)."""
    started = time.perf_counter()
    refresh_derived(con)
    refresh_seconds = time.perf_counter() - started
    rng = random.Random(seed)
    mjps = [row[0] for row in con.execute("SELECT DISTINCT mjp FROM budget_lines WHERE mjp IS NOT NULL ORDER BY 1").fetchall()]
    names = [rng.choice(ORG_STEMS) for _ in range(runs)]
    words = [rng.choice(SUBJECTS) for _ in range(runs)]
    search(con, "warm")  # first use loads the FTS extension into the connection
    timings = [
        _summary("partner", _time(lambda n: partner(con, n), names)),
        _summary("budget", _time(lambda c: budget(con, c), [rng.choice(mjps) for _ in range(runs)] if mjps else [])),
        _summary("search", _time(lambda w: search(con, w), words)),
    ]
    return refresh_seconds, timings
