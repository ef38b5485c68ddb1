"""A dataset is a file: `datasets/<name>.yaml`, written by a curator, reviewed like code.

The spec says what the dataset is for (description, intended use, licence, access), which
silver rows make its cohort (a `from` table, joins, derived values, filters — Spark SQL
expressions, with a named SQL query as the escape hatch where a join is not a plain join),
its columns (each with its privacy class and action, as in a table contract, and for a
quasi-identifier its generalisation ladder), its labels and where each comes from, its
images, the k / l it must meet, and how it is split into train / validation / test by patient.

`load_spec` checks everything it can without Spark and fails with `SpecError`, naming the
file, the line and the fix: an unknown table or column, a label without provenance, a
quasi-identifier without a ladder, a direct identifier without an action. What only Spark's
analyser can tell (an expression that does not type-check) fails in `builder` before any job
runs, with the same kind of message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ozero.contracts import (
    ACTIONS,
    LADDERS,
    PRIVACY_CLASSES,
    ContractError,
    load_contract,
)
from ozero.datasets.yamlmarks import Marks, PathKey, YamlError, load
from ozero.errors import OzeroError

NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
TYPES = ("string", "int", "long", "double", "decimal", "boolean", "date", "timestamp",
         "array<string>", "map<string,string>")  # fmt: skip
# Where a label comes from: the kinds of provenance a datasheet can explain.
LABEL_SOURCES = {
    "protocol_mkb10": "the MKB-10 code of the instrumental study protocol's conclusion (REMD)",
    "protocol_finding": "a finding coded in the protocol from NSI 1.2.643.5.1.13.13.11.1473",
    "assessment_category": "the assessment category the radiologist stated (BI-RADS-style)",
    "protocol_conclusion": "normal / pathology as the protocol's conclusion states it",
    "lab_interpretation": "the laboratory's interpretation code of a result (SEMD 186)",
    "oms_outcome": "an outcome derived from GIS OMS claims (cases, results, follow-up)",
    "annotation": "a label from a labelling round in Label Studio: the readers' agreed answer "
    "or an expert's adjudication (silver.resolved_labels, docs/labelling.md)",
}
SPLITS = ("train", "validation", "test")
IMAGE_FORMS = ("dicom",)


class SpecError(OzeroError, ValueError):
    """A dataset spec a curator must fix: the message starts with `file:line`."""

    fix = "edit the dataset spec at that line (docs/datasets.md describes every field)"


@dataclass(frozen=True)
class Source:
    table: str | None  # silver/gold table name, e.g. silver.remd_protocols, …
    alias: str
    query: str | None = None  # … or a named SQL query over lake tables (aggregations)


@dataclass(frozen=True)
class Join:
    alias: str
    on: str
    how: str = "left"
    table: str | None = None  # a table, …
    directory: str | None = None  # … the latest curated version of an NSI directory, …
    query: str | None = None  # … or a named SQL query over lake tables (the escape hatch)


@dataclass(frozen=True)
class Column:
    name: str
    expr: str
    type: str
    privacy: str
    action: str = "keep"
    ladder: str | None = None
    key: bool = False
    allowed: tuple[str, ...] = ()
    description: str = ""
    nullable: bool = True


@dataclass(frozen=True)
class Label:
    column: str
    source: str
    description: str = ""


@dataclass(frozen=True)
class Images:
    table: str
    alias: str
    on: str
    form: str = "dicom"
    where: tuple[str, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()  # (name, expr) carried into the image index
    types: tuple[tuple[str, str], ...] = ()  # (name, type) of those columns (default: string)

    def type_of(self, name: str) -> str:
        return dict(self.types).get(name, "string")


@dataclass(frozen=True)
class Split:
    unit: str  # the column that names the patient (a pseudonym)
    shares: dict[str, int]  # split → percent, summing to 100


@dataclass(frozen=True)
class QualityThresholds:
    """The spec's `qc:` block: what blocks a release beyond privacy (docs/quality.md). With
    none set, the figures are reported and only a near-duplicate image across splits blocks."""

    near_duplicate_distance: int = 6  # dHash bits (of 64) within which two images are one
    max_class_share_gap: float | None = None  # a label class's share, highest − lowest split
    max_psi: float | None = None  # a numeric column's PSI against the previous release
    max_share_change: float | None = None  # a categorical value's share change since then
    min_label_coverage: float | None = None  # share of rows with a label, per label
    min_agreement: float | None = None  # readers' agreement (kappa), once annotations exist
    require_validation: bool = False  # a failed GX expectation on gold blocks (level 1)


QC_SHARES = ("max_class_share_gap", "max_share_change", "min_label_coverage", "min_agreement")


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    path: str
    title: dict[str, str]
    description: str
    intended_use: str
    license: dict[str, str]
    access: dict[str, Any]
    source: Source
    joins: tuple[Join, ...]
    derive: tuple[tuple[str, str], ...]
    where: tuple[str, ...]
    columns: tuple[Column, ...]
    labels: tuple[Label, ...]
    images: Images | None
    split: Split
    k_anonymity: int = 5
    l_diversity: int = 1
    sensitive: tuple[str, ...] = ()
    max_suppressed_share: float = 0.05
    max_average_risk: float | None = None  # average prosecutor risk a release may carry
    max_journalist_risk: float | None = None  # highest journalist risk (vs the population)
    limitations: tuple[str, ...] = ()
    transform: str | None = None  # module:function applied to the cohort (escape hatch)
    lineage: tuple[tuple[str, str], ...] = ()  # (source, expr): each row's source record keys
    expectations: tuple[dict[str, Any], ...] = ()  # hand-written GX checks of the rows table
    qc: QualityThresholds = field(default_factory=QualityThresholds)
    marks: Marks | None = field(default=None, compare=False, repr=False)

    def where_is(self, *path: str | int) -> str:
        """`file:line` of a part of the spec, for errors found after loading (Spark's)."""
        return self.marks.where(path) if self.marks else self.path

    @property
    def table(self) -> str:
        """Its gold table: `gold.<name with underscores>`."""
        return f"gold.{self.name.replace('-', '_')}"

    @property
    def images_table(self) -> str | None:
        return f"{self.table}_images" if self.images else None

    @property
    def gold_tables(self) -> tuple[str, ...]:
        return (self.table,) + ((self.images_table,) if self.images_table else ())

    @property
    def key_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.key)

    @property
    def annotated_labels(self) -> tuple[str, ...]:
        """Label columns from a labelling round (`source: annotation`): QC level 2 measures
        their readers' agreement and the datasheet says who labelled them."""
        return tuple(lab.column for lab in self.labels if lab.source == "annotation")

    @property
    def source_tables(self) -> tuple[str, ...]:
        """Every lake table the cohort reads (for lineage, key checks and versions)."""
        found = [self.source.table] if self.source.table else []
        found += table_references(self.source.query or "")
        found += [j.table for j in self.joins if j.table]
        found += ["silver.nsi_rows" for j in self.joins if j.directory]
        for j in self.joins:
            found += [t for t in table_references(j.query or "")]
        if self.images:
            found.append(self.images.table)
        return tuple(dict.fromkeys(found))


