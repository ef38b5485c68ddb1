"""k-anonymity and l-diversity over a table's quasi-identifiers, and a policy to reach k.

`assess` measures; `enforce` generalises quasi-identifiers up their ladders (coarser age
bands, month/quarter dates, region → district) while that still shrinks the rows in groups
smaller than k, and suppresses whatever rows remain in such groups. All Spark-native
(group counts and a window count), so it scales with the table, not the driver.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
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


def enforce(
    df: DataFrame, contract: Contract, policy: KPolicy
) -> tuple[DataFrame, RiskReport, RiskReport, list[dict[str, Any]]]:
    """Reach k: greedy generalisation, then suppression. Returns (df, before, after, actions)."""
    qi = [c for c in contract.quasi_identifiers if c in df.columns]

    def measure(frame: DataFrame) -> RiskReport:
        return assess(frame, qi, policy.sensitive, policy.k, policy.l)

    before = measure(df)
    if before.k_anonymous:
        return df, before, before, []
    ladders = {c: kind for c, kind in policy.ladders.items() if c in qi and kind != "none"}
    steps = {c: ladder_steps(kind, df.schema[c].dataType, policy) for c, kind in ladders.items()}
    levels = dict.fromkeys(steps, 0)
    budget = int(policy.max_suppressed_share * before.rows)
    actions: list[dict[str, Any]] = []
    current, report = df, before
    while report.rows_in_small_groups > budget:
        trials = []
        for order, column in enumerate(steps):
            if levels[column] < len(steps[column]):
                trial_levels = {**levels, column: levels[column] + 1}
                trial = measure(_generalised(df, trial_levels, steps))
                trials.append((trial.rows_in_small_groups, order, column, trial_levels, trial))
        if not trials:
            break
        small, _, column, levels, report = min(trials, key=lambda t: t[:2])
        current = _generalised(df, levels, steps)
        actions.append(
            {
                "action": "generalise",
                "column": column,
                "to": steps[column][levels[column] - 1][0],
                "rows_in_small_groups": small,
            }
        )
    if report.rows_in_small_groups:
        size = F.count(F.lit(1)).over(Window.partitionBy(*qi)) if qi else F.lit(before.rows)
        current = current.withColumn("_group_size", size).where(F.col("_group_size") >= policy.k)
        current = current.drop("_group_size")
        actions.append({"action": "suppress", "rows": report.rows_in_small_groups})
    after = measure(current)
    return current, before, after, actions


def stricter_ks(k: int) -> list[int]:
    """The k values tried above a dataset's own when its risk is too high: a few small steps,
    then multiples (each try is one enforcement, and it only runs for a blocked candidate)."""
    return sorted({k + 1, k + 2, k + 3, k + 5, 2 * k, 3 * k, 5 * k, 10 * k} - set(range(k + 1)))


@dataclass(frozen=True)
class RiskRemedy:
    """A k that brings the average prosecutor risk under a limit, and what enforcing it did."""

    k: int
    after: RiskReport
    actions: list[dict[str, Any]]

    def describe(self) -> str:
        steps = [f"{a['column']} → {a['to']}" for a in self.actions if a["action"] == "generalise"]
        suppressed = sum(a["rows"] for a in self.actions if a["action"] == "suppress")
        how = ", ".join(steps) if steps else "no generalisation"
        return (
            f"privacy.k: {self.k} would bring it to {self.after.prosecutor_risk_avg:.3f} "
            f"({how}; {suppressed} rows suppressed, {self.after.rows} kept)"
        )


def remedy_for_risk(
    df: DataFrame, contract: Contract, policy: KPolicy, max_average_risk: float
) -> RiskRemedy | None:
    """The smallest tried k whose enforcement (the same ladders, the same suppression budget)
    brings the average prosecutor risk to `max_average_risk` without suppressing every row;
    None when none does (the ladders themselves must get coarser)."""
    for k in stricter_ks(policy.k):
        _, _, after, actions = enforce(df, contract, replace(policy, k=k))
        if after.rows and after.prosecutor_risk_avg <= max_average_risk:
            return RiskRemedy(k=k, after=after, actions=actions)
    return None
