"""A Russian address transliterated into Latin letters, as bilingual forms, foreign insurers'
papers and visa letters write it: «Moscow, ul. Lenina, d. 5, kv. 12», «ul. Baumana 5-12, Kazan».

The street's type in transliteration («ul.», «pr-t», «per.», «sh.», «nab.») opens it, a house
number follows (with «d.» or without), then a building and a flat; the town may stand before
the street or after the house, the country last.
"""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer

_NAME = r"[A-Z][a-z'-]+"
# (a short type only with its dot: «per Protocol 5» is English; no «pl.», a plate in a
# figure's reference)
_STREET_TYPE = (
    r"(?:ul\.?|ulitsa|ulitza|pr-?t\.?|pr\.|prosp\.|prospekt|per\.|pereulok|sh\.|shosse|nab\."
    r"|naberezhnaya|bul'?var|ploshchad|proezd|mkr\.?|mikrorayon)"
)
_HOUSE = r"(?:(?:d|dom|h)\.?\s?)?\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?"
_BUILDING = r"(?:korp|k|str|bld|stroenie)\.?\s?\d{1,4}"
_FLAT = r"(?:kv|apt|flat|app)\.?\s?\d{1,4}"
# a place's name before the street or after the house: a capitalised word ending its clause
_PLACE = rf"{_NAME}(?:[ -]{_NAME})?"
_LATIN_ADDRESS = re.compile(
    rf"(?:{_PLACE},\s?)?(?<![\w.-]){_STREET_TYPE}\s{_NAME}(?:\s{_NAME})?"
    rf"(?:,?\s{_HOUSE}(?:,?\s{_BUILDING})?(?:,?\s{_FLAT})?)"
    rf"(?:,\s?{_PLACE}(?=\s*(?:[,.;)\n]|$)))?(?:,\s?Russia(?![\w]))?"
)
# (a cheap look first: a transliterated street type followed by a capital)
_LATIN_HINT = re.compile(rf"(?<![\w.-]){_STREET_TYPE}\s[A-Z]")


class LatinAddressRecognizer(SingleEntityRecognizer):
    """A street with its house in transliteration, and the town and flat around them."""

    ENTITY = E.ADDRESS
    SCORE = 0.75

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not _LATIN_HINT.search(text):
            return []
        return [m.span() for m in _LATIN_ADDRESS.finditer(text)]
