"""A name in capitals after a form's label of the person: «ФИО: МБЕКИ КОФИ», «Ф.И.О.
больного: ЧЕН ЛИ», «Больной ЯМАНАКА ЮКИ, возраст 71».

Registration forms, ambulance cards and scans write the name in capitals, and a foreign
patient's name («ПЕРЕЙРА АНА», «НГУЕН ВАН ТХАНЬ») is in no dictionary the name rules read.
The label says a person follows; two to four words in capitals after it are taken, unless
one of them is a diagnosis' or an examination's abbreviation («Пациент: ОРВИ, ИБС»)."""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer

_LABEL = (
    r"(?i:ф\.?\s?и\.?\s?о\.?(?:\s+(?:больного|больной|пациента|пациентки|ребенка|ребёнка))?"
    r"|фамилия,?\s+имя(?:,?\s+отчество)?|пациент(?:ка)?|больно(?:й|го|му)|больная)"
)
_CAPS_WORD = r"[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?"
# the capitals first (fast: no look-behind), the label then looked for just before them
_CAPS_NAME = re.compile(rf"{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{1,3}}(?![\w-])")
_LABEL_BEFORE = re.compile(rf"(?<![\w.]){_LABEL}[ \t]*[:\-–]?[ \t]*$")
_LABEL_REACH = 40
_NOT_NAMES = frozenset(
    {
        "ОРВИ", "ИБС", "ХОБЛ", "ОНМК", "ХСН", "ЖКБ", "ГБ", "СД", "ДТП", "ЧМТ", "ОКС", "ТЭЛА",
        "ВИЧ", "ГЭРБ", "КТ", "МРТ", "УЗИ", "ЭКГ", "ОАК", "ОАМ", "ОМС", "ДМС", "СНИЛС", "ИНН",
        "ЕНП", "НЕТ", "НЕИЗВЕСТЕН", "НЕИЗВЕСТНЫЙ", "НЕИЗВЕСТНА", "АНОНИМ", "ТЕСТ", "МУЖ",
        "ЖЕН", "МУЖСКОЙ", "ЖЕНСКИЙ", "ДАТА", "РОЖДЕНИЯ", "ПОЛ", "АД", "ЧСС", "ЧДД",
    }
)  # fmt: skip


class LabelledCapitalsRecognizer(SingleEntityRecognizer):
    """Two to four words in capitals after a label of the person → PERSON."""

    ENTITY = E.PERSON
    SCORE = 0.8

    def spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for m in _CAPS_NAME.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
                continue  # the capitals run on from a word
            if _NOT_NAMES.intersection(m.group().replace("-", " ").split()):
                continue
            if _LABEL_BEFORE.search(text, max(0, m.start() - _LABEL_REACH), m.start()):
                spans.append(m.span())
        return spans
