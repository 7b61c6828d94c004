"""The Jinja environments of the site and which context model each template renders.

HTML: `autoescape=True` and `StrictUndefined`, so every value is escaped (a `<script>` in a council
document stays text) and a template that names a field its model lacks fails instead of showing
nothing. Markdown (`*.md.j2`): HTML escaping would print `&amp;` into a note, so every value goes
through `md_escape` instead (Jinja's `finalize`), which backslash-escapes what Markdown or an HTML
renderer would read as markup; the template text itself is not touched.

`PAGE_TEMPLATES` is the contract: each page template and its model; the tests render each one with
its model and check that every name a template uses is a field of that model.
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from render.site.models import (
    BudgetPage,
    DecisionPage,
    DocumentPage,
    IndexPage,
    MeetingPage,
    OrganisationPage,
)

PAGE_TEMPLATES: dict[str, type] = {
    "index.html.j2": IndexPage,
    "decision.html.j2": DecisionPage,
    "document.html.j2": DocumentPage,
    "organisation.html.j2": OrganisationPage,
    "budget.html.j2": BudgetPage,
    "meeting.html.j2": MeetingPage,
    "summary.md.j2": DecisionPage,
}

MD_SPECIAL = re.compile(r"[\\`*\[\]<>#|~]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
"""What Markdown or an HTML renderer reads as markup; `_` only at a word edge (`000_5a41` stays)."""


def md_escape(value: Any) -> str:
    """A value for a Markdown note: whitespace collapsed (a value never breaks a list or table),
    Markdown and HTML punctuation backslash-escaped."""
    if value is None:
        return ""
    return MD_SPECIAL.sub(lambda match: "\\" + match.group(0), " ".join(str(value).split()))


def _environment(**escaping: Any) -> Environment:
    return Environment(
        loader=PackageLoader("render", "templates"), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, **escaping,
    )  # fmt: skip


def html_environment() -> Environment:
    return _environment(autoescape=True)


def markdown_environment() -> Environment:
    return _environment(autoescape=False, finalize=md_escape)


def context_of(model: object) -> dict[str, Any]:
    """A context model's fields as template variables (shallow: nested models stay objects)."""
    return {f.name: getattr(model, f.name) for f in fields(model)}  # type: ignore[arg-type]


class Renderer:
    """Renders page templates from their context models, checking the model is the one declared."""

    def __init__(self) -> None:
        self.html = html_environment()
        self.markdown = markdown_environment()

    def render(self, template: str, model: object) -> str:
        expected = PAGE_TEMPLATES[template]
        if not isinstance(model, expected):
            raise TypeError(f"{template} renders a {expected.__name__}, not a {type(model).__name__}")
        environment = self.markdown if template.endswith(".md.j2") else self.html
        return environment.get_template(template).render(context_of(model))
