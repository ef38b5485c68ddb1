"""A person named by initials alone, or by a foreign name in an English fragment.

Research paperwork hides the subject's name behind his initials and still writes them:
«Initials: NIE», «инициалы Г.Т.П.», a screening log's cell «| А.К.П. |», a case report's
«Patient N., a 73-year-old female», a letter's «участник (В., 76 лет)». With the date of
birth and the site beside them, initials narrow a subject down to one person; they are the
subject's name. The same papers name monitors, authors and correspondents in English
(«CRA James O'Neill», «Authors: Ildar Noskov, Claire Dubois», «From: Priya Raman
<…@…>»): a Latin first name and surname after a role word or before a bracketed e-mail are
a person's, whatever the language (found on corpus 29's dev half, stop 36).
"""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer

# «Initials: NIE», «инициалы Г.Т.П.», «Инициалы пациента: К.А.» (two or three letters, with
# dots or without)
_INITIALS_LABEL = re.compile(
    r"(?:Initials|INITIALS|initials|[Ии]нициалы|ИНИЦИАЛЫ)(?:\s+(?:пациента|субъекта|участника))?"
    r"\s*:?\s*\K(?:(?:[А-ЯЁA-Z]\.\s?){1,2}[А-ЯЁA-Z]\.?|[А-ЯЁA-Z]{2,3}(?![\w.]))"
)
# a table cell holding three initials only: «| А.К.П. |» (a name's own cell; «Ф.И.О.», the
# column's label, is no one); the initials are looked for first, the cell's edges after
_THREE_INITIALS = re.compile(r"[А-ЯЁ]\.[А-ЯЁ]\.[А-ЯЁ]\.")
_CELL_EDGE_BEFORE = re.compile(r"(?:^|[|\t;])[ \t]*$", re.MULTILINE)
_CELL_EDGE_AFTER = re.compile(r"[ \t]*(?:[|\t;]|$)", re.MULTILINE)
_NOT_A_NAME = frozenset({"Ф.И.О.", "И.О.Ф."})
# a patient or subject word, then one capital with its dot: «Patient N.,», «(patient G.)»,
# «пациент К., 54 г.», «участник (В., 76 лет)» (the word's stem matched first, its first
# letter looked behind for: a pattern opening on a letter class is tried at every offset)
_ONE_INITIAL = re.compile(
    r"(?:atient|ациент|ольн(?=ой|ая|ого|ую|ому)|частни|убъект)"
    r"(?<=(?<!\w)(?:[Pp]atient|[Пп]ациент|[Бб]ольн|[Уу]частни|[Сс]убъект))"
    r"\w*\s*\(?\s*\K[А-ЯЁA-Z]\.(?=\s*[,)]|\s+[a-zа-яё]|\s*$)",
    re.MULTILINE,
)
_PATIENT_STEMS = ("atient", "ациент", "ольн", "частни", "убъект")
_LATIN_WORD = r"[A-Z](?:'[A-Z])?[a-z]+(?:-[A-Z][a-z]+)?"  # «Nowak», «O'Neill», «Smith-Jones»
_LATIN_NAME = rf"{_LATIN_WORD}[ \t]+(?:[A-Z]\.[ \t]+)?{_LATIN_WORD}"
# an English role word, then a name: «CRA James O'Neill», «Approved by Tomasz Nowak», «DM
# Ana Ferreira», «From: Priya Raman»; a list after «Authors:» is read name by name
_ROLE = (
    r"(?:CRA|CRC|DM|PI|Sub-?I|Monitor|Investigator|Coordinator|Sponsor contact|Contact"
    r"|Reviewed by|Approved by|Signed by|Prepared by|Verified by|Reported by|Entered by"
    r"|From|To|Cc|Author|Dr\.|Prof\.)"
)
# (the role word matched first, its left edge checked after: a pattern opening on a
# look-behind or a letter class is tried at every offset of every text)
_AFTER_ROLE = re.compile(
    rf"(?P<role>{_ROLE}):?[ \t]+\K{_LATIN_NAME}(?![\w'-])|"
    rf"(?P<role>Authors?):[ \t]*\K{_LATIN_NAME}(?:,[ \t]*{_LATIN_NAME})*"
)
# before an e-mail, bracketed or after a comma: «Priya Raman <…@…>», «Ana Ferreira, ctu@…»
_BEFORE_EMAIL = re.compile(rf"{_LATIN_NAME}(?=[ \t]*<[^<>\s]+@[^<>\s]+>|,[ \t]*[\w.+-]+@[\w-]+\.)")
# after a letter's sign-off: «Best regards, Lars Eriksen, Senior CRA»
_SIGN_OFF = re.compile(
    rf"(?:[Rr]egards|Sincerely|Yours|Thanks|Thank you|С уважением),?\s+\K{_LATIN_NAME}(?![\w'-])"
)
_SIGN_OFF_WORDS = ("egards", "incerely", "Yours", "Thank", "уважением")
# a letter's greeting names its reader: «Dear Зоя,», «Dear Nurlan,» (not «Dear Colleagues,»)
_DEAR = re.compile(r"Dear\s+\K[А-ЯЁA-Z][а-яёa-z]+(?=\s*[,!])")
_ONE_NAME = re.compile(_LATIN_NAME)
# capitalised English words that name a role, an office, a desk or a machine, not a person
# («Dear Colleagues,», «From: Safety Desk <…>», «To: Data Management»)
_NOT_A_NAME_WORD = frozenset(
    {
        "Admin", "All", "Bot", "Center", "Centre", "Clinic", "Colleague", "Colleagues",
        "Coordinator", "Customer", "Data", "Department", "Desk", "Doctor", "Doctors", "Editor",
        "Friends", "Group", "Hospital", "Info", "Investigator", "Investigators", "Lab",
        "Laboratory", "Madam", "Management", "Medical", "Monitor", "Noreply", "Office",
        "Participant", "Partner", "Partners", "Patient", "Pharmacovigilance", "Research",
        "Reviewer", "Safety", "Service", "Sir", "Sirs", "Site", "Sponsor", "Study", "Support",
        "Team", "Trial", "Unit",
    }
)  # fmt: skip


