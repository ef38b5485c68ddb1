"""Table contracts: `schemas/<zone>/<table>.yaml` is the single source of truth for a table.

A contract lists columns (type, nullability, privacy class, de-identification action and
the raw field it is derived from), keys and partitioning, and every other privacy decision
about the table: the parsed fields it deliberately drops, each quasi-identifier with its
generalisation ladder (what the release guard may coarsen to reach k-anonymity), the parsed
fields that are a real person's identifiers (which the release guard then looks for in
anything released), and for imaging tables the DICOM de-identification profile. The Spark
schema, the de-identification plan and the structural Great Expectations checks are all
derived here, so adding a column is one edit in one file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pyspark.sql import types as T

from ozero.config import REPO_ROOT

SCHEMAS_DIR = REPO_ROOT / "schemas"
# More contract folders (same <zone>/<table>.yaml layout), os.pathsep-separated: a source
# or dataset kept outside this repository brings its contracts along.
EXTRA_SCHEMAS_ENV = "OZERO_SCHEMA_DIRS"
ZONES = ("bronze", "silver", "gold", "quarantine", "ops")
PRIVACY_CLASSES = ("direct_identifier", "quasi_identifier", "sensitive", "free_text", "safe")
ACTIONS = ("keep", "drop", "pseudonymise", "generalise", "date_shift", "scrub")
# How a quasi-identifier may be coarsened (ozero.deid.kanon); "none": only suppression.
LADDERS = ("age_band", "date", "region", "none")
# Kinds of real-person identifiers the release guard matches (ozero.deid.known).
KNOWN_KINDS = ("surname", "snils", "enp", "phone")

_SPARK_TYPES: dict[str, T.DataType] = {
    "string": T.StringType(),
    "binary": T.BinaryType(),
    "int": T.IntegerType(),
    "long": T.LongType(),
    "double": T.DoubleType(),
    "decimal": T.DecimalType(15, 2),
    "boolean": T.BooleanType(),
    "date": T.DateType(),
    "timestamp": T.TimestampType(),
    "array<string>": T.ArrayType(T.StringType()),
    "map<string,string>": T.MapType(T.StringType(), T.StringType()),
}


class ContractError(ValueError):
    pass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool = True
    privacy: str = "safe"
    action: str = "keep"
    source: str | None = None  # raw field this column is derived from (silver)
    params: dict[str, Any] = field(default_factory=dict)  # e.g. domain, method, allowed
    description: str = ""

    @property
    def spark_type(self) -> T.DataType:
        return _SPARK_TYPES[self.type]

    @property
    def source_field(self) -> str:
        """`source` for a column computed from a parsed field (de-identification needs one)."""
        if not self.source:
            raise ContractError(f"column {self.name!r} ({self.action}) needs a source field")
        return self.source


@dataclass(frozen=True)
class Contract:
    zone: str
    table: str
    description: str
    keys: tuple[str, ...]
    columns: tuple[Column, ...]
    dropped: tuple[str, ...] = ()  # raw fields deliberately not carried (direct identifiers)
    partition_by: tuple[str, ...] = ()
    ladders: dict[str, str] = field(default_factory=dict)  # quasi-identifier → ladder
    known_identifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind → fields
    dicom_profile: str | None = None  # named PS3.15 option set (ozero.deid.dicom.profiles)
    expectations: tuple[dict[str, Any], ...] = ()  # hand-written GX checks carried inline

    @property
    def quasi_identifiers(self) -> tuple[str, ...]:
        return tuple(self.ladders)

    @property
    def declared_fields(self) -> set[str]:
        """Parsed fields with a privacy decision: a column's source, or dropped."""
        return {c.source for c in self.columns if c.source} | set(self.dropped)

    @property
    def name(self) -> str:
        return f"{self.zone}.{self.table}"

    @property
    def spark_schema(self) -> T.StructType:
        return T.StructType([T.StructField(c.name, c.spark_type, c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


def _parse_column(table: str, raw: dict[str, Any]) -> Column:
    name = raw.get("name")
    if not name:
        raise ContractError(f"{table}: a column has no name")
    ctype = raw.get("type")
    if ctype not in _SPARK_TYPES:
        raise ContractError(f"{table}.{name}: unknown type {ctype!r}")
    privacy = raw.get("privacy")
    if privacy not in PRIVACY_CLASSES:
        raise ContractError(
            f"{table}.{name}: privacy class must be one of {PRIVACY_CLASSES}, got {privacy!r}"
        )
    action = raw.get("action", "keep")
    if action not in ACTIONS:
        raise ContractError(f"{table}.{name}: action must be one of {ACTIONS}, got {action!r}")
    if privacy == "direct_identifier" and action == "keep":
        raise ContractError(f"{table}.{name}: a direct identifier cannot be kept as is")
    if privacy == "free_text" and action not in ("scrub", "drop"):
        raise ContractError(f"{table}.{name}: free text must be scrubbed or dropped")
    return Column(
        name=name,
        type=ctype,
        nullable=bool(raw.get("nullable", True)),
        privacy=privacy,
        action=action,
        source=raw.get("source"),
        params=dict(raw.get("params") or {}),
        description=raw.get("description", ""),
    )


def parse_contract(raw: dict[str, Any], origin: str = "<memory>") -> Contract:
    zone, table = raw.get("zone"), raw.get("table")
    if zone not in ZONES or not table:
        raise ContractError(f"{origin}: needs zone (one of {ZONES}) and table")
    columns = tuple(_parse_column(table, c) for c in raw.get("columns") or [])
    if not columns:
        raise ContractError(f"{origin}: no columns")
    names = [c.name for c in columns]
    if len(set(names)) != len(names):
        raise ContractError(f"{origin}: duplicate column names")
    keys = tuple(raw.get("keys") or [])
    ladders = _ladders(raw.get("quasi_identifiers"), origin)
    for key in keys + tuple(raw.get("partition_by") or []) + tuple(ladders):
        if key not in names:
            raise ContractError(f"{origin}: {key!r} is not a column")
    contract = Contract(
        zone=zone,
        table=table,
        description=raw.get("description", ""),
        keys=keys,
        columns=columns,
        dropped=tuple(raw.get("dropped") or []),
        partition_by=tuple(raw.get("partition_by") or []),
        ladders=ladders,
        known_identifiers=_known(raw.get("known_identifiers"), origin),
        dicom_profile=raw.get("dicom_profile"),
    )
    undeclared = {f for fs in contract.known_identifiers.values() for f in fs}
    undeclared -= contract.declared_fields
    if undeclared:
        raise ContractError(
            f"{origin}: known_identifiers name fields the contract does not declare: "
            f"{sorted(undeclared)} (map them to a column or list them under dropped)"
        )
    return contract


def _ladders(raw: Any, origin: str) -> dict[str, str]:
    """`quasi_identifiers: {column: ladder}`; every quasi-identifier needs its ladder."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ContractError(
            f"{origin}: quasi_identifiers must map each column to its generalisation ladder "
            f"({', '.join(LADDERS)}), e.g. {{patient_age_band: age_band}}"
        )
    for column, ladder in raw.items():
        if ladder not in LADDERS:
            raise ContractError(
                f"{origin}: quasi-identifier {column!r} has ladder {ladder!r}; "
                f"use one of {', '.join(LADDERS)}"
            )
    return {str(c): str(ladder) for c, ladder in raw.items()}


def _known(raw: Any, origin: str) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - set(KNOWN_KINDS):
        raise ContractError(
            f"{origin}: known_identifiers maps a kind ({', '.join(KNOWN_KINDS)}) to fields"
        )
    return {kind: tuple(fields or []) for kind, fields in raw.items()}


def schema_dirs() -> list[Path]:
    extra = [Path(p) for p in os.environ.get(EXTRA_SCHEMAS_ENV, "").split(os.pathsep) if p]
    return [SCHEMAS_DIR, *extra]


@cache
def load_contract(name: str) -> Contract:
    """`load_contract("silver.remd_protocols")`. A dataset's gold tables have no YAML: their
    contracts are derived from the dataset's spec (`ozero.datasets.contract`)."""
    zone, _, table = name.partition(".")
    for folder in schema_dirs():
        path = folder / zone / f"{table}.yaml"
        if path.is_file():
            return parse_contract(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))
    if zone == "gold":
        from ozero.datasets.contract import gold_contract

        derived = gold_contract(name)
        if derived is not None:
            return derived
    raise ContractError(f"no contract for {name} (expected {SCHEMAS_DIR / zone / table}.yaml)")


def all_contracts() -> list[Contract]:
    """Every table's contract: the YAML ones, then the datasets' gold tables."""
    from ozero.datasets.contract import gold_contracts

    names = {
        f"{p.parent.name}.{p.stem}"
        for folder in schema_dirs()
        for p in folder.glob("*/*.yaml")
        if p.parent.name in ZONES
    }
    return [load_contract(name) for name in sorted(names)] + gold_contracts()
