"""Budget tables read back from extracted text, where the cells come out garbled.

Text extraction flattens a ruled budget table (`Jaar | ARK | MJP | Omschrijving | Beschikbaar
krediet | Aangevraagd krediet`) line by line. Two layouts are met:

- cell by cell (seed 000, Word export): each cell's lines follow each other,
  `2021` / `AC0` / `0010` / `9` / `MJP0077` / `06` / `Toelage aan Arktos` / `30.000,00 30.000,00`;
- line by line across the row (pdfplumber, Mechelen 2025): the first line of every cell, then the
  second line of every cell, `202 MJP01196 heraanleg € 178.269,15` / `5 22 2 Dahliastraat`, so the
  year is 2025 and the code MJP011962; cells may be marked by Symbol-font glyphs.

The reader works in small pure steps: lines → table regions (a header naming the columns) →
rows (an anchor line holding a plan code, the lines above it that belong to it, the lines after
it) → fields (year and codes repaired with `codes.repair_fields` / `repair_sequential`, the money
cells in column order). A cell whose number is cut off (`€ 178.269,2`, one decimal digit and no
wrapped digit after it) is reported, not read as an amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from extract.money.codes import PLAN_PIECE, SplitField, find_budget_keys, repair_fields, repair_sequential
from extract.money.mentions import MoneyMention, find_money, number_to_decimal
from extract.money.vocab import count_words, has_word, load_vocab
from extract.text.dates import parse_date
from extract.text.lines import iter_lines
from schema.codes import CODE_DIGITS

GLYPHS = "\uf0b7\uf0a7\u25aa\u2022"
_TOKEN = re.compile(r"\S+")
_YEAR_PIECE = re.compile(r"^(?:19|20)\d{0,2}$")
_YEAR_LINE = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
# A number in a money column: grouped thousands or decimals (`52.690,68`, `900,00`, `5.269`).
_MONEY_FORM = re.compile(r"(?<![\d.,/\-])(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})(?![\d%/]|[.,]\d)")
_BARE_INT = re.compile(r"^\d{1,7}$")


@dataclass
class TLine:
    """A line of the table with glyphs blanked; tokens keep absolute offsets."""

    start: int
    end: int
    text: str
    tokens: list[tuple[str, int, int]]

    @property
    def words(self) -> list[str]:
        return [token for token, _, _ in self.tokens]


@dataclass
class TextRow:
    """One budget-table row as read from the text."""

    start: int
    end: int
    year: int | None = None
    mjp: str | None = None
    action: str | None = None
    budget_key: str | None = None
    amounts: list[MoneyMention] = field(default_factory=list)
    amount: Decimal | None = None
    available: Decimal | None = None
    description: str | None = None
    uncertain_pieces: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class TextTable:
    start: int
    end: int
    money_columns: list[str]  # "current", "available", "requested" in header order
    rows: list[TextRow]
    truncated: list[MoneyMention]


def to_lines(text: str, start: int, end: int) -> list[TLine]:
    """Non-blank lines of `text[start:end]`, glyphs blanked, page-footer dates left out."""
    lines: list[TLine] = []
    for line in iter_lines(text, start, end):
        clean = "".join(" " if ch in GLYPHS else ch for ch in line.text)
        if not clean.strip() or parse_date(clean) is not None:
            continue
        tokens = [(m.group(0), line.start + m.start(), line.start + m.end()) for m in _TOKEN.finditer(clean)]
        lines.append(TLine(line.start, line.end, clean, tokens))
    return lines


def _is_header(line: TLine) -> bool:
    budget = load_vocab().budget
    stripped = line.text.strip()
    if has_word(stripped, budget.table_title) and len(stripped) < 40:
        return True
    # a header is a row of column names, not a sentence (`Het aangevraagd krediet is ... .`)
    return (
        count_words(stripped, budget.table_header) >= 2
        and len(line.tokens) <= 12
        and not re.search(r"\w\.(\s|$)", stripped)
    )


def _is_prose(line: TLine) -> bool:
    """A sentence line ends a table: long, many words, no code piece and no money."""
    stripped = line.text.strip()
    return len(stripped) > 70 and len(line.tokens) >= 9 and not PLAN_PIECE.search(stripped) and not _money_tokens(line)


def _has_anchor(line: TLine) -> bool:
    return bool(PLAN_PIECE.search(line.text)) or bool(find_budget_keys(line.text))


def _money_columns(header: list[TLine]) -> list[str]:
    budget = load_vocab().budget
    text = " ".join(line.text for line in header)
    found = []
    for name, words in (("current", budget.current_header), ("available", budget.available_header), ("requested", budget.requested_header)):
        if has_word(text, words):
            found.append(name)
    return found


def _money_tokens(line: TLine, after: int | None = None) -> list[MoneyMention]:
    """Money cells of a table line: marked amounts and money-formed numbers, in line order."""
    found = {m.start: m for m in find_money(line.text)}
    for match in _MONEY_FORM.finditer(line.text):
        if not any(m.start <= match.start() < m.end for m in found.values()):
            value = number_to_decimal(match.group(0))
            if value is not None:
                found[match.start()] = MoneyMention(value, match.start(), match.end(), match.group(0), match.group(0))
    shifted = [
        MoneyMention(m.value, m.start + line.start, m.end + line.start, m.text, m.number)
        for m in sorted(found.values(), key=lambda m: m.start)
        if m.value != 0
    ]
    return [m for m in shifted if after is None or m.start >= after]


def _trailing_ints(line: TLine, after: int, taken: list[MoneyMention]) -> list[MoneyMention]:
    """Bare integers closing the anchor line after the code (`… Onderhoud 6.559 656`): money cells."""
    result: list[MoneyMention] = []
    for token, start, end in reversed(line.tokens):
        if start < after:
            break
        if any(m.start <= start < m.end for m in taken):
            continue
        if not _BARE_INT.match(token):
            break
        result.insert(0, MoneyMention(Decimal(token).quantize(Decimal("0.01")), start, end, token, token))
    return [m for m in result if m.value != 0]


def find_text_tables(text: str, start: int, end: int) -> list[TextTable]:
    """Every budget table in `text[start:end]`, its rows read (see module docstring)."""
    lines = to_lines(text, start, end)
    tables: list[TextTable] = []
    index = 0
    while index < len(lines):
        if not _is_header(lines[index]):
            index += 1
            continue
        stop = index + 1
        while stop < len(lines) and not _is_prose(lines[stop]):
            stop += 1
        region = lines[index:stop]
        first_anchor = next((i for i, line in enumerate(region) if _has_anchor(line)), len(region))
        columns = _money_columns(region[:first_anchor])
        rows, truncated = _read_rows(region, first_anchor, max(len(columns), 1), columns)
        tables.append(TextTable(region[0].start, region[-1].end, columns, rows, truncated))
        index = stop
    return tables


def _kind_of(piece: re.Match[str]) -> str:
    return "mjp" if piece.group("prefix") == "MJP" else "action"


def _piece_kinds(line: TLine) -> list[str]:
    return [_kind_of(m) for m in PLAN_PIECE.finditer(line.text)]


def _group_rows(region: list[TLine], first_anchor: int, n_money: int) -> list[tuple[list[TLine], list[TLine]]]:
    """Split the region into rows: (lines above the anchor, anchor and following lines).

    A line with a code of a kind the current row already holds opens the next row. Lines
    between two rows stay with the earlier row until it has all its money cells; later ones
    (a year alone, the top of a tall cell) belong to the next row.
    """
    rows: list[tuple[list[TLine], list[TLine]]] = []
    pending: list[TLine] = list(region[:first_anchor])
    kinds: set[str] = set()
    for line in region[first_anchor:]:
        line_kinds = set(_piece_kinds(line)) or ({"budget_key"} if find_budget_keys(line.text) else set())
        if line_kinds and (not rows or line_kinds & kinds):
            above = [pending.pop(0) for _ in range(len(pending))]
            rows.append((above, [line]))
            kinds = set(line_kinds)
            continue
        kinds |= line_kinds
        if not rows:
            pending.append(line)
            continue
        above_prev, body = rows[-1]
        cells = sum(len(_money_tokens(x)) for x in above_prev + body)
        if cells >= n_money and (_money_tokens(line) or _YEAR_LINE.match(line.text) or pending):
            pending.append(line)
        else:
            body.append(line)
    if pending and rows:
        rows[-1][1].extend(pending)
    return rows


def _digit_run(line: TLine) -> list[tuple[str, int, int]]:
    """The first run of digit-only tokens of a continuation line (`Mechelen 25 408 gebouwen`)."""
    run: list[tuple[str, int, int]] = []
    for token in line.tokens:
        if token[0].isdigit():
            run.append(token)
        elif run:
            break
    return run


def _read_rows(region: list[TLine], first_anchor: int, n_money: int, columns: list[str]) -> tuple[list[TextRow], list[MoneyMention]]:
    rows: list[TextRow] = []
    truncated: list[MoneyMention] = []
    for above, body in _group_rows(region, first_anchor, n_money):
        row, cut = _read_row(above, body, columns)
        rows.append(row)
        truncated.extend(cut)
    return rows, truncated


def _read_row(above: list[TLine], body: list[TLine], columns: list[str]) -> tuple[TextRow, list[MoneyMention]]:
    anchor = body[0]
    row = TextRow(start=(above or body)[0].start, end=body[-1].end)
    used: set[int] = set()  # token starts consumed as code or year pieces
    fields: list[SplitField] = []
    code_end = anchor.start
    year_done = False
    for token, start, end in anchor.tokens:
        piece = PLAN_PIECE.fullmatch(token.strip("(),;:"))
        if piece:
            fields.append(SplitField(_kind_of(piece), piece.group("prefix"), piece.group("digits"), CODE_DIGITS, [token]))
            used.add(start)
            code_end = end
        elif not year_done and not fields and _YEAR_PIECE.match(token):
            fields.append(SplitField("year", "", token, 4, [token]))
            used.add(start)
            year_done = True
    _complete_fields(fields, anchor, body, above, row, used)
    keys = [k for line in body[:1] for k in find_budget_keys(line.text)]
    if keys:
        row.budget_key = keys[0].code
        code_end = max(code_end, anchor.start + keys[0].end)
    # money cells: anchor and following lines first, then the top of tall cells above
    cells: list[MoneyMention] = []
    for position, line in enumerate(body):
        tokens = _money_tokens(line, after=code_end if position == 0 else None)
        tokens = [m for m in tokens if m.start not in used]
        if position == 0:
            tokens += _trailing_ints(line, code_end, tokens)
            tokens.sort(key=lambda m: m.start)
        cells.extend(tokens)
    for line in above:
        cells.extend(_money_tokens(line))
    cells, cut = _join_wrapped_cells(cells, body, used)
    row.amounts = cells
    _assign_money(row, columns)
    row.description = " ".join(
        token for token, start, _ in anchor.tokens if start >= code_end and not any(c.start <= start < c.end for c in cells)
    ) or None
    return row, cut


def _complete_fields(fields: list[SplitField], anchor: TLine, body: list[TLine], above: list[TLine], row: TextRow, used: set[int]) -> None:
    """Repair split year and codes, store them on the row (or their pieces as uncertain)."""
    later = body[1:]
    # codes on later lines of a cell-by-cell row (`MJP0077` three lines below `AC0`)
    for position, line in enumerate(later):
        for token, start, _ in line.tokens:
            piece = PLAN_PIECE.fullmatch(token.strip("(),;:"))
            if piece and not any(f.kind == _kind_of(piece) for f in fields):
                fields.append(SplitField(_kind_of(piece), piece.group("prefix"), piece.group("digits"), CODE_DIGITS, [token]))
                used.add(start)
                _sequential(fields[-1], later[position + 1 :], used)
    interleaved: list[SplitField] = []
    last_token = anchor.tokens[-1][0].strip("(),;:") if anchor.tokens else ""
    for f in fields:
        if f.need <= 0 or len(f.pieces) > 1:
            continue
        if f.kind != "year" and last_token == f.pieces[0].strip("(),;:") and _sequential(f, later, used):
            continue
        interleaved.append(f)
    if interleaved:
        runs = [_digit_run(line) for line in later[:2]]
        result = repair_fields(interleaved, [[t for t, _, _ in run] for run in runs])
        for i, f in enumerate(interleaved):
            pieces = result.get(i)
            if pieces is None:
                continue
            f.digits += "".join(pieces)
            f.pieces.extend(pieces)
            for run in runs:
                for token, start, _ in run:
                    if token in pieces:
                        used.add(start)
    for f in fields:
        if f.kind == "year":
            if f.need == 0:
                row.year = int(f.digits)
            else:
                row.problems.append(f"budget table: year cut off as {''.join(f.pieces)!r}, not repaired")
            continue
        if f.need == 0:
            setattr(row, f.kind, f.value)
        else:
            row.uncertain_pieces.extend(f.pieces)
            row.problems.append(
                f"budget table: {f.prefix} code split as {' + '.join(f.pieces)!r} cannot be repaired unambiguously"
            )
    if row.year is None and not any(f.kind == "year" for f in fields):
        for line in reversed(above):
            match = _YEAR_LINE.match(line.text)
            if match:
                row.year = int(match.group(1))
                break


def _sequential(f: SplitField, following: list[TLine], used: set[int]) -> bool:
    """Cell-by-cell layout: the digit-only lines right after the piece complete it."""
    if f.need <= 0:
        return True
    texts = [line.text.strip() for line in following[: f.need]]
    pieces = repair_sequential(f.value, texts, f.total)
    if pieces is None:
        return False
    f.digits += "".join(pieces)
    f.pieces.extend(pieces)
    for line in following[: len(pieces)]:
        used.add(line.tokens[0][1])
    return True


def _join_wrapped_cells(cells: list[MoneyMention], body: list[TLine], used: set[int]) -> tuple[list[MoneyMention], list[MoneyMention]]:
    """`106.161,1` + a lone `8` further on the next line is 106.161,18; without it, cut off."""
    kept: list[MoneyMention] = []
    cut: list[MoneyMention] = []
    loose = []
    if len(body) > 1:
        run = {start for _, start, _ in _digit_run(body[1])}
        words_seen = False
        for token, start, end in body[1].tokens:
            if not token.isdigit():
                words_seen = True
            elif words_seen and len(token) == 1 and start not in run and start not in used:
                loose.append((token, start, end))
    for cell in cells:
        if not cell.one_decimal:
            kept.append(cell)
            continue
        if cell.start >= body[0].end or not loose:
            cut.append(cell)
            continue
        digit, _, _ = loose.pop(0)
        number = cell.number + digit
        value = number_to_decimal(number)
        if value is None:
            cut.append(cell)
            continue
        kept.append(MoneyMention(value, cell.start, cell.end, cell.text + digit, number))
    return kept, cut


_VAT_RATES = (Decimal("1.21"), Decimal("1.06"))


def _vat_pair(values: list[Decimal]) -> tuple[int, int] | None:
    """Indexes (excl, incl) of two cells that are one amount excl. and incl. btw, if any.

    `€ 24.700 excl. btw, € 29.887 incl. 21% btw` is one requested-credit cell written twice; the
    table's other money cell (`€ 30.000`) is then the available credit, wherever the cells
    were read from (the top of a tall cell is read after the row's own line).
    """
    for i, low in enumerate(values):
        for j, high in enumerate(values):
            if i != j and any(abs(low * rate - high) <= Decimal("0.01") for rate in _VAT_RATES):
                return i, j
    return None


def _assign_money(row: TextRow, columns: list[str]) -> None:
    """The requested credit is the last money cell; the available credit the one before it."""
    if not row.amounts:
        return
    values = [m.value for m in row.amounts]
    pair = _vat_pair(values) if len(values) >= 3 else None
    if pair is not None:
        rest = [v for k, v in enumerate(values) if k not in pair]
        row.amount = values[pair[1]]
        if "available" in columns:
            row.available = rest[-1]
        return
    row.amount = values[-1]
    if "requested" in columns and "available" in columns and len(values) >= 2:
        row.available = values[-2]
    elif "requested" not in columns and "available" in columns:
        row.available = values[-1]
