"""The audit on the Mechelen dev corpus with the real plan extract (read from ../shared, skipped
when absent): every cited MJP code is matched in the right version or reported absent/malformed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kb import connect, ingest_into
from kb.audit import AuditReport, run_audit
from kb.plan import import_plan, read_plan_csv

# The agenda items of 27 January 2025 whose Financiële gevolgen cite MJP codes.
CITING_ITEMS = (32, 37, 38, 40, 41, 45, 46, 47, 48, 49, 51, 52)


@pytest.fixture(scope="module")
def real(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> AuditReport:
    plan = shared_dir / "plan-real" / "mechelen" / "mjp-lines.csv"
    corpus = shared_dir / "corpus-real" / "mechelen"
    if not plan.is_file() or not corpus.is_dir():
        pytest.skip("real plan or Mechelen corpus absent")
    con = connect(tmp_path_factory.mktemp("real") / "kb.duckdb")
    try:
        ingest_into(con, [corpus / f"gemeenteraad-20250127-{item}.txt" for item in CITING_ITEMS])
        import_plan(con, read_plan_csv(plan), municipality="Mechelen")
        return run_audit(con)
    finally:
        con.close()


def test_every_cited_code_is_matched_or_reported(real: AuditReport) -> None:
    reported_absent = {(f.decision_id, f.subject) for f in real.findings if f.rule == "line-absent-from-plan"}
    for row in real.reconciliation:
        assert row.version == "2020-2025/10"  # decisions of 27-01-2025: the version in force then
        assert row.status in ("matched", "absent"), row
        if row.status == "absent":
            assert all((c.decision_id, row.mjp) in reported_absent for c in row.commitments), row
    matched = {row.mjp for row in real.reconciliation if row.status == "matched"}
    assert matched == {"MJP005487", "MJP006143", "MJP007762", "MJP009545", "MJP009686"}


def test_code_of_another_version_is_not_matched(real: AuditReport) -> None:
    # item 46 cites MJP010298 for 2024-2026; only 2026-2031/1 holds that code
    ragheno = next(f for f in real.findings if f.rule == "line-absent-from-plan" and f.subject == "MJP010298")
    assert "2026-2031/1" in ragheno.message and "niet gekoppeld" in ragheno.message
    dossier = next(d for d in real.dossiers if "MJP010298" in d.cites())
    assert dossier.plan.choice.version == "2020-2025/10" and "nog niet van kracht" in dossier.plan.choice.explanation


def test_malformed_codes_are_reported_as_such(real: AuditReport) -> None:
    malformed = sorted((f.sources[0].source, f.subject) for f in real.findings if f.rule == "malformed-code")
    assert malformed == [("gemeenteraad-20250127-48.txt", "MJP9818"), ("gemeenteraad-20250127-49.txt", "MJP9818")]
    assert real.summary.malformed == 2


def test_reconciliation_figures_to_the_cent(real: AuditReport) -> None:
    rows = {(r.mjp, r.year): r for r in real.reconciliation}
    neerheide = rows[("MJP009686", 2025)]
    assert (neerheide.kind, neerheide.figure, neerheide.committed, neerheide.remaining) == (
        "raming", Decimal("79128.00"), Decimal("32199.47"), Decimal("46928.53"))  # fmt: skip
    convenant = rows[("MJP006143", 2025)]
    assert (convenant.figure, convenant.committed, convenant.remaining) == (Decimal("5410.00"), Decimal("5410.00"), Decimal("0.00"))
    # items 48 and 49 show the same Budgetopgave (same amount, same available credit): one commitment
    sewer = rows[("MJP009818", 2024)]
    assert [c.repeat_of for c in sewer.commitments].count(None) == 1 and sewer.committed == Decimal("74324.95")
    assert real.summary.over_committed == 0


def test_the_convenant_contribution_above_its_credit_is_found(real: AuditReport) -> None:
    (hit,) = [f for f in real.findings if f.rule == "annual-over-budget-line"]
    assert hit.numbers == {"jaarbedrag": Decimal("6235.39"), "begrotingslijnen": Decimal("5410.00")}
    assert "6.235,39 euro" in " ".join(q.passage for q in hit.quotes)
    assert not [f for f in real.findings if f.rule == "budget-line-over-available"]  # item 38 reads its btw pair right
