"""Journalist risk: a release's classes against a population table (people per region, sex, age).

The prosecutor figures (ozero.deid.kanon) assume the attacker knows his target is in the
release. The journalist does not: he matches someone from the population on the
quasi-identifiers, so a record's risk is 1 / (people in the population sharing its class). A
population table counts people per (region, sex, age); Ozero reads it as a CSV shaped after
Rosstat's «Численность населения Российской Федерации по полу и возрасту» (docs/privacy.md
says how to convert one). Locally, and by default, the simulator's world (every simulated
person, not only those in the lake) stands in for it; `OZERO_POPULATION_TABLE` names a real
table, or `off`.

A population cell is generalised the way the release's column is (decade bands, then the
same ladder steps, via `kanon.ladder_values`), and a figure that cannot be computed honestly
(a quasi-identifier the table has no dimension for, an age group straddling two bands) is
absent with its reason, never guessed.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ozero.deid.dates import age_years, band_for_age
from ozero.deid.kanon import KPolicy, ladder_values
from ozero.errors import OzeroError

POPULATION_ENV = "OZERO_POPULATION_TABLE"
OFF = "off"
# What a dataset's quasi-identifier column means to a population table, by the lake's names.
COLUMN_DIMENSIONS = {
    "patient_region_code": "region",
    "region_code": "region",
    "patient_sex": "sex",
    "sex": "sex",
    "patient_age_band": "age",
    "age_band": "age",
}
DIMENSION_LADDERS = {"region": "region", "sex": "none", "age": "age_band"}
SEXES = {"1": "1", "2": "2", "м": "1", "ж": "2", "мужчины": "1", "женщины": "2", "male": "1",
         "female": "2", "m": "1", "f": "2"}  # fmt: skip
OLDEST = 200  # the upper end of an open age group ("80+")
_AGE_ONE = re.compile(r"^(\d{1,3})$")
_AGE_RANGE = re.compile(r"^(\d{1,3})\s*[-–—]\s*(\d{1,3})$")
_AGE_OPEN = re.compile(r"^(\d{1,3})\s*(\+|(лет\s+)?и\s+(более|старше))$")
SIMULATOR_SEED, SIMULATOR_PATIENTS = 42, 150  # the bundled simulator's defaults
SIMULATOR_AS_OF = date(2026, 1, 1)  # its calendar's first January (Rosstat counts on 1 January)


class PopulationError(OzeroError, ValueError):
    """A population table Ozero cannot read: the message names the file and line."""

    fix = f"fix the file (docs/privacy.md: the population table), or set {POPULATION_ENV}=off"


@dataclass(frozen=True)
class Cell:
    region: str  # subject code of FNSI 1.2.643.5.1.13.13.99.2.206 ("77"), as the lake holds
    sex: str  # "1" male, "2" female (FNSI 1.2.643.5.1.13.13.11.1040)
    age_from: int  # completed years
    age_to: int | None  # inclusive; None: an open group ("80+")
    count: int


@dataclass(frozen=True)
class PopulationTable:
    """People per (region, sex, age) cell: what a journalist draws his target from."""

    source: str  # where the counts come from (shown with every figure)
    cells: tuple[Cell, ...]

    def classes(
        self, columns: Sequence[str], dims: Mapping[str, str], values: Mapping[str, Any]
    ) -> Counter[tuple[str | None, ...]] | str:
        """People per class keyed like the release's (one value per column, each generalised
        by `values[column]`); a reason (str) when an age group falls across two classes."""
        out: Counter[tuple[str | None, ...]] = Counter()
        for cell in self.cells:
            key = []
            for column in columns:
                dim, general = dims[column], values[column]
                if dim == "age":
                    low = general(band_for_age(cell.age_from))
                    high = general(band_for_age(OLDEST if cell.age_to is None else cell.age_to))
                    if low != high:
                        return (
                            f"the population's age group {_age_text(cell)} spans the released "
                            f"{column} values {low} and {high}: give single years of age"
                        )
                    key.append(low)
                else:
                    key.append(general(getattr(cell, dim)))
            out[tuple(key)] += cell.count
        return out


def _age_text(cell: Cell) -> str:
    if cell.age_to is None:
        return f"{cell.age_from}+"
    return str(cell.age_from) if cell.age_to == cell.age_from else f"{cell.age_from}-{cell.age_to}"


@dataclass(frozen=True)
class JournalistRisk:
    """Records' re-identification risk against the population (absent: `reason` says why)."""

    population: str | None
    reason: str | None = None
    dimensions: Mapping[str, str] | None = None  # column → population dimension
    rows: int = 0
    smallest_class: int | None = None  # people in the smallest population class released
    risk_max: float | None = None  # 1 / smallest_class
    risk_avg: float | None = None  # Σ over released classes of rows / people, over rows
    rows_in_small_classes: int | None = None  # rows whose population class is smaller than k
    rows_not_in_population: int | None = None  # rows of classes the table counts no one in

    @property
    def available(self) -> bool:
        return self.reason is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "available": self.available,
            "population": self.population,
            "reason": self.reason,
            "dimensions": dict(self.dimensions or {}),
            "rows": self.rows,
            "smallest_class": self.smallest_class,
            "risk_max": None if self.risk_max is None else round(self.risk_max, 6),
            "risk_avg": None if self.risk_avg is None else round(self.risk_avg, 6),
            "rows_in_small_classes": self.rows_in_small_classes,
            "rows_not_in_population": self.rows_not_in_population,
        }


