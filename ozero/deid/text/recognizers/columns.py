"""A table column whose every cell is an unmistakable identifier, whatever its header says.

«2747845184 | 998983845 | Мкртчян В.А. | 04.06.2025 | ТТГ | 2,31»: a header may be missing,
abbreviated or in a language no vocabulary holds, but a column of nine- and ten-digit numbers
(or lettered codes) beside names and dates is a column of identifiers: counts, results and
doses are not written so (``numero_head.strongly_shaped``). A header naming something public
or clinical («Лот», «Код МКБ», «Кабинет») keeps its column.
"""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.base import SingleEntityRecognizer
from ozero.deid.text.recognizers.documents import (
    CELL_NUMBER,
    HEADER_WORD,
    TableRow,
    table_rows,
)
from ozero.deid.text.recognizers.hl7 import in_segment
from ozero.deid.text.recognizers.lexicon import DOC, ROOM, SAFE, classify, numero
from ozero.deid.text.recognizers.numero_head import strongly_shaped
from ozero.deid.text.recognizers.org_papers import sterilisation_cycle_header

MIN_ROWS = 2


# A column of a product's lots or series («серия», «лот», «партия»): the maker's numbers
_BATCH_HEADER = re.compile(r"(?i:сери[яиюей]|лот|lot|парти[яиюей]|batch)$")


def _lots_or_safe_header(header: str) -> bool:
    """A column of safe codes or rooms, or of a product's lots, not of a paper's numbers."""
    words = HEADER_WORD.findall(header)
    if any(classify(w) in (SAFE, ROOM) for w in words):
        return True
    # «серия» alone heads lots; «серия и номер рецепта», «серия, №» a paper's number
    paper = any(classify(w) == DOC or numero(w) for w in words) or "№" in header
    return not paper and any(_BATCH_HEADER.match(w) for w in words)


class IdentifierColumnRecognizer(SingleEntityRecognizer):
    """Every cell of a column (two rows at least) an identifier-shaped number → RECORD_ID."""

    ENTITY = E.RECORD_ID
    SCORE = 0.65

    def spans(self, text: str) -> list[tuple[int, int]]:
        rows = table_rows(text)
        if not rows:
            return []
        results: list[tuple[int, int]] = []
        block: list[list[tuple[int, int]]] = []  # rows of one table, same cell count
        for cells, _ in [*rows, TableRow([], False)]:
            if cells and in_segment(text, cells[0][0]):
                cells = []  # an HL7 segment's fields (a range in OBX-7): read by ``hl7``
            if block and len(cells) != len(block[0]):
                results += _identifier_cells(text, block)
                block = []
            if len(cells) >= 2:
                block.append(cells)
        return results


# A blood pressure («170/105»): systolic over diastolic, in a journal that says so
_PRESSURE_CELL = re.compile(r"\s*(?P<high>[1-9]\d{1,2})/(?P<low>[1-9]\d{1,2})\s*")
_PRESSURE_WORDS = re.compile(r"(?<!\w)(?:АД|(?i:давлени\w*|пульс\w*|ЧСС|мм\s+рт))(?!\w)")


def _pressure_column(text: str, cells: list[tuple[int, int]]) -> bool:
    """Every cell a plausible blood pressure (60–260 over 30–160, the first higher) and the
    text names pressure or pulse: a journal of measurements, not of case numbers."""
    for start, end in cells:
        m = _PRESSURE_CELL.fullmatch(text, start, end)
        if m is None:
            return False
        high, low = int(m["high"]), int(m["low"])
        if not (60 <= high <= 260 and 30 <= low <= 160 and high > low):
            return False
    return bool(_PRESSURE_WORDS.search(text))


def _identifier_cells(text: str, rows: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    header = rows[0] if not any(c.isdigit() for s, e in rows[0] for c in text[s:e]) else None
    data = rows[1:] if header else rows
    if len(data) < MIN_ROWS:
        return []
    spans = []
    for i in range(len(rows[0])):
        if header is not None and (
            _lots_or_safe_header(text[header[i][0] : header[i][1]])
            or sterilisation_cycle_header(text, *header[i])
        ):
            continue
        if _pressure_column(text, [row[i] for row in data]):
            continue
        found = []
        for row in data:
            start, end = row[i]
            m = CELL_NUMBER.match(text[start:end])
            if m is None or not strongly_shaped(m["num"]):
                break
            found.append((start + m.start("num"), start + m.end("num")))
        else:
            spans += found
    return spans
