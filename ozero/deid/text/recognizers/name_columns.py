"""A table's column of people's names, by its header: an export of a register or a lab's
system («ISOLATE_ID;PATIENT_ID;NAME;SEX;DOB», «regnum;snils;enp;fio;dob», «№ | ФИО | Дата
рождения») writes names in capitals, in Latin, surname first, without the initials or the
context the name recognizers lean on («PROKOPEVA SESEG;F;1978-04-14»). The header says what
the cells are; a cell is taken when it is written as a name (two to four words of letters,
initials allowed, no digits), so a header's stray column («name» of a test) holds nothing
this takes."""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.documents import column_cells

# a header cell that is a person's name and nothing else (case-folded, spaces squeezed)
_NAME_HEADER = re.compile(
    r"(?:name|fio|full_?name|patient_?name|pt_?name|фио|ф\.?\s?и\.?\s?о\.?"
    r"|фио\s+пациента|ф\.и\.о\.\s+пациента|фамилия(?:,?\s+имя(?:,?\s+отчество)?)?"
    r"|пациент|patient)"
)
_WORD = r"(?:[A-ZА-ЯЁ][a-zа-яё'’]+(?:-[A-ZА-ЯЁ][a-zа-яё'’]+)?|[A-ZА-ЯЁ]{2,}(?:-[A-ZА-ЯЁ]{2,})?)"
_INITIALS = r"[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?"
# two to four name words, or a surname and its initials (either order)
_NAME_CELL = re.compile(
    rf"{_WORD}(?:\s+{_WORD}){{1,3}}|{_WORD}\s+{_INITIALS}|{_INITIALS}\s?{_WORD}"
)


# a placeholder where a name would be: a test record, an anonymous or an unknown patient
_PLACEHOLDER = re.compile(r"(?i:тест|test|аноним|anonym|неизвестн|unknown|не\s+указан)")


def _name_header(header: str) -> bool:
    return _NAME_HEADER.fullmatch(" ".join(header.lower().split())) is not None


class NameColumnRecognizer(SingleEntityRecognizer):
    """Cells written as names under a header naming a person → PERSON."""

    ENTITY = E.PERSON
    SCORE = 0.8  # the header names the column: as sure as a name with its initials

    def spans(self, text: str) -> list[tuple[int, int]]:
        if ";" not in text and "|" not in text and "\t" not in text:
            return []
        return [
            (start, end)
            for start, end in column_cells(text, lambda s, e: _name_header(text[s:e]))
            if _NAME_CELL.fullmatch(text, start, end) and not _PLACEHOLDER.search(text, start, end)
        ]


# A machine's label of a person then a name in Latin: an analyser's print-out («NAME
# NEUSTROEV BAIR LEU neg»), an export's author («created_by=Khabarov Shukhrat»). Two words,
# a third only when it is a name's length (an analyser's «LEU», «NIT» follow the name).
_LATIN_NAME_WORD = r"[A-Z](?:[a-z'’]+|[A-Z'’]+)(?:-[A-Z][A-Za-z]+)?"
_LABELLED_LATIN_NAME = re.compile(
    r"(?<![\w])(?:NAME|Name|created_by|CREATED_BY|operator|OPERATOR)"
    rf"[ \t]*[:=]?[ \t]*(?P<name>{_LATIN_NAME_WORD}[ \t]+{_LATIN_NAME_WORD}"
    rf"(?:[ \t]+(?=[A-Za-z]{{4}}){_LATIN_NAME_WORD})?)(?![\w])"
)


class LabelledLatinNameRecognizer(SingleEntityRecognizer):
    """A Latin name right after a machine's label of a person → PERSON."""

    ENTITY = E.PERSON
    SCORE = 0.75

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span("name") for m in _LABELLED_LATIN_NAME.finditer(text)]
