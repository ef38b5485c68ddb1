"""Overlapping findings of two types: the longer wins, and nothing the loser covered beyond
it is unmasked; two readings of one type keep the winner's."""

from __future__ import annotations

from ozero.deid.text.engine import Finding, resolve_overlaps

TEXT = "Карта № 12-445-8 (912) 305-44-12 выдана"


def _at(text: str, part: str, kind: str, score: float = 0.6) -> Finding:
    start = text.index(part)
    return Finding(kind, start, start + len(part), score)


def test_a_longer_finding_of_another_type_leaves_the_rest_of_the_loser_masked() -> None:
    record = _at(TEXT, "12-445-8", "RECORD_ID")
    phone = _at(TEXT, "8 (912) 305-44-12", "PHONE_NUMBER")

    kept = resolve_overlaps(TEXT, [record, phone])

    assert [(f.type, TEXT[f.start : f.end]) for f in kept] == [
        ("RECORD_ID", "12-445"),  # the trailing dash is no letter or digit: trimmed
        ("PHONE_NUMBER", "8 (912) 305-44-12"),
    ]


def test_a_loser_covered_whole_is_dropped() -> None:
    phone = _at(TEXT, "8 (912) 305-44-12", "PHONE_NUMBER")
    inner = _at(TEXT, "305-44-12", "RECORD_ID")

    assert resolve_overlaps(TEXT, [inner, phone]) == [phone]


def test_two_readings_of_one_type_keep_the_winners() -> None:
    text = "зав. отд. Гончаренко Ж.Г. Служебная записка"
    rules = _at(text, "Гончаренко Ж.Г.", "PERSON", 0.85)
    ner = _at(text, "Ж.Г. Служебная", "PERSON", 0.5)

    assert resolve_overlaps(text, [ner, rules]) == [rules]


def test_findings_apart_are_all_kept_in_order() -> None:
    record = _at(TEXT, "12-445", "RECORD_ID")
    phone = _at(TEXT, "(912) 305-44-12", "PHONE_NUMBER")

    assert resolve_overlaps(TEXT, [phone, record]) == [record, phone]
