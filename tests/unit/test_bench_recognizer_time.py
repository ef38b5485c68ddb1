"""The per-recognizer timing bench's comparison: the largest growth first, totals last."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from text_recognizer_time import compare  # noqa: E402


def test_the_largest_growth_comes_first_and_totals_close_the_table() -> None:
    a = {"DateRecognizer": 0.68, "AddressRecognizer": 3.36, "Gone": 0.1}
    b = {"DateRecognizer": 0.85, "AddressRecognizer": 3.40, "New": 0.02}
    lines = compare(a, b)
    parts = [line.split()[0] for line in lines[1:-1]]
    assert parts == ["DateRecognizer", "AddressRecognizer", "New", "Gone"]
    assert lines[1].endswith("+0.170")
    assert lines[-1].split()[1:] == ["4.140", "4.270"]