class InitialsRecognizer(SingleEntityRecognizer):
    """A subject's initials after their label, in a cell of their own or after a patient
    word, and a Latin name after an English role word or before a bracketed e-mail."""

    ENTITY = E.PERSON
    SCORE = 0.7

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = [m.span() for m in _INITIALS_LABEL.finditer(text)] if _has_label(text) else []
        found += [m.span() for m in _THREE_INITIALS.finditer(text) if _alone_in_cell(text, m)]
        if any(stem in text for stem in _PATIENT_STEMS):
            found += [m.span() for m in _ONE_INITIAL.finditer(text)]
        found += _latin_names(text)
        if "Dear" in text:
            found += [m.span() for m in _DEAR.finditer(text) if m.group() not in _NOT_A_NAME_WORD]
        return found


def _alone_in_cell(text: str, m: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    return (
        m.group() not in _NOT_A_NAME
        and _CELL_EDGE_BEFORE.search(text, line_start, m.start()) is not None
        and _CELL_EDGE_AFTER.match(text, m.end()) is not None
    )


def _has_label(text: str) -> bool:
    return "nitial" in text or "нициал" in text or "INITIAL" in text or "ИНИЦИАЛ" in text


# (most texts hold no capitalised Latin word: looked for first)
_LATIN_GATE = re.compile(r"[A-Z][a-z]{2}")


def _latin_names(text: str) -> list[tuple[int, int]]:
    if not _LATIN_GATE.search(text):
        return []
    found = [m for m in _AFTER_ROLE.finditer(text) if not _glued_before(text, m.start("role"))]
    if "@" in text:
        found += [m for m in _BEFORE_EMAIL.finditer(text) if not _glued_before(text, m.start())]
    if any(word in text for word in _SIGN_OFF_WORDS):
        found += list(_SIGN_OFF.finditer(text))
    spans = []
    for m in found:
        for name in _ONE_NAME.finditer(text, m.start(), m.end()):
            if not _NOT_A_NAME_WORD.intersection(name.group().split()):
                spans.append(name.span())
    return spans


def _glued_before(text: str, start: int) -> bool:
    """A letter, a digit, a hyphen or an apostrophe right before ``start``: inside a word."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'_")
