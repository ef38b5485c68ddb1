"""Names and places found by natasha's NER, minus the medical eponyms it also tags.

natasha tags eponyms as PER («перелом Коллеса») or LOC («шкала Глазго», «по Симпсону»);
both are dropped when a single capitalised word follows a clinical trigger word.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.agencies import agency_follows, agency_place
from ozero.deid.text.recognizers.known import is_known, parses
from ozero.deid.text.recognizers.names import (
    NAMESAKE_BEFORE,
    adjective_before_a_thing,
    given_like,
    in_place_name,
    is_role,
    surname_shaped,
)
from ozero.deid.text.recognizers.places import not_a_residence

# «болезнь Боткина», «по Нечипоренко», «симптом Щёткина-Блюмберга»: a surname after such a
# word names a disease, test or sign, not a person. Losing it would cost clinical meaning.
_EPONYM_TRIGGER = re.compile(
    r"(?i:(?<!\w)(?:болезн|синдром|симптом|проб|реакци|метод|методик|операци|шкал|критери|"
    r"классификаци|триад|тетрад|феномен|рефлекс|тест|опухол|клетк|ангин|пятн|зон|"
    r"знак(?!ом[аоуыи])|"  # «знак Кернига», not «знакомого Рустама»
    r"сим|корзин|зонд|катетер|игл[аыуео]|"  # «сим. Ортнера», «корзина Дормиа», «зонд Блэкмора»
    r"точк|лини|узл|узел|пучк|пучок|ножк|кист|грыж|аневризм|эндокардит|формул|индекс|"
    r"манёвр|маневр|перелом|вывих|доступ|разрез|шов|швы|"
    r"при[её]м|положени|окраск|окраш|аппарат|лечени|терапи|с-м|"
    # splints, bandages, collars, loops and forceps are named after people too («шиной
    # Крамера», «повязка Дезо», «воротник Шанца», «петля Глиссона», «щипцы Мюзо»)
    r"шин[аыуео]|повязк|воротник|петл[яиеюё]|щипц|от[её]к|"
    # «под лампой Вуда», «по шкале комы Глазго»
    r"ламп|ком[аыуе]\b|"
    r"угол(?!\w)|угл(?:а|у|ом|е)(?!\w))\w*\.?\s+"  # «угол Кобба», not «Углов Иван»
    r"|(?<!\w)(?:по|им\.|имени)\s*)$"
)
# «симптомы Щёткина–Блюмберга, Ровзинга, Ситковского»: eponyms listed after one trigger
_EPONYM_LIST = re.compile(r"(?:[А-ЯЁ][а-яё]+(?:\s*[,–—-]\s*|\s+и\s+))+$")


# «по Трофимовой»: methods and tests are named in the masculine («по Нечипоренко», «по
# Зимницкому», «по Граму»); a feminine surname's dative after «по» is a woman, not a method.
_FEMININE_DATIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:[оеё]вой|[иы]ной|[сц]кой)(?![\w-])")
_PO_BEFORE = re.compile(r"(?i:(?<!\w)по\s+)$")


def after_eponym_trigger(text: str, start: int) -> bool:
    """The capitalised word at ``start`` follows a clinical trigger word, directly or in a
    list of eponyms that follows one."""
    if _FEMININE_DATIVE.match(text, start) and _PO_BEFORE.search(text, max(0, start - 6), start):
        return False
    before = text[max(0, start - 3 * _LOOKBEHIND_CHARS) : start]
    listed = _EPONYM_LIST.search(before)
    if listed:
        before = before[: listed.start()]
    return bool(_EPONYM_TRIGGER.search(before[-_LOOKBEHIND_CHARS:]))


_ABBREVIATION = re.compile(r"^[А-ЯЁA-Z]{2,5}$")  # ЭКГ, УЗИ, ОАК: tagged PER now and then
# «Конкор 5 мг», «Ксарелто 20 мг»: a capitalised word right before a dose is a drug brand;
# «Креатинин 142 мкмоль/л», «Ферритин 12 нг/мл»: before a lab unit, an analyte.
_DOSE_AFTER = re.compile(
    r"\s*\d+(?:[.,]\d+)?\s*(?:мг|мкг|г|мл|ЕД|Ед|МЕ|%|мг/|таб|капс|кап|доз"
    r"|мкмоль|ммоль|нмоль|пмоль|мЕд|мМЕ|нг|пг|фл|мм/ч|[×xх]\s?10)(?![а-яё])"
    # a contrast agent's iodine strength, then the volume given («Ультравист 370, 90 мл»)
    r"|\s*[23]\d0,?\s+\d{2,3}\s*мл(?![а-яё])"
    # an antibiogram's row: the drug, its MIC, then S, I or R («Цефиксим | ≤ 0,25 | S»)
    r"|[ \t]*\|[ \t]*(?:[≤≥<>]=?[ \t]*)?\d+(?:[.,]\d+)?[ \t]*\|[ \t]*[SIR](?![\w])"
)


# «Мовалис по 1 таб.», «Кагоцел по схеме», «Арбидол курсом 5 дней», «Эналаприл 2 р/д»: a
# capitalised word followed by how it is taken is a drug.
_REGIMEN_AFTER = re.compile(
    r",?\s+(?:по\s+(?:\d+(?:[.,]\d+)?\s*(?:таб|капс|кап|мг|мл|амп|пак|доз|ед|шт|впрыск|ингал)"
    r"|схеме|одной|половине|1/2|½)|курсом|внутрь|в/[вм]\b|п/к\b"
    r"|\d+\s*(?:р/д|р/сут|раза?\s+в\s+(?:день|сутки)))"
)
# «принимает Мовалис, Престариум», «назначен Арбидол», «Rp.: Кагоцел»: words a drug list
# follows; only words the dictionary does not know are taken for drugs there (a known
# surname after «назначен» may still be the doctor's).
_DRUG_BEFORE = re.compile(
    r"(?i:принима\w*|принял\w*|назнач\w*|получа\w*|отмен\w*|примен\w*|rp\.?|препарат\w*"
    # a contrast agent («Контраст: Омнипак 350, 70 мл», «контраст Визипак 320»)
    r"|лекарств\w*|контраст\w*(?:\s+средств\w*)?)\s*:?\s*(?:[А-ЯЁ][а-яё]+\s*(?:,|\sи\s)\s*){0,4}$"
)


# «Креатинин 10.07 08:10: 173 мкмоль/л», «Креатинин 17.04.2026: 53 мкмоль/л», «Тропонин I
# 6,978 нг/мл», «Фибриноген (Клаусс) 3,91 г/л»: an analyte measured on its line (a letter
# of its kind, a method in brackets, the date or time of sampling, then a value in a lab
# unit), not a person
_MEASURED_AFTER = re.compile(
    r"\)?(?:[ \t]+[IVXT]{1,3})?(?:[ \t]*\([^()\n]{1,20}\))?[ \t—–-]*"
    r"(?:\d{1,2}[.:]\d{2}(?:\.(?:\d{4}|\d{2}))?[ \t:,]*){0,2}\d+(?:[.,]\d+)?[ \t]*"
    r"(?:(?:[мнпф]|мк)?(?:моль|г|МЕ|ЕД|Ед|кат)|мМЕ|мкМЕ|%|мм[ \t]рт|с(?![\p{L}])|сек)"
    r"(?:/(?:л|мл|дл|кг|сут|ч))?(?![\p{L}])"
)


def measured_after(text: str, end: int) -> bool:
    """A value in a lab unit follows on the line: what stands before it was measured."""
    return bool(_MEASURED_AFTER.match(text, end))


def measurement_method(text: str, start: int, end: int) -> bool:
    """A word alone in brackets before a measured value: the method an analyte was measured
    by, named after its author («Фибриноген (Клаусс) 3,91 г/л»), neither a person nor a
    place however the dictionary or the NER reads it."""
    return (
        text[start - 1 : start] == "(" and text[end : end + 1] == ")" and measured_after(text, end)
    )


def followed_by_dose(text: str, end: int) -> bool:
    return bool(_DOSE_AFTER.match(text, end) or _REGIMEN_AFTER.match(text, end))


def drug_listed(text: str, start: int, word: str) -> bool:
    """An unknown capitalised word in a list that a word of taking drugs opens."""
    if is_known(word.lower()):
        return False
    return bool(_DRUG_BEFORE.search(text, max(0, start - 80), start))


# A sentence or a field opens right before: the text's start, a line break, «. », «: ».
_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|^\s*\d+\.\s+)$")
_LOWER_AFTER = re.compile(r" [а-яё]")
_QUOTE_AFTER = re.compile(r" «[А-ЯЁA-Z]")
_LABEL_AFTER = re.compile(r"\s*:")
_ABBREVIATED_AFTER = re.compile(r"\.")


def cut_short(text: str, start: int, end: int) -> bool:
    """A word of four letters or fewer, neither a given name nor shaped like a surname,
    then a period: an abbreviation («Респ. Таджикистан», «H. pylori»)."""
    word = text[start:end].strip()
    abbreviated = word.endswith(".") or bool(_ABBREVIATED_AFTER.match(text, end))
    word = word.rstrip(".")
    return 0 < len(word) <= 4 and abbreviated and not (surname_shaped(word) or given_like(word))


def opens_a_quoted_name(text: str, start: int, end: int) -> bool:
    """«Казанский медицинский колледж», «Юпитер»: a word opening a quoted name before a
    lower-case word, or one a quoted name follows, names an organisation or a brand."""
    if start > 0 and text[start - 1] in '«"' and _LOWER_AFTER.match(text, end):
        return True
    word = text[start:end].strip()
    return bool(_QUOTE_AFTER.match(text, end)) and not (surname_shaped(word) or given_like(word))


def term_not_name(text: str, start: int, end: int) -> bool:
    """A lone capitalised word NER took for a person, which a name would not be: one that
    is neither shaped like a surname nor read as a given name, and that is a common noun
    labelling a field («Пол: муж.»), is cut short («Респ. Таджикистан») or, unknown to the
    dictionary, opens a sentence before a lower-case word («Холедох расширен», «Калибратор
    лот 4417»: a term, a device or a drug)."""
    word = text[start:end].strip()
    if not word or surname_shaped(word) or cut_short(text, start, end):
        return bool(word) and cut_short(text, start, end)
    lower = word.lower()
    if _LABEL_AFTER.match(text, end) and is_known(lower):
        return any("inan" in p.tag and "Name" not in p.tag for p in parses(lower))
    return (
        not given_like(word)
        and not is_known(lower)
        and bool(_LOWER_AFTER.match(text, end))
        and bool(_OPENS_BEFORE.search(text[max(0, start - 8) : start]))
    )


_LOOKBEHIND_CHARS = 40
_CUT_SHORT = re.compile(r"\.\s*[а-яё]")

NER_SCORES = {E.PERSON: 0.85, E.LOCATION: 0.6}
_SPAN_WORDS = re.compile(r"[А-ЯЁа-яёA-Za-z]+")
_EXPECTED = {E.PERSON: ("Surn", "Name", "Patr"), E.LOCATION: ("Geox",)}


@lru_cache(maxsize=65536)
def _ordinary_word(word: str, grammemes: tuple[str, ...]) -> bool:
    """Known to the dictionary, capitalised only by position, never a name/place reading."""
    lower = word.lower()
    if not is_known(lower):
        return False
    return not any(g in p.tag for p in parses(lower) for g in grammemes)


# A whole country is not an identifying place («приказ Минздрава России», «гражданину
# Киргизии»): Russia, and the states patients' citizenship most often names.
COUNTRIES = frozenset(
    {
        "австрия",
        "великобритания",
        "германия",
        "израиль",
        "индия",
        "испания",
        "италия",
        "латвия",
        "литва",
        "монголия",
        "польша",
        "сша",
        "франция",
        "чехия",
        "эстония",
        "азербайджан",
        "армения",
        "беларусь",
        "белоруссия",
        "вьетнам",
        "грузия",
        "казахстан",
        "киргизия",
        "китай",
        "кыргызстан",
        "молдавия",
        "молдова",
        "таджикистан",
        "туркменистан",
        "турция",
        "узбекистан",
        "украина",
        # and farther: students', workers' and refugees' countries of citizenship
        "афганистан",
        "бангладеш",
        "гана",
        "египет",
        "ирак",
        "иран",
        "камерун",
        "корея",
        "куба",
        "нигерия",
        "пакистан",
        "сирия",
        "шри-ланка",
        "япония",
    }
)
_COUNTRY = frozenset({"россия", "рф", "российский", "федерация", "республика"}) | COUNTRIES


@lru_cache(maxsize=65536)
def country_word(word: str) -> bool:
    lower = word.lower()
    return lower in _COUNTRY or parses(lower)[0].normal_form in _COUNTRY


# Word-forming prefixes of medical compounds: «Аудиоскрининг», «Онкоконсилиум».
_PREFIXES = (
    "аудио", "онко", "проф", "кардио", "нейро", "гастро", "эндо", "рентгено", "фото", "видео",
    "био", "микро", "макро", "гипер", "гипо", "пост", "пред", "анти", "иммуно", "гемо",
    "психо", "эхо", "спец", "мед", "пато", "тромбо", "лейко", "цито", "гисто", "электро",
    # imaging, physical and other therapy stems («Рентгенконтроль», «Физиолечение»)
    "рентген", "ангио", "физио", "флюоро", "маммо", "томо", "спиро", "химио", "радио",
    "термо", "магнито", "ультра", "лазеро", "вакцино",
)  # fmt: skip
_NAME_GRAMMEMES = ("Surn", "Name", "Patr")


@lru_cache(maxsize=65536)
def compound_term(word: str) -> bool:
    """A medical compound, not a name: a word joined to a lower-case word («Имплант-карта»,
    «Рез-ты») or a prefix before an ordinary word («Аудиоскрининг», «Профвредностей»)."""
    parts = word.split("-")
    if len(parts) == 2 and parts[1][:1].islower():
        return True
    lower = word.lower()
    return any(
        lower.startswith(p)
        and len(lower) - len(p) >= 4
        and _ordinary_word(lower[len(p) :], _NAME_GRAMMEMES)
        for p in _PREFIXES
    )


# Words of medicine by their suffix: operations, examinations, signs and states
# («Цистэктомия», «Гипокинез», «Холангиография») are neither people nor places.
# Drugs and analytes of a laboratory's tables by theirs: antibiotics («Амикацин»,
# «Меропенем», «Ципрофлоксацин»), enzymes («Аланинаминотрансфераза»), proteins and
# hormones («Тропонин», «Прокальцитонин»); no Russian surname ends so.
_MEDICAL_SUFFIX = re.compile(
    r"(?:эктоми|отоми|остоми|скопи|графи|пластик|кинез|пати[яию]|алги|центез|трофи|плази"
    r"|эми[яию]|ури[яию]|стаз"
    r"|мицин|циллин|флоксацин|кацин|пенем|циклин|коназол|нидазол|трансфераз|геназ|фосфатаз"
    r"|киназ|эстераз|амилаз|липаз|редуктаз|оксидаз|тропонин|глобин|ферритин|креатинин"
    r"|билирубин|кальцитонин|тропин|стерон)[а-яё]{0,2}$"
)
# «Лейк. 15,8», «Эр. 4,2»: an analyte cut short before its value.
_CUT_BEFORE_VALUE = re.compile(r"\.\s*\d")


@lru_cache(maxsize=65536)
def medical_word(word: str) -> bool:
    return bool(_MEDICAL_SUFFIX.search(word.lower()))


# a model's letters joined to its number («Ка-226», «Ми-8МТВ», «Ан-26»)
_MODEL_NAME = re.compile(r"(?<![\w-])[А-ЯЁA-Z][а-яёa-z]?-\d")


def _plausible(label: str, surface: str) -> bool:
    """Drops NER spans made only of ordinary words («Выписной эпикриз», «Эхокардиография»)
    and places that are the whole country."""
    words = _SPAN_WORDS.findall(surface)
    if any(medical_word(w) for w in words):
        return False
    if label == E.LOCATION and words and all(country_word(w) for w in words):
        return False
    if label == E.LOCATION and len(surface.strip()) <= 2:
        return False  # «Эл. больничный»: an abbreviation, not a place
    if label == E.PERSON and " " not in surface.strip() and compound_term(surface.strip()):
        return False
    if label == E.PERSON and _MODEL_NAME.search(surface):
        return False  # «вертолётом Ка-226 RA-19203»: a machine's model, not a person
    return not words or not all(_ordinary_word(w, _EXPECTED[label]) for w in words)


_FIRST_WORD = re.compile(r"(\w+)\s+(?=\w)")


def _after_role(text: str, start: int, end: int) -> int:
    """Where a name tagged with the role before it («Пульмонолог Ксения») starts."""
    first = _FIRST_WORD.match(text, start, end)
    return first.end() if first is not None and is_role(first[1]) else start


_COLUMN_GAP = re.compile(r"\s*(?: {3,}|\t)")


def _before_column_gap(text: str, start: int, end: int) -> int:
    """Where a name tagged with the next column's label («Полякова И.Н.   Код») ends."""
    gap = _COLUMN_GAP.search(text, start, end)
    return gap.start() if gap is not None and gap.start() > start else end


