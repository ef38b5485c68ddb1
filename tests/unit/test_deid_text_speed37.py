"""Stop 37's gated patterns: a pattern that names a word is tried only where the word is,
and finds exactly what Presidio's own loop finds (texts are synthetic)."""

from __future__ import annotations

import pytest
import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import GatedPatternRecognizer
from ozero.deid.text.recognizers.contact import EmailRecognizer, PhoneRecognizer
from ozero.deid.text.recognizers.identifiers import (
    EnpRecognizer,
    InnRecognizer,
    PassportRecognizer,
    SnilsRecognizer,
)
from ozero.deid.text.recognizers.records import BirthCertificateRecognizer

GATED = (SnilsRecognizer, EnpRecognizer, InnRecognizer, PassportRecognizer, PhoneRecognizer,
         EmailRecognizer, BirthCertificateRecognizer)  # fmt: skip

TEXTS = [  # every gated pattern matches in at least one of them (checked below), in any case
    "ПАСПОРТ: серия 45 10 № 123456, выдан ОВД. Инн 500100732259. СНИЛС 6577230662 3. "
    "ПОЛИС 7700000000 000016.",
    "Паспорт гражданина Таджикистана 670140383; PASSPORT AB1234567; паспорт C4FJ7L3R2; "
    "Документ A32782228.",
    "Тел. 23-45-67, ЗВОНИТЬ 123-45-67, тел.: 8 916 123\n45 67, wa.me/79161234567, "
    "o.smirnov@mail.ru",
    "ДУЛ 14 4519 227841; сменила паспорт: новый 94 07 200673, старый 9410825623; "
    "паспорт 2814 57 2198; документ: 5008-772301",
    "Серия 65 00, номер 364620. ИНН организации: 7707083893, инн 77070838 93. ЕНП 77000000 00000016.",
    "Жалоб нет. АД 120/80, ЧСС 72. Палата № 5, 8 (916) 123-45-67, 112-233-445 95.",
    # stop 39's patterns
    "Паспорт гражданина Украины СН № 530911; документ МЕ 981603; СНИЛС 63 1-466-317 80; "
    "свидетельство о рождении (Узбекистан) I-AK №029084.",
    # stop 40's
    "Тип ДУЛ: 21; серия и номер: 4510 123456; удост. личности 4510 123456; "
    "св-во о рожд. П-АГ 654321.",
]
# and each clause alone: a text holding one gate word only (a gate missing a word fails here)
TEXTS += [clause for text in TEXTS for clause in re.split(r"(?<=[;,.]) ", text)]


def _results(results: list) -> list[tuple]:
    return [
        (
            r.entity_type,
            r.start,
            r.end,
            r.score,
            r.analysis_explanation.pattern_name,
            r.analysis_explanation.score,
        )
        for r in results
    ]


@pytest.mark.parametrize("cls", GATED, ids=lambda c: c.__name__)
def test_every_gate_is_exercised_by_a_text_holding_its_word(cls: type) -> None:
    recognizer = cls()
    patterns = {p.name: p for p in recognizer.patterns}
    assert cls.GATES, "each of these recognizers gates at least one pattern"
    for name in cls.GATES:
        found = [t for t in TEXTS if _compiled(recognizer, patterns[name]).search(t)]
        assert found, f"no text exercises {name}"


def _compiled(recognizer: PatternRecognizer, pattern: Pattern) -> re.Pattern[str]:
    return re.compile(pattern.regex, flags=recognizer.global_regex_flags)


@pytest.mark.parametrize("cls", GATED, ids=lambda c: c.__name__)
@pytest.mark.parametrize("text", TEXTS, ids=[f"text{n}" for n in range(len(TEXTS))])
def test_gated_patterns_find_what_presidios_loop_finds(cls: type, text: str) -> None:
    recognizer = cls()
    ours = GatedPatternRecognizer.analyze(recognizer, text, recognizer.supported_entities)
    presidios = PatternRecognizer.analyze(recognizer, text, recognizer.supported_entities)
    assert _results(ours) == _results(presidios)


def test_the_whole_recognizers_still_find_the_phi_in_every_case() -> None:
    text = TEXTS[1] + " " + TEXTS[2]
    found = {
        text[r.start : r.end]
        for cls in (PassportRecognizer, PhoneRecognizer)
        for r in cls().analyze(text, [E.PASSPORT, E.PHONE])
        if r.score >= 0.5
    }
    assert {"670140383", "AB1234567", "C4FJ7L3R2", "23-45-67", "123-45-67"} <= found


class _OptionalWord(GatedPatternRecognizer):
    """A pattern that can match without its gate word: only such a one shows the skip."""

    GATES = {"code": ("код",)}

    def __init__(self) -> None:
        super().__init__(
            supported_entity=E.OTHER_ID, patterns=[Pattern("code", r"(?:код )?\d{6}", 0.6)]
        )


def test_a_text_without_the_word_never_tries_the_pattern() -> None:
    recognizer = _OptionalWord()
    assert [(r.start, r.end) for r in recognizer.analyze("КОД 123456", [E.OTHER_ID])] == [(0, 10)]
    assert recognizer.analyze("номер 123456", [E.OTHER_ID]) == []
    assert PatternRecognizer.analyze(recognizer, "номер 123456", [E.OTHER_ID])  # ungated: found


def test_a_gate_must_name_a_word_its_pattern_names() -> None:
    class Wrong(_OptionalWord):
        GATES = {"code": ("шифр",)}

    class Stale(_OptionalWord):
        GATES = {"old_name": ("код",)}

    with pytest.raises(ValueError, match="code"):
        Wrong()
    with pytest.raises(KeyError):
        Stale()
