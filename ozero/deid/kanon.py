"""k-anonymity and l-diversity over a table's quasi-identifiers, and a policy to reach k.

`assess` measures; `enforce` generalises quasi-identifiers up their ladders (coarser age
bands, month/quarter dates, region → district) while that still shrinks the rows in groups
smaller than k, and suppresses whatever rows remain in such groups. Measuring is Spark-native
(group counts, a window count); the climb is decided on a `ClassTable` (the frame's classes,
each with its value at every ladder level: one Spark job, as small as the number of classes),
so trying a step costs no Spark job, and neither does the remedy search (ozero.deid.remedy).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from pyspark.sql import Column, DataFrame, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero.contracts import Contract

ANY = "any"
# Decade bands (ozero.deid.dates) → 20-year bands.
AGE_20Y: dict[str, str] = {
    "0-17": "0-39",
    "18-29": "0-39",
    "30-39": "0-39",
    "40-49": "40-59",
    "50-59": "40-59",
    "60-69": "60-79",
    "70-79": "60-79",
    "80-89": "80+",
    "90+": "80+",
}
Step = tuple[str, Callable[[Column], Column]]  # (label, generalisation of the column)


@dataclass(frozen=True)
class RiskReport:
    k: int
    l: int  # noqa: E741 - the literature's name
    rows: int
    k_min: int | None  # smallest group (None: no rows)
    groups: int
    rows_in_small_groups: int
    l_min: dict[str, int | None] = field(default_factory=dict)  # per sensitive column
    sample_uniques: int = 0  # rows alone in their group

    @property
    def k_anonymous(self) -> bool:
        return self.k_min is None or self.k_min >= self.k

    @property
    def l_diverse(self) -> bool:
        return all(v is None or v >= self.l for v in self.l_min.values())

    @property
    def sample_unique_share(self) -> float:
        return self.sample_uniques / self.rows if self.rows else 0.0

    @property
    def prosecutor_risk_max(self) -> float:
        """An attacker who knows the person is in the data: 1 / the smallest group."""
        return 1.0 / self.k_min if self.k_min else 0.0

    @property
    def prosecutor_risk_avg(self) -> float:
        """The same, averaged over rows: Σ over groups of n · (1/n), over rows = groups/rows."""
        return self.groups / self.rows if self.rows else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "k_anonymous": self.k_anonymous,
            "l_diverse": self.l_diverse,
            "sample_unique_share": round(self.sample_unique_share, 6),
            "prosecutor_risk_max": round(self.prosecutor_risk_max, 6),
            "prosecutor_risk_avg": round(self.prosecutor_risk_avg, 6),
        }


@dataclass(frozen=True)
class KPolicy:
    """How a dataset reaches k: ladders per quasi-identifier, then suppression."""

    k: int = 5
    l: int = 1  # noqa: E741
    sensitive: tuple[str, ...] = ()
    ladders: Mapping[str, str] = field(default_factory=dict)  # contract: column → ladder
    max_suppressed_share: float = 0.05  # generalise further while more rows would go
    region_districts: Mapping[str, str] = field(default_factory=dict)  # region → district


def _age_steps() -> list[Step]:
    mapping = F.create_map(*[F.lit(x) for pair in AGE_20Y.items() for x in pair])
    return [
        ("20-year bands", lambda c: F.coalesce(mapping[c], c)),
        (ANY, lambda c: F.lit(ANY)),
    ]


def _truncate_to(unit: str, dtype: T.DataType) -> Callable[[Column], Column]:
    if isinstance(dtype, T.TimestampType):
        return lambda c: F.date_trunc(unit, c)
    return lambda c: F.trunc(c, unit)


def _date_steps(dtype: T.DataType) -> list[Step]:
    return [(u, _truncate_to(u, dtype)) for u in ("month", "quarter")]


def _region_steps(districts: Mapping[str, str], dtype: T.DataType) -> list[Step]:
    suppress: Step = ("suppressed", lambda c: F.lit(None).cast(dtype))
    if not districts:
        return [suppress]
    mapping = F.create_map(*[F.lit(x) for pair in districts.items() for x in pair])
    return [("federal district", lambda c: mapping[c.cast("string")].cast(dtype)), suppress]


def ladder_steps(kind: str, dtype: T.DataType, policy: KPolicy) -> list[Step]:
    if kind == "none":
        return []
    if kind == "age_band":
        return _age_steps()
    if kind == "date":
        return _date_steps(dtype)
    if kind == "region":
        return _region_steps(policy.region_districts, dtype)
    raise ValueError(f"unknown generalisation ladder {kind!r}")


def ladder_values(kind: str, policy: KPolicy) -> list[Callable[[Any], Any]]:
    """Python twins of `ladder_steps` for one value (level 1, 2, …), so values that are not in
    the frame (a population table's) generalise exactly as the frame's column does."""
    if kind == "none":
        return []
    if kind == "age_band":
        return [lambda v: None if v is None else AGE_20Y.get(v, v), lambda v: ANY]
    if kind == "region":
        districts = policy.region_districts

        def suppress(value: Any) -> None:
            return None

        if not districts:
            return [suppress]
        return [lambda v: None if v is None else districts.get(str(v)), suppress]
    raise ValueError(f"no value twin for the {kind!r} ladder (dates are no population dimension)")


def assess(
    df: DataFrame,
    quasi_identifiers: list[str] | tuple[str, ...],
    sensitive=(),
    k=5,
    l=1,  # noqa: E741
) -> RiskReport:
    """Group sizes over the quasi-identifiers (nulls are a value) and distinct sensitive values."""
    qi = list(quasi_identifiers)
    sensitive = [s for s in sensitive if s in df.columns]
    groups = df.groupBy(*qi).agg(
        F.count(F.lit(1)).alias("_n"),
        *[F.countDistinct(s).alias(f"_l{i}") for i, s in enumerate(sensitive)],
    )
    row = groups.agg(
        F.sum("_n").alias("rows"),
        F.min("_n").alias("k_min"),
        F.count(F.lit(1)).alias("groups"),
        F.sum(F.when(F.col("_n") < k, F.col("_n")).otherwise(0)).alias("small"),
        F.sum(F.when(F.col("_n") == 1, 1).otherwise(0)).alias("uniques"),
        *[F.min(f"_l{i}").alias(f"l{i}") for i in range(len(sensitive))],
    ).collect()[0]
    rows = int(row["rows"] or 0)
    return RiskReport(
        k=k,
        l=l,
        rows=rows,
        k_min=int(row["k_min"]) if rows else None,
        groups=int(row["groups"]) if rows else 0,
        rows_in_small_groups=int(row["small"] or 0),
        sample_uniques=int(row["uniques"] or 0),
        l_min={
            s: (int(row[f"l{i}"]) if rows and row[f"l{i}"] is not None else None)
            for i, s in enumerate(sensitive)
        },
    )


def _generalised(df: DataFrame, levels: dict[str, int], steps: dict[str, list[Step]]) -> DataFrame:
    """`df` with each column at its ladder level (0 = as is); types and order unchanged."""
    out = df
    for name, level in levels.items():
        if level:
            dtype = df.schema[name].dataType
            out = out.withColumn(name, steps[name][level - 1][1](F.col(name)).cast(dtype))
    return out


@dataclass(frozen=True)
class ClassTable:
    """A frame's equivalence classes, each with every quasi-identifier's value at every level
    of its ladder (one Spark job over the grouped frame). Any generalisation followed by
    suppression can then be measured without reading the frame again: enforcement's climb and
    the search for what brings a risk figure under a threshold both run on it."""

    columns: tuple[str, ...]  # the quasi-identifiers, in the frame's key order
    labels: Mapping[str, tuple[str, ...]]  # laddered column → its step labels (levels 1…n)
    classes: tuple[tuple[int, tuple[tuple[str | None, ...], ...]], ...]  # (rows, values by level)

    def counts(self, levels: Mapping[str, int]) -> Counter[tuple[str | None, ...]]:
        """Rows per class once each column is at its level (0 = as is)."""
        at = [levels.get(c, 0) for c in self.columns]
        out: Counter[tuple[str | None, ...]] = Counter()
        for rows, values in self.classes:
            out[tuple(v[i] for v, i in zip(values, at, strict=True))] += rows
        return out

    def small(self, levels: Mapping[str, int], k: int) -> int:
        """Rows in classes smaller than k at these levels (what suppression would remove)."""
        return sum(n for n in self.counts(levels).values() if n < k)

    def kept(self, levels: Mapping[str, int], k: int) -> Counter[tuple[str | None, ...]]:
        """The classes released at these levels: those of k rows or more."""
        return Counter({c: n for c, n in self.counts(levels).items() if n >= k})


def class_table(df: DataFrame, columns: list[str], steps: Mapping[str, list[Step]]) -> ClassTable:
    """Group `df` on `columns` and evaluate each ladder step on the groups (values as text:
    classes are compared, never computed with); `steps` must hold a ladder per column in it."""
    grouped = df.groupBy(*columns).agg(F.count(F.lit(1)).alias("_n"))
    select = [F.col("_n")]
    for i, name in enumerate(columns):
        dtype = df.schema[name].dataType
        levels = [F.col(name)] + [fn(F.col(name)).cast(dtype) for _, fn in steps.get(name, [])]
        select += [v.cast("string").alias(f"_q{i}_{j}") for j, v in enumerate(levels)]
    classes = []
    for row in grouped.select(*select).collect():
        if row["_n"]:
            per_column = tuple(
                tuple(row[f"_q{i}_{j}"] for j in range(len(steps.get(name, [])) + 1))
                for i, name in enumerate(columns)
            )
            classes.append((int(row["_n"]), per_column))
    labels = {name: tuple(label for label, _ in ladder) for name, ladder in steps.items()}
    return ClassTable(tuple(columns), labels, tuple(classes))


def climb(
    table: ClassTable, k: int, budget: int, start: Mapping[str, int] | None = None
) -> tuple[dict[str, int], list[dict[str, Any]], int]:
    """Enforcement's greedy climb: while more than `budget` rows sit in classes smaller than
    k, take the one ladder step that leaves the fewest there (ties: the spec's column order).
    Returns (levels, generalise actions, rows still in small classes: to suppress)."""
    levels = {c: (start or {}).get(c, 0) for c in table.labels}
    small = table.small(levels, k)
    actions: list[dict[str, Any]] = []
    while small > budget:
        trials = []
        for order, column in enumerate(table.labels):
            if levels[column] < len(table.labels[column]):
                trial = {**levels, column: levels[column] + 1}
                trials.append((table.small(trial, k), order, column, trial))
        if not trials:
            break
        small, _, column, levels = min(trials, key=lambda t: t[:2])
        to = table.labels[column][levels[column] - 1]
        actions.append(
            {"action": "generalise", "column": column, "to": to, "rows_in_small_groups": small}
        )
    return levels, actions, small


@dataclass(frozen=True)
class Enforcement:
    """What `enforce` did: the frame to publish, the figures before and after, the actions,
    the ladder level each column ended at, and the class table the decisions were made on."""

    frame: DataFrame
    before: RiskReport
    after: RiskReport
    actions: list[dict[str, Any]]
    levels: dict[str, int]
    table: ClassTable

    @property
    def released_classes(self) -> Counter[tuple[str | None, ...]]:
        """The published frame's classes (the table at the final levels, small ones gone)."""
        return self.table.kept(self.levels, self.after.k)


def policy_steps(df: DataFrame, contract: Contract, policy: KPolicy) -> dict[str, list[Step]]:
    """The ladder steps of each quasi-identifier the frame has and the policy may climb."""
    qi = set(contract.quasi_identifiers) & set(df.columns)
    ladders = {c: kind for c, kind in policy.ladders.items() if c in qi and kind != "none"}
    return {c: ladder_steps(kind, df.schema[c].dataType, policy) for c, kind in ladders.items()}


def enforce(df: DataFrame, contract: Contract, policy: KPolicy) -> Enforcement:
    """Reach k: greedy generalisation (decided on the class table), then suppression."""
    qi = [c for c in contract.quasi_identifiers if c in df.columns]
    before = assess(df, qi, policy.sensitive, policy.k, policy.l)
    steps = policy_steps(df, contract, policy)
    table = class_table(df, qi, steps)
    if before.k_anonymous:
        return Enforcement(df, before, before, [], dict.fromkeys(steps, 0), table)
    budget = int(policy.max_suppressed_share * before.rows)
    levels, actions, small = climb(table, policy.k, budget)
    current = _generalised(df, levels, steps)
    if small:
        size = F.count(F.lit(1)).over(Window.partitionBy(*qi)) if qi else F.lit(before.rows)
        current = current.withColumn("_group_size", size).where(F.col("_group_size") >= policy.k)
        current = current.drop("_group_size")
        actions.append({"action": "suppress", "rows": small})
    after = assess(current, qi, policy.sensitive, policy.k, policy.l)
    return Enforcement(current, before, after, actions, levels, table)


def stricter_ks(k: int) -> list[int]:
    """The k values tried above a dataset's own when its risk is too high: a few small steps,
    then multiples (each try is a climb on the class table, and only for a blocked candidate)."""
    return sorted({k + 1, k + 2, k + 3, k + 5, 2 * k, 3 * k, 5 * k, 10 * k} - set(range(k + 1)))
