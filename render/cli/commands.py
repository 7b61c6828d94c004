"""Imports every command module so their commands register on the app."""

from render.cli import eval_cmd, export_cmd, extract_cmd, ingest_cmd, measure_cmd, partner_cmd, show_cmd  # noqa: F401