# --- loading and checking -----------------------------------------------------------------

_TABLE_REF = re.compile(r"\b(silver|gold)\.([a-z_][a-z0-9_]*)\b")


def table_references(sql: str) -> list[str]:
    return [f"{zone}.{table}" for zone, table in _TABLE_REF.findall(sql)]


class _Checker:
    """Reads one spec, collecting every problem with its line (all reported at once)."""

    def __init__(self, data: Any, marks: Marks) -> None:
        self.data = data if isinstance(data, dict) else {}
        self.marks = marks
        self.problems: list[str] = []

    def fail(self, path: PathKey, message: str) -> None:
        self.problems.append(f"{self.marks.where(path)}: {message}")

    def get(self, path: PathKey, required: bool = True, kind: type | tuple = str) -> Any:
        value: Any = self.data
        for part in path:
            if isinstance(value, dict) and isinstance(part, str):
                value = value.get(part)
            elif isinstance(value, list) and isinstance(part, int) and part < len(value):
                value = value[part]
            else:
                value = None
            if value is None:
                break
        if value is None:
            if required:
                self.fail(path[:-1], f"`{'.'.join(map(str, path))}` is required")
            return None
        if not isinstance(value, kind):
            self.fail(path, f"`{'.'.join(map(str, path))}` must be {_kind_name(kind)}")
            return None
        return value

    def table(self, path: PathKey, name: Any) -> str | None:
        if not isinstance(name, str):
            return None
        zone = name.partition(".")[0]
        if zone not in ("silver", "gold"):
            self.fail(path, f"table {name!r}: a dataset reads silver or gold tables only")
            return None
        try:
            load_contract(name)
        except ContractError:
            self.fail(path, f"unknown table {name!r}: no contract schemas/{zone}/…yaml declares it")
            return None
        return name


