"""ZL_LIST cases streamed from a file, in bounded memory.

`parse_zl_list` takes the register as bytes and returns every case in one list, so a
monthly register of a large region (millions of cases, gigabytes of XML) is held in memory
twice. Here the file is read incrementally and each case is yielded as soon as its ZAP
closes; the ZAP is then cleared and detached, so memory stays flat whatever the file size.
Rows are the same dicts `parse_zl_list` returns under ``"cases"``.

The windows-1251 check of `check_encoding` runs on the fly too (`_CheckedReader`), so a
mis-encoded file fails as a whole, like it does in `parse_zl_list`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from lxml import etree

from ozero.formats import FormatError
from ozero.formats.oms import _DECLARED_1251, _HEADER_FIELDS, _UTF8_CYRILLIC, _cases_of_zap, _t

# Only these elements produce Python-level events; everything else stays in libxml2.
_TAGS = ("ZGLV", "SCHET", "ZAP")


class _CheckedReader:
    """A binary file wrapper refusing UTF-8 Cyrillic in a file declared windows-1251.

    Checks chunks until the first one holding Cyrillic decides: valid UTF-8 there means the
    file was re-encoded (FormatError); genuine windows-1251 Cyrillic ends the checking.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.head = raw.read(512)  # the XML declaration, whatever size the parser reads
        self.deciding = bool(_DECLARED_1251.match(self.head[:200]))

    def read(self, size: int = -1) -> bytes:
        if self.head:
            cut = len(self.head) if size < 0 else size
            chunk, self.head = self.head[:cut], self.head[cut:]
        else:
            chunk = self.raw.read(size)
        if self.deciding and chunk and _UTF8_CYRILLIC.search(chunk):
            whole = _trim_partial_utf8(chunk)
            if not _UTF8_CYRILLIC.search(whole):
                return chunk  # only a character cut by the chunk edge: decide on the next
            self.deciding = False
            try:
                whole.decode("utf-8")
            except UnicodeDecodeError:
                return chunk  # genuine windows-1251
            raise FormatError("declared windows-1251 but the bytes are UTF-8")
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


def _events(source: BinaryIO | str | os.PathLike[str]) -> etree.iterparse:
    return etree.iterparse(
        _CheckedReader(source),
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


def iter_cases(source: BinaryIO | str | os.PathLike[str]) -> Iterator[dict[str, object]]:
    """One flat dict per SL, read from a binary file object or a path, in document order.

    Errors surface where they are met, after earlier cases were yielded: a caller must treat
    a `FormatError` as failing the whole register (quarantine it), not keep a prefix.
    """
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as f:
            yield from iter_cases(f)
        return
    header: dict[str, str | None] = dict.fromkeys(_HEADER_FIELDS.values())
    context = _events(source)
    checked_root = False
    try:
        for _, el in context:
            if not checked_root:
                if el.getroottree().getroot().tag != "ZL_LIST":
                    raise FormatError("root element is not ZL_LIST")
                checked_root = True
            if el.tag == "ZAP":
                yield from _cases_of_zap(el, header["filename"])
            else:
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
