"""A document number's series, written before the digits a recognizer found, belongs to the
number: «военный билет АК 5053605», «удостоверение беженца ББ № 3761093», «Патент на работу:
21 № 2850018609», «дов. 60 АА 8727706». Masking the digits alone left the series beside the
mask (found on the dev halves of corpora 3–11, stop 30).

A series here is two capital letters (with a notary's two-digit region before them), or two
digits, and a document word governs it: «карта вызова СМП № 1234» keeps «СМП» (three
letters name a service, not a series), «Решение ВК 0417» its committee (letters that are a
word of the lexicon name a paper or a body), «кв. 12 № 5» its flat.
"""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers.lexicon import DOC, classify, head_before

_SERIES_BEFORE = re.compile(
    r"(?<![\w.,/-])(?:\d{2}[ \xa0]?[А-ЯЁA-Z]{2}|[А-ЯЁA-Z]{2}|\d{2})[ \xa0]?(?:№[ \xa0]?)?\Z"
)
_LETTERS = re.compile(r"[А-ЯЁA-Z]{2}")
_REACH = 12  # characters before the digits where a series may start


def series_start(text: str, start: int, floor: int = 0) -> int:
    """Where the number whose digits start at ``start`` begins, its series included (``start``
    when no series stands before it); never before ``floor`` (the previous finding's end)."""
    m = _SERIES_BEFORE.search(text, max(floor, start - _REACH), start)
    if m is None or head_before(text, m.start()) != DOC:
        return start
    letters = _LETTERS.search(m.group())
    if letters and classify(letters.group()) is not None:
        return start  # «Решение ВК 0417»: a paper's or a body's name, not a series
    return m.start()
