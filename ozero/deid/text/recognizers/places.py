"""A town standing alone that is no one's address: a paper's dateline, a flight's ends.

«г. Кострома            09.09.2025» opening a contract or a letter says where the paper was
drawn up, not where a person lives. Only a place alone (no street, house or flat) is treated
so; agencies' towns are ``agencies.agency_place``. A birthplace («место рождения: г. Орёл»,
«уроженец с. Ивановка») is *not* exempt: a village of birth narrows a person down as a
residence does (HIPAA's Safe Harbor removes every place below a state), so it is scrubbed.
A town written with its airport's code on a ticket («Архангельск (ARH) — Москва (SVO)») is
where a flight goes (round 13).
"""

from __future__ import annotations

import regex as re

# A place, then on the same line only spaces (or a comma) and a date:
# «г. Кострома    09.09.2025», «г. Казань, «12» марта 2025 г.».
_DATELINE_AFTER = re.compile(
    r"[ \t,]*(?:«|\")?\d{1,2}(?:»|\")?(?:[./]\d{1,2}[./]\d{2,4}|[./][IVX]{1,4}[./]\d{2,4}"
    r"|\s+[а-яё]{3,}\s+\d{4})"
)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:(?:г|гор|город|с|пос|пгт|д)\.?\s*)?$")


# An airport's IATA code after a town, or the other end of a route: «Архангельск (ARH) —
# Москва (SVO)» on a ticket names where a flight goes, not where anyone lives.
# (Only a route: a code then a dash, or a dash after a code; «г. Москва (RUS)» as a
# birthplace stays.)
_AIRPORT_CODE = re.compile(r"\s*\([A-Z]{3}\)\s*[—–-]\s*[А-ЯЁA-Z]")
_AIRPORT_END = re.compile(r"\([A-Z]{3}\)\Z")
_DASH_AFTER = re.compile(r"\s*[—–-]\s*[А-ЯЁA-Z]")
_ROUTE_BEFORE = re.compile(r"\([A-Z]{3}\)\s*[—–-]\s*\Z")
_AIRPORT_CODE_AFTER = re.compile(r"\s*\([A-Z]{3}\)")


def not_a_residence(text: str, start: int, end: int) -> bool:
    """The place-only chain ``text[start:end]`` is a dateline's place or a flight's end."""
    if _DATELINE_AFTER.match(text, end) and _LINE_START.search(text, max(0, start - 40), start):
        return True
    return flight_end(text, start, end)


def flight_end(text: str, start: int, end: int) -> bool:
    """A town written with its airport's code, or after the code of the route's start."""
    return bool(
        _AIRPORT_CODE.match(text, end)
        or (_AIRPORT_END.search(text, start, end) and _DASH_AFTER.match(text, end))
        or (
            _ROUTE_BEFORE.search(text, max(0, start - 12), start)
            and _AIRPORT_CODE_AFTER.match(text, end)
        )
    )
