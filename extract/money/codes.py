"""Budget codes in running text, and the repair of codes split over table-cell lines.

Plan codes are a prefix and six digits (`MJP006171`, `AC000131`, see `schema.codes`). In prose
they are written whole. In a narrow table column they wrap (`AC0` / `0010` / `9`, `MJP01196` /
`2`), and text extraction may interleave the pieces with other cells' lines. `repair_fields`
puts such pieces back together only when exactly one way of concatenating the candidate pieces
gives a well-formed code: it never invents a digit.

A budget key (budgetsleutel, kredietcode) is a municipal combination of year, ledger account,
policy field... written with `/` or `-` (`2020/6490120/60/0550/01`, `6103010/011904`,
`0119-08/2210007`). Its shape alone is too weak (dates and case numbers look alike), so callers
only accept keys in a budget context; `find_budget_keys` rejects dates and short case numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

from schema.codes import CODE_DIGITS

PLAN_PREFIXES = ("MJP", "AC")
# A plan code or a piece of one: the prefix glued to 1-6 digits (`AC0`, `MJP01196`, `MJP006171`).
PLAN_PIECE = re.compile(r"(?<![A-Za-z0-9])(?P<prefix>MJP|AC)(?P<digits>\d{1,7})(?![\d])")
# A budget key: alphanumeric segments joined by `/` or `-` (a line break may follow a separator,
# `GB1-03-` / `02/0119`), with at least one `/`.
_SEGMENT = r"[0-9A-Z&]+"
BUDGET_KEY_CANDIDATE = re.compile(
    rf"(?<![\w/.\-]){_SEGMENT}(?:[/\-]\n?{_SEGMENT})*/\n?{_SEGMENT}(?:[/\-]\n?{_SEGMENT})*(?![\w/\-])"
)
_DATE_LIKE = re.compile(r"^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$")


@dataclass(frozen=True)
class CodeMatch:
    """A whole plan code or budget key in the text."""

    kind: str  # "mjp", "action" or "budget_key"
    code: str
    start: int
    end: int


def find_plan_codes(text: str, start: int = 0, end: int | None = None) -> tuple[list[CodeMatch], list[CodeMatch]]:
    """Whole plan codes (`MJP` / `AC` + six digits) and the short or overlong pieces met.

    Returns (codes, pieces): a piece is a prefix with fewer or more than six digits (`MJP9818`),
    which prose cannot repair; the caller reports it.
    """
    end = len(text) if end is None else end
    codes: list[CodeMatch] = []
    pieces: list[CodeMatch] = []
    for match in PLAN_PIECE.finditer(text, start, end):
        kind = "mjp" if match.group("prefix") == "MJP" else "action"
        target = codes if len(match.group("digits")) == CODE_DIGITS else pieces
        target.append(CodeMatch(kind, match.group(0), match.start(), match.end()))
    return codes, pieces


def _looks_like_key(value: str) -> bool:
    if _DATE_LIKE.match(value):
        return False
    segments = re.split(r"[/\-]", value)
    if len(segments[0]) < 3:
        return False  # the tail of a key cut by a table cell (`02/649501/GEMEENTE/FIN`)
    # A ledger account or a key segment of five digits or more: `6490120`, `011904`.
    return any(len(segment) >= 5 and segment.isdigit() for segment in segments)


def find_budget_keys(text: str, start: int = 0, end: int | None = None) -> list[CodeMatch]:
    """Budget-key shaped strings in `text[start:end]` (callers check the budget context)."""
    end = len(text) if end is None else end
    found: list[CodeMatch] = []
    for match in BUDGET_KEY_CANDIDATE.finditer(text, start, end):
        value = match.group(0).replace("\n", "")
        if _looks_like_key(value):
            found.append(CodeMatch("budget_key", value, match.start(), match.end()))
    return found


# -- repair of split codes ---------------------------------------------------------------------


@dataclass
class SplitField:
    """A cell value cut short on its first line: what is there and how many digits are missing.

    `kind` is `year`, `mjp` or `action`; `prefix` the letters kept in front (`MJP`), `digits` the
    digits read so far, `total` the digits a whole value has (4 for a year, 6 for a code).
    """

    kind: str
    prefix: str
    digits: str
    total: int
    pieces: list[str] = field(default_factory=list)

    @property
    def need(self) -> int:
        return self.total - len(self.digits)

    @property
    def value(self) -> str:
        return self.prefix + self.digits


def repair_fields(fields: list[SplitField], lines: list[list[str]]) -> dict[int, list[str] | None]:
    """Complete the split `fields` from the digit tokens of the `lines` that follow them.

    `fields` are in column order; each line lists its digit tokens in reading order. A wrapped
    cell goes on at the very next line, so every field still short takes exactly one token of
    each following line, and on one line the tokens keep the fields' column order; other tokens
    belong to other columns (ARK, description). A field is repaired when all assignments that
    complete every field agree on its pieces. Returns, per incomplete field index, its
    continuation pieces, or None when no assignment or several disagreeing ones exist.
    """
    incomplete = [i for i, f in enumerate(fields) if f.need > 0]
    outcomes: set[tuple[tuple[str, ...], ...]] = set()

    def missing(taken: dict[int, list[str]], i: int) -> int:
        return fields[i].need - sum(len(piece) for piece in taken[i])

    def walk(line_no: int, taken: dict[int, list[str]]) -> None:
        open_fields = [i for i in incomplete if missing(taken, i) > 0]
        if not open_fields:
            outcomes.add(tuple(tuple(taken[i]) for i in incomplete))
            return
        if line_no == len(lines) or len(outcomes) > 1:
            return
        tokens = lines[line_no]
        for choice in product(range(len(tokens)), repeat=len(open_fields)):
            if any(b <= a for a, b in zip(choice, choice[1:])):
                continue
            new = {i: list(pieces) for i, pieces in taken.items()}
            for i, index in zip(open_fields, choice):
                new[i].append(tokens[index])
            if all(missing(new, i) >= 0 for i in open_fields):
                walk(line_no + 1, new)

    walk(0, {i: [] for i in incomplete})
    result: dict[int, list[str] | None] = {}
    for position, i in enumerate(incomplete):
        options = {outcome[position] for outcome in outcomes}
        result[i] = list(next(iter(options))) if len(outcomes) == 1 or len(options) == 1 else None
    return result


def repair_sequential(piece: str, following: list[str], total: int) -> list[str] | None:
    """`AC0` followed by the lines `0010`, `9`: the digit-only lines right after a piece that
    complete it to exactly `total` digits, or None when they overshoot or run out."""
    digits = len(re.sub(r"\D", "", piece))
    taken: list[str] = []
    for line in following:
        if not re.fullmatch(r"\d+", line):
            return None
        taken.append(line)
        digits += len(line)
        if digits == total:
            return taken
        if digits > total:
            return None
    return None
