"""Regression on a small slice of the labelled bench corpus (bench/text_corpus)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from text_corpus.generate import HELDOUT_SEED, generate  # noqa: E402
from text_deid import score  # noqa: E402

from ozero.deid.text import get_scrubber  # noqa: E402


def test_recall_on_generated_corpus() -> None:
    docs = generate(150)
    scrubber = get_scrubber()
    predictions = [[(f.start, f.end, f.type) for f in scrubber.analyze(d["text"])] for d in docs]
    per_type = score(docs, predictions)["per_type"]
    for entity in ("SNILS", "ENP", "INN", "PASSPORT", "PHONE", "EMAIL"):
        assert per_type[entity]["recall"] == 1.0, entity
    assert per_type["PERSON"]["recall"] >= 0.99
    assert score(docs, predictions)["overall_precision"] >= 0.99


def test_person_recall_on_held_out_names() -> None:
    """Names outside the tuning lists (dictionary-word and indeclinable surnames)."""
    docs = generate(100, HELDOUT_SEED, heldout=2)
    scrubber = get_scrubber()
    predictions = [[(f.start, f.end, f.type) for f in scrubber.analyze(d["text"])] for d in docs]
    metrics = score(docs, predictions)
    assert metrics["per_type"]["PERSON"]["recall"] >= 0.97
    assert metrics["overall_precision"] >= 0.99
