"""A datasheet for every candidate and release ("Datasheets for Datasets", Gebru et al.).

Written from facts, never by hand: the dataset's spec (what it is for, its cohort, columns,
labels and where each comes from, licence, access, known limitations), the figures the
release pipeline measured on the pinned data (rows and patients per split, label distribution
per split, a sex × age band table, images), the pinned gold versions, the de-identification
profile and the guard's k / l, the validation result, and QC — with who labelled the labels
and how well the readers agreed (`ozero.release.labelling`). Three steps, so each is testable:

- `collect_stats` (Spark) counts the data as it will be published;
- `datasheet_facts` joins those counts with the spec, the candidate and the guard report;
- `render_markdown` / `render_html` / `summary_markdown` turn facts into text (pure).

Only counts and category values of label and demographic columns appear, never a row's value
of an identifying column.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from ozero.datasets.spec import LABEL_SOURCES, SPLITS
from ozero.release.labelling import labelling_blocks, labelling_facts, labelling_line

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from ozero.datasets.spec import DatasetSpec
    from ozero.release.candidate import Candidate

TOP_LABEL_VALUES = 15  # the rest of a label's values are counted together as "(other)"
MISSING, OTHER = "(missing)", "(other)"
SEX_NAMES = {"1": "male / муж.", "2": "female / жен.", "3": "unknown / не указан"}
DEMOGRAPHIC = ("patient_sex", "patient_age_band")

Block = tuple[Any, ...]  # ("h2", text) | ("p", text) | ("ul", [items]) | ("table", head, rows)


# --- counting (Spark) -----------------------------------------------------------------------


def _by_split(df: DataFrame, *columns: str) -> list[dict[str, Any]]:
    return [r.asDict() for r in df.groupBy("split", *columns).count().collect()]


def collect_stats(spec: DatasetSpec, frames: dict[str, DataFrame]) -> dict[str, Any]:
    """Counts over the to-publish frames (after k-anonymity enforcement): plain JSON."""
    from pyspark.sql import functions as F

    rows = frames[spec.table]
    if "split" not in rows.columns:  # gold written before the factory split rows
        rows = rows.withColumn("split", F.lit("unsplit"))
    unit = spec.split.unit
    per_split = {
        r["split"]: {"rows": int(r["rows"]), "patients": int(r["patients"])}
        for r in rows.groupBy("split")
        .agg(F.count("*").alias("rows"), F.countDistinct(unit).alias("patients"))
        .collect()
    }
    stats: dict[str, Any] = {"splits": per_split, "labels": {}, "demographics": None}
    for label in spec.labels:
        counts: dict[str, dict[str, int]] = {}
        for r in _by_split(rows, label.column):
            value = MISSING if r[label.column] is None else str(r[label.column])
            counts.setdefault(value, {})[r["split"]] = int(r["count"])
        stats["labels"][label.column] = _top(counts)
    if all(c in rows.columns for c in DEMOGRAPHIC):
        cells: dict[str, dict[str, int]] = {}
        for cell in rows.groupBy(*DEMOGRAPHIC).count().collect():
            sex = MISSING if cell["patient_sex"] is None else str(cell["patient_sex"])
            band = MISSING if cell["patient_age_band"] is None else str(cell["patient_age_band"])
            cells.setdefault(band, {})[sex] = int(cell["count"])
        stats["demographics"] = cells
    if spec.images_table and spec.images_table in frames:
        images = frames[spec.images_table]
        if "split" not in images.columns:
            images = images.withColumn("split", F.lit("unsplit"))
        stats["images"] = {
            r["split"]: {"images": int(r["images"]), "studies": int(r["studies"])}
            for r in images.groupBy("split")
            .agg(
                F.count("*").alias("images"),
                F.countDistinct("study_instance_uid").alias("studies"),
            )
            .collect()
        }
    return stats


def _top(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """The most frequent values in full; the others summed as "(other)"."""
    ranked = sorted(counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    kept = dict(ranked[:TOP_LABEL_VALUES])
    rest = ranked[TOP_LABEL_VALUES:]
    if rest:
        other: dict[str, int] = {}
        for _, per_split in rest:
            for split, n in per_split.items():
                other[split] = other.get(split, 0) + n
        kept[OTHER] = other
    return kept


# --- facts ----------------------------------------------------------------------------------


def _privacy_figures(guard: dict[str, Any] | None) -> dict[str, Any]:
    if not guard:
        return {"available": False}
    tables = {}
    for table, entry in guard.get("tables", {}).items():
        risk, phi = entry["risk"], entry["phi_scan"]
        journalist = risk["after"].get("journalist") or {}
        tables[table] = {
            "quasi_identifiers": risk.get("quasi_identifiers", []),
            "k_min_before": risk["before"]["k_min"],
            "k_min_after": risk["after"]["k_min"],
            "l_min": risk["after"].get("l_min", {}),
            "rows_suppressed": risk["rows_suppressed"],
            # figures of guards older than the risk figures read as not available
            "sample_unique_share": risk["after"].get("sample_unique_share"),
            "prosecutor_risk_max": risk["after"].get("prosecutor_risk_max"),
            "prosecutor_risk_avg": risk["after"].get("prosecutor_risk_avg"),
            "journalist_risk_max": journalist.get("risk_max"),
            "journalist_risk_avg": journalist.get("risk_avg"),
            "journalist_population": journalist.get("population"),
            "journalist_reason": journalist.get("reason"),
            "phi_scanned_rows": phi["scanned_rows"],
            "phi_hits": sum(h["rows"] for h in phi["hits"]),
        }
    return {
        "available": True,
        "k_required": guard.get("k_required"),
        "l_required": guard.get("l_required"),
        "sensitive": guard.get("sensitive", []),
        "passed": guard.get("passed"),
        "warnings": guard.get("warnings", []),
        "tables": tables,
    }


def datasheet_facts(
    spec: DatasetSpec,
    candidate: Candidate,
    guard: dict[str, Any] | None,
    stats: dict[str, Any],
    version: str | None = None,
    approval: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything a datasheet says, as JSON: the spec, the counts, the pins and the checks."""
    from ozero.contracts import load_contract

    columns = {
        table: [
            {
                "name": c.name,
                "type": c.type,
                "privacy": c.privacy,
                "action": c.action,
                "description": c.description,
            }
            for c in load_contract(table).columns
        ]  # fmt: skip
        for table in spec.gold_tables
    }
    return {
        "dataset": spec.name,
        "version": version or candidate.version,
        "kind": "release" if approval else "candidate",
        "created_at": candidate.created_at,
        "title": spec.title,
        "description": spec.description,
        "intended_use": spec.intended_use,
        "limitations": list(spec.limitations),
        "license": spec.license,
        "access": {k: str(v) for k, v in spec.access.items()},
        "cohort": {
            "from": spec.source.table or "a named query (see the spec)",
            "joins": [
                j.table or (f"NSI {j.directory}" if j.directory else "a query") for j in spec.joins
            ],  # fmt: skip
            "where": list(spec.where),
            "source_tables": list(spec.source_tables),
            "spec_file": f"datasets/{spec.name}.yaml",
        },
        "labels": [
            {
                "column": lb.column,
                "source": lb.source,
                "source_text": LABEL_SOURCES.get(lb.source, lb.source),
                "description": lb.description,
            }
            for lb in spec.labels
        ],  # fmt: skip
        "split_policy": {"unit": spec.split.unit, "shares": dict(spec.split.shares)},
        "row_key": list(spec.key_columns),
        "columns": columns,
        "images": (
            {"table": spec.images_table, "form": spec.images.form, "source": spec.images.table}
            if spec.images
            else None
        ),
        "stats": stats,
        "pinned_versions": dict(candidate.source_versions),
        "lake_sources": {t: dict(v) for t, v in candidate.lake_sources.items()},
        "row_counts": dict(candidate.publish_row_counts or candidate.row_counts),
        "key_ids": list(candidate.key_ids),
        "privacy": _privacy_figures(guard),
        "validation": _validation_figures(candidate.validation, spec.gold_tables),
        "quality": _quality_figures(guard),
        "labelling": labelling_facts(spec, guard),
        "changes": candidate.changes,
        "approval": approval,
    }


