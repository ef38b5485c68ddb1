"""Stop 32's speed-ups find exactly what the code before them found (texts are synthetic)."""

from __future__ import annotations

import random

import pytest
import regex as re

from ozero.deid.text.nlp_engine import _Covered
from ozero.deid.text.recognizers import addresses, bilingual, surname
from ozero.deid.text.recognizers.base import (
    Alternation,
    required_piece,
    top_level_alternatives,
)
from ozero.deid.text.recognizers.dates import MONTHS, DateRecognizer, _named
from ozero.deid.text.recognizers.identifiers import FLAGS, PassportRecognizer


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        ("a|b", ["a", "b"]),
        ("(?:a|b)", ["a", "b"]),
        ("(?:a|b)c", ["(?:a)c", "(?:b)c"]),  # what follows the group follows every branch
        ("(?:a|b)?c", ["(?:a|b)?c"]),  # a repeated group stays whole
        ("(?:a|b)+", ["(?:a|b)+"]),
        ("x(?:a|b)", ["x(?:a|b)"]),
        ("(?:a|b)|c", ["(?:a|b)", "c"]),
        ("[|)](?:a|b)", ["[|)](?:a|b)"]),  # «|» and «)» inside a set are characters
        ("(?:[)|]|b)", ["[)|]", "b"]),
        (r"(?:\(|b)c", [r"(?:\()c", "(?:b)c"]),  # an escaped bracket opens no group
        (r"\||a", [r"\|", "a"]),
        ("(?:[]|]|a)", ["[]|]", "a"]),  # a «]» first in a set is one of its characters
        ("(?:[^]|]|a)", ["[^]|]", "a"]),
    ],
)
def test_top_level_alternatives(pattern: str, branches: list[str]) -> None:
    assert top_level_alternatives(pattern) == branches
    for branch in branches:
        re.compile(branch)


P = r"[ \t]+(?:x|y)(?![\w-])"


@pytest.mark.parametrize(
    ("branch", "found"),
    [
        ("N" + P + "Z", P),
        ("N" + P, P),
        ("N(?:" + P + ")Z", None),  # inside a group: the group may be repeated or optional
        ("N(?:" + P + ")?Z", None),
        ("N" + P + "?Z", None),  # a quantifier after it repeats its last item only
        ("N" + P + "*", None),
        ("(?=" + P + ")N", None),  # inside a look-ahead
        ("a|" + P, None),  # an alternation: the piece is one branch's only
        ("N[" + P + "]", None),
        (r"x\d{1,3}}y", None),  # («3}» of a counted repeat is no item)
    ],
)
def test_a_required_piece_stands_whole_at_the_top_level(branch: str, found: str | None) -> None:
    assert required_piece(branch, [P, "3}"]) == found


def test_an_alternation_piece_is_no_required_piece() -> None:
    assert required_piece("xa|by", ["a|b"]) is None
    assert required_piece("x(?:a|b)y", ["(?:a|b)"]) == "(?:a|b)"


def _joined(pattern: str, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in re.compile(pattern).finditer(text)]


def _split(alternation: Alternation, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in alternation.finditer(text)]


@pytest.mark.parametrize(
    "pattern",
    [
        "(?:ab|a)",  # the first branch wins where both match
        "(?:a|ab)",
        "(?:b|abc|a)c?",
        r"(?:(?<=x)a|a\w)",
        r"(?:\d+|\d\w|\w\d)",
        r"(?:aa|a)(?!a)",
    ],
)
def test_an_alternation_scans_as_the_joined_pattern(pattern: str) -> None:
    rng = random.Random(32)
    alternation = Alternation(pattern)
    assert len(alternation.branches) > 1
    for _ in range(2000):
        text = "".join(rng.choice("aabcx1 ") for _ in range(rng.randint(0, 14)))
        assert _split(alternation, text) == _joined(pattern, text), text


def test_a_branch_setting_a_global_flag_is_refused() -> None:
    with pytest.raises(ValueError):
        Alternation("a|(?i)b")


# Pieces of addresses and the words around them, shuffled into texts: each address part,
# scanned branch by branch (with its required pieces), finds what its joined pattern does.
_FRAGMENTS = (
    "г. Тверь", "ул. Ленина", "Кольцевая ул.", "Ленинградское шоссе", "пр.", "пл.", "ш.",
    "Садовая", "д. 5", "д5", "кв. 12", "кв12", "корп. 2", "стр. 1", "3 подъезд", "5 этаж",
    "под. 2", "эт. 4", "12 мкр", "мкр. Северный-2", "7 микрорайон", "квартал 3", "2-я линия",
    "Московский тракт", "тракт", "Тверская обл.", "Кимрского р-на", "Васильевский остров", "Республика Татарстан", "РБ",
    "Чувашия", "с. Ивановка", "пос. им. Свердлова", "СНТ «Берёзка»", "420111", "Россия",
    "15-08", "171-23", "секция 8", "код домофона 44К1988", "б/н", "д. сорок два",
    "квартира девять", "ГОРОДОК", "Героя Советского Союза Жукова", "им. Горького", ",", ", ",
    " ", "  ", "\n", "\t", "(", ")", "Иванов", "пациент", "Маршала", "Б. Садовая", "дом 7",
)  # fmt: skip


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 12))]
        texts.append("".join(w + rng.choice(("", " ", ", ", "\n")) for w in words))
    return texts + [t.upper() for t in texts[:200]] + [t.lower() for t in texts[:200]]