class NatashaRecognizer(LocalRecognizer):
    """Turns the NLP engine's natasha PER/LOC spans into PERSON/LOCATION results."""

    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there

    def __init__(self) -> None:
        super().__init__(supported_entities=list(NER_SCORES), supported_language=E.LANGUAGE)

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        results = []
        for span in nlp_artifacts.entities:
            label = span.label_
            if label not in NER_SCORES or label not in entities:
                continue
            if self._is_eponym_or_abbreviation(text, span):
                continue
            if not _plausible(label, text[span.start_char : span.end_char]):
                continue
            if label == E.LOCATION and (
                agency_place(text, span.start_char)
                or agency_follows(text, span.end_char)
                or not_a_residence(text, span.start_char, span.end_char)
            ):
                continue  # «ЦГБ Бийска»: where the hospital is, not where the patient lives
            start, end = span.start_char, span.end_char
            if label == E.PERSON:
                start = _after_role(text, start, end)
                end = _before_column_gap(text, start, end)
            results.append(
                RecognizerResult(
                    entity_type=label,
                    start=start,
                    end=end,
                    score=NER_SCORES[label],
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    @staticmethod
    def _is_eponym_or_abbreviation(text: str, span) -> bool:  # noqa: ANN001 - duck-typed
        """An eponym, an abbreviation, an institution's namesake or a drug before its dose."""
        surface = text[span.start_char : span.end_char]
        if _ABBREVIATION.match(surface) or followed_by_dose(text, span.end_char):
            return True
        if measurement_method(text, span.start_char, span.end_char):
            return True  # «Фибриноген (Клаусс) 3,91 г/л»
        if " " not in surface.strip() and _CUT_BEFORE_VALUE.match(text, span.end_char):
            return True  # «Лейк. 15,8»
        if " " not in surface.strip() and drug_listed(text, span.start_char, surface.strip()):
            return True  # «принимает Престариум, Мовалис»
        if NAMESAKE_BEFORE.search(text, max(0, span.start_char - 14), span.start_char):
            return True  # «ГКБ им. С.П. Боткина»: an institution, whatever the length
        if span.label_ == E.PERSON and in_place_name(text, span.start_char):
            return True  # «нотариального округа г. Великие Луки»: a town's name
        if " " in surface.strip():
            return False  # several words: a full name, not «болезнь Крона»
        if span.label_ == E.PERSON and _CUT_SHORT.match(text, span.end_char):
            return True  # «Гипертонич. криз»: a word cut short before a lower-case one
        if span.label_ == E.PERSON and adjective_before_a_thing(text, span.end_char, surface):
            return True  # «Кардиоторакальный индекс»: an adjective opening a sentence
        if cut_short(text, span.start_char, span.end_char):
            return True  # «Респ. Таджикистан»: an abbreviation, neither a person nor a place
        if span.label_ == E.PERSON and opens_a_quoted_name(text, span.start_char, span.end_char):
            return True  # «Казанский медицинский колледж», «Алкотектор «Юпитер»»
        if span.label_ == E.PERSON and term_not_name(text, span.start_char, span.end_char):
            return True  # «Холедох расширен», «Пол: муж.»: a term or a field label
        return after_eponym_trigger(text, span.start_char)