def dimensions_of(columns: Sequence[str], ladders: Mapping[str, str]) -> dict[str, str] | str:
    """Each quasi-identifier's population dimension, or the reason one has none."""
    dims: dict[str, str] = {}
    for column in columns:
        dim = COLUMN_DIMENSIONS.get(column)
        if dim is None:
            return (
                f"quasi-identifier {column} has no population dimension (a population table "
                f"counts region, sex and age: {', '.join(COLUMN_DIMENSIONS)})"
            )
        ladder = ladders.get(column, "none")
        if ladder != DIMENSION_LADDERS[dim]:
            return f"quasi-identifier {column} is read as {dim} but climbs the {ladder} ladder"
        if dim in dims.values():
            return f"two quasi-identifiers are read as {dim}"
        dims[column] = dim
    return dims


def journalist_risk(
    classes: Mapping[tuple[str | None, ...], int],
    columns: Sequence[str],
    levels: Mapping[str, int],
    policy: KPolicy,
    population: PopulationTable | None,
) -> JournalistRisk:
    """The figures for released `classes` (rows per class, keyed by `columns` at `levels` of
    the policy's ladders). A null in a class matches every population value of its dimension
    (nothing about it was released). Rows are records, not people (a patient may have several
    studies), so a class may hold more rows than the population has people: each row's risk
    is 1 / the people, whatever the rows. A class the table counts no one in (sex "3", a
    region it lacks) is taken at risk 1: nothing says its people are not unique."""
    if population is None:
        return JournalistRisk(None, f"no population table ({POPULATION_ENV}={OFF})")
    dims = dimensions_of(columns, policy.ladders)
    if isinstance(dims, str):
        return JournalistRisk(population.source, dims)
    values = {}
    for column in columns:
        steps = ladder_values(policy.ladders.get(column, "none"), policy)
        level = levels.get(column, 0)
        values[column] = steps[level - 1] if level else _same
    people = population.classes(columns, dims, values)
    if isinstance(people, str):
        return JournalistRisk(population.source, people, dims)
    marginals: dict[tuple[bool, ...], Counter[tuple[str | None, ...]]] = {}
    rows = small = unknown = 0
    risk = 0.0
    smallest: int | None = None
    for key, n in classes.items():
        if not n:
            continue
        known = tuple(v is not None for v in key)
        if known not in marginals:
            marginals[known] = Counter()
            for pkey, count in people.items():
                marginals[known][tuple(v for v, k in zip(pkey, known, strict=True) if k)] += count
        found = marginals[known][tuple(v for v in key if v is not None)]
        rows += n
        risk += n / max(found, 1)
        small += n if found < policy.k else 0
        unknown += n if not found else 0
        smallest = found if smallest is None else min(smallest, found)
    return JournalistRisk(
        population=population.source,
        dimensions=dims,
        rows=rows,
        smallest_class=smallest,
        risk_max=1 / max(smallest, 1) if smallest is not None else 0.0,
        risk_avg=risk / rows if rows else 0.0,
        rows_in_small_classes=small,
        rows_not_in_population=unknown,
    )


def _same(value: Any) -> Any:
    return value


# --- reading a table ------------------------------------------------------------------------


def _age(text: str) -> tuple[int, int | None] | None:
    text = " ".join(text.split()).lower()
    if m := _AGE_ONE.match(text):
        return int(m[1]), int(m[1])
    if (m := _AGE_RANGE.match(text)) and int(m[1]) <= int(m[2]):
        return int(m[1]), int(m[2])
    if m := _AGE_OPEN.match(text):
        return int(m[1]), None
    return None


@lru_cache(maxsize=1)
def _regions_by_okato() -> dict[str, str]:
    """OKATO subject code (5 digits: 45000, 71100 for an autonomous okrug inside 71000) → FNSI
    99.2.206 subject code, from the directory bundled with Ozero."""
    from ozero.simulator import reference
    from ozero.simulator.catalogue import OID_REGIONS

    return {r["OKATO_5"]: r["ID"] for r in reference.rows(OID_REGIONS) if r.get("OKATO_5")}


def region_of_okato(code: str) -> str | None:
    """The subject code of an OKATO code as Rosstat writes it (45, 45000, 45000000000)."""
    digits = re.sub(r"\D", "", code)
    key = digits[:5] if len(digits) >= 5 else digits + "000" if len(digits) == 2 else ""
    return _regions_by_okato().get(key)


