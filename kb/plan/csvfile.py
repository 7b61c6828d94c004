"""Reading a plan export (CSV) into validated rows, or an error naming the row and column.

Layout (documented for municipalities in `corpus/plan/README.md`): one row per MJP line, year
and figure, with the line's hierarchy repeated on each row, the columns of the Mechelen export
`plan,entity,bd,bd_title,ap,ap_title,ac,ac_title,mjp,service,description,year,kind,amount`.
Required: `mjp`, `year`, `kind`, `amount`, and `plan` unless the version is given on the command
line. Column order is free; unknown columns are an error (a typo must not silently drop data).

Amounts are euro, written `563650`, `563650.25` or Dutch `563.650,25`; they become `Decimal` to
the cent. A malformed file is rejected whole: `PlanFileError` says which row (1-based, the header
is row 1) and which column, so the person exporting the plan can fix it.
"""

from __future__ import annotations

import csv
import io
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kb.plan.labels import BadVersionLabel, VersionLabel, parse_label
from schema.codes import is_plan_code

REQUIRED = ("mjp", "year", "kind", "amount")
OPTIONAL = ("plan", "entity", "bd", "bd_title", "ap", "ap_title", "ac", "ac_title", "service", "description")
KINDS = ("rekening", "raming", "krediet")
HIERARCHY = ("entity", "bd", "bd_title", "ap", "ap_title", "ac", "ac_title", "service", "description")
CODE_COLUMNS = {"bd": "BD", "ap": "AP", "ac": "AC", "mjp": "MJP"}
CENT = Decimal("0.01")


class PlanFileError(ValueError):
    """The plan file cannot be imported; `row` and `column` point at the offending cell."""

    def __init__(self, path: str, message: str, row: int | None = None, column: str | None = None) -> None:
        where = ", ".join(part for part in (f"row {row}" if row else "", f"column {column!r}" if column else "") if part)
        super().__init__(f"{path}: {where + ': ' if where else ''}{message}")
        self.row, self.column = row, column


@dataclass(frozen=True)
class PlanLine:
    mjp: str
    source_row: int
    hierarchy: dict[str, str | None]


@dataclass(frozen=True)
class PlanFigure:
    mjp: str
    year: int
    kind: str
    amount: Decimal
    source_row: int


@dataclass
class PlanVersionData:
    label: VersionLabel
    lines: dict[str, PlanLine] = field(default_factory=dict)
    figures: list[PlanFigure] = field(default_factory=list)


@dataclass
class PlanFile:
    path: str
    sha256: str
    versions: dict[str, PlanVersionData]


def amount_to_decimal(text: str) -> Decimal | None:
    """`563650` / `-1250.5` / `563.650,25` / `€ 1 250` → Decimal to the cent; None when not a number."""
    value = text.strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?|-?\d+,\d{1,2}", value):
        value = value.replace(".", "").replace(",", ".")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    if number.quantize(CENT) != number:
        return None
    return number.quantize(CENT)


def _cell(row: dict[str, str | None], column: str) -> str:
    return (row.get(column) or "").strip()


def _check_code(path: str, value: str, column: str, row_no: int) -> str | None:
    if not value:
        if column == "mjp":
            raise PlanFileError(path, "empty MJP code", row_no, column)
        return None
    prefix = CODE_COLUMNS[column]
    if not is_plan_code(value, prefix):
        raise PlanFileError(path, f"malformed code {value!r}: expected {prefix} followed by 6 digits", row_no, column)
    return value


def _version_of(path: str, row: dict[str, str | None], row_no: int, forced: VersionLabel | None) -> VersionLabel:
    text = _cell(row, "plan")
    if forced is not None and not text:
        return forced
    try:
        return parse_label(text) if text else _missing_plan(path, row_no)
    except BadVersionLabel as error:
        raise PlanFileError(path, str(error), row_no, "plan") from None


def _missing_plan(path: str, row_no: int) -> VersionLabel:
    raise PlanFileError(path, "no plan version: fill the plan column or pass --version", row_no, "plan")


