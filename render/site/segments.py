"""A document's full text cut into runs, so the document page can mark and anchor every fact passage.

Facts overlap (a budget line's passage holds its amount; a title holds the parties it names), and
HTML elements cannot. `text_to_pages` therefore cuts the text at every fact boundary and every
page break into flat runs: a run is `marked` when at least one fact covers it, carries as tooltip
the labels of the facts covering it, and holds the anchors of the facts that start at it. The
page then renders each run as plain escaped text, so no document character ever becomes markup.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from render.site.anchors import AnchoredFact, page_anchor
from render.site.models import Segment, TextPage
from schema.source import PAGE_BREAK


@dataclass(frozen=True)
class Marker:
    """An anchor without a passage to mark: it only needs a position (a decision's start)."""

    anchor: str
    position: int


def page_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each page in the full text; pages are joined by one form feed."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for page in text.split(PAGE_BREAK):
        ranges.append((start, start + len(page)))
        start += len(page) + len(PAGE_BREAK)
    return ranges


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def text_to_pages(
    text: str, facts: list[AnchoredFact], labels: dict[str, str], markers: list[Marker] | None = None
) -> list[TextPage]:
    """The text by page, cut into `Segment`s at fact and page boundaries (see module docstring).

    A span outside the text (a damaged record) is clamped to it: its anchor still exists, on the
    nearest character, so no link breaks.
    """
    size = len(text)
    pages = page_ranges(text)
    cuts = {0, size}
    for start, end in pages:
        cuts.update((start, end))
    for fact in facts:
        cuts.update((_clamp(fact.span.start, 0, size), _clamp(fact.span.end, 0, size)))
    for marker in markers or []:
        cuts.add(_clamp(marker.position, 0, size))
    bounds = sorted(cuts)
    covering: list[list[str]] = [[] for _ in bounds]
    anchors_at: list[list[str]] = [[] for _ in bounds]
    for fact in facts:
        first = bisect_left(bounds, _clamp(fact.span.start, 0, size))
        last = bisect_left(bounds, _clamp(fact.span.end, 0, size))
        anchors_at[first].append(fact.anchor)
        label = labels.get(fact.kind, fact.kind)
        for index in range(first, last):
            if label not in covering[index]:
                covering[index].append(label)
    for marker in markers or []:
        anchors_at[bisect_left(bounds, _clamp(marker.position, 0, size))].insert(0, marker.anchor)
    result: list[TextPage] = []
    for number, (start, end) in enumerate(pages, start=1):
        segments: list[Segment] = []
        first, last = bisect_left(bounds, start), bisect_left(bounds, end)
        for index in range(first, last + 1):
            run_end = bounds[index + 1] if index < last else bounds[index]
            run = text[bounds[index] : run_end]
            if not run and not anchors_at[index]:
                continue
            segments.append(Segment(run, bool(covering[index]) and bool(run), anchors_at[index],
                                    ", ".join(covering[index]) if run else ""))  # fmt: skip
            anchors_at[index] = []  # an anchor on a page boundary is placed once, on the first page
        result.append(TextPage(number, page_anchor(number), _merge(segments)))
    return result


def _merge(segments: list[Segment]) -> list[Segment]:
    """Join neighbouring runs that look the same and start no anchor (fewer elements per page)."""
    merged: list[Segment] = []
    for segment in segments:
        previous = merged[-1] if merged else None
        if previous and not segment.anchors and previous.marked == segment.marked and previous.tip == segment.tip:
            merged[-1] = Segment(previous.text + segment.text, previous.marked, previous.anchors, previous.tip)
        else:
            merged.append(segment)
    return merged
