"""The release guard: residual-PHI scan and re-identification risk over pinned gold data.

Runs at candidate build (so the curator sees the figures before approving) and again right
before publication (so nothing unscanned is ever written). A PHI hit blocks; k below the
dataset's k is first repaired by `kanon.enforce` (generalise, then suppress) and blocks only
if still below k. It records the re-identification risk before and after (sample uniques,
prosecutor risk, journalist risk against the population table of ozero.deid.population);
a figure over the dataset's declared threshold blocks, with what would bring it under
(ozero.deid.remedy). The guard only returns a report (counts and kinds, never values); the
caller stores it as guard.json through `ozero.release.store`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

from pyspark.sql import DataFrame, SparkSession

from ozero import lake
from ozero.contracts import Contract, load_contract
from ozero.deid.kanon import Enforcement, KPolicy, RiskReport, enforce
from ozero.deid.phi_scan import KnownValues, known_values, scan_dataframe
from ozero.deid.population import (
    JournalistRisk,
    PopulationTable,
    configured_population,
    journalist_risk,
)
from ozero.deid.remedy import Limits, remedy
from ozero.quality.label_agreement import read_figures
from ozero.quality.levels import assess, level1
from ozero.release import semver, store, utc_now
from ozero.release.datasets import DatasetSpec, get_dataset

log = logging.getLogger(__name__)


@dataclass
class GuardReport:
    dataset: str
    version: str
    checked_at: str
    k_required: int
    l_required: int
    sensitive: list[str]
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # any problem blocks publication
    warnings: list[str] = field(default_factory=list)  # shown to the curator, not blocking
    qc: dict[str, Any] = field(default_factory=dict)  # multi-level QC (ozero.quality.levels)

    @property
    def passed(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}

    def add_validation(self, validation: dict[str, Any] | None, required: bool) -> None:
        """Level 1 of QC, once the candidate's validation results are known (they are read
        after the guard: most scheduled runs propose nothing and never need them)."""
        if not self.qc:
            return
        one = level1(validation, required)
        self.qc["levels"]["1"] = {"name": "technical", **one}
        if not one["passed"]:
            self.problems.append(f"level 1: {one['reason']}")
            self.qc["passed"] = False

    def row_counts(self) -> dict[str, int]:
        """Rows per table as they will be published (after suppression)."""
        return {t: e["risk"]["after"]["rows"] for t, e in self.tables.items()}

    def k_anonymity_section(self) -> dict[str, Any]:
        """What the manifest records under deidentification.k_anonymity."""
        return {
            "k_required": self.k_required,
            "l_required": self.l_required,
            "sensitive": self.sensitive,
            "tables": {t: e["risk"] for t, e in self.tables.items()},
        }


def policy_for(spec: DatasetSpec, contract: Contract) -> KPolicy:
    return KPolicy(
        k=spec.k_anonymity,
        l=spec.l_diversity,
        sensitive=spec.sensitive,
        ladders=contract.ladders,
        max_suppressed_share=spec.max_suppressed_share,
    )


def _phi_problems(table: str, summary: dict[str, Any]) -> list[str]:
    return [
        f"{table}: residual PHI {h['kind']} in column {h['column']} ({h['rows']} rows)"
        for h in summary["hits"]
    ]


FURTHER = "generalise a quasi-identifier further (its ladder in the spec) or raise privacy.k"


def limits_of(spec: DatasetSpec, journalist: JournalistRisk) -> Limits:
    """The caps a remedy must meet: a journalist cap only where that figure can be measured
    (else no remedy could meet it, and the block says why instead)."""
    cap = spec.max_journalist_risk if journalist.available else None
    return Limits(spec.max_average_risk, cap)


def risk_problems(
    table: str,
    after: RiskReport,
    spec: DatasetSpec,
    journalist: JournalistRisk | None = None,
    remedy: Callable[[], str] | None = None,
) -> list[str]:
    """The dataset's declared risk thresholds, checked on what would be published; `remedy`
    (called once, only when a figure is over its threshold) says what brings it under. A
    journalist threshold whose figure cannot be measured blocks too, with the reason."""
    over = []
    limit = spec.max_average_risk
    if limit is not None and after.prosecutor_risk_avg > limit:
        over.append(
            f"{table}: average prosecutor risk {after.prosecutor_risk_avg:.3f} > {limit} "
            f"({after.groups} groups over {after.rows} rows; sample uniques "
            f"{after.sample_unique_share:.1%})"
        )
    cap = spec.max_journalist_risk
    unmeasured = []
    if cap is not None and (journalist is None or not journalist.available):
        reason = journalist.reason if journalist else "not measured"
        unmeasured.append(
            f"{table}: privacy.max_journalist_risk is {cap} but the journalist risk cannot be "
            f"measured: {reason}"
        )
    elif cap is not None and journalist is not None and (journalist.risk_max or 0.0) > cap:
        over.append(
            f"{table}: journalist risk {journalist.risk_max:.3f} > {cap} (smallest population "
            f"class {journalist.smallest_class} people, {journalist.rows_in_small_classes} rows "
            f"in population classes under k={after.k}; population: {journalist.population})"
        )
    fix = remedy() if over and remedy else ""
    return [f"{line}; {FURTHER}{'; ' + fix if fix else ''}" for line in over] + unmeasured


def _figures(
    enforced: Enforcement, policy: KPolicy, population: PopulationTable | None
) -> tuple[dict[str, Any], dict[str, Any], JournalistRisk]:
    """Before / after figures, each with its journalist risk (measured on the class table)."""
    columns = enforced.table.columns
    before = journalist_risk(enforced.table.counts({}), columns, {}, policy, population)
    after = journalist_risk(enforced.released_classes, columns, enforced.levels, policy, population)
    return (
        {**enforced.before.to_dict(), "journalist": before.to_dict()},
        {**enforced.after.to_dict(), "journalist": after.to_dict()},
        after,
    )


def check_tables(
    spark: SparkSession,
    spec: DatasetSpec,
    pins: dict[str, int],
    version: str,
    known: KnownValues | None = None,
    validation: dict[str, Any] | None = None,
) -> tuple[GuardReport, dict[str, DataFrame]]:
    """Guard the pinned tables; returns the report and the enforced (to-publish) frames.
    Multi-level QC runs over the enforced frames; `validation` (the candidate's GX summary)
    is its level 1 — None while a candidate is being built (`add_validation` adds it)."""
    if known is None:
        from ozero.deid.keys import load_key

        known = known_values(spark, load_key())  # no key: MissingKeyError says how to set one
    report = GuardReport(
        dataset=spec.name,
        version=version,
        checked_at=utc_now(),
        k_required=spec.k_anonymity,
        l_required=spec.l_diversity,
        sensitive=list(spec.sensitive),
    )
    frames: dict[str, DataFrame] = {}
    population = configured_population()
    for table, pinned in pins.items():
        contract = load_contract(table)
        df = lake.read(spark, table, pinned)
        phi = scan_dataframe(df, contract, known).summary()
        policy = policy_for(spec, contract)
        enforced = enforce(df, contract, policy)
        before, after = enforced.before, enforced.after
        frames[table] = enforced.frame
        before_figures, after_figures, journalist = _figures(enforced, policy, population)
        report.tables[table] = {
            "version": pinned,
            "phi_scan": phi,
            "risk": {
                "quasi_identifiers": list(contract.quasi_identifiers),
                "before": before_figures,
                "after": after_figures,
                "actions": enforced.actions,
                "rows_suppressed": before.rows - after.rows,
            },
        }
        report.problems += _phi_problems(table, phi)
        if not after.k_anonymous:
            report.problems.append(
                f"{table}: k-anonymity after enforcement is {after.k_min} < {spec.k_anonymity}"
            )
        limits = limits_of(spec, journalist)
        fix = partial(remedy, enforced.table, policy, enforced.levels, limits, population)
        report.problems += risk_problems(table, after, spec, journalist, fix)
        if before.rows and not after.rows:
            report.problems.append(f"{table}: enforcing k={spec.k_anonymity} suppressed every row")
        for column, value in after.l_min.items():
            if value is not None and value < spec.l_diversity:
                report.warnings.append(
                    f"{table}: l-diversity of {column} is {value} < {spec.l_diversity}"
                )
    if set(spec.gold_tables) <= set(frames):
        labelling = (
            read_figures(spark, spec, frames[spec.table], pins) if spec.annotated_labels else None
        )
        report.qc, qc_problems = assess(spec, frames, None, previous_qc(spec.name), labelling)
        report.problems += qc_problems
        if validation is not None:
            report.add_validation(validation, spec.qc.require_validation)
    log.info(
        "guard %s %s: %s (%d problems)",
        spec.name,
        version,
        "passed" if report.passed else "blocked",
        len(report.problems),
    )
    return report, frames


def previous_qc(dataset: str) -> dict[str, Any] | None:
    """The last published release's QC profile and version, for drift (None: no release yet,
    or one published before QC recorded a profile)."""
    from ozero.release.candidate import list_candidates

    released = [c for c in list_candidates(dataset) if c.status == "published"]
    if not released:
        return None
    last = max(released, key=lambda c: semver.sort_key(c.release_version))
    qc = (store.read_guard(dataset, last.version) or {}).get("qc") or {}
    if "profile" not in qc:
        return None
    return {"version": last.release_version or last.version, "profile": qc["profile"]}


def release_data(
    spark: SparkSession, dataset: str, version: str
) -> tuple[GuardReport, dict[str, DataFrame]]:
    """Guard a candidate's pinned data; returns the report and the frames to publish."""
    from ozero.release.candidate import load_candidate

    candidate = load_candidate(dataset, version)
    spec = get_dataset(dataset)
    return check_tables(
        spark,
        spec,
        candidate.source_versions,
        candidate.version,
        validation=candidate.validation or None,
    )


def guard_candidate(spark: SparkSession, dataset: str, version: str) -> GuardReport:
    """Run the guard over a candidate's pinned data (the caller decides where to keep it)."""
    return release_data(spark, dataset, version)[0]
