"""The bench's section rules: what may be tuned on and what is only reported."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import text_deid  # noqa: E402


def test_no_section_is_both_tuned_on_and_reported() -> None:
    assert not set(text_deid.DEV_SECTIONS) & set(text_deid.REPORTED)


def test_every_dev_half_has_its_test_half_reported() -> None:
    for dev in text_deid.DEV_SECTIONS:
        if dev == "dev":
            continue
        assert dev.replace("_dev", "_test") in text_deid.REPORTED


def test_blind_halves_partition_the_corpus_by_kind() -> None:
    sections = text_deid.corpora(docs=2, names_docs=0)
    for corpus in ("blind5", "blind6", "blind7", "blind8", "blind9", "blind10"):
        dev, test = sections[f"{corpus}_dev"], sections[f"{corpus}_test"]
        assert len(dev) + len(test) == len(sections[corpus])
        assert {d["kind"] for d in dev}.isdisjoint({d["kind"] for d in test})
