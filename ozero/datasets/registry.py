"""Which datasets exist: one spec file each in `datasets/` (or the folder named by
`OZERO_DATASETS_DIR`, for a deployment with its own catalogue of specs) and in folders
listed in `OZERO_DATASET_DIRS`, read once per process and checked as they are read."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from ozero.config import REPO_ROOT
from ozero.datasets.spec import DatasetSpec, SpecError, load_spec
from ozero.errors import BadPathError, NotFoundError

DATASETS_DIR = REPO_ROOT / "datasets"
HOME_DIR_ENV = "OZERO_DATASETS_DIR"
EXTRA_DIRS_ENV = "OZERO_DATASET_DIRS"


class UnknownDatasetError(NotFoundError, KeyError):
    """A dataset name no spec declares."""


def spec_dirs() -> list[Path]:
    """The folders specs are read from; a configured folder that is not there is an error
    (a typo in a setting must not silently leave a deployment with no datasets)."""
    home = os.environ.get(HOME_DIR_ENV)
    configured = [(HOME_DIR_ENV, Path(home))] if home else []
    configured += [
        (EXTRA_DIRS_ENV, Path(p)) for p in os.environ.get(EXTRA_DIRS_ENV, "").split(os.pathsep) if p
    ]
    for setting, folder in configured:
        if not folder.is_dir():
            raise BadPathError(
                f"{setting} names {folder}, which is not a folder",
                fix=f"create it with the dataset specs, or fix {setting}",
            )
    return ([] if home else [DATASETS_DIR]) + [folder for _, folder in configured]


def spec_files() -> list[Path]:
    return sorted(p for d in spec_dirs() for p in d.glob("*.yaml"))


@cache
def _load(path: str, mtime: float) -> DatasetSpec:  # mtime: a changed file is read again
    return load_spec(Path(path))


def all_specs() -> list[DatasetSpec]:
    """Every declared dataset, by name (a broken spec raises SpecError with its line)."""
    specs = sorted((_load(str(p), p.stat().st_mtime) for p in spec_files()), key=lambda s: s.name)
    _check_distinct_tables(specs)
    return specs


def _check_distinct_tables(specs: list[DatasetSpec]) -> None:
    """Two specs must not write one gold table: `a-b` and `a_b` share `gold.a_b`, and a spec
    named `x-images` collides with the image index of an imaging spec named `x`."""
    owner: dict[str, DatasetSpec] = {}
    for spec in specs:
        for table in spec.gold_tables:
            other = owner.setdefault(table, spec)
            if other is not spec:
                raise SpecError(
                    f"{spec.where_is('name')}: dataset {spec.name!r} would write {table}, "
                    f"which dataset {other.name!r} ({other.path}) already writes",
                    fix="rename one of the two datasets",
                )


def get_spec(name: str) -> DatasetSpec:
    for spec in all_specs():
        if spec.name == name:
            return spec
    known = ", ".join(s.name for s in all_specs()) or "none"
    raise UnknownDatasetError(
        f"unknown dataset {name!r}; known datasets: {known}",
        fix=f"declare it in datasets/{name}.yaml (docs/datasets.md)",
    )


def by_table(table: str) -> DatasetSpec | None:
    """The dataset whose gold table (or image index) is `table`."""
    for spec in all_specs():
        if table in spec.gold_tables:
            return spec
    return None
