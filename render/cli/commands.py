"""Imports every command module so their commands register on the app."""

from render.cli import eval_cmd, extract_cmd  # noqa: F401
