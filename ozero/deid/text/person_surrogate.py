"""A surrogate person written like the original: same case, style, gender and capitals.

The surrogate is assembled part by part so that every mention of one person maps to the
same fake: the surname by its dictionary lemma («Петровой» → «петров»), the given name and
patronymic by their initial letters only (all that «Петрова А.С.» tells), each through a
keyed ``pick``. Case comes from the patronymic ending, else from the surname ending.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import regex as re

Pick = Callable[[str, str, int], int]  # (part, canonical value, pool size) → index

SURNAMES = ("Александров", "Белов", "Горелов", "Журавлев", "Лаптев", "Ростов", "Сомов", "Титов")
MALE_GIVEN = ("Алексей", "Сергей", "Дмитрий", "Максим", "Игорь", "Николай", "Олег", "Павел")
# Same initials at the same index: a gender guessed wrong from «Петрову А.С.» (male dative or
# female accusative) still yields the same initials.
FEMALE_GIVEN = ("Анна", "Светлана", "Дарья", "Марина", "Ирина", "Наталья", "Ольга", "Полина")
PATRONYMIC_STEMS = ("Викторов", "Павлов", "Олегов", "Андреев", "Юрьев", "Петров", "Ильич")

_SURNAME_M = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}
_SURNAME_F = {"nomn": "а", "gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}
_PATR_M = {"nomn": "ич", "gent": "ича", "datv": "ичу", "accs": "ича", "ablt": "ичем", "loct": "иче"}
_PATR_F = {"nomn": "на", "gent": "ны", "datv": "не", "accs": "ну", "ablt": "ной", "loct": "не"}
# Original endings → (female, case); longest first. Accusative/genitive share forms: gent.
_PATR_CASES = (
    ("ичем", False, "ablt"), ("ича", False, "gent"), ("ичу", False, "datv"),
    ("иче", False, "loct"), ("ич", False, "nomn"),
    ("ной", True, "ablt"), ("ны", True, "gent"), ("не", True, "datv"),
    ("ну", True, "accs"), ("на", True, "nomn"),
)  # fmt: skip
_SURNAME_CASES = (
    ("ыми", False, "ablt"), ("ым", False, "ablt"), ("ой", True, "gent"), ("ою", True, "ablt"),
    ("ую", True, "accs"), ("ая", True, "nomn"), ("ого", False, "gent"), ("ому", False, "datv"),
    ("ова", True, "nomn"), ("ева", True, "nomn"), ("ина", True, "nomn"),
    ("а", False, "gent"), ("у", False, "datv"), ("е", False, "loct"),
)  # fmt: skip
_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.$")
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*\.?")


@lru_cache(maxsize=65536)
def _grammemes(word: str) -> tuple[str, ...]:
    from ozero.deid.text.recognizers.known import morph_analyzer

    parse = morph_analyzer().parse(word.lower())[0]
    return tuple(sorted(str(parse.tag).replace(" ", ",").split(",")))


def _role(word: str) -> str:
    if _INITIAL.match(word):
        return "initial"
    lower = word.lower()
    if re.search(r"(?:ович|евич|ьич|инич|овн|евн|ичн)\w{0,3}$", lower):
        return "patronymic"
    if "Name" in _grammemes(word) and "Surn" not in _grammemes(word) and _known(word):
        return "given"  # pymorphy also guesses Name for unknown «Мухаметзянов»
    return "surname"


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    from ozero.deid.text.recognizers.known import morph_analyzer

    return morph_analyzer().word_is_known(word.lower())


@lru_cache(maxsize=65536)
def _surname_lemma(word: str) -> str:
    from ozero.deid.text.recognizers.known import morph_analyzer

    lower = word.lower().replace("ё", "е")
    for parse in morph_analyzer().parse(lower):
        if "Surn" in parse.tag:
            return parse.normal_form.replace("ё", "е")
    return re.sub(r"(?<=(?:ов|ев|ин|ын))(?:а|у|ым|ой|ою|е|ы|ых)$", "", lower)


def _gender_and_case(parts: list[tuple[str, str]]) -> tuple[bool, str]:
    for word, role in parts:
        if role == "patronymic":
            lower = word.lower()
            for ending, female, case in _PATR_CASES:
                if lower.endswith(ending):
                    return female, case
    for word, role in parts:
        if role == "surname":
            lower = word.lower()
            for ending, female, case in _SURNAME_CASES:
                if lower.endswith(ending):
                    return female, case
    for word, role in parts:
        if role == "given":
            return "femn" in _grammemes(word), "nomn"
    return False, "nomn"


@lru_cache(maxsize=4096)
def _given_form(name: str, case: str) -> str:
    from ozero.deid.text.recognizers.known import morph_analyzer

    if case == "nomn":
        return name
    for parse in morph_analyzer().parse(name.lower()):
        if "Name" in parse.tag:
            inflected = parse.inflect({case})
            if inflected is not None:
                return inflected.word.capitalize()
    return name


def person_surrogate(original: str, pick: Pick) -> str:
    """«Петровой А.С.» → «Беловой М.П.»; «ИВАНОВ ИВАН ИВАНОВИЧ» → «СОМОВ ОЛЕГ ПАВЛОВИЧ»."""
    tokens = list(_WORD.finditer(original))
    parts = [(m.group(), _role(m.group())) for m in tokens]
    female, case = _gender_and_case(parts)
    initials = [w[0].upper() for w, r in parts if r == "initial"]
    given_letter = next((w[0].upper() for w, r in parts if r == "given"), None)
    patr_letter = next((w[0].upper() for w, r in parts if r == "patronymic"), None)
    given_letter = given_letter or (initials[0] if initials else "")
    patr_letter = patr_letter or (initials[1] if len(initials) > 1 else "")
    given_pool = FEMALE_GIVEN if female else MALE_GIVEN
    given = given_pool[pick("given", given_letter, len(given_pool))]
    stem = PATRONYMIC_STEMS[pick("patronymic", patr_letter, len(PATRONYMIC_STEMS))]
    pieces, cursor, initial_index = [], 0, 0
    for m, (word, role) in zip(tokens, parts):
        pieces.append(original[cursor : m.start()])
        cursor = m.end()
        if role == "surname":
            base = SURNAMES[pick("surname", _surname_lemma(word.rstrip(".")), len(SURNAMES))]
            fake = base + (_SURNAME_F if female else _SURNAME_M)[case]
        elif role == "given":
            fake = _given_form(given, case)
        elif role == "patronymic":
            fake = _patronymic(stem, female, case)
        else:
            fake = (given if initial_index == 0 else _patronymic(stem, female, "nomn"))[0] + "."
            initial_index += 1
        pieces.append(fake.upper() if word.rstrip(".").isupper() and len(word) > 2 else fake)
    pieces.append(original[cursor:])
    return "".join(pieces)


def _patronymic(stem: str, female: bool, case: str) -> str:
    if stem.endswith("ич"):  # «Ильич» / «Ильинична»
        return ("Ильинич" + _PATR_F[case]) if female else ("Иль" + _PATR_M[case])
    return stem + (_PATR_F[case] if female else _PATR_M[case])
