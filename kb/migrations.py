"""Named schema migrations, each applied once and recorded in `_migrations`.

A migration is a SQL file in `kb/sql/`; its name is the file name without `.sql`. `migrate`
applies the ones not yet recorded, in order, each in its own transaction together with its
`_migrations` row, so a failed migration leaves the database as it was. A database created by an
older besluitenbank is brought up to date the next time it is opened. Never edit a released
migration: add a new file (`0002_...sql`); `MIGRATIONS` lists the files in name order.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb

from kb.db import table_exists, transaction

LEDGER = "_migrations"


@dataclass(frozen=True)
class Migration:
    name: str

    def sql(self) -> str:
        return resources.files("kb.sql").joinpath(f"{self.name}.sql").read_text(encoding="utf-8")


def _discover() -> tuple[Migration, ...]:
    """Every `kb/sql/NNNN_name.sql`, in name order: adding a migration is adding a file."""
    names = sorted(
        entry.name.removesuffix(".sql")
        for entry in resources.files("kb.sql").iterdir()
        if entry.name.endswith(".sql") and entry.name[:4].isdigit()
    )
    return tuple(Migration(name) for name in names)


MIGRATIONS: tuple[Migration, ...] = _discover()


def _ensure_ledger(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {LEDGER} (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
    )


def applied(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations recorded as applied, in the order they were applied."""
    _ensure_ledger(con)
    return [row[0] for row in con.execute(f"SELECT name FROM {LEDGER} ORDER BY applied_at, name").fetchall()]


def pending(con: duckdb.DuckDBPyConnection) -> list[Migration]:
    """Migrations not yet applied to this database (writes nothing but the empty ledger)."""
    done = set(applied(con))
    return [migration for migration in MIGRATIONS if migration.name not in done]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every pending migration; return the names applied now."""
    names: list[str] = []
    for migration in pending(con):
        with transaction(con):
            con.execute(migration.sql())
            con.execute(f"INSERT INTO {LEDGER} VALUES (?, ?)", [migration.name, dt.datetime.now()])
        names.append(migration.name)
    return names


def _remember_missing_pandas() -> None:
    """Make `import pandas` fail fast when pandas is not installed.

    DuckDB's Python client tries to import pandas for every bound parameter to recognise
    DataFrames; without pandas each try searches the whole `sys.path` again, which made that
    search most of the time of a document write. A `None` entry in `sys.modules` is Python's
    own marker for "known absent": the import then raises at once. Nothing changes when pandas
    is installed.
    """
    if "pandas" not in sys.modules and importlib.util.find_spec("pandas") is None:
        sys.modules["pandas"] = None  # type: ignore[assignment]


def connect(db_path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating when missing) the knowledge base at `db_path`, migrated to the current schema.

    `":memory:"` gives a private in-memory database (tests). A read-only connection is not
    migrated: it refuses a database that needs migrations instead of silently reading an old shape.
    """
    _remember_missing_pandas()
    target = str(db_path)
    if read_only:
        con = duckdb.connect(target, read_only=True)
        missing = [m.name for m in MIGRATIONS if m.name not in _applied_read_only(con)]
        if missing:
            con.close()
            raise RuntimeError(f"{target} needs migrations {missing}: open it once for writing (e.g. ingest)")
        return con
    con = duckdb.connect(target)
    migrate(con)
    return con


def _applied_read_only(con: duckdb.DuckDBPyConnection) -> set[str]:
    if not table_exists(con, LEDGER):
        return set()
    return {row[0] for row in con.execute(f"SELECT name FROM {LEDGER}").fetchall()}
