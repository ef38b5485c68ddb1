"""YAML with line numbers: a spec's errors name the file and the line a curator must edit.

`load(path)` returns plain Python data plus `Marks`, which answers "on which line is this
value" for a path of keys and indexes (`("columns", 3, "privacy")`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PathKey = tuple[str | int, ...]


@dataclass
class Marks:
    file: str
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line(self, path: PathKey) -> int:
        """The line of the value at `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                return found
        return 1

    def where(self, path: PathKey) -> str:
        return f"{self.file}:{self.line(path)}"


class YamlError(ValueError):
    pass


def load(path: Path) -> tuple[Any, Marks]:
    text = Path(path).read_text(encoding="utf-8")
    marks = Marks(str(path))
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise YamlError(f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if node is None:
        return {}, marks
    return _build(node, (), marks), marks


def _build(node: yaml.Node, path: PathKey, marks: Marks) -> Any:
    marks.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            # keys as written: YAML 1.1 would read `on:` (a join's condition) as True
            key = str(key_node.value)
            out[key] = _build(value_node, (*path, key), marks)
            marks.lines.setdefault((*path, key), key_node.start_mark.line + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), marks) for i, item in enumerate(node.value)]
    return yaml.SafeLoader("").construct_object(node)
