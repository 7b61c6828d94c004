"""Schema migrations: named, applied once, recorded; the schema documents itself."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from kb.migrations import MIGRATIONS, applied, connect, migrate, pending
from kb.rows import ENTITY_TABLES, FACT_TABLES


def test_migrations_apply_once_and_are_recorded(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    with connect(db) as con:
        assert applied(con) == [m.name for m in MIGRATIONS]
        assert pending(con) == []
        assert migrate(con) == []  # nothing left to do
    with connect(db) as con:  # reopening does not re-run them (CREATE TABLE would fail)
        assert applied(con) == [m.name for m in MIGRATIONS]


def test_migrations_read_only_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    duckdb.connect(str(db)).close()
    with pytest.raises(RuntimeError, match="needs migrations"):
        connect(db, read_only=True)


def test_migrations_failed_migration_leaves_no_trace(tmp_path: Path, monkeypatch) -> None:
    from kb import migrations

    broken = migrations.Migration("9999_broken")
    monkeypatch.setattr(migrations.Migration, "sql", lambda self: "CREATE TABLE half (a INT); SELECT * FROM nowhere;")
    monkeypatch.setattr(migrations, "MIGRATIONS", (broken,))
    con = duckdb.connect(str(tmp_path / "kb.duckdb"))
    with pytest.raises(duckdb.Error):
        migrations.migrate(con)
    assert migrations.applied(con) == []
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half'").fetchone()[0] == 0


def test_migrations_every_table_is_documented_in_the_database() -> None:
    # Someone opening the DuckDB file directly sees what each table holds (duckdb_tables().comment).
    with connect(":memory:") as con:
        comments = dict(con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
    for table in ("documents", "failures", *ENTITY_TABLES, *FACT_TABLES):
        assert comments.get(table), f"table {table} has no COMMENT"


def test_migrations_schema_md_names_every_table() -> None:
    text = (Path(__file__).resolve().parent.parent / "kb" / "SCHEMA.md").read_text(encoding="utf-8")
    for table in ("documents", "failures", *ENTITY_TABLES, *FACT_TABLES):
        assert f"`{table}`" in text, f"kb/SCHEMA.md does not describe {table}"
