"""Croissant 1.1 metadata (`croissant.json`) for a release, from the same facts as its datasheet.

Distribution: one FileObject per released file with its SHA-256 (the manifest's entries), and
one FileSet per table (`data/<table>/*.parquet`) that the table's RecordSet reads. Fields are
typed from the table's contract. The Responsible-AI (`rai:`) properties are filled from the
spec, the guard's k / l and the pipeline's counts. Plain JSON: writing it needs no
`mlcroissant`; `mlcroissant` validates it and loads its records (tests/integration).
"""

from __future__ import annotations

from typing import Any

from ozero.release.labelling import annotation_platform, labelling_text

CONFORMS_TO = "http://mlcommons.org/croissant/1.1"
PARQUET = "application/x-parquet"
MEDIA_TYPES = {".parquet": PARQUET, ".md": "text/markdown", ".html": "text/html",
               ".dcm": "application/dicom"}  # fmt: skip
# contract type → Croissant dataType; map / array columns are described, not typed as fields
DATA_TYPES = {
    "string": "sc:Text",
    "int": "sc:Integer",
    "long": "sc:Integer",
    "double": "sc:Float",
    "decimal": "sc:Float",
    "boolean": "sc:Boolean",
    "date": "sc:Date",
    "timestamp": "sc:DateTime",
}

CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "description": {"@container": "@language"},
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "name": {"@container": "@language"},
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def _media_type(path: str) -> str:
    return next((t for ext, t in MEDIA_TYPES.items() if path.endswith(ext)), "application/json")


def _file_id(path: str) -> str:
    return "file/" + path


def _distribution(files: list[dict[str, Any]], tables: dict[str, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {
            "@type": "cr:FileObject",
            "@id": _file_id(f["path"]),
            "name": f["path"],
            "contentUrl": f["path"],
            "contentSize": f"{f['bytes']} B",
            "encodingFormat": _media_type(f["path"]),
            "sha256": f["sha256"],
        }
        for f in files
    ]
    for table, folder in tables.items():
        out.append(
            {
                "@type": "cr:FileSet",
                "@id": f"files/{_short(table)}",
                "name": f"{_short(table)} parquet files",
                "encodingFormat": PARQUET,
                "includes": f"{folder}/*.parquet",
            }
        )
    return out


def _short(table: str) -> str:
    return table.partition(".")[2] or table


def _record_set(table: str, columns: list[dict[str, Any]], keys: tuple[str, ...]) -> dict:
    name = _short(table)
    fields = []
    for column in columns:
        data_type = DATA_TYPES.get(column["type"])
        if data_type is None:
            continue  # lineage (a map) stays in the Parquet file, described in the datasheet
        fields.append(
            {
                "@type": "cr:Field",
                "@id": f"{name}/{column['name']}",
                "name": column["name"],
                "description": column.get("description") or f"{column['privacy']} column",
                "dataType": data_type,
                "source": {
                    "fileSet": {"@id": f"files/{name}"},
                    "extract": {"column": column["name"]},
                },
            }  # fmt: skip
        )
    record_set: dict[str, Any] = {
        "@type": "cr:RecordSet",
        "@id": name,
        "name": name,
        "description": f"One record per row of {table}",
        "field": fields,
    }
    typed = {f["name"] for f in fields}
    if keys and all(k in typed for k in keys):
        record_set["key"] = [{"@id": f"{name}/{k}"} for k in keys]
    return record_set


def _rai(facts: dict[str, Any]) -> dict[str, Any]:
    stats, privacy = facts["stats"], facts["privacy"]
    splits = ", ".join(f"{s}: {v['rows']} rows / {v['patients']} patients"
                       for s, v in stats.get("splits", {}).items())  # fmt: skip
    labels = "; ".join(f"{lb['column']} from {lb['source_text']}" for lb in facts["labels"])
    k_line = (
        f"k-anonymity k={privacy['k_required']} (min group after enforcement: "
        + ", ".join(f"{t}: {e['k_min_after']}" for t, e in privacy["tables"].items())
        + f"), l-diversity l={privacy['l_required']} over {', '.join(privacy['sensitive']) or '—'}"
        if privacy.get("available")
        else "guard figures not available"
    )
    cohort = facts["cohort"]
    return {
        "rai:dataCollection": (
            f"Records from Russian federal health registries landed in the Ozero lake; cohort: "
            f"rows of {cohort['from']}"
            + (f" joined with {', '.join(cohort['joins'])}" if cohort["joins"] else "")
            + (f", filtered by {'; '.join(cohort['where'])}" if cohort["where"] else "")
            + f" ({cohort['spec_file']})."
        ),
        "rai:dataCollectionType": "Secondary use of routinely collected health records",
        "rai:dataCollectionRawData": ", ".join(cohort["source_tables"]),
        "rai:dataPreprocessingProtocol": (
            "Keyed pseudonyms for direct identifiers (key id "
            f"{', '.join(facts['key_ids']) or '—'}), per-patient date shifting, free-text "
            f"scrubbing (Presidio + natasha); {k_line}; residual-PHI scan by the release guard."
        ),
        "rai:dataAnnotationProtocol": labels or "No labels.",
        "rai:dataAnnotationPlatform": annotation_platform(facts.get("labelling") or {}),
        "rai:dataAnnotationAnalysis": labelling_text(facts.get("labelling") or {}),
        "rai:dataUseCases": facts["intended_use"],
        "rai:dataLimitations": " ".join(facts["limitations"]) or "None recorded in the spec.",
        "rai:dataBiases": (
            "Covers only patients whose records reached the federal registries in the "
            f"collection window; split sizes {splits}. See the datasheet's demographics table."
        ),
        "rai:personalSensitiveInformation": (
            "Health data of patients (special category under 152-FZ), pseudonymised; sex and "
            "age band are quasi-identifiers protected by k-anonymity; no names, document "
            "numbers or calendar dates of patients."
        ),
        "rai:dataSocialImpact": (
            "Intended to improve diagnostic AI for the national health system; misuse for "
            "re-identification is forbidden by the access conditions."
        ),
        "rai:dataReleaseMaintenancePlan": (
            "New versions are candidates approved by a named curator; numbers are computed "
            "(schema → major, rows → minor, fixes → patch); splits are stable across versions."
        ),
    }


def croissant(
    facts: dict[str, Any],
    files: list[dict[str, Any]],
    tables: dict[str, str],
    keys: dict[str, tuple[str, ...]],
    published_at: str,
) -> dict[str, Any]:
    """The release's Croissant document. `files` are the manifest's entries (path, bytes,
    sha256), `tables` maps each gold table to its folder, `keys` gives each table's key."""
    title = facts["title"].get("en") or facts["dataset"]
    licence = facts["license"]
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": facts["dataset"],
        "alternateName": title,
        "description": facts["description"],
        "version": facts["version"],
        "datePublished": published_at[:10],
        "license": licence.get("url") or licence.get("id", ""),
        "url": f"ozero://releases/{facts['dataset']}/{facts['version']}",
        "citeAs": f"Ozero dataset {facts['dataset']} {facts['version']}",
        "creator": {"@type": "sc:Organization", "name": "Ozero"},
        "keywords": [lb["column"] for lb in facts["labels"]],
        "isLiveDataset": False,
        "distribution": _distribution(files, tables),
        "recordSet": [
            _record_set(table, facts["columns"][table], keys.get(table, ()))
            for table in tables
            if table in facts["columns"]
        ],
    }
    doc.update(_rai(facts))
    return doc
