"""Jinja templates of the audit report (package data)."""
