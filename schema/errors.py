"""Errors raised when a record breaks the schema's rules."""

from __future__ import annotations

from pydantic import ValidationError


class RecordRejected(ValueError):
    """A record failed validation; the message names the document and the field."""

    def __init__(self, source: str, field: str, message: str) -> None:
        self.source = source
        self.field = field
        self.message = message
        super().__init__(f"{source}: {field}: {message}")


def field_path(loc: tuple[object, ...]) -> str:
    """Turn a pydantic error location into a readable path: ('decisions', 0, 'period') → decisions[0].period."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path or "(record)"


def rejection_from(error: ValidationError, source: str, prefix: str = "") -> RecordRejected:
    """The first validation error of `error`, as a `RecordRejected` naming `source` and the field."""
    first = error.errors()[0]
    path = field_path(tuple(first.get("loc", ())))
    if prefix:
        path = f"{prefix}.{path}" if path != "(record)" else prefix
    message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    return RecordRejected(source, path, message)