def _kind_name(kind: type | tuple) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "text", int: "a number", list: "a list", dict: "a mapping", bool: "true/false"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _columns_of(table: str) -> set[str]:
    return set(load_contract(table).column_names)


def _check_refs(c: _Checker, path: PathKey, expr: str, aliases: dict[str, set[str] | None]) -> None:
    """`alias.column` references must name a known alias and, for tables, a real column."""
    for alias, column in re.findall(r"\b([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\b", expr):
        if alias in ("silver", "gold"):
            continue  # a table name inside a query
        if alias not in aliases:
            continue  # a function or struct field, e.g. fields['X'] is not matched anyway
        known = aliases[alias]
        if known is not None and column not in known:
            close = ", ".join(sorted(known)[:12])
            c.fail(path, f"{alias}.{column}: no column {column!r} in {alias} (it has {close}, …)")


def parse_spec(data: Any, marks: Marks) -> DatasetSpec:
    c = _Checker(data, marks)
    name = c.get(("name",))
    if name is not None and not NAME.match(name):
        c.fail(("name",), f"name {name!r}: lower-case words joined by '-', e.g. chest-xray")
    expected = Path(marks.file).stem
    if name and Path(marks.file).suffix in (".yaml", ".yml") and name != expected:
        c.fail(("name",), f"name {name!r} must match the file name ({expected}.yaml)")
    title = c.get(("title",), kind=dict) or {}
    description = c.get(("description",)) or ""
    intended = c.get(("intended_use",)) or ""
    licence = c.get(("license",), kind=dict) or {}
    if licence and not licence.get("id"):
        c.fail(("license",), "license needs an `id` (and a `name`)")
    access = c.get(("access",), kind=dict) or {}
    if access and access.get("level") not in ("restricted", "controlled", "open"):
        c.fail(("access", "level"), "access.level is one of restricted, controlled, open")

    aliases: dict[str, set[str] | None] = {}
    src_raw = c.get(("cohort", "from"), kind=dict) or {}
    src_alias = src_raw.get("as") or "t"
    src_table = src_query = None
    if bool(src_raw.get("table")) == bool(src_raw.get("query")):
        c.fail(("cohort", "from"), "cohort.from reads exactly one of `table` or `query`")
    elif src_raw.get("table"):
        src_table = c.table(("cohort", "from", "table"), src_raw["table"])
        if src_table:
            aliases[src_alias] = _columns_of(src_table)
    else:
        src_query = str(src_raw["query"])
        for ref in table_references(src_query):
            c.table(("cohort", "from", "query"), ref)
        aliases[src_alias] = None  # a query's columns are Spark's to check
    joins = []
    for i, raw in enumerate(c.get(("cohort", "joins"), False, list) or []):
        path: PathKey = ("cohort", "joins", i)
        alias = c.get((*path, "as"))
        on = c.get((*path, "on"))
        how = c.get((*path, "how"), False) or "left"
        if how not in ("left", "inner", "left_semi", "left_anti"):
            c.fail((*path, "how"), f"join how={how!r}: one of left, inner, left_semi, left_anti")
        kinds = [k for k in ("table", "directory", "query") if raw.get(k)]
        if len(kinds) != 1:
            c.fail(path, "a join reads exactly one of `table`, `directory` (an NSI OID), `query`")
            joins.append(Join(alias or "", on or "", how))
            continue
        table = c.table((*path, "table"), raw.get("table")) if raw.get("table") else None
        if raw.get("query"):
            for ref in table_references(raw["query"]):
                c.table((*path, "query"), ref)
        if alias:
            aliases[alias] = (
                _columns_of(table)
                if table
                else ({"row_key", "fields", "version"} if raw.get("directory") else None)
            )
        joins.append(
            Join(alias or "", on or "", how, table, raw.get("directory"), raw.get("query"))
        )
    for i, join in enumerate(joins):  # every alias is known now: joins may refer to later ones
        _check_refs(c, ("cohort", "joins", i, "on"), join.on, aliases)
    derive = []
    for name_, expr in (c.get(("cohort", "derive"), False, dict) or {}).items():
        if not IDENT.match(name_):
            c.fail(("cohort", "derive", name_), f"derived name {name_!r}: lower_snake_case")
        _check_refs(c, ("cohort", "derive", name_), str(expr), aliases)
        derive.append((name_, str(expr)))
    where = []
    for i, expr in enumerate(c.get(("cohort", "where"), False, list) or []):
        _check_refs(c, ("cohort", "where", i), str(expr), aliases)
        where.append(str(expr))

    columns = _columns(c, aliases)
    names = [col.name for col in columns]
    labels = []
    for i, raw in enumerate(c.get(("labels",), False, list) or []):
        path = ("labels", i)
        column = c.get((*path, "column"))
        source = raw.get("source") if isinstance(raw, dict) else None
        if column and column not in names:
            c.fail((*path, "column"), f"label column {column!r} is not a column of the dataset")
        if not source:
            c.fail(path, f"label {column!r} has no provenance: add `source:` (one of "
                         f"{', '.join(LABEL_SOURCES)})")  # fmt: skip
        elif source not in LABEL_SOURCES:
            c.fail((*path, "source"), f"label source {source!r}: one of {', '.join(LABEL_SOURCES)}")
        labels.append(Label(column or "", source or "", raw.get("description", "")))
    images = _images(c, aliases)
    split = _split(c, names)
    privacy = c.get(("privacy",), False, dict) or {}
    k = privacy.get("k", 5)
    l_div = privacy.get("l", 1)
    sensitive = tuple(privacy.get("sensitive") or ())
    for s in sensitive:
        if s not in names:
            c.fail(("privacy", "sensitive"), f"sensitive column {s!r} is not a column")
    if not isinstance(k, int) or k < 2:
        c.fail(("privacy", "k"), "privacy.k must be a whole number ≥ 2")
    risk = _share(c, privacy, "max_average_risk")
    journalist = _share(c, privacy, "max_journalist_risk")
    transform = c.get(("cohort", "transform"), False)
    if transform and not re.match(r"^[\w.]+:[\w]+$", transform):
        c.fail(("cohort", "transform"), "transform is `package.module:function`")
    lineage = []
    for source, expr in (c.get(("lineage",), False, dict) or {}).items():
        _check_refs(c, ("lineage", source), str(expr), aliases)
        lineage.append((str(source), str(expr)))
    if not lineage and src_table:  # default: the from table's own record key
        keys = load_contract(src_table).keys
        expr = " || '/' || ".join(f"CAST({src_alias}.{k} AS STRING)" for k in keys)
        lineage.append((src_table, expr))
    if not lineage:
        c.fail(("lineage",), "a cohort made by a query says where each row comes from: "
                             "`lineage: {silver.table: expr}`")  # fmt: skip
    qc = _qc(c)
    if c.problems:
        raise SpecError("; ".join(c.problems))
    assert name
    return DatasetSpec(
        name=name,
        path=marks.file,
        title={str(k_): str(v) for k_, v in title.items()},
        description=" ".join(description.split()),
        intended_use=" ".join(intended.split()),
        license={str(k_): str(v) for k_, v in licence.items()},
        access=dict(access),
        source=Source(src_table, src_alias, src_query),
        joins=tuple(joins),
        derive=tuple(derive),
        where=tuple(where),
        columns=tuple(columns),
        labels=tuple(labels),
        images=images,
        split=split,
        k_anonymity=int(k),
        l_diversity=int(l_div),
        sensitive=sensitive,
        max_suppressed_share=float(privacy.get("max_suppressed_share", 0.05)),
        max_average_risk=risk,
        max_journalist_risk=journalist,
        limitations=tuple(str(x) for x in data.get("limitations") or ()),
        transform=transform,
        lineage=tuple(lineage),
        expectations=tuple(data.get("expectations") or ()),
        qc=qc,
        marks=marks,
    )


