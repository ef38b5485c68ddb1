"""QC level 2 on hand-built annotation rows: the round behind a candidate's labels, its
readers' kappa (0.6 by hand, `tests/label_rows.py`), the share adjudicated, coverage, and a
`qc.min_agreement` over the figure that blocks naming the round. Counts only: no reader's
account name reaches the figures or the reason."""

from __future__ import annotations

import json
import textwrap
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from ozero.datasets.spec import QualityThresholds, load_spec
from ozero.labels import rounds
from ozero.quality import label_agreement
from ozero.quality.levels import level2
from tests import label_rows

SPECS = Path(__file__).resolve().parents[2] / "datasets"
RESOLVED_AT = datetime(2026, 12, 2, 10, 0)


def _figures(items: list[int], extra_rows: int = 0) -> dict:
    annotations = label_rows.round_rows()
    resolved = rounds.resolved_rows(annotations, label_rows.ROUND, RESOLVED_AT)
    keys = {label_rows.item(i) for i in items}
    return label_agreement.summarise(keys, len(keys) + extra_rows, annotations, resolved)


def test_two_readers_kappa_adjudicated_share_and_coverage():
    figures = _figures(list(range(10)), extra_rows=2)  # two candidate rows were never labelled
    (one,) = figures["rounds"]
    assert one["project_id"] == label_rows.ROUND and one["task_kind"] == "classify"
    assert (one["dataset"], one["dataset_version"]) == ("chest-xray", "1.0.0")
    assert one["figure"] == "cohen_kappa" and one["agreement"] == pytest.approx(0.6)
    assert (one["readers"], one["experts"], one["items"], one["adjudicated"]) == (2, 1, 10, 2)
    assert one["adjudication_projects"] == [label_rows.ADJUDICATION]
    assert (one["tool"], one["tool_version"], one["label_schema_version"]) == (
        "label-studio",
        "1.23.2",
        "1",
    )
    assert figures["available"] and (figures["readers"], figures["experts"]) == (2, 1)
    assert figures["rows"] == 12 and figures["rows_labelled"] == 10
    assert figures["coverage"] == pytest.approx(10 / 12, abs=1e-6)
    assert figures["share_adjudicated"] == 0.2 and figures["share_agreed"] == 0.8
    assert "0.5" in figures["adjudication_rule"] and "0.8" in figures["adjudication_rule"]
    text = json.dumps(figures) + label_agreement.describe(figures)
    assert "reader-" not in text and "expert-" not in text  # counted, never named
    assert label_rows.item(0) not in text  # nor any item


def test_agreement_is_over_the_candidates_items_only():
    # items 0..7: reader-1 PPPPPNNN, reader-2 PPPPNNNN → po 7/8, pe 0.625·0.5 + 0.375·0.5
    figures = _figures(list(range(8)))
    (one,) = figures["rounds"]
    assert one["agreement"] == pytest.approx(0.75) and one["items"] == 8
    assert one["adjudicated"] == 1 and figures["share_adjudicated"] == 0.125


def test_the_latest_outcome_per_item_counts():
    annotations = label_rows.round_rows()
    before = rounds.resolved_rows(annotations[:20], label_rows.ROUND, datetime(2026, 12, 1))
    after = rounds.resolved_rows(annotations, label_rows.ROUND, RESOLVED_AT)
    keys = {label_rows.item(i) for i in range(10)}
    figures = label_agreement.summarise(keys, 10, annotations, before + after)
    assert figures["rows_labelled"] == 10 and figures["share_adjudicated"] == 0.2
    # before the expert answered, the two disputed items had no label
    early = label_agreement.summarise(keys, 10, annotations[:20], before)
    assert early["rows_labelled"] == 8 and early["share_adjudicated"] == 0.0


def _annotated_spec(tmp_path: Path, floor: float | None):
    path = tmp_path / "chest-xray-read.yaml"
    path.write_text(textwrap.dedent(label_rows.SPEC), encoding="utf-8")
    return replace(load_spec(path), qc=QualityThresholds(min_agreement=floor))


def test_min_agreement_blocks_below_the_figure_and_names_the_round(tmp_path: Path):
    frame = pd.DataFrame({"pathology_read": [True] * 10, "split": ["train"] * 10})
    figures = _figures(list(range(10)))
    section, problems = level2(_annotated_spec(tmp_path, 0.7), frame, figures)
    assert problems == [
        "round 3 (chest-xray 1.0.0 classify): Cohen's kappa 0.600 < qc.min_agreement 0.7"
    ]
    assert not section["passed"] and section["agreement"]["kind"] == "annotation"
    assert section["agreement"]["columns"] == ["pathology_read"]

    section, problems = level2(_annotated_spec(tmp_path, 0.5), frame, figures)
    assert problems == [] and section["passed"]
    assert (
        "2 readers, 1 expert; round 3 (chest-xray 1.0.0 classify) Cohen's kappa 0.600"
        in (section["reason"])
    )


