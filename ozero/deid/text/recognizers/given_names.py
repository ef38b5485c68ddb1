"""A given name alone, where only a person's name stands: right before his phone.

«Папа рядом, Азамат тел. 8 (919) 943-72-14», «| Патимат | 8 (928) 946-22-90 |»: a chat or a
call list names the one to ring by his first name. The word must be a given name by the
dictionary (``names.given_name_share``): «Регистратура тел. …» stays."""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.names import GIVEN_NAME_SHARE, given_name_share, is_role

# where a Russian phone starts (the phone recognizers decide the rest)
_PHONE_START = re.compile(r"(?:\+7|(?<![\d+])8)[ \t(\-]{0,2}\d")
# the name, then a phone's label if any, or the next cell of a call list
_NAME_BEFORE = re.compile(
    r"(?<![\w.\-])([А-ЯЁ][а-яё]{2,})[ \t]*(?:\|[ \t]*)?"
    r"(?:(?i:тел|моб|сот)\.?[ \t]*:?[ \t]*|(?i:whatsapp|вацап|ватсап|viber)[ \t]*:?[ \t]*)?\Z"
)


class GivenNameBeforePhoneRecognizer(SingleEntityRecognizer):
    ENTITY = E.PERSON
    SCORE = 0.7

    def spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for phone in _PHONE_START.finditer(text):
            m = _NAME_BEFORE.search(text, max(0, phone.start() - 40), phone.start())
            if m is None or is_role(m[1]) or given_name_share(m[1]) < GIVEN_NAME_SHARE:
                continue
            spans.append(m.span(1))
        return spans
