"""A test-side residual-PHI scanner: every string in the Parquet files under the given zones
is checked against the simulator world's real identities (SNILS, ENP, phones, surnames)."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.parquet as pq

from ozero.identifiers import digits_only


def string_values(root: Path, zones: tuple[str, ...]) -> list[tuple[str, str, str]]:
    values = []
    for zone in zones:
        for path in sorted((root / zone).rglob("*.parquet")):
            table = pq.read_table(path)
            for name in table.column_names:
                if str(table.schema.field(name).type) in ("string", "large_string"):
                    values += [(zone, name, v) for v in table.column(name).to_pylist() if v]
    return values


def find_leaks(world, root: Path, zones=("silver", "gold", "releases")) -> list[str]:
    """Labels (never values) of identifiers found; empty means clean."""
    people = list(world.persons) + list(world.staff)
    numbers = []
    for person in people:
        numbers.append(("snils", digits_only(person.snils)))
        for attr in ("enp", "phone"):
            value = digits_only(getattr(person, attr, "") or "")
            if value:
                numbers.append((attr, value[-10:] if attr == "phone" else value))
    surnames = {p.surname for p in people}
    surname_re = re.compile(r"\b(" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
    leaks = []
    for zone, column, value in string_values(root, zones):
        digits = digits_only(value)
        for label, number in numbers:
            if number and number in digits:
                leaks.append(f"{label} in {zone}.{column}")
        if surname_re.search(value):
            leaks.append(f"surname in {zone}.{column}")
    return leaks