def _share(c: _Checker, privacy: dict[str, Any], key: str) -> float | None:
    """A risk threshold: a share in (0, 1], or None when the spec declares none."""
    value = privacy.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        c.fail(("privacy", key), f"privacy.{key} is a share in (0, 1], e.g. 0.1")
        return None
    return float(value)


def _qc(c: _Checker) -> QualityThresholds:
    """The `qc:` block: known keys only, each a number in its range."""
    raw = c.get(("qc",), False, dict)
    if raw is None:
        return QualityThresholds()
    known = QualityThresholds.__dataclass_fields__
    values: dict[str, Any] = {}
    for key, value in raw.items():
        path: PathKey = ("qc", key)
        if key not in known:
            c.fail(path, f"unknown qc setting {key!r}: one of {', '.join(known)}")
        elif key == "require_validation":
            if not isinstance(value, bool):
                c.fail(path, "qc.require_validation is true or false")
            else:
                values[key] = value
        elif key == "near_duplicate_distance":
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 20:
                c.fail(path, "qc.near_duplicate_distance is a number of bits in 0..20 (default 6)")
            else:
                values[key] = value
        elif key in QC_SHARES:
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                c.fail(path, f"qc.{key} is a share in [0, 1], e.g. 0.1")
            else:
                values[key] = float(value)
        elif isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            c.fail(path, f"qc.{key} is a positive number, e.g. 0.25")
        else:
            values[key] = float(value)
    return QualityThresholds(**values)


