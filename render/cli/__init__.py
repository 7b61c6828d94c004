"""The `besluitenbank` command line (typer): one thin module per command group."""
