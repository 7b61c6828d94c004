"""Period and history of one decision block, from its zones: pure functions over the text.

`block_period`: the decision's own words first — the title, then the Besluit — and only then the
rest of the block outside its history (a Voorgeschiedenis describes earlier agreements and their
periods, a Juridische grond cites laws), where only an explicit term with dates counts: a year
named in the Feiten (`presentiegelden bestuursperiode 2025-2030`) is seldom the decision's own.
`block_history`: the block's history sections; when it has none, the decisions of bodies cited in
a `Juridische grondslag` plus the explicitly dated acts of its narrative sections (Feiten en
context, Aanleiding en context), the same decision cited in both counted once.
"""

from __future__ import annotations

from extract.chronology.events import EventMatch, Undated, history_events, legal_events, merge_events, narrative_events
from extract.chronology.periods import PeriodCandidate, choose_period, range_periods, text_to_periods
from extract.chronology.zones import Zones


def block_period(text: str, start: int, end: int, zones: Zones) -> PeriodCandidate | None:
    for zone_start, zone_end in zones.title:
        chosen = choose_period(text_to_periods(text, zone_start, zone_end, title=True), own=True)
        if chosen:
            return chosen
    for zone_start, zone_end in zones.besluit:
        chosen = choose_period(text_to_periods(text, zone_start, zone_end), own=True)
        if chosen:
            return chosen
    skip = zones.title + zones.history + zones.legal + zones.excluded
    candidates = [c for c in range_periods(text, start, end) if not zones.covers(skip, c.span_start, c.span_end)]
    return choose_period(candidates, own=False)


def block_history(text: str, zones: Zones) -> tuple[list[EventMatch], list[Undated]]:
    if zones.history:
        events: list[EventMatch] = []
        undated: list[Undated] = []
        for zone_start, zone_end in zones.history:
            found, skipped = history_events(text, zone_start, zone_end)
            events.extend(found)
            undated.extend(skipped)
        return events, undated
    events = []
    for zone_start, zone_end in zones.legal:
        events = merge_events(events, legal_events(text, zone_start, zone_end))
    for zone_start, zone_end in zones.context:
        events = merge_events(events, narrative_events(text, zone_start, zone_end))
    return sorted(events, key=lambda e: e.start), []
