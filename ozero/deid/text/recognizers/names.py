"""Full names recognised by their shape, in any grammatical case and in ALL CAPS.

NER misses names it has not seen in news text and splits or drops inflected ones. Two
shapes are near-certain in Russian clinical writing, so they are matched directly:

* initials next to a surname-like word: «Иванова И.И.», «И. И. Иванову», «КУЗНЕЦОВ А.В.»;
* a given name followed by a patronymic (pymorphy3 grammemes ``Name``/``Patr``), plus an
  adjacent surname-like word on either side: «Петровой Анной Сергеевной», «Анне
  Сергеевне Петровой».

"Surname-like" = pymorphy3 gives it some ``Surn`` probability or does not know the word
(«Шнайдер», «Мухаметзянов»); ordinary words («Врач», «Пациенту») are known and not Surn.
Morph answers are cached per word: clinical text repeats a small vocabulary.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.known import is_known, parses
from ozero.deid.text.recognizers.latin import digits_as_letters

_WORD = r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)"
_INITIALS = r"[А-ЯЁ]\.\s?[А-ЯЁ]\."
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])({_INITIALS})\s?({_WORD})(?![\w-])")
_INITIALS_AFTER = re.compile(rf"(?<![\w-])({_WORD})\s+({_INITIALS})(?!\w)")
# a surname with one initial, closing a clause or a cell (or a field set off by three spaces, as
# a printed form aligns them) or before a bracket or a date:
# «техник Ли В.», «| Смит Д. |», «Хорошавин В. (таб. № …)», «приняла Ульянова О. 06.03.2025»
# (the initial is looked for first, the word before it only where one stands)
_ONE_INITIAL = re.compile(
    r"[А-ЯЁ]\.(?<=[а-яёА-ЯЁ]\s{1,3}[А-ЯЁ]\.)(?!\s?[А-ЯЁ]\.)(?=\s*(?:[,.;:|/()]|\d|$)|[ \t]{3})",
    re.MULTILINE,
)
# one initial before a surname: «Рентгенолаборант Г. Саидова», «Оператор: Н. Бойко» (the word
# must be a surname by itself: «Н. Новгород», «В. Луки» are towns)
_INITIAL_THEN_SURNAME = re.compile(rf"(?<![\w.])[А-ЯЁ]\.[ \xa0]?({_WORD})(?![\w-])")
# «Фельдшер Аль-Хаддад М.», «Врач УЗД Ван Л.» (a department's abbreviation may follow the role),
# «Пациент: Пинту Ж.»
_ROLE_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]{2,}):?\s+(?:[А-ЯЁ]{2,5}\s+)?\Z")
_WORD_BEFORE_INITIAL = re.compile(rf"(?<![\w.-])({_WORD})\s{{1,3}}\Z")
# a name with one initial before its owner's e-mail: «(Акташ Э., eaktash@yandex.ru)»
_EMAIL_AFTER = re.compile(r"[ \t]*[,;]?[ \t]*[\w.+-]+@[\w-]+\.")
# a position named «врач по …» in the directory of positions: «Врач по спортивной медицине
# Акташ Э.», «специалист по социальной работе Ли В.» (its last word is no role by itself)
_POSITION_BEFORE = re.compile(
    r"(?<![\w-])(?i:врач|специалист|инструктор|медицинская\s+сестра)\s+по\s+(?:[а-яё-]+\s+){1,5}\Z"
)
_CAP_WORD = re.compile(rf"(?<![\w-]){_WORD}(?![\w-])")
_HEADING_AFTER = re.compile(r"\s*:")
_CAP_WORD_BEFORE = re.compile(rf"(?<![\w-])({_WORD}) \Z")
_CAP_WORD_AFTER = re.compile(rf"\s*{_WORD}(?![\w-])")
_PATR_ENDING = re.compile(r"(?:ович|евич|ьич|инич|овн|евн|ичн|инишн)\w{0,3}$")
# «ГКБ им. С.П. Боткина», «НИИ имени Н. В. Склифосовского», «БОЛЬНИЦА ИМ. Н.А. СЕМАШКО»:
# an institution's namesake; a title may sit between («НМИЦ им. ак. Е.Н. Мешалкина»)
NAMESAKE_BEFORE = re.compile(
    r"(?<!\w)(?:(?i:им)\.|(?i:имени))\s*(?:(?:ак|акад|академика|проф|профессора|св|свт)\.?\s*)?"
    r"(?:[А-ЯЁ]\.\s?){0,2}$"
)
# «г. Великие Луки», «с. Красный Яр», «ул. Юрия Гагарина»: a capitalised word right after a
# settlement's or street's type word (one more capitalised word may sit between) is part of
# a place's name, not a person, whatever the dictionary reads in it
_PLACE_TYPE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?<!\d\s{0,2})(?:г|гор|с|пос|пгт|рп|дер|ул|просп|пер|пл|наб|мкр)\.|"
    r"(?<![\w.])(?:пр-т|б-р))\s*(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+)?$"
    # a street named after a titled person, with or without its type: «Героя Советского Союза
    # Жукова 1-88», «Маршала Жукова, 5», «Академика Павлова»
    r"|(?<![\w-])(?:Героя\s+(?:Советского\s+Союза|России|Социалистического\s+Труда)|Маршала"
    r"|Генерала|Адмирала|Академика|Космонавта|Л[её]тчика)\s+$"
)


def in_place_name(text: str, start: int) -> bool:
    """The capitalised word at ``start`` continues a place's name after its type word."""
    return bool(_PLACE_TYPE_BEFORE.search(text, max(0, start - 30), start))