def _validation_figures(validation: dict[str, Any], tables: tuple[str, ...]) -> dict[str, Any]:
    if not validation or validation.get("available") is False:
        return {"available": False, "reason": (validation or {}).get("reason", "no results")}
    per_table = validation.get("tables", validation)
    out = {}
    for table in tables:
        stats = per_table.get(table) if isinstance(per_table, dict) else None
        if isinstance(stats, dict) and stats.get("validated") is not False:
            out[table] = {
                "expectations": stats.get("expectations"),
                "failed": int(stats.get("failed") or 0),
                "validated_at": stats.get("validated_at"),
            }
        else:
            out[table] = {"expectations": None, "failed": None, "validated_at": None}
    return {"available": True, "tables": out}


def _quality_figures(guard: dict[str, Any] | None) -> dict[str, Any]:
    """The guard's multi-level QC without the drift profile (figures, not distributions)."""
    qc = (guard or {}).get("qc") or {}
    if not qc:
        return {"available": False}
    return {"available": True, "passed": qc.get("passed"), "levels": qc.get("levels", {})}


# --- rendering (pure) -----------------------------------------------------------------------


def _splits_table(stats: dict[str, Any]) -> Block:
    splits = stats.get("splits", {})
    images = stats.get("images")
    head = ["split", "rows", "patients"] + (["images", "studies"] if images else [])
    rows = []
    for split in (*SPLITS, *(s for s in splits if s not in SPLITS)):
        if split not in splits and not (images and split in images):
            continue
        row = [
            split,
            splits.get(split, {}).get("rows", 0),
            splits.get(split, {}).get("patients", 0),
        ]
        if images:
            row += [images.get(split, {}).get("images", 0), images.get(split, {}).get("studies", 0)]
        rows.append(row)
    total = ["total", sum(r[1] for r in rows), sum(r[2] for r in rows)]
    if images:
        total += [sum(r[3] for r in rows), sum(r[4] for r in rows)]
    return ("table", head, [*rows, total])


