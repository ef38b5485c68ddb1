"""An identity paper's series and number in a machine's fields: an OMS register's ``<DOCSER>``
and ``<DOCNUM>``, a SEMD's ``<identity:Series>`` and ``<identity:Number>``, a tax form's
``СерДок="4510"``, JSON's ``"docSeries": "4510"``, SQL's ``passport_no='123456'``, a log's
``ser=4510 num=123456``, a whole ``"dul": "4510 123456"``.

The key says which part of a paper a value is; the series' shape and the record around it
say which paper. A passport's series is four digits, a birth certificate's a Roman numeral
and two Cyrillic capitals («IV-МЮ»). A key that names the identity document (``DOCSER``,
``passport_ser``, ``СерДок``) is enough for a series of either shape; a bare ``series`` or
``number`` (a drug's, a prescription form's, an imaging series') counts only in a record that
names the passport — its word, or its code in the real code systems (the OMS register's
``DOCTYPE`` 14, the tax service's document code 21, NSI 1.2.643.5.1.13.13.99.2.48's code 1).
A six-digit number is the paper's beside such a series or in such a record. Each part is a
span of its own, as the prose rules give «серия 65 00, номер 364620».
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import KEY_GIVES_VALUE, result_of
from ozero.deid.text.recognizers.lexicon import DOC, classify, is_form_code, tokens

# keys that name the person's document's part: a record's «document» fields are its
# identity paper's (the OMS register's DOCSER and DOCNUM, an MIS's docSeries and docNumber,
# «серия_документа»; camelCase, snake_case, Russian)
_NAMED_SERIES = (
    r"(?:identity_?)?doc(?:ument)?_?ser(?:ies)?|passport_?ser(?:ies)?|pasp_?ser(?:ies)?"
    r"|dul_?ser(?:ies)?|сер_?док|серия_(?:паспорта|дул|документа)|серия[\s_]?(?:паспорта|дул)"
)
_NAMED_NUMBER = (
    r"(?:identity_?)?doc(?:ument)?_?(?:num(?:ber)?|no)|passport_?(?:num(?:ber)?|no)"
    r"|pasp_?(?:num|no)|dul_?(?:num(?:ber)?|no)|ном_?док|номер_(?:паспорта|дул|документа)"
    r"|номер[\s_]?(?:паспорта|дул)"
)
# keys that name a part of any paper (and a form's «Серия документа», in words): a
# passport's only in a record that names the passport
_BARE_SERIES = r"ser(?:ies)?|серия(?:\s+документа)?"
_BARE_NUMBER = r"num(?:ber)?|no|номер(?:\s+документа)?"
# keys whose value is the whole paper, series and number (a bare «value» only in a record
# that names the passport: FHIR's identifier, «"type": "PASSPORT_RF", "value": "4510 123456"»)
_WHOLE = r"passport|pasp|dul|дул|паспорт|сер_?ном_?док|identity_?doc(?:ument)?|id_?doc(?:ument)?"
_PASSPORT_SERIES = r"\d{2}[ -]?\d{2}"
_BIRTH_SERIES = r"[IVXІ]{1,4}-?[А-ЯЁ]{2}"
# a key (which may end a dotted path: «patient.passport.series = '4510'»), then its value
_FIELD = re.compile(
    rf"(?<![\w-])(?:(?P<series_key>(?i:{_NAMED_SERIES}))|(?P<bare_series>(?i:{_BARE_SERIES}))"
    rf"|(?P<number_key>(?i:{_NAMED_NUMBER}))|(?P<bare_number>(?i:{_BARE_NUMBER}))"
    rf"|(?P<whole_key>(?i:{_WHOLE}))|(?P<bare_whole>(?i:value)))(?![\w-]){KEY_GIVES_VALUE}"
    rf"(?P<value>{_PASSPORT_SERIES}(?:\s?(?:[/№N-]\s?)?\d{{6}})?|\d{{6}}|{_BIRTH_SERIES})"
    r"(?![\w-])"
)
_SERIES_OF = {E.PASSPORT: re.compile(_PASSPORT_SERIES), E.BIRTH_CERT: re.compile(_BIRTH_SERIES)}
_NUMBER = re.compile(r"\d{6}")
_WHOLE_PASSPORT = re.compile(_PASSPORT_SERIES + r"\s?(?:[/№N-]\s?)?\d{6}")
# the record names the passport: its word, or its code in a document-type field
_PASSPORT_NAMED = re.compile(
    r"(?i:паспорт|passport|pasp|(?<![а-яё])пасп\.)"
    rf"|(?i:doc_?type|тип_?док\w*|вид_?док\w*){KEY_GIVES_VALUE}(?:14|21)(?!\d)"
    r"|КодВидДок=\"21\"|IdentityCardType\s+code=\"1\""
)
# the record names another paper, whose fields these are
_OTHER_PAPER = (
    r"(?i:свидетельств|certificat|справк|полис|polic|рецепт|бланк|направлени|протокол"
    r"|лицензи|договор|диплом)"
)
_PAPER_NAMED = re.compile(rf"(?P<passport>{_PASSPORT_NAMED.pattern})|{_OTHER_PAPER}")
_OTHER_CIVIL_ACT = re.compile(
    r"(?i:смерт|умерш|death|deceased|брак|marriage|развод|divorce|перемен\w*\s+имен|отцовств)"
)
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_IDENTITY_PAPER = re.compile(r"документ|удостоверени")
_RECORD_REACH = 200  # a field's record: this many characters around it
_AFTER_REACH = 60  # a paper named after its fields: close after them
# (a substring test first: most texts hold no such key, and the pattern scans every offset)
_CHEAP = (
    *("ser", "SER", "Ser", "серия", "Серия", "СЕРИЯ", "СерДок", "СерНом", "сер_"),
    *("pas", "Pas", "PAS", "пасп", "Пасп", "ПАСП", "dul", "DUL", "дул", "ДУЛ"),
    *("identity", "Identity", "id_doc", "idDoc", "DOCNUM", "docNum", "doc_num", "НомДок"),
)


class IdentityFieldRecognizer(LocalRecognizer):
    """A passport's or a birth certificate's series, number or both in the fields of a
    register, a message or a log."""

    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there
    SCORE = 0.95  # above an identifier key's record reading of the same value: the key names it

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[E.PASSPORT, E.BIRTH_CERT], supported_language=E.LANGUAGE
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            result_of(self, entity, start, end, self.SCORE)
            for entity, start, end in identity_fields(text)
            if entity in entities
        ]


def identity_fields(text: str) -> list[tuple[str, int, int]]:
    """(paper, start, end) of every series, number or whole paper read from its field."""
    if not any(word in text for word in _CHEAP):
        return []
    fields = list(_FIELD.finditer(text))
    series = [(paper, field) for field in fields if (paper := _series_of(text, field))]
    found = [(paper, *field.span("value")) for paper, field in series]
    for field in fields:
        value = field["value"]
        if field["whole_key"] or field["bare_whole"]:
            if _WHOLE_PASSPORT.fullmatch(value) and (
                field["whole_key"] or _names_passport(text, field)
            ):
                found.append((E.PASSPORT, *field.span("value")))
        elif (field["number_key"] or field["bare_number"]) and _NUMBER.fullmatch(value):
            paper = _paper_beside(field, series) or (
                E.PASSPORT if _names_passport(text, field) else None
            )
            if paper is not None:
                found.append((paper, *field.span("value")))
    return sorted(found, key=lambda f: f[1])


def _series_of(text: str, field: re.Match[str]) -> str | None:
    """The paper whose series the field holds: a passport's four digits under a key that
    names it (or in a record that names the passport), a birth certificate's letters where
    no other civil status paper is named."""
    if not (field["series_key"] or field["bare_series"]):
        return None
    paper = next(
        (paper for paper, shape in _SERIES_OF.items() if shape.fullmatch(field["value"])), None
    )
    if paper == E.BIRTH_CERT:
        return None if _another_civil_act(text, field) else paper
    if paper == E.PASSPORT and (field["series_key"] or _names_passport(text, field)):
        return paper
    return None


def _another_civil_act(text: str, field: re.Match[str]) -> bool:
    """A death's, a marriage's or a divorce's certificate is named in the field's record:
    its series has a birth certificate's shape (every civil status paper's does)."""
    start = field.start()
    return bool(_OTHER_CIVIL_ACT.search(text, max(0, start - _RECORD_REACH), start))


def _names_passport(text: str, field: re.Match[str]) -> bool:
    """The nearest paper named before the field is the passport, and no other paper is
    named between them (a death certificate's series after the deceased's passport is the
    certificate's); with none named before it, a passport named just after it («ser=4510
    num=123456 type=pasp»)."""
    start, end = field.span()
    named = list(_PAPER_NAMED.finditer(text, max(0, start - _RECORD_REACH), start))
    if named:
        last = named[-1]
        return bool(last["passport"]) and not _another_paper(text, last.end(), start)
    return bool(_PASSPORT_NAMED.search(text, end, end + _AFTER_REACH))


def _another_paper(text: str, start: int, end: int) -> bool:
    """A document word in Russian («акт», «свидетельство», «справка») or a form's code
    («106/у») stands in text[start:end]; «документ» and «удостоверение» name the identity
    paper itself («документ, удостоверяющий личность»)."""
    for kind, token, _, _ in tokens(text[start:end]):
        if kind == "num" and is_form_code(token):
            return True
        if (
            kind == "word"
            and _CYRILLIC.match(token)
            and not _IDENTITY_PAPER.match(token.lower())
            and classify(token) == DOC
        ):
            return True
    return False


def _paper_beside(number: re.Match[str], series: list[tuple[str, re.Match[str]]]) -> str | None:
    """The paper of the nearest series read in the number's record."""
    beside = [
        (abs(field.start() - number.start()), paper)
        for paper, field in series
        if abs(field.start() - number.start()) <= _RECORD_REACH
    ]
    return min(beside)[1] if beside else None
