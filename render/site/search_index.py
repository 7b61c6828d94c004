"""The client-side search index: one entry per decision, document, organisation, meeting and code.

The site is static (no server), so search runs in the browser over this index
(`static/search.js`). Text is folded the way the script folds a query (NFD, accents dropped,
lowercase) and reduced to its distinct words: a substring test then finds `schooluitval` in
`schooluitvalpreventie`, and the index stays small enough to load with the page. The index is
written twice: `search-index.json` for tools, and `search-index.js` (the same data assigned to a
global) because browsers refuse `fetch` of a local file opened from disk.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass

from render.site import urls
from render.site.knowledge import Knowledge
from render.site.labels import labels
from render.site.meeting_pages import meeting_title

WORD = re.compile(r"[0-9a-z]+(?:[-'][0-9a-z]+)*")
GLOBAL_NAME = "BESLUITENBANK_SEARCH"


@dataclass(frozen=True)
class SearchEntry:
    """k: kind shown, t: title, u: url from the site root, d: detail line, x: folded distinct words."""

    k: str
    t: str
    u: str
    d: str
    x: str


def fold(text: str) -> str:
    """Lowercase without accents (`Emmaüs` → `emmaus`), as `search.js` folds a query."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def distinct_words(*texts: str) -> str:
    """The distinct folded words of `texts`, in order of first appearance, joined by spaces."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in WORD.findall(fold(text)):
            if len(word) > 1:
                seen.setdefault(word, None)
    return " ".join(seen)


def build_entries(knowledge: Knowledge, organisations: list[str], codes: list[str]) -> list[SearchEntry]:
    entries: list[SearchEntry] = []
    for stored in knowledge.primary_decisions():
        decision, document = stored.decision, stored.document
        body = document.text[decision.span.start : decision.span.end]
        parties = [party.name for party in decision.parties]
        lines = [f"{line.mjp or ''} {line.action or ''}" for line in decision.budget_lines]
        entries.append(SearchEntry("besluit", decision.title or stored.id, urls.decision(stored.id),
                                   " · ".join([document.source, *parties]),
                                   distinct_words(decision.title, *parties, *lines, body)))  # fmt: skip
    indexed: set[str] = set()
    for document in knowledge.documents.values():
        if indexed & set(knowledge.twin_documents(document.id)):
            continue  # the same document in another format (`x.txt` / `x.pdf`) is found once
        indexed.add(document.id)
        # documents with decisions are found through them; the others (presentations, answers) by text
        text = document.text if not document.record.decisions else ""
        kind = labels().label("document_type", document.record.document_type)
        words = distinct_words(document.source, text)
        entries.append(SearchEntry("document", document.source, urls.document(document.id), kind, words))
    for cluster_id in organisations:
        cluster = knowledge.clusters[cluster_id]
        entries.append(SearchEntry("organisatie", cluster.name, urls.organisation(cluster_id), ", ".join(cluster.names),
                                   distinct_words(*cluster.names)))  # fmt: skip
    for meeting in knowledge.meetings.values():
        title = meeting_title(meeting)
        entries.append(
            SearchEntry(
                "vergadering",
                title,
                urls.meeting(meeting.id),
                labels().label("session", meeting.session),
                distinct_words(title),
            )
        )
    for code in codes:
        entries.append(SearchEntry("begrotingslijn", code, urls.budget(code), "", distinct_words(code)))
    return entries


def entries_to_json(entries: list[SearchEntry]) -> str:
    """Compact JSON with `<`, `>` and `&` as `\\u` escapes: still the same strings to any JSON or
    JavaScript reader, but no document text can read as `</script>` or markup wherever the data lands."""
    data = json.dumps([asdict(entry) for entry in entries], ensure_ascii=False, separators=(",", ":"))
    return data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def json_to_script(data: str) -> str:
    """The index as a script assigning a global, loadable from a page opened as a local file."""
    return f"window.{GLOBAL_NAME} = {data};\n"
