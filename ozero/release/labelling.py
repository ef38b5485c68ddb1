"""The datasheet's "Labelling" section: who labelled, how well they agreed, who settled
disagreements (docs/labelling.md, "The datasheet's labelling section").

Written from guard.json's QC level 2 (`qc.levels.2.agreement`, computed by
`ozero.quality.label_agreement` over the candidate's rows), so the datasheet, the approval
request and the manifest's `quality_control` tell the same figures. Readers are counted,
never named; protocol-derived labels have one reader, the protocol's author.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ozero.quality.label_agreement import (
    PROTOCOL_READERS,
    counted,
    describe,
    figure_text,
    percent,
)

if TYPE_CHECKING:
    from ozero.datasets.spec import DatasetSpec

Block = tuple[Any, ...]  # as ozero.release.datasheet.Block


def labelling_facts(spec: DatasetSpec, guard: dict[str, Any] | None) -> dict[str, Any]:
    """Level 2's agreement figures, or why there are none (protocol labels: one reader)."""
    if not spec.annotated_labels:
        return {"available": False, "kind": "protocol", "reason": PROTOCOL_READERS}
    levels = ((guard or {}).get("qc") or {}).get("levels") or {}
    agreement = (levels.get("2") or {}).get("agreement")
    if not agreement:
        return {"available": False, "reason": "no QC figures (a candidate made before QC)"}
    return dict(agreement)


def labelling_blocks(f: dict[str, Any]) -> list[Block]:
    """The section's paragraphs and per-round table."""
    if f.get("kind") == "protocol":
        return [("p", f"Labels come from the protocols: {PROTOCOL_READERS}.")]
    if not f.get("available"):
        return [("p", f"Labelling: no agreement figures ({f.get('reason', 'not measured')}).")]
    tools = ", ".join(f["tools"]) or "—"
    schemas = ", ".join(f["label_schema_versions"]) or "—"
    items = [
        f"Who labelled: {counted(f['readers'], 'reader')} and {counted(f['experts'], 'expert')} "
        "(pseudonymous tool accounts; counted here, never named).",
        f"Tool: {tools}; label schema version {schemas}.",
        f"Rows with a resolved label: {f['rows_labelled']} of {f['rows']} "
        f"({percent(f['coverage'])}); of those, agreed by the readers {percent(f['share_agreed'])}, "
        f"adjudicated by an expert {percent(f['share_adjudicated'])}.",
        f"Adjudication rule: {f['adjudication_rule']}.",
        "Agreement is computed over this release's rows only (from silver.annotations).",
    ]
    rows = [
        [r["project_id"], f"{r['dataset']} {r['dataset_version']}", r["task_kind"],
         r["readers"], r["experts"], r["items"], r["figure_name"] or "—", figure_text(r),
         r["adjudicated"]]
        for r in f["rounds"]
    ]  # fmt: skip
    head = ["round (project)", "dataset labelled", "task", "readers", "experts", "items",
            "agreement", "value", "adjudicated"]  # fmt: skip
    return [("ul", items), ("table", head, rows)]


def labelling_line(f: dict[str, Any]) -> str:
    """One line for the approval request."""
    return f"- labelling: {labelling_text(f)}"


def labelling_text(f: dict[str, Any]) -> str:
    """The figures in one sentence (the request's line, Croissant's annotation analysis)."""
    if f.get("kind") == "protocol":
        return PROTOCOL_READERS
    if not f.get("available"):
        return f"no agreement figures ({f.get('reason', 'not measured')})"
    return describe(f)


def annotation_platform(f: dict[str, Any]) -> str:
    """Croissant's `rai:dataAnnotationPlatform`: the tool, or that nobody annotated."""
    if f.get("kind") == "annotation" and f.get("tools"):
        return f"{', '.join(f['tools'])} (labelling rounds, docs/labelling.md)"
    return "Labels are derived from registry records, not annotated."