def _label_table(counts: dict[str, dict[str, int]]) -> Block:
    rows = [
        [value, *(per.get(s, 0) for s in SPLITS), sum(per.values())]
        for value, per in counts.items()
    ]
    return ("table", ["value", *SPLITS, "total"], rows)


def _demographics_table(cells: dict[str, dict[str, int]]) -> Block:
    sexes = sorted({s for per in cells.values() for s in per})
    head = ["age band", *(SEX_NAMES.get(s, s) for s in sexes), "total"]
    rows = [
        [band, *(per.get(s, 0) for s in sexes), sum(per.values())]
        for band, per in sorted(cells.items())
    ]
    return ("table", head, rows)


def _sections(f: dict[str, Any]) -> list[Block]:
    title = f["title"].get("en") or f["dataset"]
    stats = f["stats"]
    blocks: list[Block] = [
        ("h1", f"Datasheet: {title} — {f['dataset']} {f['version']}"),
        ("p", f"{f['title'].get('ru', '')}".strip() or f["dataset"]),
        (
            "p",
            f"Status: {f['kind']}; candidate created {f['created_at']}. Generated by Ozero "
            "from the dataset spec and the release pipeline's own figures.",
        ),  # fmt: skip
        # motivation
        ("h2", "1. Motivation"),
        ("p", f"Purpose: {f['intended_use']}"),
        ("p", f["description"]),
        (
            "p",
            "Created by the Ozero AI data lake of the national health system from federal "
            "registry records (REMD SEMD documents, GIS OMS claims, PACS DICOMweb, NSI).",
        ),
        # composition
        ("h2", "2. Composition"),
        (
            "p",
            f"One row per {', '.join(f['row_key']) or 'record'}; rows and distinct patients "
            f"per split (by `{f['split_policy']['unit']}`) as published:",
        ),  # fmt: skip
        _splits_table(stats),
        ("h3", "Labels and where they come from"),
        (
            "table",
            ["label", "source", "provenance", "description"],
            [
                [lb["column"], lb["source"], lb["source_text"], lb["description"]]
                for lb in f["labels"]
            ],
        ),  # fmt: skip
    ]
    blocks += [("h3", "Labelling"), *labelling_blocks(f.get("labelling") or {})]
    for column, counts in stats.get("labels", {}).items():
        blocks += [("h3", f"Label distribution per split: {column}"), _label_table(counts)]
    if stats.get("demographics"):
        blocks += [
            ("h3", "Demographics (rows by sex × age band)"),
            _demographics_table(stats["demographics"]),
        ]
    for table, columns in f["columns"].items():
        blocks += [
            ("h3", f"Columns of {table}"),
            (
                "table",
                ["column", "type", "privacy", "action", "description"],
                [
                    [c["name"], c["type"], c["privacy"], c["action"], c["description"]]
                    for c in columns
                ],
            ),  # fmt: skip
        ]
    blocks += [
        (
            "p",
            "Confidentiality: pseudonymised health data (a special category under 152-FZ); "
            "no direct identifier, no calendar date of a patient, no free text left unscrubbed.",
        ),
        # collection
        ("h2", "3. Collection process"),
        (
            "ul",
            [
                f"Cohort: rows of {f['cohort']['from']}"
                + (
                    f", joined with {', '.join(f['cohort']['joins'])}"
                    if f["cohort"]["joins"]
                    else ""
                ),
                *(f"Filter: {w}" for w in f["cohort"]["where"]),
                f"Lake tables read: {', '.join(f['cohort']['source_tables'])}",
                f"Definition: {f['cohort']['spec_file']} (reviewed like code)",
                "Lineage: every row's `lineage` column names the pseudonymous source record keys.",
            ],
        ),  # fmt: skip
        (
            "table",
            ["gold table", "pinned Delta version", "rows published"],
            [[t, v, f["row_counts"].get(t)] for t, v in f["pinned_versions"].items()],
        ),  # fmt: skip
        *_lake_source_blocks(f),
        # preprocessing
        ("h2", "4. Preprocessing, cleaning, de-identification"),
        *_privacy_blocks(f),
        *_validation_blocks(f["validation"]),
        ("h3", "Quality control"),
        *_quality_blocks(f.get("quality") or {}),
        # uses
        ("h2", "5. Uses"),
        ("p", f"Intended use: {f['intended_use']}"),
        ("ul", [*(f["limitations"] or ["No known limitations recorded in the spec."])]),
        (
            "p",
            "Not for: re-identifying a person, linking with other data to single out a "
            "patient, or any purpose outside the access conditions below.",
        ),
        # distribution
        ("h2", "6. Distribution"),
        (
            "ul",
            [
                f"Licence: {f['license'].get('name', '')} ({f['license'].get('id', '')})",
                f"Access: {f['access'].get('level', '')} — {f['access'].get('conditions', '')}",
                "Format: Parquet per table, manifest.json with SHA-256 of every file, "
                "croissant.json (Croissant 1.1 with Responsible-AI fields)"
                + (", de-identified DICOM files" if f["images"] else ""),
                f"Version: {f['version']}",
            ],
        ),  # fmt: skip
        # maintenance
        ("h2", "7. Maintenance"),
        (
            "ul",
            [
                "Maintained by the Ozero curators: each new version is a candidate a named curator "
                "approves; releases are immutable.",
                "Version numbers are computed: schema change → major, rows added or removed → "
                "minor, a fix with the same rows → patch.",
                "Splits are assigned from the patient pseudonym and are stable across versions.",
                _changes_line(f["changes"]),
            ],
        ),  # fmt: skip
    ]
    if f.get("approval"):
        a = f["approval"]
        blocks.append(("p", f"Approved by {a.get('approver')} at {a.get('approved_at')}."))
    return blocks


