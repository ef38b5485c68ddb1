"""Expectation suites: structural checks derived from the contract plus hand-written YAML.

The contract already says which columns are required, which values are allowed and what the
key is, so those expectations are generated rather than repeated. Anything a contract cannot
express (code shapes, date ranges, column ordering) lives in `expectations/<zone>.<table>.yaml`
next to the schemas, reviewed like code.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import great_expectations as gx
import great_expectations.expectations as gxe
import yaml
from great_expectations.expectations.expectation import Expectation
from great_expectations.expectations.registry import get_expectation_impl

from ozero.config import EXPECTATIONS_DIR
from ozero.contracts import Contract

KEY_UNIQUENESS = "key_uniqueness"  # meta role of the generated key-uniqueness expectation
_COLUMN_KWARGS = ("column", "column_A", "column_B")
_COLUMN_LIST_KWARGS = ("column_list",)
_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "ozero/quality/expectations")


class SuiteError(ValueError):
    """A hand-written expectation file is wrong (unknown type, bad kwargs, unknown column)."""


def expectation_columns(kwargs: dict[str, Any]) -> list[str]:
    """Columns an expectation looks at, in kwarg order (for reasons and result rows)."""
    cols = [kwargs[k] for k in _COLUMN_KWARGS if kwargs.get(k)]
    for k in _COLUMN_LIST_KWARGS:
        cols.extend(kwargs.get(k) or [])
    return cols


def expectation_class(type_name: str) -> type[Expectation]:
    """`expect_column_values_to_match_regex` → `ExpectColumnValuesToMatchRegex` via GX's registry."""
    try:
        impl = get_expectation_impl(type_name)
    except Exception as exc:  # GX raises its own ExpectationNotFoundError
        raise SuiteError(f"unknown expectation type {type_name!r}") from exc
    if not (isinstance(impl, type) and issubclass(impl, Expectation)):
        raise SuiteError(f"unknown expectation type {type_name!r}")
    return impl


def _stable_id(suite_name: str, expectation: Expectation) -> str:
    """Same expectation, same id across runs, so validation results can be compared over time."""
    kwargs = expectation.configuration.kwargs
    payload = json.dumps(
        {k: v for k, v in kwargs.items() if k != "batch_id"}, sort_keys=True, default=str
    )
    return str(uuid.uuid5(_ID_NAMESPACE, f"{suite_name}|{expectation.expectation_type}|{payload}"))


def structural_expectations(contract: Contract) -> list[Expectation]:
    """Not-null, allowed values and key uniqueness, straight from the contract."""
    meta = {"source": "contract"}
    out: list[Expectation] = []
    for col in contract.columns:
        if not col.nullable:
            out.append(gxe.ExpectColumnValuesToNotBeNull(column=col.name, meta=meta))
        allowed = col.params.get("allowed")
        if allowed:
            out.append(
                gxe.ExpectColumnValuesToBeInSet(column=col.name, value_set=list(allowed), meta=meta)
            )
    key_meta = {**meta, "role": KEY_UNIQUENESS}
    if len(contract.keys) == 1:
        out.append(gxe.ExpectColumnValuesToBeUnique(column=contract.keys[0], meta=key_meta))
    elif len(contract.keys) > 1:
        out.append(
            gxe.ExpectCompoundColumnsToBeUnique(column_list=list(contract.keys), meta=key_meta)
        )
    return out


def _parse_entry(contract: Contract, origin: str, index: int, raw: Any) -> Expectation:
    where = f"{origin}[{index}]"
    if not isinstance(raw, dict) or "type" not in raw:
        raise SuiteError(f"{where}: each entry needs a `type`")
    unknown = set(raw) - {"type", "kwargs", "notes", "meta"}
    if unknown:
        raise SuiteError(f"{where}: unknown keys {sorted(unknown)}")
    cls = expectation_class(str(raw["type"]))
    kwargs = dict(raw.get("kwargs") or {})
    missing = [c for c in expectation_columns(kwargs) if c not in contract.column_names]
    if missing:
        raise SuiteError(f"{where}: {raw['type']} names columns not in {contract.name}: {missing}")
    meta = {**(raw.get("meta") or {}), "source": origin}
    try:
        return cls(**kwargs, notes=raw.get("notes"), meta=meta)
    except Exception as exc:  # pydantic validation of kwargs
        raise SuiteError(f"{where}: invalid kwargs for {raw['type']}: {exc}") from exc


def load_custom_expectations(
    contract: Contract, expectations_dir: Path | None = None
) -> list[Expectation]:
    """Hand-written expectations for the table: its file under expectations/, and those its
    contract carries (a dataset's, written in its spec)."""
    inline = [
        _parse_entry(contract, f"{contract.name} (spec)", i, entry)
        for i, entry in enumerate(contract.expectations)
    ]
    path = (expectations_dir or EXPECTATIONS_DIR) / f"{contract.name}.yaml"
    if not path.is_file():
        return inline
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(raw, list):
        raise SuiteError(f"{path}: expected a YAML list of expectations")
    origin = f"expectations/{path.name}"
    return [_parse_entry(contract, origin, i, entry) for i, entry in enumerate(raw)] + inline


def build_suite(contract: Contract, expectations_dir: Path | None = None) -> gx.ExpectationSuite:
    """The table's suite, named after it, with stable expectation ids.

    Built through the constructor rather than `add_expectation`, which needs an active GX
    context; a hand-written repeat of a generated expectation is kept once.
    """
    unique: dict[str, Expectation] = {}
    for expectation in structural_expectations(contract) + load_custom_expectations(
        contract, expectations_dir
    ):
        unique.setdefault(_stable_id(contract.name, expectation), expectation)
    suite = gx.ExpectationSuite(
        name=contract.name,
        expectations=list(unique.values()),
        meta={"ozero_contract": contract.name},
    )
    for expectation_id, expectation in zip(unique, suite.expectations, strict=True):
        expectation.id = expectation_id  # GX refuses ids on the way in, so set them after
    return suite
