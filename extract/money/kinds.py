"""The kind of an euro amount: total, annual, installment, budget or other.

Decided from the amount's place and the words around it, in this order:

1. a money cell of a budget table, or an amount in the Financiële gevolgen whose clause cites a
   credit (`krediet`, `voorzien`, `budget`, `ingeschreven`): `budget`;
2. the amount of a row of the payment schedule: `installment`;
3. a share, a unit price, a ceiling or an account figure (`aandeel`, `per m²`, `maximale
   bestelbedrag`, `totaal ontvangsten`): `other`;
4. a yearly figure (`jaarlijkse toelage`, `30.000 euro/jaar`, `De (convenant)bijdrage voor 2025
   bedraagt`):
   `annual`;
5. the whole cost or grant (`totale kostprijs`, `geraamd op`, `aankoopprijs`, `toegekend`), or
   the sum of the schedule's instalments: `total`;
6. anything else: `other`.

An amount joined to the previous one only by a VAT qualifier (`€ 247.933,88 excl. btw of
€ 300.000,00 incl. 21% btw`) takes the previous one's kind. In a `|` table the column header is
the amount's context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extract.money.mentions import MoneyMention
from extract.money.vocab import has_word, has_word_part, load_vocab
from schema.vocab import AmountKind

WINDOW_BEFORE = 120
WINDOW_AFTER = 40
_VAT_LINK = re.compile(
    r"^[\s,;()]*(?:(?:excl|incl)(?:\.|usief)?\s*(?:\d+\s*%\s*)?btw[\s,;()]*)?(?:of|en|-|–|/)?[\s,;()]*$",
    re.IGNORECASE,
)
_YEAR_FOR = re.compile(r"\bvoor\s+(?:het\s+jaar\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


@dataclass(frozen=True)
class KindContext:
    """What the classifier needs to know about one amount besides its words."""

    in_budget_table: bool = False
    in_fg: bool = False
    installments: frozenset[Decimal] = frozenset()
    schedule_total: Decimal | None = None


def _pipe_header(text: str, mention: MoneyMention) -> str | None:
    """The header cell above the amount in a `|` table, or None outside one."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    if "|" not in line:
        return None
    column = text[line_start : mention.start].count("|")
    cursor = line_start - 1
    for _ in range(8):
        if cursor <= 0:
            break
        previous_start = text.rfind("\n", 0, cursor) + 1
        previous = text[previous_start:cursor]
        cursor = previous_start - 1
        if previous.count("|") == line.count("|") and not re.search(r"\d", previous):
            cells = previous.split("|")
            return cells[column] if column < len(cells) else ""
    return ""


def classify(text: str, mention: MoneyMention, sentence: tuple[int, int], previous: MoneyMention | None,
             previous_kind: AmountKind | None, context: KindContext) -> AmountKind:
    """The kind of `mention` (see module docstring); `previous` is the amount before it in the sentence."""
    vocab = load_vocab()
    kinds = vocab.kinds
    if context.in_budget_table:
        return AmountKind.BUDGET
    window_start = max(sentence[0], mention.start - WINDOW_BEFORE, previous.end if previous else 0)
    before = " ".join(text[window_start : mention.start].split())
    after_end = min(sentence[1], mention.end + WINDOW_AFTER)
    # the words after the amount, up to the next clause (`… 6.235,39 euro en is voorzien op …`)
    after = re.split(r"[.;:]\s|€|\d|(?:^|\s)(?:en|maar|of)\s", " ".join(text[mention.end : after_end].split()), maxsplit=1)[0]
    if previous is not None and previous_kind is not None and _VAT_LINK.match(before):
        return previous_kind
    if context.in_fg and (has_word(before, vocab.budget.credit_cues) or has_word(after, vocab.budget.credit_cues)):
        return AmountKind.BUDGET
    if mention.value in context.installments:
        return AmountKind.INSTALLMENT
    header = _pipe_header(text, mention)
    if header is not None:
        if has_word(header, vocab.budget.credit_cues):
            return AmountKind.BUDGET
        if has_word(header, kinds.total_before):
            return AmountKind.TOTAL
        if has_word(header, kinds.annual_before):
            return AmountKind.ANNUAL
        return AmountKind.OTHER
    if has_word(before, kinds.other_before) or has_word(after, kinds.other_after):
        return AmountKind.OTHER
    if has_word(before, kinds.annual_before) or has_word(after, kinds.annual_after):
        return AmountKind.ANNUAL
    if has_word_part(before, kinds.annual_nouns) and _YEAR_FOR.search(before):
        return AmountKind.ANNUAL
    if has_word(before, kinds.total_before) or has_word(after, kinds.total_after):
        return AmountKind.TOTAL
    if context.schedule_total is not None and mention.value == context.schedule_total:
        return AmountKind.TOTAL
    return AmountKind.OTHER
