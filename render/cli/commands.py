"""Imports every command module so their commands register on the app."""

from render.cli import audit_cmd, eval_cmd, export_cmd, extract_cmd, ingest_cmd, measure_cmd, partner_cmd, plan_cmd, render_cmd, show_cmd, synth_cmd  # noqa: F401
from render.cli import bench_queries_cmd, query_cmds  # noqa: F401
from render.cli import bench_cmd  # noqa: F401
