"""Imports every command module so their commands register on the app, in the order `--help` lists them."""

from render.cli import (  # noqa: F401
    ingest_cmd,
    extract_cmd,
    eval_cmd,
    measure_cmd,
    export_cmd,
    plan_cmd,
    audit_cmd,
    render_cmd,
    partner_cmd,
    query_cmds,
    synth_cmd,
    bench_cmd,
    bench_queries_cmd,
)
