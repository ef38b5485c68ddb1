"""Checks every published release of a lake must pass (issue 11's "done when"): its
croissant.json is valid Croissant under `mlcroissant`, and no patient is in two splits —
within a table, across the release's tables, or through a table that reaches the patient
only by a row key (an imaging dataset's image index carries `study_pid`, not the patient)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

UNIT = "patient_pid"  # every shipped spec splits by patient


def release_folders(lake: Path) -> list[Path]:
    return sorted(p.parent for p in (lake / "releases").glob("*/*/manifest.json"))


def croissant_problems(release: Path) -> list[str]:
    import mlcroissant as mlc

    try:
        dataset = mlc.Dataset(jsonld=str(release / "croissant.json"))
    except mlc.ValidationError as exc:
        return [f"{release}: croissant.json invalid: {exc}"]
    errors = dataset.metadata.ctx.issues.errors
    return [f"{release}: croissant.json: {e}" for e in sorted(errors)]


def split_problems(release: Path) -> list[str]:
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    tables = {t: pd.read_parquet(release / folder) for t, folder in manifest["tables"].items()}
    with_unit = {t: df for t, df in tables.items() if UNIT in df.columns}
    if not with_unit:
        return [f"{release}: no table has {UNIT}: the split cannot be checked"]
    pairs = pd.concat([df[[UNIT, "split"]] for df in with_unit.values()]).drop_duplicates()
    in_two = int((pairs.groupby(UNIT)["split"].nunique() > 1).sum())
    problems = [f"{release}: {in_two} patient(s) in two splits"] if in_two else []
    for table, df in tables.items():
        if table in with_unit:
            continue
        links = [
            (col, main)
            for main in with_unit.values()
            for col in df.columns
            if col != "split" and col in main.columns and _is_key(main[col])
        ]
        if not links:
            problems.append(f"{release}: {table} has no key linking it to a patient's row")
            continue
        col, main = links[0]
        expected = df[col].map(main.set_index(col)["split"])
        wrong = int((expected.notna() & (expected != df["split"])).sum())
        if wrong:
            problems.append(f"{release}: {table}: {wrong} row(s) in another split than their row")
    return problems


def _is_key(column: pd.Series) -> bool:
    """A column of scalar values, unique: list columns (finding codes) never link rows."""
    if column.map(lambda v: isinstance(v, (list, dict)) or hasattr(v, "shape")).any():
        return False
    return bool(column.is_unique)


def release_problems(lake: Path) -> list[str]:
    """Every problem of every release under `lake`; empty means all pass."""
    problems: list[str] = []
    for release in release_folders(lake):
        problems += croissant_problems(release) + split_problems(release)
    return problems
