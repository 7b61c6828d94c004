"""`find_money` tries its patterns only where an amount can start: the same matches as a full scan."""

from __future__ import annotations

from pathlib import Path

from extract.money.mentions import _candidates, _matches, _patterns
from ingest.reader import read_source
from conftest import SEEDS_TXT


def _same_as_finditer(text: str, start: int = 0, end: int | None = None) -> int:
    end = len(text) if end is None else end
    before, after = _patterns()
    after_starts, before_starts = _candidates(text, start, end)
    count = 0
    for pattern, starts in ((after, after_starts), (before, before_starts)):
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, end)]
        assert [(m.span(), m.groupdict()) for m in _matches(pattern, text, starts, end)] == expected
        count += len(expected)
    return count


def test_candidate_scan_on_marker_shapes() -> None:
    # markers before and after, signs, multipliers, numbers wrapped over lines, `EUR` inside words
    for text in [
        "-€ 208.952,31 middelen -€ 155.871,81", "40 011, 66 EUR 9.385 € eind", "1,5 miljoen euro/jaar",
        "toelage toe (43\n200 euro/jaar)", "kost ons dit €\n3.876,231 / maand", "EUROPESE 2024 eur.", "€-12,-",
        "in 2024\nEUR 5.000", "neuro 12 europa 3 €", "12 Miljard EUR", "", "€",
    ]:  # fmt: skip
        _same_as_finditer(text)
        for start in range(len(text)):
            _same_as_finditer(text, start, len(text) - start // 2)


def test_candidate_scan_on_the_seeds() -> None:
    found = 0
    for path in sorted(SEEDS_TXT.glob("*.txt")):
        found += _same_as_finditer(read_source(path).text)
    assert found > 10


def test_candidate_scan_on_real_documents(shared_dir: Path) -> None:
    for folder in ("aalst", "destelbergen", "nazareth"):
        for path in sorted((shared_dir / "corpus-real" / folder).glob("*.*"))[:10]:
            if path.suffix in {".txt", ".pdf"}:
                _same_as_finditer(read_source(path).text)
