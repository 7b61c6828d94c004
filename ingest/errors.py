"""Why a file could not be read."""

from __future__ import annotations

from pathlib import Path


class UnreadableSource(Exception):
    """A file that cannot be ingested (corrupt, encrypted, empty, no text layer, wrong type).

    The message always names the file and the reason, so a batch report can list it as is.
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
