"""A test-side residual-PHI scanner: every string in the Parquet files under the given zones
is checked against the simulator world's real identities (SNILS, ENP, phones, surnames)."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.parquet as pq

from ozero.identifiers import digits_only


def string_values(root: Path, zones: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(zone, where, text) of every string a user of the zone can read: Parquet string
    columns, DICOM text elements and file paths, and the text documents (manifest,
    datasheet, Croissant) of releases, line by line."""
    values = []
    for zone in zones:
        for path in sorted((root / zone).rglob("*.parquet")):
            table = pq.read_table(path)
            for name in table.column_names:
                if str(table.schema.field(name).type) in ("string", "large_string"):
                    values += [(zone, name, v) for v in table.column(name).to_pylist() if v]
        for path in sorted((root / zone).rglob("*.dcm")):
            values.append((zone, "dicom path", str(path.relative_to(root / zone))))
            values += [(zone, f"dicom {k}", v) for k, v in _dicom_strings(path)]
        if zone != "releases":
            continue  # (Delta logs are JSON too; their stats repeat the Parquet values)
        for suffix in ("*.json", "*.md", "*.html"):
            for path in sorted((root / zone).rglob(suffix)):
                lines = path.read_text(errors="replace").splitlines()
                values += [(zone, f"{path.name}:{n}", line) for n, line in enumerate(lines, 1)]
    return values


def _dicom_strings(path: Path) -> list[tuple[str, str]]:
    """Every text element of a DICOM file, sequences included (pixels and binary skipped)."""
    import pydicom

    ds = pydicom.dcmread(path)
    return [
        (elem.keyword or str(elem.tag), str(elem.value))
        for elem in ds.iterall()
        if elem.VR not in ("SQ", "OB", "OW", "OF", "OD", "UN") and elem.value not in (None, "")
    ]


# The longest unbroken run of digits each number is written as: a phone with its trunk code
# ("+79161234567"), a SNILS without separators, an ENP. A longer unbroken run is some other
# number (a UID component, a hash) whose digits hold a given 10-digit phone by chance: the
# demo's 978 pseudonymised SOP Instance UIDs (~42 digits each) and their paths (three UIDs)
# give ~145k ten-digit windows, so one of its 150 phones turns up in about one run in 600.
# CI met one (a SOP Instance UID, in its column, path, URI and DICOM element) at stop 29.
LONGEST_RUN = {"snils": 11, "enp": 16, "phone": 11}


def _identities(world) -> tuple[list[tuple[str, str]], re.Pattern[str]]:
    """(label, digits) of every person's numbers, and a pattern of every surname."""
    people = list(world.persons) + list(world.staff)
    numbers = []
    for person in people:
        for attr in LONGEST_RUN:  # a patient may lack a SNILS or an ENP
            value = digits_only(getattr(person, attr, "") or "")
            if value:
                numbers.append((attr, value[-10:] if attr == "phone" else value))
    surnames = {p.surname for p in people}
    return numbers, re.compile(r"\b(" + "|".join(map(re.escape, sorted(surnames))) + r")\b")


def digits_as_written(value: str, longest_run: int) -> str:
    """The digits of `value`, separators dropped, less every unbroken run of digits longer
    than `longest_run` (no number of that kind is written so)."""
    return digits_only(re.sub(rf"\d{{{longest_run + 1},}}", " ", value))


def _labels(numbers, surname_re, value: str) -> list[str]:
    digits = {run: digits_as_written(value, run) for run in set(LONGEST_RUN.values())}
    found = [label for label, number in numbers if number in digits[LONGEST_RUN[label]]]
    return found + (["surname"] if surname_re.search(value) else [])


def find_leaks(world, root: Path, zones=("silver", "gold", "releases")) -> list[str]:
    """Labels (never values) of identifiers found; empty means clean."""
    numbers, surname_re = _identities(world)
    return [
        f"{label} in {zone}.{column}"
        for zone, column, value in string_values(root, zones)
        for label in _labels(numbers, surname_re, value)
    ]


def find_leaks_in_text(world, paths: list[Path]) -> list[str]:
    """Labels of identifiers found in text files (logs), line by line; empty means clean."""
    numbers, surname_re = _identities(world)
    return [
        f"{label} in {path.name}:{n}"
        for path in paths
        for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
        for label in _labels(numbers, surname_re, line)
    ]
