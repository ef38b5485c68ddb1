"""Release numbers, MAJOR.MINOR.PATCH, and the rules that choose the next one.

What a consumer of a dataset must know from the number alone (docs/operations.md,
"Release numbers"):

- **major**: the pseudonymisation key was rotated (every pseudonym and shifted date changed,
  so nothing links to the previous release), or the schema changed (a column added,
  removed, renamed or retyped): code reading the previous release may break;
- **minor**: rows were added or removed (same schema, same key);
- **patch**: the same rows (same keys), some values corrected;
- nothing changed: no new version at all.

The rule with the largest effect wins. A curator may raise the computed number when
approving (``--as``), never lower it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
PARTS = ("major", "minor", "patch")
FIRST = "1.0.0"


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


def required_bump(
    *,
    key_rotated: bool,
    schema_changed: bool,
    rows_added: int,
    rows_removed: int,
    rows_changed: int,
) -> tuple[str | None, str]:
    """The part to bump and why, from what changed since the release compared against.

    Returns ``(None, reason)`` when nothing changed: such data is not a new version.
    """
    if key_rotated:
        return "major", "pseudonymisation key rotated"
    if schema_changed:
        return "major", "schema changed"
    if rows_added or rows_removed:
        return "minor", f"rows added ({rows_added}) or removed ({rows_removed})"
    if rows_changed:
        return "patch", f"same rows, {rows_changed} with corrected values"
    return None, "no change"


def next_version(taken: list[str], part: str | None) -> str:
    """The next free number: ``part`` bumped from the highest number ever used.

    ``taken`` holds every version already used by a release or a candidate (rejected ones
    too: a number is never reused). With nothing taken the first release is 1.0.0.
    """
    if not taken:
        return FIRST
    if part is None:
        raise ValueError("nothing changed: there is no next version")
    highest = latest(taken)
    assert highest is not None  # taken is not empty
    return bump(highest, part)


def check_raise(computed: str, requested: str, taken: list[str]) -> str:
    """A curator's ``--as`` number: allowed only above the computed one and not yet used."""
    parse(requested)
    if compare(requested, computed) < 0:
        raise ValueError(
            f"{requested} is lower than the computed version {computed}; "
            "a curator may only raise the number"
        )
    if requested != computed and requested in taken:
        raise ValueError(f"version {requested} is already used; pick a higher one")
    return requested
