"""A dataset's gold tables' contracts, derived from its spec (never written by hand).

The rows table has the spec's columns, then `split` (train / validation / test by patient),
`lineage` (the pseudonymous source record keys each row came from) and `deid_key_id`. An
imaging dataset also has an image index: one row per DICOM instance, linked to its row by the
dataset's key, with its study / series / instance UIDs, the de-identified file and its hash.
"""

from __future__ import annotations

from ozero.contracts import Column, Contract
from ozero.datasets.spec import SPLITS, DatasetSpec

SPLIT = Column(
    "split", "string", False, "safe", params={"allowed": list(SPLITS)},
    description="train / validation / test, by patient: a patient is in one split, in every "
    "release and every dataset (ozero.datasets.splits)",
)  # fmt: skip
LINEAGE = Column(
    "lineage", "map<string,string>", False, "safe",
    description="source table → the pseudonymous key of the record this row came from",
)  # fmt: skip
KEY_ID = Column("deid_key_id", "string", False, "safe", description="key the pseudonyms use")
UID = {"domain": "dicom-uid", "method": "dicom_uid"}
IMAGE_COLUMNS = (
    Column("study_instance_uid", "string", False, "direct_identifier", "pseudonymise", params=UID),
    Column("series_instance_uid", "string", False, "direct_identifier", "pseudonymise", params=UID),
    Column("sop_instance_uid", "string", False, "direct_identifier", "pseudonymise", params=UID),
    Column("modality", "string", False, "safe"),
    Column("object_uri", "string", False, "safe", description="the de-identified file in the lake"),
    Column("deid_sha256", "string", False, "safe", description="SHA-256 of the file"),
    Column("size_bytes", "long", False, "safe"),
)


def rows_contract(spec: DatasetSpec) -> Contract:
    columns = tuple(
        Column(
            name=c.name,
            type=c.type,
            nullable=c.nullable and not c.key,
            privacy=c.privacy,
            action=c.action,
            params={"allowed": list(c.allowed)} if c.allowed else {},
            description=c.description,
        )
        for c in spec.columns
    )
    return Contract(
        zone="gold",
        table=spec.table.partition(".")[2],
        description=spec.description,
        keys=spec.key_columns,
        columns=(*columns, SPLIT, LINEAGE, KEY_ID),
        ladders={c.name: c.ladder for c in spec.columns if c.ladder},
        expectations=spec.expectations,
    )


def images_contract(spec: DatasetSpec) -> Contract | None:
    if spec.images is None or spec.images_table is None:
        return None
    by_name = {c.name: c for c in rows_contract(spec).columns}
    keys = [by_name[k] for k in spec.key_columns]
    labels = [by_name[lb.column] for lb in spec.labels if lb.column not in spec.key_columns]
    extra = tuple(
        Column(name, spec.images.type_of(name), True, "safe") for name, _ in spec.images.columns
    )
    return Contract(
        zone="gold",
        table=spec.images_table.partition(".")[2],
        description=f"The images of {spec.name}: one row per DICOM instance, with its row's key, "
        "split and labels",
        keys=(*spec.key_columns, "sop_instance_uid"),
        columns=(*keys, *IMAGE_COLUMNS, *extra, SPLIT, *labels),
    )


def gold_contract(name: str) -> Contract | None:
    """The contract of a dataset's gold table, for `ozero.contracts.load_contract`."""
    from ozero.datasets.registry import by_table

    spec = by_table(name)
    if spec is None:
        return None
    return rows_contract(spec) if name == spec.table else images_contract(spec)


def gold_contracts() -> list[Contract]:
    from ozero.datasets.registry import all_specs

    out: list[Contract] = []
    for spec in all_specs():
        out.append(rows_contract(spec))
        images = images_contract(spec)
        if images is not None:
            out.append(images)
    return out
