"""The registry of released datasets: which gold tables make up each public dataset."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    gold_tables: tuple[str, ...]
    description: str
    k_anonymity: int = 5


DATASETS: dict[str, DatasetSpec] = {
    "chest-imaging-protocols": DatasetSpec(
        name="chest-imaging-protocols",
        gold_tables=("gold.chest_imaging_protocols",),
        description=(
            "De-identified chest imaging protocols (X-ray, fluorography, CT) with the MKB-10 "
            "diagnosis, patient sex and age band, and 90-day OMS follow-up."
        ),
        k_anonymity=5,
    ),
}


class UnknownDatasetError(KeyError):
    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def get_dataset(name: str) -> DatasetSpec:
    try:
        return DATASETS[name]
    except KeyError:
        known = ", ".join(sorted(DATASETS))
        raise UnknownDatasetError(f"unknown dataset {name!r}; known datasets: {known}") from None
