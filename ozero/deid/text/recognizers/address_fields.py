"""An address given part by part in fields: JSON's ``"street": "Баумана", "house": "5"``,
XML's ``<street>…</street><flat>12</flat>`` (FIAS's ``<fias:Street>``), a log's ``city=…
street=… house=5``, a form's «Улица: Баумана; Дом: 5; Квартира: 12», a table's columns headed
«Улица | Дом | Кв.».

A part's key says what the value is, so a street with no «ул.» before it and a bare house
number are an address's; the address rules, which read a chain of typed words, find none of
it. One field alone could be anything's («Дом: 5» of a children's home's list), so a part
counts only with another part of the same address beside it (within one record).
"""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import KEY_GIVES_VALUE, SingleEntityRecognizer
from ozero.deid.text.recognizers.documents import column_cells, table_rows

# an address part's key, by what its value is (Latin keys case-insensitive and in any of
# camelCase and snake_case; Russian labels as forms print them; not «room», «стр.» or
# «index»: a ward's, a page's, a list's)
_PLACE_KEY = (
    r"(?i:city|town|locality|settlement|street(?:_?name)?|district|region"
    r"|город|улица|населённый\s+пункт|населенный\s+пункт|нас\.\s?пункт|район|область|регион)"
)
_NUMBER_KEY = (
    r"(?i:house(?:_?(?:number|no))?|building(?:_?(?:number|no))?|bldg|korpus|flat|apartment"
    r"|apt|zip(?:_?code)?|post(?:al)?_?code|дом|корпус|корп\.?|строение|литера|квартира|кв\.?"
    r"|индекс)"
)
# a place's name: up to four words, none of them the next field's key («city=Казань street=…»)
_PLACE_VALUE = r"[^\W_][\w.-]*(?: (?![\w.-]+\s*[=:])[\w.-]+){0,3}"
_NUMBER_VALUE = r"\d{1,6}(?:[А-ЯЁа-яёA-Za-z](?!\w))?(?:[/-]\d{1,4}[А-ЯЁа-яё]?)?"
# (the lookbehind keeps a key whole, «sub_district» is none, and lets it end a path,
# «address.street»)
_FIELD = re.compile(
    rf"(?<![\w-])(?:(?P<place>{_PLACE_KEY})|(?P<number>{_NUMBER_KEY}))(?![\w-]){KEY_GIVES_VALUE}"
    rf"(?P<value>(?(place){_PLACE_VALUE}|{_NUMBER_VALUE}))(?![\w-])"
)
_HEADER = re.compile(rf"(?:{_PLACE_KEY}|{_NUMBER_KEY})")
_RECORD_REACH = 120  # two parts of one address stand this close
# (a substring test first: a text naming two parts of an address by their keys is rare)
_PART_WORDS = (
    ("city", "town", "locality", "город", "пункт"),
    ("street", "улица"),
    ("house", "building", "дом", "корпус"),
    ("flat", "apartment", "apt", "квартира", "кв"),
    ("zip", "postal", "postcode", "индекс"),
    ("region", "district", "район", "область", "регион"),
)


def _names_two_parts(text: str) -> bool:
    folded = text.lower()
    named = 0
    for words in _PART_WORDS:
        named += any(word in folded for word in words)
        if named == 2:
            return True
    return False


class AddressFieldRecognizer(SingleEntityRecognizer):
    """The parts of an address in fields or columns named for them, two at least together."""

    ENTITY = E.ADDRESS
    SCORE = 0.8

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not _names_two_parts(text):
            return []
        fields = list(_FIELD.finditer(text))
        found = [
            field.span("value")
            for field in fields
            if any(
                other is not field and abs(other.start() - field.start()) <= _RECORD_REACH
                for other in fields
            )
        ]
        return found + _address_columns(text)


def _address_columns(text: str) -> list[tuple[int, int]]:
    """The cells under header cells naming an address's parts, where a header row names
    two parts at least («Улица | Дом | Кв.»)."""

    def is_header(start: int, end: int) -> bool:
        return bool(_HEADER.fullmatch(text[start:end].strip()))

    rows = table_rows(text)
    if not any(sum(is_header(*cell) for cell in row.cells) >= 2 for row in rows if not row.digits):
        return []
    return list(column_cells(text, is_header))
