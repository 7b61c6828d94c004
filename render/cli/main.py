"""Assembles the `besluitenbank` typer app from the command modules."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="besluitenbank",
    help=(
        "Turn Flemish council minutes (gemeenteraad notulen, besluitenlijsten, antwoorden) into a "
        "queryable DuckDB knowledge base with provenance for every fact."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


@app.callback()
def main() -> None:
    """besluitenbank: council decisions as a knowledge base."""


def _register() -> None:
    # Each module adds its commands to `app`; imported here so `--help` lists them all.
    from render.cli import commands  # noqa: F401


_register()

if __name__ == "__main__":
    app()