INITIALS_SCORE = 0.8
NAME_PATR_SCORE = 0.85


@lru_cache(maxsize=65536)
def _shares(word: str) -> tuple[float, float, float, bool]:
    """(Surn, Name, Patr) probability shares and whether the dictionary knows the word."""
    lower = word.lower()
    found = parses(lower)
    surn = sum(p.score for p in found if "Surn" in p.tag)
    name = sum(p.score for p in found if "Name" in p.tag)
    patr = sum(p.score for p in found if "Patr" in p.tag)
    return surn, name, patr, is_known(lower)


# «Аль-Хаддад», «Эль-Амин», «Абу-Бакр», «Ибн-Сина», «Бен-Ами»: an Arabic or Hebrew surname
# opening with its particle (the dictionary guesses a given name's plural from the tail)
_PARTICLE_SURNAME = re.compile(r"(?:Аль|Ал|Эль|Эд|Ад|Ас|Аш|Ат|Абу|Ибн|Бен|Бин)-[А-ЯЁ][а-яё]{2,}")


GIVEN_NAME_SHARE = 0.5  # share of given-name readings that makes a capitalised word one


def given_name_share(word: str) -> float:
    """The dictionary's share of given-name readings: a foreign surname it takes for one
    («Вагнер», «Сантос», «Дюбуа») or a given name with the surname's initial («Ирина К.»)
    before one initial is a person either way."""
    return _shares(word)[1]


def surname_like(word: str) -> bool:
    if _PARTICLE_SURNAME.fullmatch(word):
        return True
    surn, name, patr, known = _shares(word)
    return surn >= 0.05 or (not known and name < 0.5 and patr < 0.5)


@lru_cache(maxsize=65536)
def _top_pos(word: str) -> str | None:
    return parses(word.lower())[0].tag.POS


_SURNAME_POS = frozenset({None, "ADJF", "ADJS", "PRTF"})


# Korean and Chinese surnames the dictionary reads as common words («ван» a van, «пак»
# pack ice, «нам» to us): a surname beside initials all the same («Ван Л.», «Пак С.Х.»)
_EAST_ASIAN_SURNAMES = frozenset(
    {"Ван", "Чен", "Чэн", "Чэнь", "Пак", "Тен", "Тян", "Шин", "Лим", "Хван", "Чжан", "Чжоу"}
    | {"Лю", "Ян", "Хан", "Нам", "Юн", "Мун", "Сон", "Тё", "Хон", "Чой", "Кан", "Чон"}
)


def surname_candidate(word: str) -> bool:
    """Looser test next to initials or a name+patronymic: adjective-shaped surnames
    («Долгих», «СОЛОВЕЦКИЙ») pass, role nouns («Врач», «Пациенту») do not."""
    return word in _EAST_ASIAN_SURNAMES or surname_like(word) or _top_pos(word) in _SURNAME_POS


# Russian surname endings in every case: -ов/-ев/-ин and their declension, adjectival
# -ский/-цкий, and the indeclinable or foreign -ко, -их/-ых, -дзе, -швили, -ян, -юк/-ук.
_SURNAME_SHAPE = re.compile(
    r"(?:[оеё]в|[иы]н)(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?$"
    r"|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$"
    r"|(?:ко|[иы]х|дзе|швили)$|(?:[яь]н|[юу]к)(?:а|у|ом|е)?$"
)


def surname_shaped(word: str) -> bool:
    """Ends like a Russian surname in some case (weak alone: «основа» ends in -ова too)."""
    return bool(_SURNAME_SHAPE.search(word.lower()))


