"""Assembles the `besluitenbank` typer app from the command modules."""

from __future__ import annotations

import inspect

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


def one_line_paragraphs(text: str) -> str:
    """A help text with each paragraph on one line.

    Typer's rich mode prints a help text's line breaks as they stand, so a docstring wrapped in
    the source would break mid-sentence in `--help` and in the command list; a one-line paragraph
    is wrapped by the terminal instead.
    """
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in inspect.cleandoc(text).split("\n\n"))


def _register() -> None:
    # Each module adds its commands to `app`; imported here so `--help` lists them all.
    from render.cli import commands  # noqa: F401

    groups = [group.typer_instance for group in app.registered_groups if group.typer_instance]
    for info in [*app.registered_commands, *(info for group in groups for info in group.registered_commands)]:
        info.help = one_line_paragraphs(info.help or inspect.getdoc(info.callback) or "")


_register()

if __name__ == "__main__":
    app()
