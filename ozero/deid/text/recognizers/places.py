"""A town standing alone that is no one's address: a paper's dateline.

«г. Кострома            09.09.2025» opening a contract or a letter says where the paper was
drawn up, not where a person lives. Only a place alone (no street, house or flat) is treated
so; agencies' towns are ``agencies.agency_place``. A birthplace («место рождения: г. Орёл»,
«уроженец с. Ивановка») is *not* exempt: a village of birth narrows a person down as a
residence does (HIPAA's Safe Harbor removes every place below a state), so it is scrubbed.
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


def not_a_residence(text: str, start: int, end: int) -> bool:
    """The place-only chain ``text[start:end]`` is a dateline's place."""
    return bool(
        _DATELINE_AFTER.match(text, end) and _LINE_START.search(text, max(0, start - 40), start)
    )
