"""Finding the source files under the paths a user gives."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

SUPPORTED_SUFFIXES = frozenset({".pdf", ".txt"})


def iter_sources(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Yield every supported file under `paths` (folders walked recursively, sorted, hidden skipped).

    A path given explicitly is yielded even with an unsupported suffix, so that the reader can
    report it by name instead of it vanishing silently; files found while walking a folder are
    filtered by suffix.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            candidates = [path]
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield candidate
