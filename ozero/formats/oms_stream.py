"""ZL_LIST cases streamed from a file, in bounded memory, whole or in parts.

`parse_zl_list` takes the register as bytes and returns every case in one list, so a
monthly register of a large region (millions of cases, gigabytes of XML) is held in memory
twice. Here the file is read incrementally and each case is yielded as soon as its ZAP
closes; the ZAP is then cleared and detached, so memory stays flat whatever the file size.
Rows are the same dicts `parse_zl_list` returns under ``"cases"``.

A large register is also cut into parts (`plan_chunks`) at ``<ZAP`` starts, so several
workers parse it at once (`iter_chunk_cases`): every part is parsed behind the register's
own header (declaration, ZL_LIST, ZGLV, SCHET — the FILENAME case keys come from) and, but
for the last, closed with ``</ZL_LIST>``. windows-1251 is a single-byte encoding, so byte
offsets are safe cut points. A part either yields exactly the rows the whole-file parse
yields for its bytes or raises `FormatError`, after which the caller parses the register
whole (the whole-file parse alone decides errors and their wording):

* the header is checked to end at the top level of ZL_LIST, and each cut then either falls
  between two ZAPs or leaves the part before it unclosed (inside a comment, a CDATA
  section or an element), which fails to parse;
* a ZGLV/SCHET after a ZAP (it would change the keys of the cases after it) fails a part;
* the encoding check looks at fixed windows of the file (`WINDOW` bytes at absolute
  offsets), so a part checks the same windows the whole-file read does.

The windows-1251 check runs on the fly (`_CheckedReader`): a window that holds Cyrillic and
is valid UTF-8 means the file was re-encoded, and the register fails as a whole.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree

from ozero.formats import FormatError
from ozero.formats.oms import _DECLARED_1251, _HEADER_FIELDS, _UTF8_CYRILLIC, _cases_of_zap, _t

# Only these elements produce Python-level events; everything else stays in libxml2.
_TAGS = ("ZGLV", "SCHET", "ZAP")
_HEADER_TAGS = ("ZGLV", "SCHET")

WINDOW = 1 << 16  # bytes per encoding-check window, at absolute offsets of the file
CLOSE = b"</ZL_LIST>"  # closes every part but the last
_ZAP_START = re.compile(rb"<ZAP[\s/>]")
_SCAN = 1 << 20  # bytes read per step when looking for a cut
_HEADER_MAX = 16 << 20  # no ZAP within this many bytes: the register is not split


def utf8_cyrillic(window: bytes) -> bool:
    """Whether a window of a file declared windows-1251 holds UTF-8 Cyrillic: Cyrillic
    byte pairs, and the window (less characters cut at its edges) is valid UTF-8. Genuine
    windows-1251 Cyrillic is almost never valid UTF-8 for long."""
    if window.isascii() or not _UTF8_CYRILLIC.search(window):
        return False
    whole = _trim_partial_utf8(window)
    if not _UTF8_CYRILLIC.search(whole):
        return False  # only a character cut by a window edge
    try:
        whole.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _CheckedReader:
    """Serves the parser a file (or a part of one), refusing UTF-8 Cyrillic in a file
    declared windows-1251.

    `raw` is read from absolute offset `offset` (a multiple of `WINDOW`) in whole windows,
    each checked; the parser gets `prefix`, then the bytes in [`start`, `end`) (end None:
    to the end of the file), then `suffix`. Whether to check is read from the XML
    declaration: of `prefix` when given, else of the file's first window.
    """

    def __init__(
        self,
        raw: BinaryIO,
        *,
        offset: int = 0,
        start: int = 0,
        end: int | None = None,
        prefix: bytes = b"",
        suffix: bytes = b"",
    ) -> None:
        if offset % WINDOW or offset > start:
            raise ValueError("offset must be window-aligned and at or before start")
        self.raw = raw
        self.pos = offset  # absolute offset of the next window to read
        self.start, self.end = start, end
        self.pending = prefix
        self.suffix = suffix
        self.checking: bool | None = bool(_DECLARED_1251.match(prefix[:200])) if prefix else None
        self.done = False

    def _window(self) -> bytes:
        parts, wanted = [], WINDOW
        while wanted:
            block = self.raw.read(wanted)
            if not block:
                break
            parts.append(block)
            wanted -= len(block)
        return b"".join(parts)

    def _refill(self) -> None:
        window = self._window()
        first, self.pos = self.pos, self.pos + len(window)
        if self.checking is None:
            self.checking = bool(_DECLARED_1251.match(window[:200]))
        if self.checking and utf8_cyrillic(window):
            raise FormatError("declared windows-1251 but the bytes are UTF-8")
        lo = max(self.start - first, 0)
        hi = len(window) if self.end is None else min(self.end - first, len(window))
        self.pending = window[lo:hi] if hi > lo else b""
        if len(window) < WINDOW or (self.end is not None and self.pos >= self.end):
            self.pending += self.suffix
            self.done = True

    def read(self, size: int = -1) -> bytes:
        while not self.pending and not self.done:
            self._refill()
        if size < 0 or size >= len(self.pending):
            chunk, self.pending = self.pending, b""
        else:
            chunk, self.pending = self.pending[:size], self.pending[size:]
        return chunk


def _trim_partial_utf8(chunk: bytes) -> bytes:
    """The chunk without the parts of multi-byte UTF-8 sequences cut at its two edges."""
    start = 0
    while start < min(3, len(chunk)) and 0x80 <= chunk[start] < 0xC0:
        start += 1
    chunk = chunk[start:]
    for back in range(1, min(4, len(chunk)) + 1):
        byte = chunk[-back]
        if byte < 0x80:
            return chunk
        if byte >= 0xC0:  # a lead byte: drop it and its continuation bytes
            return chunk[:-back]
    return chunk


def _events(reader: _CheckedReader) -> etree.iterparse:
    return etree.iterparse(
        reader,
        events=("end",),
        tag=_TAGS,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )


def _detach(el: etree._Element) -> None:
    """Free a finished element and every earlier sibling still attached to the root."""
    el.clear(keep_tail=False)
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def _parse(reader: _CheckedReader, part: bool) -> Iterator[dict[str, object]]:
    """The cases of what `reader` serves; `part`: a ZGLV/SCHET after a ZAP or below the
    top level fails (a part could not pass its values on to the parts after it)."""
    header: dict[str, str | None] = dict.fromkeys(_HEADER_FIELDS.values())
    context = _events(reader)
    checked_root = seen_zap = False
    try:
        for _, el in context:
            if not checked_root:
                if el.getroottree().getroot().tag != "ZL_LIST":
                    raise FormatError("root element is not ZL_LIST")
                checked_root = True
            if el.tag == "ZAP":
                seen_zap = True
                yield from _cases_of_zap(el, header["filename"])
            else:
                if part and (seen_zap or el.getparent() is not el.getroottree().getroot()):
                    raise FormatError(f"{el.tag} after a ZAP: parse the register whole")
                for tag, key in _HEADER_FIELDS.items():
                    value = _t(el, tag)
                    if value is not None:
                        header[key] = value
            _detach(el)
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"not well-formed XML (line {exc.lineno})") from None
    if context.root is None:
        raise FormatError("empty document")
    if context.root.tag != "ZL_LIST":
        raise FormatError("root element is not ZL_LIST")


def iter_cases(source: BinaryIO | str | os.PathLike[str]) -> Iterator[dict[str, object]]:
    """One flat dict per SL, read from a binary file object or a path, in document order.

    Errors surface where they are met, after earlier cases were yielded: a caller must treat
    a `FormatError` as failing the whole register (quarantine it), not keep a prefix.
    """
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as f:
            yield from iter_cases(f)
        return
    yield from _parse(_CheckedReader(source), part=False)


# --- parts: a large register cut at <ZAP> starts ---------------------------------------------

ReadAt = Callable[[int, int], bytes]  # (offset, length) → at most `length` bytes from there


@dataclass(frozen=True)
class Chunk:
    """Bytes [`start`, `end`) of a register (`end` None: to the end of the file). Part 0
    starts at 0 and holds the header; the others start at a ``<ZAP`` and are parsed behind
    the header, bytes [0, `header_end`)."""

    index: int
    start: int
    end: int | None
    header_end: int

    @property
    def window_start(self) -> int:
        """Where a reader of this part starts: the window holding `start`."""
        return self.start - self.start % WINDOW

    @property
    def window_end(self) -> int | None:
        """Where it stops: the end of the window holding the part's last byte (None: the
        end of the file), so every window the part touches is checked whole."""
        if self.end is None:
            return None
        return -(-self.end // WINDOW) * WINDOW


def _next_zap(read_at: ReadAt, offset: int, limit: int | None = None) -> int | None:
    """Offset of the first ``<ZAP`` at or after `offset` (before `limit`), or None."""
    carry = b""
    pos = offset
    while limit is None or pos < limit:
        block = read_at(pos, _SCAN)
        if not block:
            return None
        data = carry + block
        found = _ZAP_START.search(data)
        if found:
            return pos - len(carry) + found.start()
        carry, pos = data[-4:], pos + len(block)
    return None


def _header_closes(header: bytes) -> bool:
    """Whether the bytes before the first ZAP end at the top level of ZL_LIST (not inside
    a comment, an element or a CDATA section): they parse once closed with ``</ZL_LIST>``."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(header + CLOSE, parser)
    except etree.XMLSyntaxError:
        return False
    return root.tag == "ZL_LIST" and root.find("ZAP") is None