@pytest.mark.parametrize("kind", sorted(addresses._PARTS))
def test_every_address_part_scans_as_its_joined_pattern(kind: str) -> None:
    alternation = addresses._COMPILED[kind]
    assert alternation.pattern == addresses._PARTS[kind]
    for text in _texts(600, seed=sum(map(ord, kind))):
        assert _split(alternation, text) == _joined(addresses._PARTS[kind], text), text


def test_the_branches_with_a_required_word_are_the_expected_ones() -> None:
    gated = {
        kind: [i for i, gate in enumerate(a.gates) if gate is not None]
        for kind, a in addresses._COMPILED.items()
    }
    assert gated["street"] == [1, 2] and gated["district"] == [0]
    assert gated["mkr"] == [1, 2] and gated["building"] == [3]
    street = addresses._COMPILED["street"]
    assert street.gates[1].pattern == addresses._TYPE_AFTER_NAME
    assert _split(street, "Кольцевая ул., 5") == [((0, 13), "Кольцевая ул.")]
    assert _split(street, "Кольцевая 5") == []


def test_the_other_gated_passes_need_their_piece_whole_at_the_top_level() -> None:
    assert (
        required_piece(bilingual._BILINGUAL.pattern, [bilingual._LATIN_AFTER_SLASH])
        == bilingual._LATIN_AFTER_SLASH
    )
    template = surname._TEMPLATE_SUBJECT
    assert [g.pattern for g in template.gates if g is not None] == [surname._TEMPLATE_ENDING]
    text = "Пак: направлен(а) на консультацию, Ткач — выписан(а)"
    assert _split(template, text) == _joined(template.pattern, text)
    assert _split(template, "Пак: направлена на консультацию") == []


# ---------------------------------------------------------------- dates -------------


@pytest.mark.parametrize("month", sorted(MONTHS))
def test_a_month_in_any_case_passes_the_pre_check(month: str) -> None:
    for written in (month, month.upper(), month.capitalize(), month.swapcase()):
        assert _named(f"5 {written} 2024".casefold(), MONTHS)
        spans = DateRecognizer._spans(f"Осмотр 5 {written} 2024 г., повторно 7 {written}.")
        assert len(spans) >= 2


def test_dates_without_a_month_name_are_found_as_before() -> None:
    text = "Поступил 05.03.2024, выписан 2024-03-12; повтор 14.IV.25 и 3/II, 12 Dec 2024"
    found = {text[s:e] for s, e in DateRecognizer._spans(text)}
    assert {"05.03.2024", "2024-03-12", "14.IV.25", "3/II", "12 Dec 2024"} <= found


# ---------------------------------------------------------------- NER chunks --------


def test_covered_spans_answer_as_a_scan_over_them() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = [
            (s, s + rng.randint(0, 12))
            for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))
        ]
        covered = _Covered(spans)
        assert bool(covered) == bool(spans)
        for start in range(0, 70, 3):
            for end in range(start, start + 15, 2):
                naive = any(s <= start and end <= e for s, e in spans)
                assert covered.holds(start, end) == naive


# ---------------------------------------------------------------- passports ---------

# the pattern as it was written before stop 32: the look-behind first
_FOREIGN_DIGITS_BEFORE = (
    r"(?<![\w-])(?=\d)(?<=(?i:паспорт|passport)"
    r"(?:[^.;,\n]|(?<=(?<!\w)[А-ЯЁ][а-яё]{1,4})\.){0,60})"
    r"(?:\d{2} \d{7}|\d{8,9})(?![\w-])"
)


def test_the_foreign_passport_digits_are_found_as_before() -> None:
    now = next(p for p in PassportRecognizer().patterns if p.name == "passport_foreign_digits")
    before, after = re.compile(_FOREIGN_DIGITS_BEFORE, FLAGS), re.compile(now.regex, FLAGS)
    rng = random.Random(11)
    pieces = ("паспорт", "Паспорт", "PASSPORT", " ", "гражданина", "Респ.", "Таджикистан",
              "670140383", "67 0140383", "1234567890", "12345678", ".", ",", ";", "\n", "№",
              "выдан", "-", "a")  # fmt: skip
    texts = ["Паспорт гражданина Респ. Таджикистан 670140383", "паспорт 12 3456789, 123456789"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in after.finditer(text)] == [
            m.span() for m in before.finditer(text)
        ], text