def test_unmeasurable_agreement_blocks_when_a_floor_is_set(tmp_path: Path):
    frame = pd.DataFrame({"pathology_read": [True], "split": ["train"]})
    spec = _annotated_spec(tmp_path, 0.6)
    _, problems = level2(spec, frame)  # no lake figures given (QC without Spark)
    assert problems[0].startswith("qc.min_agreement is 0.6 but agreement cannot be measured")
    nothing = label_agreement.summarise({label_rows.item(99)}, 1, label_rows.round_rows(), [])
    _, problems = level2(spec, frame, nothing)
    assert "none of the candidate's 1 rows has a label in silver.resolved_labels" in problems[0]
    # a round where each item has one reader: no kappa, so the floor cannot be checked
    lone = [r for r in label_rows.round_rows() if r["reader"] == "reader-1"]
    resolved = [
        {**r, "source": "agreement", "decided_by": ["reader-1"]}
        for r in rounds.resolved_rows(label_rows.round_rows(), label_rows.ROUND, RESOLVED_AT)
    ]
    single = label_agreement.summarise({label_rows.item(0)}, 1, lone, resolved)
    _, problems = level2(spec, frame, single)
    assert problems == [
        "round 3 (chest-xray 1.0.0 classify): agreement cannot be measured (fewer than two "
        "readers per item) but qc.min_agreement is 0.6"
    ]


def test_protocol_labels_have_one_reader():
    spec = load_spec(SPECS / "chest-xray.yaml")
    frame = pd.DataFrame({"pathology": [True], "mkb10_code": ["J18"], "split": ["train"]})
    section, problems = level2(spec, frame)
    assert problems == [] and section["agreement"]["kind"] == "protocol"
    assert "one reader (the protocol's author)" in section["agreement"]["reason"]


def test_the_datasheet_and_request_say_who_labelled_and_how_well(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from ozero.release.candidate import Candidate
    from ozero.release.datasheet import (
        datasheet_facts,
        render_html,
        render_markdown,
        summary_markdown,
    )

    spec = _annotated_spec(tmp_path, 0.5)
    monkeypatch.setenv("OZERO_DATASET_DIRS", str(tmp_path))  # its gold contract, for the sheet
    frame = pd.DataFrame({"pathology_read": [True] * 12, "split": ["train"] * 12})
    level, _ = level2(spec, frame, _figures(list(range(10)), extra_rows=2))
    guard = {"qc": {"passed": True, "levels": {"2": {"name": "labels", **level}}}}
    candidate = Candidate(
        dataset=spec.name, version="1.0.0", created_at="2026-12-03T00:00:00+00:00",
        source_versions={spec.table: 1}, row_counts={spec.table: 12}, schema={},
        schema_fingerprint="x", validation={}, key_ids=["test-key"],
    )  # fmt: skip
    facts = datasheet_facts(spec, candidate, guard, {"splits": {}, "labels": {}})
    md = render_markdown(facts)
    section = md.split("### Labelling", 1)[1].split("\n### ", 1)[0]
    assert "Who labelled: 2 readers and 1 expert" in section
    assert "Tool: label-studio 1.23.2; label schema version 1." in section
    assert "Rows with a resolved label: 10 of 12 (83%)" in section
    assert "agreed by the readers 80%, adjudicated by an expert 20%" in section
    assert "Adjudication rule: an item goes to an expert when its readers' classes differ" in (
        section
    )
    assert "| 3 | chest-xray 1.0.0 | classify | 2 | 1 | 10 | Cohen's kappa | 0.600 | 2 |" in section
    summary = summary_markdown(facts)
    assert "- labelling: 2 readers, 1 expert; round 3 (chest-xray 1.0.0 classify) Cohen's " in (
        summary
    )
    for text in (md, render_html(facts), summary, json.dumps(guard)):
        assert "reader-" not in text and "expert-" not in text

    protocol = load_spec(SPECS / "chest-xray.yaml")
    facts = datasheet_facts(protocol, candidate, {}, {"splits": {}, "labels": {}})
    assert "Labels come from the protocols: one reader (the protocol's author); no agreement " in (
        render_markdown(facts)
    )


def test_a_later_round_supersedes_an_earlier_one_for_its_items():
    first = label_rows.round_rows()
    again = [r for r in first if r["reader"] == "reader-1"]  # round 7: reader-1 and reader-3 agree
    later = [{**r, "project_id": 7, "round_project_id": 7} for r in again]
    later += [{**r, "reader": "reader-3", "annotation_id": r["annotation_id"] + 100} for r in later]
    annotations = first + later
    resolved = rounds.resolved_rows(annotations, label_rows.ROUND, RESOLVED_AT)
    resolved += rounds.resolved_rows(annotations, 7, datetime(2026, 12, 3))
    keys = {label_rows.item(i) for i in range(10)}
    figures = label_agreement.summarise(keys, 10, annotations, resolved)
    (one,) = figures["rounds"]
    assert one["project_id"] == 7 and one["agreement"] == 1.0 and one["adjudicated"] == 0
    assert (figures["readers"], figures["experts"], figures["share_adjudicated"]) == (2, 0, 0.0)