def read_plan_csv(path: Path, version: str | None = None) -> PlanFile:
    """Parse and validate the whole file; with `version`, keep only that version's rows
    (or label every row with it when the file has no `plan` column)."""
    name = str(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlanFileError(name, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)  # spreadsheets in a Dutch locale export with `;`
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in reader.fieldnames or []]
    reader.fieldnames = columns
    unknown = [c for c in columns if c not in REQUIRED + OPTIONAL]
    if unknown:
        raise PlanFileError(name, f"unknown column(s) {unknown}; expected {list(OPTIONAL[:1] + REQUIRED + OPTIONAL[1:])}", 1)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise PlanFileError(name, f"missing required column(s) {missing}", 1)
    try:
        forced = parse_label(version) if version else None
    except BadVersionLabel as error:
        raise PlanFileError(name, f"--version: {error}") from None
    versions: dict[str, PlanVersionData] = {}
    seen_figures: dict[tuple[str, str, int], int] = {}
    for row_no, row in enumerate(reader, start=2):
        if None in row:
            raise PlanFileError(name, f"more cells than the {len(columns)} header columns", row_no)
        if not any((value or "").strip() for value in row.values()):
            continue
        label = _version_of(name, row, row_no, forced)
        if forced is not None and label != forced:
            continue
        data = versions.setdefault(label.text, PlanVersionData(label))
        figure = _figure(name, row, row_no)
        key = (label.text, figure.mjp, figure.year)
        if key in seen_figures:
            raise PlanFileError(name, f"second figure for {figure.mjp} {figure.year} in {label.text} "
                                      f"(first on row {seen_figures[key]})", row_no, "year")  # fmt: skip
        seen_figures[key] = row_no
        data.figures.append(figure)
        _add_line(name, data, row, row_no, figure.mjp)
    if forced is not None and forced.text not in versions:
        raise PlanFileError(name, f"no rows of plan version {forced.text}")
    if not versions:
        raise PlanFileError(name, "no data rows")
    return PlanFile(name, hashlib.sha256(raw).hexdigest(), versions)


def _figure(path: str, row: dict[str, str | None], row_no: int) -> PlanFigure:
    mjp = _check_code(path, _cell(row, "mjp"), "mjp", row_no)
    assert mjp is not None
    year_text = _cell(row, "year")
    if not re.fullmatch(r"\d{4}", year_text) or not 1900 <= int(year_text) <= 2100:
        raise PlanFileError(path, f"year {year_text!r} is not a year", row_no, "year")
    kind = _cell(row, "kind").lower()
    if kind not in KINDS:
        raise PlanFileError(path, f"kind {kind!r} is not one of {list(KINDS)}", row_no, "kind")
    amount = amount_to_decimal(_cell(row, "amount"))
    if amount is None:
        raise PlanFileError(path, f"amount {_cell(row, 'amount')!r} is not a euro amount (to the cent)", row_no, "amount")
    return PlanFigure(mjp, int(year_text), kind, amount, row_no)


def _add_line(path: str, data: PlanVersionData, row: dict[str, str | None], row_no: int, mjp: str) -> None:
    """First row of a line defines its hierarchy; later rows must repeat the same codes."""
    hierarchy = {column: (_cell(row, column) or None) for column in HIERARCHY}
    for column in ("bd", "ap", "ac"):
        _check_code(path, hierarchy[column] or "", column, row_no)
    line = data.lines.get(mjp)
    if line is None:
        data.lines[mjp] = PlanLine(mjp, row_no, hierarchy)
        return
    for column in ("bd", "ap", "ac"):
        if hierarchy[column] != line.hierarchy[column]:
            raise PlanFileError(
                path, f"{mjp} hangs under {column.upper()} {line.hierarchy[column]} on row {line.source_row} "
                      f"but under {hierarchy[column]} here", row_no, column,
            )  # fmt: skip
