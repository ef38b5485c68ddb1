"""Identifiers a machine mints for one act of sending or processing: a bus message's id, a
transaction's, a session's, a trace's, an HL7 message's control id («messageId="80d1…"»,
«msgId=586a…», «смэв-сообщение 50959fef-…», «ID транзакции …», «control 37555f56ef66c4a2»).
They name no person: the same patient's record travels under a new one every time, and an
integration log holds thousands of them. A record number the rules found is dropped when it
has a machine id's shape (a UUID, or twelve hex digits and more) and such a key stands right
before it; a person's key («patientGuid», «localUid», «документ») keeps it."""

from __future__ import annotations

import regex as re

# a UUID, or a run of hex digits long enough to be a generated id (letters and digits mixed)
_MACHINE_ID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{12,40}"
)
# a machine's key for one message, request, trace, session or transaction (camelCase or
# snake_case; case-insensitive where used): its value names no person (``keyed`` too)
MACHINE_ID_KEYS = (
    r"message_?id|msg_?id|correlation_?id|corr_?id|request_?id|req_?id|trace_?id|span_?id"
    r"|session_?id|transaction_?id|dlr_?id"
)
# the key right before it: a message's, a transaction's, a session's, a trace's, a request's
# in a machine's sense (camelCase or snake_case keys, or the Russian words in a log line)
_SYSTEM_KEY = re.compile(
    rf"(?:(?i:{MACHINE_ID_KEYS}|control(?:_?id)?|trace|session)"
    r"|(?i:смэв-)?(?:[Сс]ообщени[еяюи]|СООБЩЕНИ[ЕЯЮИ])(?:\s+СМЭВ)?|(?:ID\s+)?транзакци[ияю]"
    r"|[Сс]есси[яиюей]|[Сс]еанс[ауе]?)"
    r"\s*(?:[:=]\s*)?[\"'«]?\s*$"
)


def machine_id(text: str, start: int, end: int) -> bool:
    """The span is a machine's id for one message, transaction or session (not a person's)."""
    if not _MACHINE_ID.fullmatch(text, start, end):
        return False
    return _SYSTEM_KEY.search(text, max(0, start - 40), start) is not None