def _changes_line(changes: dict[str, Any]) -> str:
    since = (changes or {}).get("since_release")
    if not since:
        return "Changes: first release of this dataset."
    rows = since.get("rows", {})
    return (
        f"Changes since {since.get('against')}: +{rows.get('added', 0)} / "
        f"−{rows.get('removed', 0)} rows, {rows.get('changed', 0)} corrected ({since.get('bump')})."
    )


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _privacy_blocks(f: dict[str, Any]) -> list[Block]:
    p = f["privacy"]
    items = [
        "Direct identifiers are replaced by keyed pseudonyms (key id "
        f"{', '.join(f['key_ids']) or '—'}); dates are shifted by a secret per-patient offset; "
        "free text is scrubbed of names, addresses and identifiers (Presidio + natasha)"
        + ("; DICOM files are de-identified per PS3.15." if f["images"] else "."),
    ]
    if not p.get("available"):
        return [("ul", [*items, "Guard figures: not available."])]
    items.append(
        f"k-anonymity required k = {p['k_required']}, l-diversity l = {p['l_required']} "
        f"over {', '.join(p['sensitive']) or 'no sensitive column'}; release guard "
        + ("passed." if p["passed"] else "BLOCKED.")
    )
    items += [f"Warning: {w}" for w in p["warnings"]]
    for t, e in p["tables"].items():  # guards older than the journalist figures have neither
        if e.get("journalist_reason"):
            items.append(f"Journalist risk of {t}: not measured ({e['journalist_reason']}).")
        elif e.get("journalist_population"):
            items.append(f"Journalist risk of {t} against: {e['journalist_population']}.")
    rows = [
        [t, ", ".join(e["quasi_identifiers"]) or "—", f"{e['k_min_before']} → {e['k_min_after']}",
         ", ".join(f"{c}: {v}" for c, v in e["l_min"].items()) or "—",
         e["rows_suppressed"], _share(e.get("sample_unique_share")),
         _share(e.get("prosecutor_risk_max")), _share(e.get("prosecutor_risk_avg")),
         _share(e.get("journalist_risk_max")), _share(e.get("journalist_risk_avg")),
         e["phi_scanned_rows"], e["phi_hits"]]
        for t, e in p["tables"].items()
    ]  # fmt: skip
    head = ["table", "quasi-identifiers", "k (min group)", "l (min)", "rows suppressed",
            "sample uniques", "prosecutor risk (max)", "prosecutor risk (avg)",
            "journalist risk (max)", "journalist risk (avg)", "rows PHI-scanned",
            "PHI hits"]  # fmt: skip
    return [("ul", items), ("table", head, rows)]


