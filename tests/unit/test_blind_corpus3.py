"""The third independent ("blind") corpus: the file is what its script writes, its spans are
well formed, its identifiers are valid and its coverage of types and kinds is pinned
(bench/text_corpus/blind_corpus3.py)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from text_corpus import blind_corpus3  # noqa: E402

from ozero.identifiers import is_valid_enp, is_valid_inn, is_valid_snils  # noqa: E402

KNOWN_TYPES = set(blind_corpus3.TAGS.values())
RARE = ("SNILS", "ENP", "INN", "PASSPORT", "BIRTH_CERT", "PHONE", "EMAIL")

# What the corpus holds, pinned: a change to a document shows up here.
EXPECTED_DOCS = 211
EXPECTED_COUNTS = {
    "PERSON": 280,
    "RECORD_ID": 271,
    "DATE": 171,
    "BIRTH_DATE": 49,
    "ADDRESS": 42,
    "PHONE": 20,
    "EMAIL": 16,
    "PASSPORT": 15,
    "SNILS": 13,
    "ENP": 10,
    "INN": 10,
    "BIRTH_CERT": 10,
}


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    lines = blind_corpus3.OUTPUT.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_file_is_exactly_what_the_script_generates(docs: list[dict]) -> None:
    text = blind_corpus3.OUTPUT.read_text(encoding="utf-8")
    assert text == blind_corpus3.serialize(blind_corpus3.build())
    assert blind_corpus3.build() == blind_corpus3.build()  # fixed seed: deterministic
    assert docs == blind_corpus3.build()


def test_documents_are_many_varied_and_counted(docs: list[dict]) -> None:
    assert len(docs) == EXPECTED_DOCS
    assert [d["id"] for d in docs] == [f"blind3_{n:04d}" for n in range(len(docs))]
    assert all(d["kind"] and d["source"] and d["text"] for d in docs)
    assert set(docs[0]) == {"id", "kind", "source", "text", "spans"}
    wordings = [blind_corpus3.wording(t) for _, _, t in blind_corpus3.DOCS]
    assert len(set(wordings)) == len(wordings)  # every document its own wording
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert dict(counts) == EXPECTED_COUNTS
    for entity in RARE:
        assert counts[entity] >= 10, entity
    assert counts["RECORD_ID"] >= 250
    kinds = Counter(d["kind"] for d in docs)
    assert len(kinds) >= 35
    assert kinds["без_пд"] >= 15
    assert all(not d["spans"] for d in docs if d["kind"] == "без_пд")


def test_no_text_is_shared_with_the_second_blind_corpus() -> None:
    from text_corpus import blind_corpus

    old = {blind_corpus.wording(t) for _, _, t in blind_corpus.DOCS}
    assert not old & {blind_corpus3.wording(t) for _, _, t in blind_corpus3.DOCS}


def test_spans_are_in_range_typed_and_do_not_overlap(docs: list[dict]) -> None:
    for d in docs:
        last = 0
        for s in d["spans"]:
            assert set(s) == {"start", "end", "type"}
            assert s["type"] in KNOWN_TYPES, (d["id"], s["type"])
            assert last <= s["start"] < s["end"] <= len(d["text"]), d["id"]
            value = d["text"][s["start"] : s["end"]]
            assert value == value.strip(), (d["id"], value)
            assert not value.startswith("№"), (d["id"], value)
            last = s["end"]


def test_span_text_is_the_slot_text(docs: list[dict]) -> None:
    """Each span holds what its slot wrote: the template's literal characters, with a
    digit wherever the slot had '#'."""
    slot = re.compile(r"\{\{([A-Z]+)\|([^{}]*)\}\}")
    for d, (_, _, template) in zip(docs, blind_corpus3.DOCS):
        shapes = [m[2] for m in slot.finditer(template)]
        assert len(shapes) == len(d["spans"]), d["id"]
        for shape, s in zip(shapes, d["spans"]):
            value = d["text"][s["start"] : s["end"]]
            assert len(value) == len(shape), (d["id"], shape)
            for a, b in zip(shape, value):
                assert b.isdigit() if a == "#" else a == b, (d["id"], shape, value)


def test_checksummed_identifiers_are_valid(docs: list[dict]) -> None:
    ours = {
        "SNILS": blind_corpus3.snils_valid,
        "INN": blind_corpus3.inn_valid,
        "ENP": blind_corpus3.enp_valid,
    }
    project = {"SNILS": is_valid_snils, "INN": is_valid_inn, "ENP": is_valid_enp}
    seen: Counter[str] = Counter()
    for d in docs:
        for s in d["spans"]:
            if s["type"] in ours:
                value = d["text"][s["start"] : s["end"]]
                assert ours[s["type"]](value), (d["id"], value)
                assert project[s["type"]](value), (d["id"], value)
                seen[s["type"]] += 1
    assert min(seen[t] for t in ours) >= 10


def test_nothing_that_looks_like_an_identifier_is_left_unlabelled(docs: list[dict]) -> None:
    """Outside gold spans there is no e-mail, no full date and no run of ten or more digits,
    except the listed hard negatives (СанПиН numbers, an organisation's ОГРН/INN, GTINs, the
    DICOM root UID), which must stay unlabelled."""
    suspicious = re.compile(r"@|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\d{10,}")
    seen_lookalikes = set()
    for d in docs:
        covered = set()
        for s in d["spans"]:
            covered.update(range(s["start"], s["end"]))
        allowed = set()
        for neg in blind_corpus3.LOOKALIKES:
            for m in re.finditer(re.escape(neg), d["text"]):
                assert m.start() not in covered, (d["id"], neg)
                allowed.update(range(m.start(), m.end()))
                seen_lookalikes.add(neg)
        for m in suspicious.finditer(d["text"]):
            assert m.start() in covered or m.start() in allowed, (d["id"], m[0])
    assert seen_lookalikes == set(blind_corpus3.LOOKALIKES)


def test_hard_negatives_stay_outside_spans(docs: list[dict]) -> None:
    """Doses, codes, orders, wards, models, REF and lot numbers are never inside a span."""
    negatives = re.compile(
        r"\b[A-Z]\d{2}\.\d\b|№ \d+н\b|палат[аеы] (№ )?\d+|\bREF \S+|\bLOT \S+|"
        r"\bРЗН \d{4}/\d+|\bФСЗ \d{4}/\d+|\d+(,\d+)? (мг|мл|ммоль/л|г/л)\b"
    )
    hits = 0
    for d in docs:
        covered = set()
        for s in d["spans"]:
            covered.update(range(s["start"], s["end"]))
        for m in negatives.finditer(d["text"]):
            assert not covered & set(range(m.start(), m.end())), (d["id"], m[0])
            hits += 1
    assert hits >= 90