SURNAME_SHARE = 0.5  # share of pymorphy3's parse probability that must be `Surn`
_NEXT_WORD = re.compile(r"\s+([а-яё]+)")
_AGREEMENT = ("gender", "number", "case")


@lru_cache(maxsize=65536)
def surname_share(word: str) -> float:
    return sum(p.score for p in parses(word.lower()) if "Surn" in p.tag)


@lru_cache(maxsize=65536)
def modifies_a_thing(word: str, following: str) -> bool:
    """An adjective agreeing with the lower-case, inanimate noun after it: «Страховой
    номер», «Кардиоторакальный индекс» — capitalised by position, not a surname. Animate
    nouns are left alone: in «Белым хирургом» the word may well be the surgeon's name."""
    adjectives = [p.tag for p in parses(word.lower()) if "ADJF" in p.tag]
    if not adjectives:
        return False
    nouns = [p.tag for p in parses(following) if "NOUN" in p.tag and "inan" in p.tag]
    return any(
        all(getattr(a, g) == getattr(n, g) for g in _AGREEMENT if getattr(n, g) is not None)
        for a in adjectives
        for n in nouns
    )


def adjective_before_a_thing(text: str, end: int, word: str) -> bool:
    """``word`` (ending at ``end``) opens a phrase as an adjective of the next noun. Only
    for words that are mostly not surnames: a real one keeps its reading."""
    following = _NEXT_WORD.match(text, end)
    return bool(
        following and surname_share(word) < SURNAME_SHARE and modifies_a_thing(word, following[1])
    )


# People named by their role, not their name. Occupations that are also surnames
# («Ткач», «Рыбак», «Мельник», «Кузнец») are deliberately absent.
ROLE_LEMMAS = frozenset(
    [
        "пациент",
        "пациентка",
        "больной",
        "больная",
        "ребенок",
        "ребёнок",
        "мать",
        "отец",
        "сын",
        "дочь",
        "муж",
        "жена",
        "брат",
        "сестра",
        "бабушка",
        "дедушка",
        "родственник",
        "родственница",
        "представитель",
        "опекун",
        "врач",
        "доктор",
        "медсестра",
        "медбрат",
        "фельдшер",
        "акушерка",
        "санитар",
        "санитарка",
        "заведующий",
        "заведующая",
        "хирург",
        "терапевт",
        "педиатр",
        "невролог",
        "кардиолог",
        "рентгенолог",
        "онколог",
        "консультант",
        "профессор",
        "доцент",
        "ординатор",
        "интерн",
        "лаборант",
        "рентгенолаборант",
        "специалист",
        "гражданин",
        "гражданка",
        "застрахованный",
        "застрахованная",
        "новорожденный",
        "новорождённый",
        "роженица",
        "беременная",
        # occupations named in signatures and reports («диспетчеру Сомовой»)
        "диспетчер",
        "председатель",
        "секретарь",
        "водитель",
        "координатор",
        "соцработник",
        "инспектор",
        "следователь",
        "участковый",
        "эксперт",
        "адвокат",
        "нотариус",
        "учитель",
        "воспитатель",
        "психолог",
        "логопед",
        "регистратор",
        "администратор",
        "анестезиолог",
        "гинеколог",
        "уролог",
        "офтальмолог",
        "окулист",
        "стоматолог",
        "травматолог",
        "эндокринолог",
        "психиатр",
        "нарколог",
        "дерматолог",
        "инфекционист",
        "реаниматолог",
        "неонатолог",
        "акушер",
        "знакомый",
        "знакомая",
        "сосед",
        "соседка",
        "свидетель",
        # staff and service roles that sign or answer for something («ассистент Долгих»)
        "ассистент",
        "помощник",
        "провизор",
        "фармацевт",
        "массажист",
        "инструктор",
        "методист",
        "оператор",
        "кассир",
        "юрист",
        "менеджер",
        "курьер",
        # who answers for a child at sport, at camp or in care («тренер Чан Т.»)
        "тренер",
        "вожатый",
        "вожатая",
        "попечитель",
        "диетсестра",
    ]
)


# A specialist by his science, in any case: «гастроэнтеролог», «сурдологу», «маммологом»
# (the dictionary reads some as things or adjectives); «диалог», «некролог» are no people
_SPECIALIST = re.compile(r"[а-яё]олог(?:а|у|ом|е|и|ов|ам|ами|ах)?$")
_NOT_SPECIALIST = re.compile(r"(?:^|[^а-яё])(?:диа|ката|моно|некро|про|поли|ана|эпи)лог\w*$")


