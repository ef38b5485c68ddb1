"""A case number written right after a person's name, and birth date if any, in a list or a
header: «Суздальцев Иван Захарович, 11.12.1988, 72042/2025», «Омельченко В.А. (25117-С/25)»,
«Галимзянов И.Р. / 3528/26».
No word says what the number is; its place says whose it is and its shape — a running number
with the year it was opened, a department's letter perhaps — says a register gave it (found
on corpus 13's dev half, stop 30). A blood pressure after a name («Иванов И.И., 120/80») has
no four-digit part and no letter, and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

_CASE_NUMBER = re.compile(
    r"[ \t]*[,(/][ \t]*"  # (a slash: «Галимзянов И.Р. / 3528/26», a register's table cell)
    r"(?P<num>\d{4,7}(?:-[А-ЯЁA-Z]{1,3})?/(?:\d{4}|\d{2})|\d{3}-[А-ЯЁA-Z]{1,3}/(?:\d{4}|\d{2}))"
    r"(?![\w/-])"
)
_DATE_AFTER = re.compile(r"[ \t]*,[ \t]*")


def case_numbers_after_people(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """(start, end) of each case number right after a PERSON span of ``spans`` (start, end,
    type; sorted), or after the date that follows the name."""
    found = []
    for i, (_, end, kind) in enumerate(spans):
        if kind != "PERSON":
            continue
        after = end
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if (
            nxt is not None
            and nxt[2] in ("DATE", "BIRTH_DATE")
            and _DATE_AFTER.fullmatch(text, end, nxt[0])
        ):
            after = nxt[1]
        m = _CASE_NUMBER.match(text, after)
        if m is not None:
            found.append(m.span("num"))
    return found
