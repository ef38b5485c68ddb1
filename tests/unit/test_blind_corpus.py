"""The second independent ("blind") corpus: the file is what its script writes, its spans are
well formed, and its identifiers are valid (bench/text_corpus/blind_corpus.py)."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from text_corpus import blind_corpus, markup  # noqa: E402

from ozero.identifiers import is_valid_enp, is_valid_inn, is_valid_snils  # noqa: E402

KNOWN_TYPES = set(markup.TAGS.values())
RARE = ("SNILS", "ENP", "INN", "PASSPORT", "BIRTH_CERT", "PHONE", "EMAIL")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return markup.load(blind_corpus.OUTPUT)


def test_file_is_exactly_what_the_script_generates(docs: list[dict]) -> None:
    text = blind_corpus.OUTPUT.read_text(encoding="utf-8")
    assert text == blind_corpus.serialize(blind_corpus.build())
    assert blind_corpus.build() == blind_corpus.build()  # fixed seed: deterministic
    assert docs == blind_corpus.build()


def test_documents_are_many_and_worded_differently(docs: list[dict]) -> None:
    assert len(docs) >= 200
    assert [d["id"] for d in docs] == [f"blind{n:04d}" for n in range(len(docs))]
    assert all(d["kind"] and d["source"] and d["text"] for d in docs)
    wordings = {blind_corpus.wording(t) for _, _, t in blind_corpus.DOCS}
    assert len(wordings) >= 150
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert sum(counts.values()) >= 400
    for entity in RARE:
        assert counts[entity] >= 8, entity


def test_spans_are_in_range_typed_and_do_not_overlap(docs: list[dict]) -> None:
    for d in docs:
        last = 0
        for s in d["spans"]:
            assert s["type"] in KNOWN_TYPES, (d["id"], s["type"])
            assert last <= s["start"] < s["end"] <= len(d["text"]), d["id"]
            value = d["text"][s["start"] : s["end"]]
            assert value == value.strip(), (d["id"], value)
            last = s["end"]


def test_checksummed_identifiers_are_valid(docs: list[dict]) -> None:
    ours = {
        "SNILS": blind_corpus.snils_valid,
        "INN": blind_corpus.inn_valid,
        "ENP": blind_corpus.enp_valid,
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
    assert min(seen[t] for t in ours) >= 8


def test_check_digit_functions_against_known_values() -> None:
    # SNILS 112-233-445 95 is the textbook example; weighted sums of 100 and 101 give 00.
    assert blind_corpus.snils_valid("112-233-445 95")
    assert not blind_corpus.snils_valid("112-233-445 96")
    assert blind_corpus.snils_check("000000091") == "19"  # 9*2 + 1*1
    assert blind_corpus.snils_check("920000003") == "00"  # sum 100
    assert blind_corpus.snils_check("920000004") == "00"  # sum 101
    assert blind_corpus.snils_check("996100000") == "00"  # sum 201, mod 101 = 100
    assert blind_corpus.snils_check("990000000") == "52"  # sum 153, mod 101
    assert blind_corpus.inn_valid("500100732259")
    assert not blind_corpus.inn_valid("500100732258")
    assert blind_corpus.enp_valid("7847054994281425")
    assert not blind_corpus.enp_valid("7847054994281426")


def test_nothing_that_looks_like_an_identifier_is_left_unlabelled(docs: list[dict]) -> None:
    """Outside gold spans there is no e-mail, no full date and no run of ten or more digits:
    a label was not forgotten where the text plainly holds an identifier."""
    suspicious = re.compile(r"@|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\d{10,}")
    for d in docs:
        covered = set()
        for s in d["spans"]:
            covered.update(range(s["start"], s["end"]))
        for m in suspicious.finditer(d["text"]):
            assert m.start() in covered, (d["id"], m[0])


def test_render_rejects_unknown_tags_and_bad_shapes() -> None:
    rng = random.Random(0)
    with pytest.raises(ValueError):
        blind_corpus.render("№ {{NUM|123}}", rng)
    with pytest.raises(ValueError):
        blind_corpus.render("СНИЛС {{SNILS|###}}", rng)
    text, spans = blind_corpus.render("ИБ № {{REC|4711}}, {{PER|Иванов И.И.}}", rng)
    assert [text[s["start"] : s["end"]] for s in spans] == ["4711", "Иванов И.И."]
