"""Lone Russian surnames that NER misses («Овчинникова: направлена на консультацию»).

Claim comments and short notes often carry a bare surname with no given name or title, the
case natasha's NER handles worst. pymorphy3's dictionary marks surnames with the `Surn`
grammeme; a capitalised word whose parses are mostly surnames is reported as a person,
unless it follows a clinical trigger word (an eponym: «болезнь Боткина»).
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.known import is_known, parses
from ozero.deid.text.recognizers.names import (
    NAMESAKE_BEFORE,
    SURNAME_SHARE,
    _top_pos,
    adjective_before_a_thing,
    is_role,
    surname_shaped,
    surname_share,
)
from ozero.deid.text.recognizers.ner import (
    _LOOKBEHIND_CHARS,
    after_eponym_trigger,
    country_word,
    followed_by_dose,
)

_CAPITALISED_WORD = re.compile(r"(?<![\p{L}\-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?(?![\p{L}])")
SHAPED_SHARE = 0.15  # enough when the word also ends like a surname and is not a place
SCORE = 0.6
TEMPLATE_SCORE = 0.7
# «Пак: направлен(а) на консультацию»: a capitalised word as the subject of a verb with a
# gender-neutral template ending «(а)»/«(ась)» is a person whatever the dictionary says
# (Пак, Ткач, Седых, Лихая); role words («Пациент(ка)») are the exception.
_TEMPLATE_SUBJECT = re.compile(
    r"(?<![\p{L}\-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,})\s*[:,—–-]?\s+"
    r"[а-яё]{4,}\((?:а|ась|ла|на)\)"
)
# «лечащий врач Ситникова», «бабушка Шпак», «больной К-в»: a capitalised word right after a
# lower-case role noun (so mid-sentence) names that person, whatever the dictionary says.
_AFTER_ROLE = re.compile(
    r"(?<![\p{L}])(?P<role>[а-яё]{3,})\s+"
    r"(?P<name>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?|[А-ЯЁ][а-яё]?-[а-яё]{1,3})(?![\p{L}-])"
)
# «Подписи: Хабаров, Лещенко, Айвазова»: surnames listed after a signature word.
_SIGNED = re.compile(r"(?<![\p{L}])(?i:подпис[иьа]\w*|подписал[иа]?)\s*:?\s*")
_LISTED = re.compile(r"([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)(?:\s*,\s*|\s+и\s+)?")
# «Тропонин-тест», «Гипертонич. криз»: joined to a lower-case word, or cut short before one.
_COMPOUND_AFTER = re.compile(r"-[а-яё]|\.\s*[а-яё]")
# Words pymorphy3 does not know that end in -ов/-ев (+ case endings): «Шамсутдинов».
_UNKNOWN_SHAPE = re.compile(r"[оеё]в(?:а|у|ым|ой|ом|е|ы)?$")


@lru_cache(maxsize=65536)
def lone_surname(word: str) -> bool:
    """Mostly a surname to pymorphy3; or partly one with a surname ending and no stronger
    place reading («Борисов», «Рождественская», not «Киров»); or unknown with -ов/-ев."""
    lower = word.lower()
    share = surname_share(lower)
    if share >= SURNAME_SHARE:
        return True
    if share >= SHAPED_SHARE and surname_shaped(lower):
        found = parses(lower)
        person = sum(p.score for p in found if "Surn" in p.tag or "Name" in p.tag)
        place = sum(p.score for p in found if "Geox" in p.tag)
        return person > place
    return share == 0 and not is_known(lower) and bool(_UNKNOWN_SHAPE.search(lower))


def _named_by_role(text: str) -> list[tuple[int, int]]:
    """Surnames after a role noun («врач Ситникова») and after a signature word."""
    spans = []
    for m in _AFTER_ROLE.finditer(text):
        name = m["name"]
        if not is_role(m["role"]) or is_role(name) or _top_pos(name) in ("ADJF", "PRTF"):
            continue
        if country_word(name):
            continue  # «гражданина Республики Узбекистан»
        if followed_by_dose(text, m.end()) or after_eponym_trigger(text, m.start("name")):
            continue
        spans.append(m.span("name"))
    for m in _SIGNED.finditer(text):
        at = m.end()
        while (item := _LISTED.match(text, at)) is not None and item[0]:
            word = item[1]
            if is_role(word) or not (surname_shaped(word) or lone_surname(word)):
                break
            spans.append(item.span(1))
            at = item.end()
    return spans


# Names written in Latin letters: a DICOM person name «SHEVCHUK^OLEG^PETROVICH» anywhere;
# two or three Latin words, at least one in capitals («KOROLEVA ANNA», «Alexey KOVALEV»), as
# a field's value (after a colon) or before a date of birth.
_DICOM_NAME = re.compile(r"(?<![\w^])[A-Z][A-Za-z'-]+(?:\^[A-Z][A-Za-z'-]*){1,4}(?![\w^])")
_LATIN_WORD = r"(?:[A-Z]{3,}|[A-Z][a-z]{2,})"
_LATIN_NAME = re.compile(
    rf"(?:(?<=:\s{{0,3}})(?P<a>{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{1,2}})(?![\w]|\s*[\d+])"
    rf"|(?<![\w])(?P<b>{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{1,2}})"
    r"(?=,?\s+(?i:date\s+of\s+birth|dob|born|д\.\s?р\.|дата\s+рождения)))"
)


def _latin_names(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _DICOM_NAME.finditer(text)]
    for m in _LATIN_NAME.finditer(text):
        group = "a" if m["a"] else "b"
        words = m[group].split()
        if any(w.isupper() for w in words) and not all(w.isupper() and len(w) <= 4 for w in words):
            spans.append(m.span(group))
    return spans


class SurnameRecognizer(SingleEntityRecognizer):
    ENTITY = E.PERSON

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.PERSON not in entities:
            return []
        results = []
        for match in _CAPITALISED_WORD.finditer(text):
            parts = match.group().split("-")
            if not all(lone_surname(p) for p in parts):
                continue
            if adjective_before_a_thing(text, match.end(), parts[-1]):
                continue  # «Страховой номер»: an adjective opening a sentence
            before = text[max(0, match.start() - _LOOKBEHIND_CHARS) : match.start()]
            if after_eponym_trigger(text, match.start()) or NAMESAKE_BEFORE.search(before):
                continue
            if followed_by_dose(text, match.end()):
                continue  # «Ксарелто 20 мг»
            if _COMPOUND_AFTER.match(text, match.end()):
                continue  # «Тропонин-тест», «Гипертонич. криз»
            results.append(self.result(match.start(), match.end(), SCORE))
        results += [self.result(*span, SCORE) for span in _named_by_role(text)]
        results += [self.result(*span, SCORE) for span in _latin_names(text)]
        for match in _TEMPLATE_SUBJECT.finditer(text):
            if not is_role(match[1]):
                results.append(self.result(match.start(1), match.end(1), TEMPLATE_SCORE))
        return results
