"""Malformed or truncated plan codes cited in a decision: reported as such, never matched.

Two sources. The extractor keeps code fragments it could not repair unambiguously in
`BudgetLine.uncertain_pieces`. And the decision's own text is scanned for `MJP`/`AC` followed by
a number that is not six digits (`MJP9818` in `werd verschoven ... naar MJP9818 ‘Toelage Hidrogem
voor rioleringsprojecten’`). A fragment that is the start of a code the decision's budget lines
carry (`MJP00268` of a garbled table cell whose last digit is on the next line, repaired to
MJP002686 by the extractor) is that code, not a second citation. A similar well-formed code is
named in the message, never substituted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.audit.facts import DecisionFacts
from kb.audit.findings import Hit
from kb.audit.plancheck import PlanContext
from kb.audit.registry import rule
from schema.provenance import Span

CODE_TOKEN = re.compile(r"\b(MJP|AC)(\d{1,12})\b(?!\s?[-–]\s?\d{4})")


def malformed_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(token, start, end) of every `MJP`/`AC` + digits token in text[start:end] whose digits are not six."""
    found = []
    for match in CODE_TOKEN.finditer(text, start, end):
        if len(match[2]) != 6:
            found.append((match[0], match.start(), match.end()))
    return found


def similar_codes(token: str, codes: set[str]) -> list[str]:
    """Well-formed codes of the same prefix whose digits contain the token's digits in order
    (`MJP9818` ~ `MJP009818`), to name in the message."""
    prefix = "MJP" if token.startswith("MJP") else "AC"
    digits = token[len(prefix) :]
    pattern = re.compile(".*".join(map(re.escape, digits)))
    return sorted(code for code in codes if code.startswith(prefix) and pattern.search(code[len(prefix) :]))


def _page_of(facts: DecisionFacts, offset: int) -> int:
    return facts.text.count("\f", 0, offset) + 1


@rule("malformed-code", "warning", "Afgebroken of misvormde plancode")
def malformed_code(facts: DecisionFacts, plan: PlanContext) -> Iterator[Hit]:
    """A cited MJP or AC code does not have six digits, or is a fragment the extractor could not repair.

    Pattern: `MJP9818` (four digits) in the Financiële gevolgen prose. Reported with the passage; a
    well-formed code with those digits cited elsewhere in the decision is mentioned, not matched.
    """
    decision = facts.decision
    codes = {code for line in decision.budget_lines for code in (line.mjp, line.action) if code}
    seen: set[str] = set()
    for line in decision.budget_lines:
        for piece in line.uncertain_pieces:
            if piece in seen:
                continue
            seen.add(piece)
            yield Hit(
                subject=piece,
                message=f"Codefragment {piece!r} kon niet ondubbelzinnig hersteld worden; niet gekoppeld aan het plan.",
                numbers={},
                quotes=(facts.quote("begrotingslijn", line.span),),
            )
    for token, start, end in malformed_tokens(facts.text, decision.span.start, decision.span.end):
        if token in seen or any(code.startswith(token) for code in codes):
            continue
        seen.add(token)
        similar = similar_codes(token, codes)
        note = f" Gelijkaardige code in dezelfde beslissing: {', '.join(similar)} (niet gekoppeld)." if similar else ""
        line_start = facts.text.rfind("\n", 0, start) + 1
        line_end = facts.text.find("\n", end)
        span = Span(page=_page_of(facts, start), start=line_start, end=line_end if line_end != -1 else end)
        yield Hit(
            subject=token,
            message=f"{token} is geen geldige plancode (verwacht: {token[:3] if token.startswith('MJP') else 'AC'} "
                    f"+ 6 cijfers).{note}",
            numbers={},
            quotes=(facts.quote("code", span),),
        )
