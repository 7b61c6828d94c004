"""Where each page lives in the site, so every builder writes the same links.

Paths are relative to the site root; a builder prefixes them with its page's `root` (`""` for
the index, `"../"` one folder down). Ids are content-derived (`1cec98b08bde-1`, `m-9ed98fdd94e0`,
`MJP007706`, organisation slugs), hence safe file names.
"""

from __future__ import annotations

INDEX = "index.html"
AUDIT_INDEX = "audit/index.html"
SEARCH_INDEX_JSON = "search-index.json"
SEARCH_INDEX_JS = "search-index.js"
BUDGET_INDEX = "budget/index.html"


def decision(decision_id: str) -> str:
    return f"decisions/{decision_id}.html"


def summary(decision_id: str) -> str:
    return f"summaries/{decision_id}.md"


def document(document_id: str, anchor: str | None = None) -> str:
    return f"documents/{document_id}.html" + (f"#{anchor}" if anchor else "")


def organisation(slug: str) -> str:
    return f"organisations/{slug}.html"


def budget(code: str) -> str:
    return f"budget/{code}.html"


def meeting(meeting_id: str) -> str:
    return f"meetings/{meeting_id}.html"


def audit_line(code: str) -> str:
    return f"audit/lines/{code}.html"


def static(name: str) -> str:
    return f"static/{name}"
