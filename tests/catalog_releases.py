"""Small published releases for the catalog tests, written without Spark.

Each release is written the way `ozero.release.publish` lays it out: a tiny Parquet file per
table under `data/<table>/` (content-addressed name), datasheet.md / .html rendered by the
real `ozero.release.datasheet` from facts, croissant.json from the real
`ozero.release.croissant`, and manifest.json with publish's shape, committed last through
`store.commit_manifest`. Two datasets: a tabular one with two versions (and hostile text in
its description) and an imaging one with a DICOM file.
"""

from __future__ import annotations

import hashlib
import io
import json
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ozero import objects
from ozero.release import store
from ozero.release.croissant import croissant
from ozero.release.datasheet import render_html, render_markdown

HOSTILE = '<script>alert("catalog")</script> & <img src=x onerror=alert(1)>'
TABULAR, IMAGING = "lab-panels", "chest-films"
TABULAR_TITLE = "Laboratory panels with reference-range flags"
IMAGING_TITLE = "Chest films with radiologist findings"


def _parquet(columns: dict[str, list[Any]]) -> bytes:
    sink = io.BytesIO()
    pq.write_table(pa.table(columns), sink)
    return sink.getvalue()


def _put(dataset: str, version: str, path: str, data: bytes) -> dict[str, Any]:
    objects.put(store.release_uri(dataset, version, path), data)
    return {"path": path, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _facts(spec: dict[str, Any], version: str, stats: dict[str, Any]) -> dict[str, Any]:
    return {
        "dataset": spec["name"],
        "version": version,
        "kind": "release",
        "created_at": "2026-11-02T10:00:00Z",
        "title": {"en": spec["title"], "ru": spec["title_ru"]},
        "description": spec["description"],
        "intended_use": "Testing the catalog.",
        "limitations": ["Synthetic rows."],
        "license": {"id": "ozero-research-1.0", "name": "Ozero research data licence"},
        "access": {"level": "restricted", "conditions": "per team and purpose"},
        "cohort": {
            "from": spec["source_tables"][0],
            "joins": spec.get("joins", []),
            "where": [],
            "source_tables": spec["source_tables"],
            "spec_file": f"datasets/{spec['name']}.yaml",
        },
        "labels": [
            {
                "column": c,
                "source": "protocol_mkb10",
                "source_text": "a coded field",
                "description": f"the {c} label",
            }
            for c in spec["labels"]
        ],  # fmt: skip
        "split_policy": {
            "unit": "patient_pid",
            "shares": {"train": 70, "validation": 15, "test": 15},
        },  # fmt: skip
        "row_key": ["row_pid"],
        "columns": {spec["table"]: spec["columns"]},
        "images": (
            {"table": spec["table"] + "_images", "form": "dicom", "source": "silver.x"}
            if spec.get("images")
            else None
        ),
        "stats": stats,
        "pinned_versions": {spec["table"]: 3},
        "row_counts": {spec["table"]: 4},
        "key_ids": ["test-key"],
        "privacy": {
            "available": True,
            "k_required": 5,
            "l_required": 2,
            "sensitive": spec["labels"][:1],
            "passed": True,
            "warnings": [],
            "tables": {
                spec["table"]: {
                    "quasi_identifiers": ["patient_sex", "patient_age_band"],
                    "k_min_before": 3,
                    "k_min_after": 6,
                    "l_min": {spec["labels"][0]: 2},
                    "rows_suppressed": 1,
                    "sample_unique_share": 0.0,
                    "prosecutor_risk_max": 0.17,
                    "prosecutor_risk_avg": 0.1,
                    "phi_scanned_rows": 4,
                    "phi_hits": 0,
                }
            },
        },  # fmt: skip
        "validation": {
            "available": True,
            "tables": {
                spec["table"]: {
                    "expectations": 9,
                    "failed": 0,
                    "validated_at": "2026-11-02T09:00:00",
                }
            },
        },  # fmt: skip
        "changes": spec.get("changes", {}),
        "approval": {"approver": "ivanova", "approved_at": "2026-11-02T11:00:00Z"},
    }


def _column(name: str, type_: str, privacy: str, description: str = "") -> dict[str, Any]:
    return {"name": name, "type": type_, "privacy": privacy, "action": "keep",
            "description": description}  # fmt: skip


PLANTED_NAME = "Planted^Headerfield"  # in the films' header: must never reach a page


def film(seed: int) -> bytes:
    """A small real DICOM radiograph (a gradient and a disc), with a planted header name."""
    import numpy as np
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.1"  # CR image storage
    meta.MediaStorageSOPInstanceUID = generate_uid(entropy_srcs=[str(seed)])
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset("film.dcm", {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID, ds.SOPInstanceUID = (
        meta.MediaStorageSOPClassUID,
        meta.MediaStorageSOPInstanceUID,
    )
    ds.Modality, ds.PatientName = "CR", PLANTED_NAME
    yy, xx = np.mgrid[0:300, 0:400]
    pixels = (xx * 4 + seed * 500 + 1500 * (((xx - 200) ** 2 + (yy - 150) ** 2) < 80**2)).astype(
        np.uint16
    )
    ds.Rows, ds.Columns = pixels.shape
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = pixels.tobytes()
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def write_release(spec: dict[str, Any], version: str, stats: dict[str, Any]) -> dict[str, Any]:
    """Publish one fake release of `spec`; returns its manifest."""
    dataset, table = spec["name"], spec["table"]
    folder = f"data/{table.partition('.')[2]}"
    data = _parquet({c["name"]: spec["values"][c["name"]] for c in spec["columns"]})
    digest = hashlib.sha256(data).hexdigest()
    entries = [_put(dataset, version, f"{folder}/part-00000-{digest[:16]}.parquet", data)]
    if spec.get("images"):
        for dicom in (film(0), film(1), b"\0" * 128 + b"DICM" + b"not a readable film"):
            sha = hashlib.sha256(dicom).hexdigest()
            entries.append(_put(dataset, version, f"images/{sha[:2]}/{sha}.dcm", dicom))
    facts = _facts(spec, version, stats)
    docs = [
        _put(dataset, version, store.DATASHEET_MD, render_markdown(facts).encode("utf-8")),
        _put(dataset, version, store.DATASHEET_HTML, render_html(facts).encode("utf-8")),
    ]
    tables = {table: folder}
    document = croissant(facts, entries + docs, tables, {table: ("row_pid",)},
                         "2026-11-02T12:00:00Z")  # fmt: skip
    docs.append(_put(dataset, version, store.CROISSANT_FILE,
                     json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")))  # fmt: skip
    manifest = {
        "dataset": dataset,
        "version": version,
        "candidate_version": version,
        "description": spec["description"],
        "created_at": "2026-11-02T10:00:00Z",
        "published_at": spec["published_at"],
        "source_versions": {table: 3},
        "row_counts": {table: 4},
        "source_row_counts": {table: 5},
        "schema": {
            table: [
                {k: c[k] for k in ("name", "type", "privacy", "description")}
                for c in spec["columns"]
            ]
        },  # fmt: skip
        "schema_fingerprint": "f" * 64,
        "changes": spec.get("changes", {}),
        "tables": tables,
        "datasheet": {"markdown": store.DATASHEET_MD, "html": store.DATASHEET_HTML},
        "croissant": store.CROISSANT_FILE,
        "files": entries + docs,
        "validation": {
            "available": True,
            "tables": {
                table: {
                    "validated": True,
                    "run_id": "r1",
                    "validated_at": "2026-11-02T09:00:00",
                    "expectations": 9,
                    "failed": 0,
                    "success": True,
                }
            },
            "success": True,
        },  # fmt: skip
        "deidentification": {
            "k_anonymity_required": 5,
            "l_diversity_required": 2,
            "sensitive": spec["labels"][:1],
            "key_ids": ["test-key"],
            "k_anonymity": {
                "k_required": 5,
                "l_required": 2,
                "sensitive": spec["labels"][:1],
                "tables": {
                    table: {
                        "quasi_identifiers": ["patient_age_band"],
                        "before": {"k_min": 3},
                        "after": {"k_min": 6, "l_min": {spec["labels"][0]: 2}},
                        "rows_suppressed": 1,
                    }
                },
            },
            "phi_scan": {table: {"clean": True, "scanned_rows": 4, "hits": []}},
            "guard": {"checked_at": "2026-11-02T10:30:00Z", "passed": True, "warnings": []},
        },  # fmt: skip
        "approval": {
            "approver": "ivanova",
            "approved_at": "2026-11-02T11:00:00Z",
            "note": "checked",
            "channel": "cli",
        },  # fmt: skip
    }
    assert store.commit_manifest(manifest)
    return manifest


TABULAR_SPEC: dict[str, Any] = {
    "name": TABULAR,
    "title": TABULAR_TITLE,
    "title_ru": "Лабораторные панели с отметками референсных значений",
    "description": f"Laboratory results per panel. {HOSTILE}",
    "source_tables": ["silver.remd_lab_results", "silver.oms_cases"],
    "table": "gold.lab_panels",
    "labels": ["abnormal_flag"],
    "columns": [
        _column("row_pid", "string", "direct_identifier"),
        _column("abnormal_flag", "string", "sensitive", "H / L / N"),
        _column("patient_age_band", "string", "quasi_identifier"),
    ],
    "values": {
        "row_pid": ["a", "b", "c", "d"],
        "abnormal_flag": ["H", "N", "N", "L"],
        "patient_age_band": ["18-29", "30-39", "30-39", "60-69"],
    },  # fmt: skip
    "published_at": "2026-11-02T12:00:00Z",
}
IMAGING_SPEC: dict[str, Any] = {
    "name": IMAGING,
    "title": IMAGING_TITLE,
    "title_ru": "Рентгенограммы грудной клетки",
    "description": "De-identified chest radiographs with the finding coded in the protocol.",
    "source_tables": ["silver.remd_protocols", "silver.imaging_instances"],
    "joins": ["NSI 1.2.643.5.1.13.13.11.1005"],
    "table": "gold.chest_films",
    "labels": ["finding"],
    "images": True,
    "columns": [
        _column("row_pid", "string", "direct_identifier"),
        _column("finding", "string", "sensitive"),
    ],
    "values": {"row_pid": ["a", "b", "c", "d"], "finding": ["J18.9", "Z01.8", "Z01.8", "J18.9"]},
    "published_at": "2026-11-20T12:00:00Z",
}


def fake_stats(label: str, values: dict[str, dict[str, int]], images: bool) -> dict[str, Any]:
    stats: dict[str, Any] = {
        "splits": {"train": {"rows": 3, "patients": 3}, "test": {"rows": 1, "patients": 1}},
        "labels": {label: values},
        "demographics": {"18-29": {"1": 1}, "30-39": {"1": 1, "2": 1}, "60-69": {"2": 1}},
    }
    if images:
        stats["images"] = {
            "train": {"images": 3, "studies": 3},
            "test": {"images": 1, "studies": 1},
        }
    return stats


def publish_fake_releases() -> dict[str, list[dict[str, Any]]]:
    """Three releases in the configured lake (OZERO_LAKE_URI): lab-panels 1.0.0 and 1.1.0,
    chest-films 1.0.0. Returns the manifests by dataset."""
    flags = {"N": {"train": 2}, "H": {"train": 1}, "L": {"test": 1}}
    first = write_release(TABULAR_SPEC, "1.0.0", fake_stats("abnormal_flag", flags, False))
    second_spec = {
        **TABULAR_SPEC,
        "published_at": "2026-11-15T12:00:00Z",
        "changes": {
            "since_release": {
                "against": "1.0.0",
                "against_kind": "release",
                "key_rotated": False,
                "schema_changed": False,
                "rows": {"added": 7, "removed": 0, "changed": 0},
                "bump": "minor",
                "reason": "rows added (7) or removed (0)",
            }
        },  # fmt: skip
    }
    second = write_release(second_spec, "1.1.0", fake_stats("abnormal_flag", flags, False))
    findings = {"J18.9": {"train": 1, "test": 1}, "Z01.8": {"train": 2}}
    films = write_release(IMAGING_SPEC, "1.0.0", fake_stats("finding", findings, True))
    return {TABULAR: [first, second], IMAGING: [films]}