def _columns(c: _Checker, aliases: dict[str, set[str] | None]) -> list[Column]:
    out: list[Column] = []
    raw_columns = c.get(("columns",), kind=list) or []
    if not raw_columns:
        c.fail(("columns",), "a dataset needs columns")
    seen: set[str] = set()
    for i, raw in enumerate(raw_columns):
        path = ("columns", i)
        if not isinstance(raw, dict):
            c.fail(path, "each column is a mapping (name, expr, type, privacy, …)")
            continue
        name = raw.get("name")
        if not name or not IDENT.match(str(name)):
            c.fail(path, f"column name {name!r}: lower_snake_case")
            continue
        if name in seen:
            c.fail(path, f"column {name!r} appears twice")
        seen.add(name)
        expr = str(raw.get("expr") or name)
        _check_refs(c, (*path, "expr"), expr, aliases)
        ctype = raw.get("type", "string")
        if ctype not in TYPES:
            c.fail((*path, "type"), f"type {ctype!r}: one of {', '.join(TYPES)}")
        privacy = raw.get("privacy")
        if privacy not in PRIVACY_CLASSES:
            c.fail(path, f"column {name!r} needs `privacy:` one of {', '.join(PRIVACY_CLASSES)}")
        action = raw.get("action")
        if action is not None and action not in ACTIONS:
            c.fail((*path, "action"), f"action {action!r}: one of {', '.join(ACTIONS)}")
        if privacy == "direct_identifier" and action in (None, "keep"):
            c.fail(path, f"column {name!r} is a direct identifier: say how it was made safe "
                         "(`action: pseudonymise`, as its silver column was), or leave it out")  # fmt: skip
        if privacy == "free_text" and action not in ("scrub", "drop"):
            c.fail(path, f"column {name!r} is free text: `action: scrub` (scrubbed in silver)")
        ladder = raw.get("ladder")
        if privacy == "quasi_identifier" and ladder is None:
            c.fail(path, f"quasi-identifier {name!r} needs `ladder:` (one of {', '.join(LADDERS)})")
        if ladder is not None and ladder not in LADDERS:
            c.fail((*path, "ladder"), f"ladder {ladder!r}: one of {', '.join(LADDERS)}")
        if ladder is not None and privacy != "quasi_identifier":
            c.fail((*path, "ladder"), "only a quasi-identifier has a generalisation ladder")
        out.append(
            Column(
                name=str(name),
                expr=expr,
                type=ctype,
                privacy=privacy or "safe",
                action=action or "keep",
                ladder=ladder,
                key=bool(raw.get("key", False)),
                allowed=tuple(str(a) for a in raw.get("allowed") or ()),
                description=" ".join(str(raw.get("description", "")).split()),
                nullable=bool(raw.get("nullable", True)),
            )
        )
    if out and not any(col.key for col in out):
        c.fail(("columns",), "mark the column(s) that identify a row with `key: true`")
    return out


