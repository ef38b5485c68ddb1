"""Which datasets can be released: every spec the dataset factory declares (`datasets/*.yaml`).

The release side keeps no list of its own: a dataset's gold tables (its rows table plus its
image index, if it has images), its k / l, sensitive columns and suppression budget all come
from the spec's `privacy:` section through `ozero.datasets.registry`. A new spec file is a new
releasable dataset (and a new release DAG, `release_<name_with_underscores>`).
"""

from __future__ import annotations

from ozero.datasets.registry import UnknownDatasetError, all_specs, get_spec
from ozero.datasets.spec import DatasetSpec

__all__ = [
    "DatasetSpec",
    "UnknownDatasetError",
    "all_datasets",
    "get_dataset",
    "release_dag_id_for",
]

DAG_PREFIX = "release_"


def all_datasets() -> dict[str, DatasetSpec]:
    """Every releasable dataset by name (a broken spec raises SpecError naming its line)."""
    return {spec.name: spec for spec in all_specs()}


def get_dataset(name: str) -> DatasetSpec:
    """The spec of `name`; `UnknownDatasetError` lists the known datasets and the fix."""
    return get_spec(name)


def release_dag_id_for(name: str) -> str:
    """The release DAG of a dataset: `release_<name with underscores>` (dags/release.py)."""
    return DAG_PREFIX + name.replace("-", "_")