def qc_level_rows(q: dict[str, Any]) -> list[list[Any]]:
    """One row per QC level: number, name, passed / FAILED, the reason."""
    return [
        [n, level.get("name", ""), "passed" if level.get("passed") else "FAILED",
         level.get("reason", "")]
        for n, level in sorted(q.get("levels", {}).items())
    ]  # fmt: skip


def _quality_blocks(q: dict[str, Any]) -> list[Block]:
    if not q.get("available"):
        return [("p", "Quality control: a candidate made before multi-level QC (no figures).")]
    blocks: list[Block] = [
        (
            "p",
            "Multi-level quality control (docs/quality.md): level 1 technical (Great "
            "Expectations), level 2 labels (coverage, agreement), level 3 statistical (class "
            "balance per split, drift against the previous release, near-duplicate images "
            "across splits). Overall: " + ("passed." if q.get("passed") else "FAILED."),
        ),
        ("table", ["level", "checks", "result", "reason"], qc_level_rows(q)),
    ]
    three = q.get("levels", {}).get("3", {})
    pairs = three.get("near_duplicates", {}).get("pairs", [])
    if pairs:
        rows = [
            [p["first"]["image"], p["first"]["split"], p["second"]["image"],
             p["second"]["split"], p["distance"]]
            for p in pairs
        ]  # fmt: skip
        blocks.append(("table", ["image", "split", "near-duplicate", "split", "bits apart"], rows))
    balance = three.get("class_balance", {})
    if balance:
        rows = [
            [column, ", ".join(f"{s}: {v['rows']}" for s, v in b["splits"].items()),
             b.get("worst_class") or "—", f"{b['max_gap']:.1%}"]
            for column, b in balance.items()
        ]  # fmt: skip
        blocks.append(
            ("table", ["label", "rows per split", "least balanced class", "share gap"], rows)
        )
    drift = three.get("drift", {})
    if drift.get("available"):
        rows = [
            [column, d["kind"],
             _share(d.get("psi")) if d["kind"] == "numeric" else f"{d['max_share_change']:.1%}"]
            for column, d in drift.get("columns", {}).items()
        ]  # fmt: skip
        blocks.append(("p", f"Drift since release {drift.get('against')} (PSI / share change):"))
        blocks.append(("table", ["column", "kind", "drift"], rows))
    else:
        blocks.append(("p", f"Drift: {drift.get('reason', 'not measured')}."))
    return blocks


