"""Text utilities shared by all extractors: lines with offsets, Dutch dates, Dutch numbers, fast scans."""