@lru_cache(maxsize=65536)
def _noun_kind(word: str) -> str | None:
    """ "role" for a word naming a person by role («Врач», «Пациенту», «Мать»), "noun" for
    any other noun (also surnames that are dictionary words: «Пак», «Лапина», «Ткач»,
    «Ястребов» = of hawks), None for other parts of speech."""
    found = parses(word.lower())
    if found[0].normal_form in ROLE_LEMMAS or word.lower() in ROLE_LEMMAS:
        return "role"
    if _SPECIALIST.search(word.lower()) and not _NOT_SPECIALIST.search(word.lower()):
        return "role"  # «Гастроэнтеролог Наталья», «пульмонологу»: the dictionary errs on them
    # any noun reading counts: «Сорока» is read first as a numeral («сорока» = of forty)
    return "noun" if any(p.tag.POS == "NOUN" for p in found) else None


def is_role(word: str) -> bool:
    return _noun_kind(word) == "role"


def surname_beside(word: str) -> bool:
    """Next to initials or to a given name + patronymic, where a surname is expected:
    any surname-like word or a noun that does not name a role."""
    kind = _noun_kind(word)
    if kind == "role":
        return False
    return kind == "noun" or surname_candidate(word) or surname_shaped(word)


def given_like(word: str) -> bool:
    return _shares(word)[1] >= 0.1


def patronymic_like(word: str) -> bool:
    return _shares(word)[2] >= 0.3 or bool(_PATR_ENDING.search(word.lower()))


def _surname_word(word: str) -> bool:
    return surname_like(word) or surname_shaped(word)


def _role_adjective(word: str) -> bool:
    """«Ответственный», «Дежурная», «Лечащий»: an adjective of a role, not a surname shaped
    like one («Седых», «Соловецкий» end as surnames do)."""
    return _top_pos(word) in ("ADJF", "PRTF") and not surname_shaped(word)


def _rare_given_name(patronymic: str, before: tuple[int, int, str] | None) -> bool:
    """A given name the dictionaries lack («Туяра», «Дамдин», «Шерзод») stands between a
    surname-shaped word and a patronymic with its suffix: «КОРЕПАНОВА ТУЯРА ФЁДОРОВНА»."""
    return (
        before is not None
        and surname_shaped(before[2])
        and bool(_PATR_ENDING.search(patronymic.lower()))
    )


# A transcript of speech writes names in lower case: «здравствуйте это белых роман
# викторович», «оператор роман тимурович». A patronymic's ending is looked for first (cheap);
# the words before it are read only where that word is in lower case.
_SPOKEN_PATRONYMIC = re.compile(r"(?:ович|евич|овн|евн|ичн)(?:а|у|ем|ой|е|ы)?(?![\w-])")
_LOWER_WORD = re.compile(r"[а-яё]{2,}")
_NON_SPACE = re.compile(r"\S+")


def _spoken_name_patronymic(text: str) -> list[tuple[int, int, float]]:
    """A lower-case given name and patronymic (and the surname before them) of a transcript."""
    spans = []
    for m in _SPOKEN_PATRONYMIC.finditer(text):
        start = m.start()
        while start and text[start - 1].isalpha():
            start -= 1
        if not text[start].islower() or (start and text[start - 1] == "-"):
            continue
        # the words before it, apart by spaces or a line: (surname) given name, patronymic
        offset = max(0, start - 60)
        words = list(_NON_SPACE.finditer(text, offset, m.end()))[-3:]
        if len(words) < 2 or not all(_LOWER_WORD.fullmatch(w.group()) for w in words[-2:]):
            continue
        given, patronymic = words[-2].group().capitalize(), words[-1].group().capitalize()
        # (a given name the dictionary lacks, before a patronymic with its suffix: «хетаг
        # казбекович», «долгор сергеевна», «аюр ильгарович»)
        rare = not is_known(given.lower()) and bool(_PATR_ENDING.search(patronymic.lower()))
        if not (patronymic_like(patronymic) and (given_like(given) or rare)):
            continue
        first = words[-2].start()
        surname = words[0].group() if len(words) == 3 else ""
        if _LOWER_WORD.fullmatch(surname) and _surname_word(surname.capitalize()):
            first = words[0].start()
        spans.append((first, m.end(), NAME_PATR_SCORE))
    return spans