def plan_chunks(read_at: ReadAt, size: int, chunk_bytes: int) -> list[Chunk]:
    """Parts of about `chunk_bytes`, each starting at the first ``<ZAP`` after its nominal
    start. One part (the whole file) when the file is small, has no ZAP near its start or a
    header that does not close cleanly: such a file is parsed whole, as before."""
    whole = [Chunk(0, 0, None, 0)]
    if size <= chunk_bytes:
        return whole
    first = _next_zap(read_at, 0, min(size, _HEADER_MAX))
    if first is None or not _header_closes(read_at(0, first)):
        return whole
    cuts = [first]
    nominal = first + chunk_bytes
    while nominal < size:
        cut = _next_zap(read_at, nominal)
        if cut is None:
            break
        cuts.append(cut)
        nominal = cut + chunk_bytes
    if len(cuts) == 1:
        return whole
    starts = [0, *cuts[1:]]
    ends: list[int | None] = [*cuts[1:], None]  # the last part runs to the end of the file
    return [Chunk(i, s, e, first) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]


def iter_chunk_cases(
    source: BinaryIO, chunk: Chunk, header: bytes, last: bool
) -> Iterator[dict[str, object]]:
    """The cases of one part: `source` streams the file from `chunk.window_start` (to
    `chunk.window_end`), `header` is bytes [0, `chunk.header_end`), `last` says whether it
    is the last part. A `FormatError` means the part cannot vouch for its rows: parse the
    register whole (which alone decides whether, and how, it is broken)."""
    reader = _CheckedReader(
        source,
        offset=chunk.window_start,
        start=chunk.start,
        end=chunk.end,
        prefix=header if chunk.index else b"",
        suffix=b"" if last else CLOSE,
    )
    yield from _parse(reader, part=True)
