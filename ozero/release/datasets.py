"""The registry of released datasets: which gold tables make up each public dataset."""

from __future__ import annotations

from dataclasses import dataclass

from ozero.errors import OzeroError


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    gold_tables: tuple[str, ...]
    description: str
    k_anonymity: int = 5
    # l-diversity: distinct values of each sensitive column within every quasi-identifier
    # group; reported with k (not enforced: a diagnosis dataset exists to show diagnoses).
    sensitive: tuple[str, ...] = ()
    l_diversity: int = 1
    # share of rows that may be suppressed before quasi-identifiers are generalised further
    max_suppressed_share: float = 0.05


DATASETS: dict[str, DatasetSpec] = {
    "chest-imaging-protocols": DatasetSpec(
        name="chest-imaging-protocols",
        gold_tables=("gold.chest_imaging_protocols",),
        description=(
            "De-identified chest imaging protocols (X-ray, fluorography, CT) with the MKB-10 "
            "diagnosis, patient sex and age band, and 90-day OMS follow-up."
        ),
        k_anonymity=5,
        # demo lake (255 rows, sex × decade age band): k_min 6, l_min(mkb10_code) 3
        sensitive=("mkb10_code",),
        l_diversity=2,
    ),
}


class UnknownDatasetError(OzeroError, KeyError):
    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def get_dataset(name: str) -> DatasetSpec:
    try:
        return DATASETS[name]
    except KeyError:
        known = ", ".join(sorted(DATASETS))
        raise UnknownDatasetError(f"unknown dataset {name!r}; known datasets: {known}") from None