def load_population(path: Path) -> PopulationTable:
    """Read a population CSV (columns region or okato, sex, age, count; `,` or `;`), checking
    every line; overlapping age groups of one region and sex would count people twice."""
    if not path.is_file():
        raise PopulationError(f"{path}: no such population table")
    text = path.read_text(encoding="utf-8-sig")
    dialect = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    reader = csv.DictReader(text.splitlines(), delimiter=dialect)
    header = {h.strip().lower(): h for h in reader.fieldnames or []}
    regions = [h for h in ("region", "okato") if h in header]
    missing = [h for h in ("sex", "age", "count") if h not in header]
    if len(regions) != 1 or missing:
        raise PopulationError(
            f"{path}:1: a population table's columns are region (or okato), sex, age, count; "
            f"found {', '.join(header) or 'none'}"
        )
    cells, problems = [], []
    spans: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for line, raw in enumerate(reader, start=2):
        row = {h: (raw.get(header[h]) or "").strip() for h in header}
        region = row.get("region", "")
        if regions == ["okato"]:
            region = region_of_okato(row["okato"]) or ""
        sex = SEXES.get(row["sex"].lower())
        age = _age(row["age"])
        count = re.sub(r"[\s\u00a0\u202f]", "", row["count"])
        bad = [
            f"{regions[0]} {row[regions[0]]!r}" if not region else "",
            f"sex {row['sex']!r} (1/2, м/ж)" if sex is None else "",
            f"age {row['age']!r} (37, 15-19, 80+)" if age is None else "",
            f"count {row['count']!r}" if not count.isdigit() else "",
        ]
        if any(bad):
            problems.append(f"{path}:{line}: " + ", ".join(b for b in bad if b))
            continue
        assert sex is not None and age is not None
        cells.append(Cell(region, sex, age[0], age[1], int(count)))
        spans.setdefault((region, sex), []).append(
            (age[0], OLDEST if age[1] is None else age[1], line)
        )
    for (region, sex), ages in spans.items():
        ages.sort()
        for (_, end, first), (start, _, second) in zip(ages, ages[1:], strict=False):
            if start <= end:
                problems.append(
                    f"{path}:{second}: age group overlaps line {first} (region {region}, sex "
                    f"{sex}): keep single years or groups, and no total rows"
                )
    if problems:
        raise PopulationError("; ".join(problems[:5]) + (" …" if len(problems) > 5 else ""))
    return PopulationTable(f"{path} ({sum(c.count for c in cells)} people)", tuple(cells))


def simulator_population(
    seed: int = SIMULATOR_SEED, patients: int = SIMULATOR_PATIENTS, on: date = SIMULATOR_AS_OF
) -> PopulationTable:
    """The simulator's whole world counted the way a Rosstat table is (single years of age on
    `on`): the stand-in where no real table is configured. Deterministic for a seed."""
    from ozero.simulator.world import build_world

    persons = build_world(seed=seed, patients=patients, documents=0).persons
    # born after `on` (a newborn): counted at age 0, as he is in the lake's 0-17 band
    counts = Counter(
        (p.address.region_code, p.sex, max(0, age_years(p.birth_date, on))) for p in persons
    )
    cells = tuple(Cell(r, s, a, a, n) for (r, s, a), n in sorted(counts.items()))
    return PopulationTable(
        f"simulator world (seed {seed}, {len(persons)} people on {on.isoformat()}; "
        f"a stand-in: set {POPULATION_ENV})",
        cells,
    )


@lru_cache(maxsize=4)
def _population(setting: str) -> PopulationTable | None:
    if setting.lower() == OFF:
        return None
    if not setting:
        return simulator_population()
    return load_population(Path(setting).expanduser())


class RealRegistriesNeedPopulationError(PopulationError):
    """Real registries, and the simulator's world standing in for the population."""

    fix = f"set {POPULATION_ENV} to a Rosstat table (docs/privacy.md: the population table)"


def _real_registries() -> list[str]:
    """`OZERO_<NAME>_URL` settings that point a registry somewhere else than the simulator
    (scheme and host only: a URL may carry credentials)."""
    from urllib.parse import urlsplit

    from ozero.config import SourceUrls, get_settings
    from ozero.sources.registry import all_sources

    settings = get_settings()
    simulator = settings.simulator_url.rstrip("/")
    real = []
    for source in all_sources():
        url = settings.source_urls[source.name].rstrip("/")
        if url != simulator:
            parts = urlsplit(url)
            real.append(f"{SourceUrls.variable(source.name)}={parts.scheme}://{parts.hostname}")
    return real


def configured_population() -> PopulationTable | None:
    """The deployment's population table: `OZERO_POPULATION_TABLE` (a CSV path, or `off`);
    unset, the simulator's world stands in — only while every registry is the simulator:
    against real registries its few hundred people would make every journalist figure a lie."""
    from ozero.config import get_settings

    setting = get_settings().population_table
    if not setting and (real := _real_registries()):
        raise RealRegistriesNeedPopulationError(
            f"{', '.join(real)}: real registries, but {POPULATION_ENV} is unset and the "
            "simulator's world would stand in for the population in the journalist risk"
        )
    return _population(setting)
