"""Release numbers: MAJOR.MINOR.PATCH, where a schema change is breaking for consumers."""

from __future__ import annotations

import re
from typing import NamedTuple

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class Version(NamedTuple):
    major: int
    minor: int
    patch: int

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def parse(text: str) -> Version:
    """Strict MAJOR.MINOR.PATCH; anything else (pre-release tags, "v1") is refused."""
    found = _SEMVER.match(text.strip()) if isinstance(text, str) else None
    if not found:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text!r}")
    return Version(*(int(part) for part in found.groups()))


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def compare(a: str, b: str) -> int:
    """-1, 0 or 1, comparing numerically ("1.10.0" > "1.9.0")."""
    va, vb = parse(a), parse(b)
    return (va > vb) - (va < vb)


def sort_key(text: str) -> Version:
    return parse(text)


def latest(versions: list[str]) -> str | None:
    return max(versions, key=sort_key) if versions else None


def bump(previous: str, part: str) -> str:
    v = parse(previous)
    if part == "major":
        return str(Version(v.major + 1, 0, 0))
    if part == "minor":
        return str(Version(v.major, v.minor + 1, 0))
    if part == "patch":
        return str(Version(v.major, v.minor, v.patch + 1))
    raise ValueError(f"part must be major, minor or patch, got {part!r}")


def next_version(previous: str | None, schema_changed: bool) -> str:
    """None → 1.0.0; a schema change → next major; new data under the same schema → minor."""
    if previous is None:
        return "1.0.0"
    return bump(previous, "major" if schema_changed else "minor")
