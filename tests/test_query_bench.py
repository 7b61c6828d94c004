"""The query benchmark builds a synthetic knowledge base through the real store and times queries."""

from __future__ import annotations

from kb import connect
from kb.query_bench import bench_queries, build_synthetic_kb
from kb.query import budget, partner, search


def test_small_synthetic_kb_answers_all_three_queries() -> None:
    con = connect(":memory:")
    assert build_synthetic_kb(con, 60, seed=3) == 60
    assert con.execute("SELECT count(*) FROM decisions").fetchone()[0] == 60
    refresh_seconds, timings = bench_queries(con, runs=3)
    assert [t.query for t in timings] == ["partner", "budget", "search"]
    assert all(t.runs == 3 and 0 < t.median_ms <= t.max_ms for t in timings)
    assert refresh_seconds > 0
    mjp = con.execute("SELECT mjp FROM budget_lines LIMIT 1").fetchone()[0]
    assert budget(con, mjp).lines and search(con, "schooluitval").hits is not None
    assert any(partner(con, stem).agreements for stem in ("Arktos", "Kompas", "Horizon", "Vonk"))
    con.close()