def _images(c: _Checker, aliases: dict[str, set[str] | None]) -> Images | None:
    raw = c.get(("images",), False, dict)
    if raw is None:
        return None
    table = c.table(("images", "table"), c.get(("images", "table")))
    alias = c.get(("images", "as")) or "i"
    on = c.get(("images", "on")) or ""
    form = raw.get("form", "dicom")
    if form not in IMAGE_FORMS:
        c.fail(("images", "form"), f"image form {form!r}: one of {', '.join(IMAGE_FORMS)}")
    scope = {**aliases, alias: _columns_of(table) if table else None}
    _check_refs(c, ("images", "on"), on, scope)
    where = tuple(str(w) for w in raw.get("where") or ())
    for i, w in enumerate(where):
        _check_refs(c, ("images", "where", i), w, scope)
    columns, types = [], []
    for name, value in (c.get(("images", "columns"), False, dict) or {}).items():
        path = ("images", "columns", name)
        if not IDENT.match(str(name)):
            c.fail(path, f"image column name {name!r}: lower_snake_case")
        expr, ctype = value, "string"
        if isinstance(value, dict):  # {expr: …, type: …}
            expr, ctype = value.get("expr") or name, value.get("type", "string")
        if ctype not in TYPES:
            c.fail(path, f"image column type {ctype!r}: one of {', '.join(TYPES)}")
        _check_refs(c, path, str(expr), scope)
        columns.append((str(name), str(expr)))
        types.append((str(name), str(ctype)))
    return Images(table or "", alias, on, form, where, tuple(columns), tuple(types))


def _split(c: _Checker, names: list[str]) -> Split:
    raw = c.get(("split",), kind=dict) or {}
    unit = raw.get("unit", "patient_pid")
    if names and unit not in names:
        c.fail(("split", "unit"), f"split unit {unit!r} must be a column (the patient pseudonym)")
    given = {s: raw.get(s) for s in SPLITS}
    shares = {s: v for s, v in given.items() if isinstance(v, int) and v >= 0}
    if len(shares) < len(given):
        c.fail(("split",), "split gives whole percentages for train, validation and test")
        shares = {"train": 70, "validation": 15, "test": 15}
    elif sum(shares.values()) != 100:
        c.fail(("split",), f"split percentages sum to {sum(shares.values())}, not 100")
    return Split(unit, {k: int(v) for k, v in shares.items()})


def load_spec(path: Path) -> DatasetSpec:
    """Read and check one spec file (no Spark); `SpecError` lists every problem with its line."""
    try:
        data, marks = load(path)
    except YamlError as exc:
        raise SpecError(str(exc)) from None
    return parse_spec(data, marks)
