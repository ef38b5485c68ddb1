"""SEMD 186 («Протокол лабораторного исследования», CDA R2 edition 5): flat extraction.

One document holds a panel of results (RESLAB → BATTERY organizer → observations), so the
parser returns the shared header plus one dict per result; ``result_rows`` flattens them to
the lake's grain (one row per test result). Validation lives in ``semd.validate_semd``.
"""

from __future__ import annotations

from lxml import etree

from ozero.formats import FormatError
from ozero.formats.semd import NS, _attr, _first, _root, _text, parse_header, ts_to_iso

FSLI_OID = "1.2.643.5.1.13.13.11.1080"
SERVICES_OID = "1.2.643.5.1.13.13.11.1070"
_SECTION = "v3:component/v3:structuredBody/v3:component/v3:section[v3:code/@code='{}']"
_BATTERY = _SECTION.format("RESLAB") + "/v3:entry/v3:organizer/v3:component/v3:organizer"
RESULT_FIELDS = (
    "test_code", "test_code_system", "test_name", "status", "measured_at", "value",
    "value_type", "unit", "unit_code", "ref_low", "ref_high", "interpretation_code",
)  # fmt: skip
_REQUIRED = ("document_id", "service_code", "collected_at")  # no ENP: see semd._REQUIRED


def _result(obs: etree._Element) -> dict[str, object]:
    code = _first(obs, "v3:code")
    value = _first(obs, "v3:value")
    unit_code = _attr(obs, "v3:value/v3:translation", "code")
    value_type = value.get(f"{{{NS['xsi']}}}type") if value is not None else None
    if value is None:
        shown = None
    elif value_type == "PQ":
        shown = value.get("value")
    elif value_type == "CD":
        shown = value.get("code")
    else:
        shown = (value.text or "").strip() or None
    return {
        "test_code": code.get("code") if code is not None else None,
        "test_code_system": code.get("codeSystem") if code is not None else None,
        "test_name": code.get("displayName") if code is not None else None,
        "status": _attr(obs, "v3:statusCode", "code"),
        "measured_at": ts_to_iso(_attr(obs, "v3:effectiveTime", "value")),
        "value": shown,
        "value_type": value_type,
        "unit": value.get("unit") if value is not None else None,
        "unit_code": unit_code,
        "ref_low": _attr(obs, "v3:referenceRange/v3:observationRange/v3:value/v3:low", "value"),
        "ref_high": _attr(obs, "v3:referenceRange/v3:observationRange/v3:value/v3:high", "value"),
        "interpretation_code": _attr(obs, "v3:interpretationCode", "code"),
    }


def parse_semd186(data: bytes) -> dict[str, object]:
    """Header and document-level fields, with ``results``: one dict per test result."""
    root = _root(data)
    service = f"{_BATTERY}/v3:component/v3:observation[v3:code/@code='833']/v3:value"
    specimen = (
        _SECTION.format("SPECIMENS") + "/v3:entry/v3:organizer/v3:component/v3:procedure"
        "/v3:specimen/v3:specimenRole/v3:specimenPlayingEntity/v3:code"
    )
    collected = _SECTION.format("SPECIMENS") + "/v3:entry/v3:organizer/v3:effectiveTime"
    out = parse_header(root)
    out.update(
        {
            "service_code": _attr(root, service, "code"),
            "service_name": _attr(root, service, "displayName"),
            "specimen_code": _attr(root, specimen, "code"),
            "specimen_name": _attr(root, specimen, "displayName"),
            "collected_at": ts_to_iso(_attr(root, collected, "value"))
            or ts_to_iso(
                _attr(root, "v3:documentationOf/v3:serviceEvent/v3:effectiveTime", "value")
            ),
            "comment_text": _text(
                root, f"{_BATTERY}/v3:component/v3:act[v3:code/@code='900']/v3:text"
            ),
            "results": [
                _result(obs)
                for obs in root.xpath(
                    f"{_BATTERY}/v3:component/v3:observation[v3:code/@code!='833']", namespaces=NS
                )
            ],
        }
    )
    for name in _REQUIRED:
        if not out[name]:
            raise FormatError(f"missing required field {name}")
    if not out["results"]:
        raise FormatError("no laboratory results in RESLAB")
    return out


def result_rows(parsed: dict[str, object]) -> list[dict[str, object]]:
    """The document's fields repeated on each of its results (the silver grain)."""
    doc = {k: v for k, v in parsed.items() if k != "results"}
    results = parsed["results"]
    assert isinstance(results, list)  # parse_semd186 gives a list of result dicts
    return [{**doc, "result_no": i + 1, **r} for i, r in enumerate(results)]