class PersonNameRecognizer(SingleEntityRecognizer):
    """Initials + surname, and given name + patronymic (+ surname) in any case."""

    ENTITY = E.PERSON

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.PERSON not in entities:
            return []
        text = digits_as_letters(text)  # a scanned name: «ГАНИЕВ ДАНИИЛ СЕМЁН0ВИЧ»
        spans: list[tuple[int, int, float]] = []
        for m in _INITIALS_BEFORE.finditer(text):
            if self._surname_after_initials(text, m):
                spans.append((m.start(), m.end(), INITIALS_SCORE))
        for m in _INITIALS_AFTER.finditer(text):
            if self._surname_before_initials(text, m):
                spans.append((m.start(), m.end(), INITIALS_SCORE))
        for m in _ONE_INITIAL.finditer(text):
            word = _WORD_BEFORE_INITIAL.search(text, max(0, m.start() - 40), m.start())
            if word is None or is_role(word[1]):
                continue
            role = _ROLE_BEFORE.search(text, max(0, word.start() - 30), word.start())
            if (
                surname_like(word[1])
                or word[1] in _EAST_ASIAN_SURNAMES
                or (role is not None and is_role(role[1]))
                or given_name_share(word[1]) >= GIVEN_NAME_SHARE
                or _POSITION_BEFORE.search(text, max(0, word.start() - 70), word.start())
                or _EMAIL_AFTER.match(text, m.end())
            ):
                spans.append((word.start(), m.end(), INITIALS_SCORE))  # not «Витамин Е.»
        for m in _INITIAL_THEN_SURNAME.finditer(text):
            if surname_like(m[1]) and not _HEADING_AFTER.match(text, m.end()):
                spans.append((m.start(), m.end(), INITIALS_SCORE))
        spans.extend(self._name_patronymic(text))
        spans.extend(_spoken_name_patronymic(text))
        return [
            self.result(s, e, score)
            for s, e, score in spans
            if not NAMESAKE_BEFORE.search(text, max(0, s - 14), s)
        ]

    @staticmethod
    def _surname_after_initials(text: str, m: re.Match) -> bool:
        """«И. И. Пак»: yes. «Пак В.С. Жалобы» (the initials close the name before) and
        «И.И. Заключение:» (a heading) only when the word itself looks like a surname."""
        word = m[2]
        if "\n" in m.group():  # «Устинова Л.А.⏎Заведующий»: the initials close the name before
            prev = _CAP_WORD_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            if prev and (surname_candidate(prev[1]) or surname_shaped(prev[1])):
                return False
        if surname_candidate(word) or surname_shaped(word):
            return True
        if _HEADING_AFTER.match(text, m.end()):
            return False
        prev = _CAP_WORD_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        if prev and (
            _noun_kind(prev[1]) == "noun" or surname_candidate(prev[1]) or surname_shaped(prev[1])
        ):
            return False  # the initials close the name before them («Врач» would not)
        return _noun_kind(word) == "noun"  # occupations too: «Ткач», «Мельник»

    @staticmethod
    def _surname_before_initials(text: str, m: re.Match) -> bool:
        """«ЛАПИНЕ Р.О.», «Пак К. О. жалуется»: yes. «Врач И.И. Иванов»: no (a role noun;
        the surname follows the initials and the other pattern takes it)."""
        word = m[1]
        after = _CAP_WORD_AFTER.match(text, m.end())
        if after and _role_adjective(word) and _surname_word(after.group().strip()):
            return False  # «Ответственный Н.Н. Корнилов»: a role's adjective; the surname follows
        if surname_candidate(word) or surname_shaped(word):
            return True
        kind = _noun_kind(word)
        role = _ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if role is not None and is_role(role[1]) and kind != "role":
            return True  # «Врач Нам А.С.»: a short surname the dictionary reads otherwise
        if after:
            return False
        return kind == "noun"  # occupations too: «Ткач», «Мельник»

    @staticmethod
    def _name_patronymic(text: str) -> list[tuple[int, int, float]]:
        words = [(m.start(), m.end(), m.group()) for m in _CAP_WORD.finditer(text)]
        spans = []
        for i in range(len(words) - 1):
            (s1, e1, w1), (s2, e2, w2) = words[i], words[i + 1]
            if text[e1:s2] != " " or not patronymic_like(w2):
                continue
            before = words[i - 1] if i > 0 and text[words[i - 1][1] : s1] == " " else None
            if not given_like(w1) and not _rare_given_name(w2, before):
                continue
            start, end = s1, e2
            if before is not None and surname_beside(before[2]):
                start = before[0]
            nxt = words[i + 2] if i + 2 < len(words) else None
            if nxt and text[e2 : nxt[0]] == " " and surname_beside(nxt[2]):
                end = nxt[1]
            spans.append((start, end, NAME_PATR_SCORE))
        return spans
