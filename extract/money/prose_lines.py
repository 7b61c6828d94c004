"""Budget lines cited in running text (mostly the Financiële gevolgen).

Forms met: `Voor 2020 is er 11 470 euro voorzien: AC000131 -- … -- MJP006171 -- … --
2020/6490120/60/0550/01` (one line with action, plan line and key), `krediet van 30.000,00 euro
recurrent voorzien in de meerjarenplanning 2020-2025 (MJP004210)` (no single year), `de
ramingnummers MJP009545 en MJP005487` (two lines), `Exploitatiekrediet van 2024, op kredietcode
6103010/011904, 6103010/011905 …` (a line per key), `MJP000217 - AC000300 – 0119-08/2210007`.

Within one sentence the codes of different kinds form one line; several codes of one kind form
one line each. The year is one named for the credit (`voor 2025`, `van 2024`, `in 2020`, or the
year a key starts with); a plan period (`2020-2025`) is no year. The amount is the one amount of
the clause holding the code (`… en is voorzien op MJP006143 voor een bedrag van 5.410,00 euro`),
else the one amount of the sentence, else null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extract.money.codes import CodeMatch, find_budget_keys, find_plan_codes
from extract.money.mentions import MoneyMention
from extract.money.vocab import has_word, load_vocab

_CREDIT_YEAR = re.compile(
    r"\b(?:voor|in|van|jaar|begrotingsjaar|boekjaar|budgetjaar|exploitatiekrediet|investeringskrediet)\s+"
    r"((?:19|20)\d\d)(?![\d/\-])",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(r"\s(?:en|maar)\s|[;:]")
_PLAN_VERSION = re.compile(
    r"\b(?:meerjarenplan|meerjarenplanning|meerjarenraming)\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)"
    r"(?:\s*(?:,\s*)?(?:nr\.?|nummer|versie)\s*(\d{1,2}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ProseLine:
    year: int | None
    mjp: str | None
    action: str | None
    budget_key: str | None
    amount: Decimal | None
    start: int
    end: int


def codes_in(text: str, start: int, end: int, budget_context: bool) -> tuple[list[CodeMatch], list[CodeMatch]]:
    """Whole codes of the sentence, and code pieces that prose cannot repair.

    Budget keys count when the sentence is in a budget context (the Financiële gevolgen), names a
    key label (`kredietcode`), or also cites a plan code.
    """
    codes, pieces = find_plan_codes(text, start, end)
    labels = load_vocab().budget.key_labels
    keys = find_budget_keys(text, start, end)
    if keys and (budget_context or codes or has_word(text[start:end], labels)):
        codes = sorted(codes + keys, key=lambda c: c.start)
    return codes, pieces


def _year(text: str, start: int, end: int, keys: list[CodeMatch]) -> int | None:
    years = {int(m.group(1)) for m in _CREDIT_YEAR.finditer(text, start, end)}
    for key in keys:
        head = re.match(r"((?:19|20)\d\d)/", key.code)
        if head:
            years.add(int(head.group(1)))
    return years.pop() if len(years) == 1 else None


def _amount(text: str, sentence: tuple[int, int], code: CodeMatch, money: list[MoneyMention]) -> Decimal | None:
    inside = [m for m in money if sentence[0] <= m.start < sentence[1]]
    if not inside:
        return None
    clause_start, clause_end = sentence
    for match in _CLAUSE_SPLIT.finditer(text, sentence[0], sentence[1]):
        if match.end() <= code.start:
            clause_start = match.end()
        elif match.start() >= code.end:
            clause_end = match.start()
            break
    in_clause = [m for m in inside if clause_start <= m.start < clause_end]
    if len(in_clause) == 1:
        return in_clause[0].value
    if not in_clause and len({m.value for m in inside}) == 1:
        return inside[0].value
    return None


def lines_in_sentence(text: str, sentence: tuple[int, int], codes: list[CodeMatch], money: list[MoneyMention]) -> list[ProseLine]:
    """The budget lines one sentence cites (see module docstring)."""
    if not codes:
        return []
    by_kind: dict[str, list[CodeMatch]] = {"mjp": [], "action": [], "budget_key": []}
    for code in codes:
        if code.code not in {c.code for c in by_kind[code.kind]}:
            by_kind[code.kind].append(code)
    count = max(len(found) for found in by_kind.values())
    keys = by_kind["budget_key"]
    year = _year(text, sentence[0], sentence[1], keys)
    lines: list[ProseLine] = []
    for index in range(count):
        chosen = {}
        for kind, found in by_kind.items():
            if len(found) == count:
                chosen[kind] = found[index]
            elif len(found) == 1:
                chosen[kind] = found[0]
        anchor = min(chosen.values(), key=lambda c: c.start)
        end = max(c.end for c in chosen.values())
        amount = _amount(text, sentence, anchor, money) if count == 1 else None
        lines.append(
            ProseLine(
                year=year,
                mjp=chosen["mjp"].code if "mjp" in chosen else None,
                action=chosen["action"].code if "action" in chosen else None,
                budget_key=chosen["budget_key"].code if "budget_key" in chosen else None,
                amount=amount,
                start=anchor.start,
                end=end,
            )
        )
    return lines


def plan_version(text: str, start: int, end: int) -> str | None:
    """`aanpassing meerjarenplan 2020-2025 nr. 4` → `2020-2025/4`; without a number `2020-2025`."""
    match = _PLAN_VERSION.search(text, start, end)
    if not match:
        return None
    version = f"{match.group(1)}-{match.group(2)}"
    return f"{version}/{match.group(3)}" if match.group(3) else version
