"""The sixth to thirteenth blind corpora (bench/text_corpus/write_independent{6,...,13}.py): each
file is what its script writes, its spans are well formed, its checksummed identifiers are
valid, and no plain identifier was left unlabelled by mistake."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from text_corpus import (  # noqa: E402
    markup,
    write_independent6,
    write_independent7,
    write_independent8,
    write_independent9,
    write_independent10,
    write_independent11,
    write_independent12,
    write_independent13,
)

from ozero.identifiers import is_valid_enp, is_valid_inn, is_valid_snils  # noqa: E402

KNOWN_TYPES = set(markup.TAGS.values())
# writer, id prefix, at least: documents, kinds, spans
CORPORA = {
    "blind6": (write_independent6, 200, 60, 1500),
    "blind7": (write_independent7, 280, 70, 2500),
    "blind8": (write_independent8, 300, 75, 3500),
    "blind9": (write_independent9, 300, 75, 3500),
    "blind10": (write_independent10, 300, 75, 3000),
    "blind11": (write_independent11, 320, 80, 3500),
    "blind12": (write_independent12, 280, 70, 3200),
    "blind13": (write_independent13, 280, 70, 2700),
}
RARE = ("SNILS", "ENP", "INN", "PASSPORT", "BIRTH_CERT", "PHONE", "EMAIL")


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def docs(corpus: str) -> list[dict]:
    return markup.load(CORPORA[corpus][0].OUT)


def test_file_is_exactly_what_the_script_generates(corpus: str, docs: list[dict]) -> None:
    writer = CORPORA[corpus][0]
    built = writer.build_all()
    assert writer.OUT.read_text(encoding="utf-8") == writer.serialize(built)
    assert built == writer.build_all()  # fixed seed: deterministic
    assert docs == built


def test_documents_are_many_and_of_many_kinds(corpus: str, docs: list[dict]) -> None:
    _writer, min_docs, min_kinds, min_spans = CORPORA[corpus]
    assert len(docs) >= min_docs
    assert [d["id"] for d in docs] == [f"{corpus}_{n:04d}" for n in range(len(docs))]
    assert all(d["kind"] and d["source"] and d["text"] for d in docs)
    assert len({d["kind"] for d in docs}) >= min_kinds
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert sum(counts.values()) >= min_spans
    for entity in RARE:
        assert counts[entity] >= 8, entity


def test_spans_are_in_range_typed_and_do_not_overlap(docs: list[dict]) -> None:
    for d in docs:
        last = 0
        for s in d["spans"]:
            assert s["type"] in KNOWN_TYPES, (d["id"], s["type"])
            assert last <= s["start"] < s["end"] <= len(d["text"]), d["id"]
            value = d["text"][s["start"] : s["end"]]
            assert value == value.strip() == s["text"], (d["id"], value)
            last = s["end"]


def test_markup_round_trip(docs: list[dict]) -> None:
    for d in docs:
        marked = markup.render(d).split("\n", 1)[1]
        text, spans = markup.parse_text(marked)
        assert text == d["text"], d["id"]
        assert [(s["start"], s["end"], s["type"]) for s in spans] == [
            (s["start"], s["end"], s["type"]) for s in d["spans"]
        ], d["id"]


def test_checksummed_identifiers_are_valid(docs: list[dict]) -> None:
    check = {"SNILS": is_valid_snils, "INN": is_valid_inn, "ENP": is_valid_enp}
    seen: Counter[str] = Counter()
    for d in docs:
        for s in d["spans"]:
            if s["type"] in check:
                assert check[s["type"]](s["text"]), (d["id"], s["text"])
                seen[s["type"]] += 1
    assert min(seen[t] for t in check) >= 8


def test_nothing_that_looks_like_an_identifier_is_left_unlabelled(docs: list[dict]) -> None:
    """Outside gold spans: no e-mail, no dd.mm.yyyy date, no run of 11, 12 or 16 digits
    (SNILS, INN/ЭЛН, ENP shapes). Service codes (A16.18.009), an organisation's OGRN
    (13 digits) and INN (10 digits) are deliberate unlabelled negatives."""
    suspicious = re.compile(
        r"@|(?<![\w.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\w.])|(?<!\d)(?:\d{11}|\d{12}|\d{16})(?!\d)"
    )
    for d in docs:
        covered: set[int] = set()
        for s in d["spans"]:
            covered.update(range(s["start"], s["end"]))
        for m in suspicious.finditer(d["text"]):
            assert m.start() in covered, (d["id"], m[0])


def test_passports_and_birth_certificates_have_their_shapes(docs: list[dict]) -> None:
    # RF internal, RF international (spaced or not: corpus 11), a foreign one (one or two Latin
    # letters + seven or eight digits: corpora 10, 11), a seaman's «МК 1234567» (corpus 11)
    passport = re.compile(
        r"\d{2} ?\d{2}(?: ?№ ?|-| )\d{6}|\d{2} ?\d{7}|[A-Z]{1,2}\d{7,8}|[А-Я]{2} ?\d{7}"
    )
    # a foreign one with seven digits (corpus 11)
    bcert = re.compile(r"[IVX]+-[А-Я]{2} ?№ ?\d{6}|[IVX]+-[А-Я]{2} \d{6,7}")
    for d in docs:
        for s in d["spans"]:
            if s["type"] == "PASSPORT":
                assert passport.fullmatch(s["text"]), (d["id"], s["text"])
            if s["type"] == "BIRTH_CERT":
                assert bcert.fullmatch(s["text"]), (d["id"], s["text"])


def test_the_writer_does_not_import_ozero(corpus: str) -> None:
    source = Path(CORPORA[corpus][0].__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(?:from|import)\s+ozero", source, flags=re.M)
