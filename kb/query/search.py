"""`search TEXT`: Dutch full-text search over decision texts, ranked, with highlighted snippets.

Ranking is BM25 over title, body and compound parts (`kb/fts.py`) with the Dutch stemmer, so
`overeenkomsten` finds `overeenkomst` and `overeenkomst` finds `samenwerkingsovereenkomst`. A
decision stored from several sources (text and PDF) is one hit (its best-scoring copy, the primary
copy on a tie; the others in `also_in`). The snippet is the passage of the body with the most
query words; a word is highlighted when, folded (lowercase, no accents), it starts with or
contains (for stems of 5+ letters: compounds) the stem of a query word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import duckdb

from kb import fts
from kb.db import fetch_rows
from kb.derived import refresh_derived
from kb.query.common import copies, flat, jsonable

SNIPPET_CHARS = 240
DEFAULT_LIMIT = 20
_WORD = re.compile(r"[^\W_]+")

_SEARCH = """
SELECT u.unit_id, u.decision_id, u.group_id, u.is_primary, u.document_id, u.title, s.score,
       doc.source, doc.municipality, doc.meeting_date, doc.meeting_body
FROM (SELECT unit_id, fts_main_search_units.match_bm25(unit_id, ?) AS score FROM search_units) s
JOIN search_units u USING (unit_id)
JOIN documents doc ON doc.id = u.document_id
WHERE s.score IS NOT NULL
ORDER BY s.score DESC, u.is_primary DESC, u.unit_id
LIMIT ?
"""


@dataclass
class Hit:
    rank: int
    unit_id: str
    decision_id: str | None
    document_id: str
    title: str
    score: float
    source: str
    municipality: str | None
    meeting_date: Any
    meeting_body: str | None
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # ranges in `snippet`
    also_in: list[str] = field(default_factory=list)

    def marked(self, before: str = "«", after: str = "»") -> str:
        """The snippet with every highlight wrapped in markers."""
        out, last = [], 0
        for start, end in self.highlights:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        return "".join(out + [self.snippet[last:]])


@dataclass
class SearchResult:
    query: str
    hits: list[Hit]
    stems: list[str]

    def to_json(self) -> dict[str, Any]:
        data = jsonable(self)
        for hit, item in zip(self.hits, data["hits"], strict=True):
            item["snippet_marked"] = hit.marked()
        return data

    def to_rows(self) -> list[dict[str, str]]:
        rows = []
        for hit in self.hits:
            data = {k: flat(v) for k, v in jsonable(hit).items() if k != "highlights"}
            data["snippet"] = hit.marked()
            rows.append(data)
        return rows


def query_stems(con: duckdb.DuckDBPyConnection, text: str) -> list[str]:
    """The Dutch stems of the query's words, as the index stems them (stopwords left out)."""
    words = [w for w in _WORD.findall(fts.fold(text)) if w not in fts.STOPWORDS]
    if not words:
        return []
    rows = con.execute("SELECT DISTINCT stem(w, 'dutch') FROM (SELECT unnest(?) AS w)", [words]).fetchall()
    return sorted({row[0] for row in rows if row[0]}, key=len, reverse=True)


def _fold_char(char: str) -> str:
    folded = fts.fold(char)
    return folded[0] if len(folded) >= 1 else char


_FOLD_TABLE: dict[int, str] = {}


def fold_same_length(text: str) -> str:
    """`fts.fold` character by character, so offsets in the folded text are offsets in `text`."""
    for char in set(text):
        if ord(char) not in _FOLD_TABLE:
            _FOLD_TABLE[ord(char)] = _fold_char(char)
    return text.translate(_FOLD_TABLE)


def hit_pattern(stems: list[str]) -> re.Pattern[str] | None:
    """Words that start with a stem, or contain a stem of 5+ letters (the head of a compound)."""
    if not stems:
        return None
    inner = [re.escape(s) for s in stems if len(s) >= 5]
    start = [re.escape(s) for s in stems]
    parts = [rf"\b(?:{'|'.join(start)})\w*"] + ([rf"\b\w+?(?:{'|'.join(inner)})\w*"] if inner else [])
    return re.compile("|".join(parts))


def snippet(text: str, stems: list[str], width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """The window of `text` with the most highlighted words, whitespace collapsed, with their ranges."""
    flat_text = " ".join(text.split())
    pattern = hit_pattern(stems)
    hits = [(m.start(), m.end()) for m in pattern.finditer(fold_same_length(flat_text))] if pattern else []
    if not hits:
        return flat_text[:width] + ("…" if len(flat_text) > width else ""), []
    best, best_count, right = 0, 0, 0
    for left in range(len(hits)):  # sliding window: most hits starting within width/2 of a hit
        while right < len(hits) and hits[right][0] < hits[left][0] + width // 2:
            right += 1
        if right - left > best_count:
            best, best_count = left, right - left
    start = max(0, hits[best][0] - width // 4)
    if start:
        space = flat_text.find(" ", start)
        start = space + 1 if 0 <= space < hits[best][0] else start
    end = min(len(flat_text), start + width)
    prefix = "…" if start else ""
    window = prefix + flat_text[start:end] + ("…" if end < len(flat_text) else "")
    shift = len(prefix) - start
    ranges = [(s + shift, e + shift) for s, e in hits if s >= start and e <= end]
    return window, ranges


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Decisions matching TEXT, best first, each decision once (see the module docstring)."""
    refresh_derived(con)
    if not text.strip() or not fts.has_index(con):
        return SearchResult(text, [], [])
    fts.load_fts(con)
    stems = query_stems(con, text)
    rows = fetch_rows(con, _SEARCH, [text, limit * 3])
    seen: set[str] = set()
    chosen = []
    for row in rows:
        group = row["group_id"]
        if group in seen:
            continue
        seen.add(group)
        chosen.append(row)
        if len(chosen) == limit:
            break
    bodies = dict(
        con.execute(
            "SELECT unit_id, body FROM search_units WHERE unit_id IN (SELECT unnest(?))", [[r["unit_id"] for r in chosen]]
        ).fetchall()
    )
    groups = copies(con, [r["group_id"] for r in chosen if r["decision_id"]])
    for row in chosen:
        if row["decision_id"] is None:  # a document without decisions: its copies are search units
            groups[row["group_id"]] = fetch_rows(
                con, "SELECT unit_id AS decision_id, d.source FROM search_units u JOIN documents d ON d.id = u.document_id "
                     "WHERE u.group_id = ? AND u.decision_id IS NULL", [row["group_id"]])  # fmt: skip
    hits = []
    for rank, row in enumerate(chosen, 1):
        passage, ranges = snippet(bodies.get(row["unit_id"], ""), stems)
        own = row["decision_id"] or row["unit_id"]
        others = [c["source"] for c in groups.get(row["group_id"], []) if c["decision_id"] != own]
        hits.append(
            Hit(rank=rank, unit_id=row["unit_id"], decision_id=row["decision_id"], document_id=row["document_id"],
                title=row["title"], score=round(float(row["score"]), 4), source=row["source"],
                municipality=row["municipality"], meeting_date=row["meeting_date"], meeting_body=row["meeting_body"],
                snippet=passage, highlights=ranges, also_in=others)  # fmt: skip
        )
    return SearchResult(text, hits, stems)
