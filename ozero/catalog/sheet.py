"""A release's datasheet.md, read back: its blocks, its tables, and an escaped HTML rendering.

The datasheet is written by `ozero.release.datasheet` (headings, paragraphs, bullet lists and
pipe tables, cells with ``|`` escaped as ``\\|``). The catalog reads the figures that live
only there (label distributions, demographics, licence, access) from those tables and lines,
and shows the whole sheet; every piece of text is treated as untrusted and escaped.
"""

from __future__ import annotations

import html
import re
from typing import Any

Block = tuple[
    Any, ...
]  # ("h1".."h6", text) | ("p", text) | ("ul", [items]) | ("table", head, rows)

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(inner)]


def parse(markdown: str) -> list[Block]:
    """The blocks of a datasheet, in order (unknown lines are kept as paragraphs)."""
    blocks: list[Block] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1
            continue
        heading = _HEADING.match(line)
        if heading:
            blocks.append((f"h{len(heading.group(1))}", heading.group(2).strip()))
            i += 1
        elif line.lstrip().startswith("|"):
            table = []
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                table.append(lines[i])
                i += 1
            rows = [_cells(t) for t in table if not _RULE.match(t.strip())]
            if rows:
                blocks.append(("table", rows[0], rows[1:]))
        elif line.lstrip().startswith("- "):
            items = []
            while i < len(lines) and lines[i].lstrip().startswith("- "):
                items.append(lines[i].lstrip()[2:].strip())
                i += 1
            blocks.append(("ul", items))
        else:
            text = []
            while i < len(lines) and lines[i].strip() and not _starts_block(lines[i]):
                text.append(lines[i].strip())
                i += 1
            blocks.append(("p", " ".join(text)))
    return blocks


def _starts_block(line: str) -> bool:
    stripped = line.lstrip()
    return bool(_HEADING.match(line)) or stripped.startswith(("|", "- "))


def table_after(blocks: list[Block], heading: str) -> tuple[list[str], list[list[str]]] | None:
    """The first table after the heading whose text is `heading` (before the next heading)."""
    for index, block in enumerate(blocks):
        if block[0].startswith("h") and block[1] == heading:
            for later in blocks[index + 1 :]:
                if later[0] == "table":
                    return later[1], later[2]
                if later[0].startswith("h"):
                    return None
    return None


def label_distributions(blocks: list[Block]) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Label column → its distribution table (value, one column per split, total)."""
    prefix = "Label distribution per split: "
    out = {}
    for block in blocks:
        if block[0].startswith("h") and block[1].startswith(prefix):
            table = table_after(blocks, block[1])
            if table:
                out[block[1][len(prefix) :]] = table
    return out


def demographics(blocks: list[Block]) -> tuple[list[str], list[list[str]]] | None:
    """The sex × age band table (age band, one column per sex, total), when the sheet has it."""
    for block in blocks:
        if block[0].startswith("h") and block[1].startswith("Demographics"):
            return table_after(blocks, block[1])
    return None


def list_value(blocks: list[Block], prefix: str) -> str | None:
    """The rest of the first bullet starting with `prefix` (e.g. ``"Access: "``)."""
    for block in blocks:
        if block[0] == "ul":
            for item in block[1]:
                if item.startswith(prefix):
                    return item[len(prefix) :].strip()
    return None


def as_int(text: str) -> int:
    """A count cell as an int (``—`` or anything not a number counts as 0)."""
    try:
        return int(str(text).replace(" ", ""))
    except ValueError:
        return 0


_CODE = re.compile(r"`([^`]+)`")


def _inline(text: str) -> str:
    """Escape, then turn `code` spans into <code> (the only inline mark-up datasheets use)."""
    return _CODE.sub(r"<code>\1</code>", html.escape(text))


def render(blocks: list[Block], skip_title: bool = True) -> str:
    """The datasheet as an HTML fragment; headings are shifted down one level to nest in a
    page (its own h1 is dropped when `skip_title`)."""
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "h1" and skip_title:
            continue
        if kind.startswith("h"):
            level = min(int(kind[1]) + 1, 6)
            parts.append(f"<h{level}>{_inline(block[1])}</h{level}>")
        elif kind == "p":
            parts.append(f"<p>{_inline(block[1])}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in block[1]) + "</ul>")
        elif kind == "table":
            head = "".join(f"<th>{html.escape(h)}</th>" for h in block[1])
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                for row in block[2]
            )
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return "\n".join(parts)
