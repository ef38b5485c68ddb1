"""A value after a key that names an identifier, in machine text: a log line, a form dump, a
query string («emdrId=209331140», «номер_ПЭК=358-147-9775», «"patientId": "A26238383"»).

The key says what the value is wherever the line puts it, so the value is a record number
whatever its shape; the numbers-by-position rules miss it once a status code or a timestamp
stands before it on the line. A machine's id of one message or session (``system_ids``) and
a directory's or a template's OID name no person and are left out here.
"""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import GroupRecognizer
from ozero.deid.text.recognizers.system_ids import MACHINE_ID_KEYS

# camelCase or snake_case keys ending in an id's word («patientId», «emdr_id», «caseNo»,
# «localUid»), and Russian snake_case keys holding «номер» or starting «ид_» («номер_карты»;
# a plain «Номер:» in prose is the documents rules' to read by the word governing it)
_ID_KEY = (
    r"[A-Za-z][A-Za-z0-9]*(?:Id|ID|Uid|UID|Guid|GUID|No|Num|Number|Nr)"
    r"|[A-Za-z][A-Za-z0-9]*_(?i:id|uid|guid|no|num|number|nr)"
    r"|(?i:[а-яё]*_номер[а-яё_]*|номер_[а-яё_]*|ид_[а-яё_]+)(?:_[А-ЯЁA-Z]+)?"
)
# keys whose values name no person: a message's, a request's, a session's (the machine keys
# of ``system_ids``), a template's, a page's
_NOT_A_PERSONS = (
    rf"(?i:{MACHINE_ID_KEYS}|template_?id|type_?id|code_?system"
    r"|version_?no|version_?number|page_?no|page_?number|line_?no|seq_?no|port_?no|build_?no"
    r"|covid)"
)
# tried at each «=» and «:» only (the key is looked behind for), not at every word start
_KEYED_ID = re.compile(
    rf"(?<=(?<![\w.])(?:{_ID_KEY})[\"']?\s*)(?<!(?<![\w.])(?:{_NOT_A_PERSONS})[\"']?\s*)"
    r"[=:]\s*[\"']?"
    r"(?P<num>(?=[\w./-]*\d)[A-Za-zА-ЯЁа-яё0-9][\w./-]{2,40}(?<![./-]))(?![\w])"
)
_OID = re.compile(r"[012](?:\.\d+){4,}")


class KeyedIdRecognizer(GroupRecognizer):
    """«emdrId=209331140», «номер_ПЭК=358-147-9775»: the value of an identifier's key."""

    ENTITY = E.RECORD_ID
    SCORE = 0.8
    PATTERN = _KEYED_ID

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [
            match.span(self.GROUP)
            for match in self.PATTERN.finditer(text)
            if not _OID.fullmatch(match[self.GROUP])
        ]
