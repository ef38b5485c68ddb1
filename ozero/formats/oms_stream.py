"""ZL_LIST cases streamed from a file, in bounded memory.

`parse_zl_list` takes the register as bytes and returns every case in one list, so a
monthly register of a large region (millions of cases, gigabytes of XML) is held in memory
twice. Here the file is read incrementally and each case is yielded as soon as its ZAP
closes; the ZAP is then cleared and detached, so memory stays flat whatever the file size.
Rows are the same dicts `parse_zl_list` returns under ``"cases"``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from lxml import etree

from ozero.formats import FormatError
from ozero.formats.oms import _HEADER_FIELDS, _cases_of_zap, _t

# Only these elements produce Python-level events; everything else stays in libxml2.
_TAGS = ("ZGLV", "SCHET", "ZAP")


def _events(source: BinaryIO | str | os.PathLike[str]) -> etree.iterparse:
    return etree.iterparse(
        os.fspath(source) if isinstance(source, str | os.PathLike) else source,
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