def _validation_blocks(v: dict[str, Any]) -> list[Block]:
    if not v.get("available"):
        return [("p", f"Validation (Great Expectations): no results ({v.get('reason')}).")]
    rows = [
        [t, s["expectations"] if s["expectations"] is not None else "not validated",
         s["failed"] if s["failed"] is not None else "—", s["validated_at"] or "—"]
        for t, s in v["tables"].items()
    ]  # fmt: skip
    return [
        ("p", "Validation (Great Expectations) of the gold tables:"),
        ("table", ["table", "expectations", "failed", "validated at"], rows),
    ]


def _md_cell(value: Any) -> str:
    return "—" if value is None or value == "" else str(value).replace("|", "\\|")


def render_markdown(facts: dict[str, Any]) -> str:
    lines: list[str] = []
    for block in _sections(facts):
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            lines += [f"{'#' * int(kind[1])} {block[1]}", ""]
        elif kind == "p":
            lines += [block[1], ""]
        elif kind == "ul":
            lines += [f"- {item}" for item in block[1]] + [""]
        elif kind == "table":
            head, rows = block[1], block[2]
            lines.append("| " + " | ".join(head) + " |")
            lines.append("|" + "---|" * len(head))
            lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
            lines.append("")
    return "\n".join(lines)


STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
    "color:#222}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid "
    "#ccc;padding:.2rem .5rem;text-align:left}th{background:#f3f3f3}h2{border-bottom:1px "
    "solid #ddd;margin-top:2rem}"
)


def render_html(facts: dict[str, Any]) -> str:
    """The same datasheet as one self-contained HTML page (inline style, no scripts, no CDN)."""
    e = html.escape
    title = f"Datasheet: {facts['dataset']} {facts['version']}"
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title><style>{STYLE}</style></head><body>",
    ]
    for block in _sections(facts):
        kind = block[0]
        if kind in ("h1", "h2", "h3", "p"):
            parts.append(f"<{kind}>{e(str(block[1]))}</{kind}>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(str(i))}</li>" for i in block[1]) + "</ul>")
        elif kind == "table":
            head = "".join(f"<th>{e(str(h))}</th>" for h in block[1])
            body = "".join(
                "<tr>" + "".join(f"<td>{e(_md_cell(v))}</td>" for v in row) + "</tr>"
                for row in block[2]
            )
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def summary_markdown(facts: dict[str, Any]) -> str:
    """The datasheet's figures a curator needs in the approval request (a few lines)."""
    stats = facts["stats"]
    lines = ["### Даташит / Datasheet (summary)", ""]
    head, rows = _splits_table(stats)[1:]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
    lines.append("")
    for column, counts in stats.get("labels", {}).items():
        top = list(counts.items())[:5]
        shown = ", ".join(f"{value}: {sum(per.values())}" for value, per in top)
        more = f" (+{len(counts) - len(top)} more)" if len(counts) > len(top) else ""
        lines.append(f"- label `{column}`: {shown}{more}")
    quality = facts.get("quality") or {}
    if quality.get("available"):
        verdict = "passed" if quality.get("passed") else "FAILED: blocks publication"
        lines += ["", f"**Quality control / Контроль качества: {verdict}**", ""]
        lines += [f"- level {n} ({name}): {result} — {reason}"
                  for n, name, result, reason in qc_level_rows(quality)]  # fmt: skip
        lines += [labelling_line(facts.get("labelling") or {}), ""]
    lines.append(
        f"- full datasheet / полный даташит: `datasheet.md`, `datasheet.html` beside the "
        f"candidate (`ozero release show {facts['dataset']} {facts['version']}`)"
    )
    return "\n".join(lines) + "\n"


def _lake_source_blocks(f: dict[str, Any]) -> list[Block]:
    """The silver and NSI table versions each pinned gold version was built from."""
    rows = [
        [gold, table, version]
        for gold, sources in f.get("lake_sources", {}).items()
        for table, version in sorted(sources.items())
    ]
    if not rows:
        return [("p", "Source table versions: not recorded for this candidate.")]
    return [("table", ["gold table", "built from lake table", "Delta version"], rows)]
