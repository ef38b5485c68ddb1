"""A long run of digits with no word around it: an identifier by its length alone.

Ten digits or more are no count, dose, date or room. In medical text such a run is a tube's
or an order's barcode, a sick-leave number, a policy, a case: «фиолетовая крышка —
4607001234567; красная — 4607001234574» names only the first tube's paper. Kept are the
runs that another recognizer owns (a SNILS or ENP by checksum, a phone, a personal INN) and
those among an organisation's requisites or under a public or clinical word (ОГРН, КПП,
р/с, «лицензия», «код»).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.dates import in_cda_time
from ozero.deid.text.recognizers.documents import in_cells, public_column_cells
from ozero.deid.text.recognizers.hl7 import in_hl7_timestamp
from ozero.deid.text.recognizers.lexicon import ROOM, SAFE, head_before
from ozero.deid.text.recognizers.numero_head import public_shape
from ozero.identifiers import is_valid_enp, is_valid_inn, is_valid_snils

_RUN = re.compile(r"(?<![\w.,/+-])\d{10,20}(?![\w/-]|[.,]\d)")
_PASSPORT_BEFORE = re.compile(r"(?i:паспорт|passport)")
# An organisation's requisites and bank details, and public registers' numbers
_PUBLIC_BEFORE = re.compile(
    r"(?i:огрн|огрнип|инн|кпп|окпо|оквэд|октмо|окато|окогу|бик|р/с|к/с|сч[её]т|расч"
    r"|лицензи|егрюл|егрип|ру\b|рег\.\s*уд|gtin|ean)[^\d\n]{0,20}$"
)
# «№», «номер» right before the run: its head stands before them
_NUMERO_BEFORE = re.compile(r"(?:№|(?i:номер|ном\.))\s*:?\s*$")
# An individual's or a sole trader's bank account (balance accounts 408xx current, 423xx
# and 426xx deposits): personal, whatever owns the paper it is written on
_PERSONAL_ACCOUNT = re.compile(r"(?:408|423|426)\d{17}")
# …or right after it: «1859898730 ИНН организации»
_PUBLIC_AFTER = re.compile(r"\s*[(,–—-]?\s*(?i:огрн|инн|кпп|окпо|бик)(?!\w)")


def owned_elsewhere(digits: str) -> bool:
    """A checksum-valid SNILS, ENP or personal INN, or a phone number."""
    n = len(digits)
    return (
        (n == 11 and (is_valid_snils(digits) or digits[0] in "78"))
        or (n == 16 and is_valid_enp(digits))
        or (n == 12 and is_valid_inn(digits))
        or (n == 10 and digits[0] == "9")  # a mobile number written without its prefix
    )


class LongDigitsRecognizer(SingleEntityRecognizer):
    """Ten to twenty bare digits, owned by nothing public: a record's number."""

    ENTITY = E.RECORD_ID
    SCORE = 0.55  # below every typed recognizer: a SNILS or a policy wins the same span

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.RECORD_ID not in entities:
            return []
        results = []
        public: list[tuple[int, int]] | None = None
        for m in _RUN.finditer(text):
            digits = m.group()
            if _PERSONAL_ACCOUNT.fullmatch(digits):
                results.append(self.result(m.start(), m.end(), self.SCORE))
                continue  # an individual's bank account, whatever the word before it
            if owned_elsewhere(digits) or public_shape(digits):
                continue
            if in_hl7_timestamp(text, m.start(), m.end()) or in_cda_time(text, m.start()):
                continue  # «|202510010915|», «value="202605191034+0500"»: a time, its day a DATE
            if _PUBLIC_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue
            if _PUBLIC_AFTER.match(text, m.end()):
                continue
            if public is None:
                public = public_column_cells(text)
            if in_cells(public, m.start(), m.end()):
                continue  # «| инв. № |» column of an equipment journal
            if _PASSPORT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # «паспорт 4512123456»: the passport recognizer's
            if head_before(text, m.start()) in (SAFE, ROOM):
                continue
            marked = _NUMERO_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if marked and head_before(text, marked.start()) in (SAFE, ROOM):
                continue  # «инвентарный номер 0105561209», «ФН № 9961440300512287»
            results.append(self.result(m.start(), m.end(), self.SCORE))
        return results
