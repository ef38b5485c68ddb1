"""QC figures on hand-counted frames: class balance per split, drift against a profile, and
the spec's `qc:` block."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from ozero.datasets.spec import SpecError, load_spec
from ozero.quality import balance, drift
from ozero.quality.levels import label_coverage

SPECS = Path(__file__).resolve().parents[2] / "datasets"


def test_class_shares_per_split_and_the_largest_gap():
    # train: 3 of 4 pathology; test: 1 of 4 → gap 0.5 for both classes
    frame = pd.DataFrame(
        {
            "split": ["train"] * 4 + ["test"] * 4,
            "pathology": [True, True, True, False, True, False, False, False],
        }
    )
    figures = balance.class_shares(frame, "pathology")
    assert figures["splits"]["train"] == {"rows": 4, "shares": {"False": 0.25, "True": 0.75}}
    assert figures["splits"]["test"]["shares"] == {"False": 0.75, "True": 0.25}
    assert figures["max_gap"] == 0.5 and figures["worst_class"] == "True"


def test_a_list_label_counts_each_class_once_per_row_and_missing_is_a_class():
    frame = pd.DataFrame(
        {"split": ["train", "train", "test"], "codes": [["A", "A", "B"], None, ["B"]]}
    )
    figures = balance.class_shares(frame, "codes")
    assert figures["splits"]["train"]["shares"] == {"(missing)": 0.5, "A": 0.5, "B": 0.5}
    assert figures["splits"]["test"]["shares"] == {"B": 1.0}
    assert figures["max_gap"] == 0.5  # B: 1.0 − 0.5, A: 0.5 − 0, missing: 0.5 − 0


def test_psi_is_zero_for_the_same_distribution_and_hand_counted_otherwise():
    values = pd.Series(range(100))
    profile = drift.profile_column(values, numeric=True)
    assert profile["rows"] == 100 and len(profile["shares"]) == len(profile["edges"]) + 1
    assert drift.compare(profile, values)["psi"] == 0.0
    # two bins, 50/50 before, 90/10 now: 0.4·ln(0.9/0.5) + (−0.4)·ln(0.1/0.5)
    expected = 0.4 * math.log(0.9 / 0.5) - 0.4 * math.log(0.1 / 0.5)
    assert drift.psi([0.5, 0.5], [0.9, 0.1]) == pytest.approx(expected, abs=1e-6)
    shifted = drift.compare(profile, pd.Series(range(50, 150)))
    assert shifted["psi"] > 1.0


def test_categorical_drift_is_the_largest_share_change():
    before = drift.profile_column(pd.Series(["M"] * 6 + ["F"] * 4), numeric=False)
    assert before["shares"] == {"M": 0.6, "F": 0.4}
    now = drift.compare(before, pd.Series(["M"] * 3 + ["F"] * 6 + ["U"]))
    assert now["max_share_change"] == 0.3 and now["value"] == "M"
    assert (now["new_values"], now["gone_values"]) == (1, 0)


def test_label_coverage_counts_rows_with_a_label():
    frame = pd.DataFrame({"a": [1, None, 3, None], "b": [[], ["x"], [], []]})
    assert label_coverage(frame, ["a", "b"]) == {"a": 0.5, "b": 1.0}


def _spec_with(tmp_path: Path, block: str) -> Path:
    text = (SPECS / "chest-xray.yaml").read_text(encoding="utf-8")
    path = tmp_path / "chest-xray.yaml"
    path.write_text(text + "\n" + block, encoding="utf-8")
    return path


def test_the_qc_block_is_read(tmp_path):
    spec = load_spec(
        _spec_with(
            tmp_path,
            "qc:\n  max_class_share_gap: 0.2\n  max_psi: 0.25\n"
            "  near_duplicate_distance: 8\n  require_validation: true\n",
        )  # fmt: skip
    )
    assert spec.qc.max_class_share_gap == 0.2 and spec.qc.max_psi == 0.25
    assert spec.qc.near_duplicate_distance == 8 and spec.qc.require_validation
    assert load_spec(SPECS / "chest-xray.yaml").qc.max_class_share_gap is None


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("qc:\n  max_gap: 0.2\n", "unknown qc setting 'max_gap'"),
        ("qc:\n  max_class_share_gap: 2\n", r"qc.max_class_share_gap is a share in \[0, 1\]"),
        ("qc:\n  near_duplicate_distance: 40\n", "qc.near_duplicate_distance is a number"),
        ("qc:\n  require_validation: yes please\n", "qc.require_validation is true or false"),
        ("qc:\n  max_psi: -1\n", "qc.max_psi is a positive number"),
    ],
)
def test_a_bad_qc_block_names_file_and_line(tmp_path, block, message):
    path = _spec_with(tmp_path, block)
    line = len(path.read_text(encoding="utf-8").splitlines())  # the setting is the last line
    with pytest.raises(SpecError, match=message) as error:
        load_spec(path)
    assert f"chest-xray.yaml:{line}" in str(error.value)


def _frame() -> pd.DataFrame:
    # train: 3 of 4 pathology, test: 1 of 4; sex M/F evenly
    return pd.DataFrame(
        {
            "split": ["train"] * 4 + ["test"] * 4,
            "pathology": [True, True, True, False, True, False, False, False],
            "finding_codes": [["1"], ["1"], ["2"], [], ["1"], [], [], []],
            "mkb10_code": ["J18.9"] * 3 + ["Z00.0"] + ["J18.9"] + ["Z00.0"] * 3,
            "patient_sex": ["1", "2"] * 4,
            "patient_age_band": ["40-49"] * 8,
            "study_kind": ["xray"] * 8,
            "service_code": ["A06.09.007"] * 8,
        }
    )


def test_thresholds_of_the_qc_block_block_with_the_figure_and_the_setting():
    from dataclasses import replace

    from ozero.datasets.spec import QualityThresholds
    from ozero.quality.levels import level3

    spec = load_spec(SPECS / "chest-xray.yaml")
    frame = _frame()
    reported, problems = level3(spec, frame, None, None)
    assert problems == [] and reported["passed"]
    assert reported["class_balance"]["pathology"]["max_gap"] == 0.5
    assert reported["drift"] == {"available": False, "reason": "no previous release"}

    strict = replace(spec, qc=QualityThresholds(max_class_share_gap=0.4, max_share_change=0.2))
    previous = {
        "version": "1.0.0",
        "profile": {"patient_sex": drift.profile_column(pd.Series(["1"] * 8), False)},
    }
    section, problems = level3(strict, frame, None, previous)
    assert not section["passed"]
    assert "class balance: pathology 'True' differs by 50.0% between splits > " in problems[0]
    assert any(
        p == "drift: patient_sex share of '2' changed by 50.0% > qc.max_share_change 20% "
        "since 1.0.0"
        for p in problems
    ), problems
    assert section["drift"]["columns"]["patient_sex"]["max_share_change"] == 0.5


def test_label_coverage_under_the_floor_fails_level_2():
    from dataclasses import replace

    from ozero.datasets.spec import QualityThresholds
    from ozero.quality.levels import level2

    spec = replace(
        load_spec(SPECS / "chest-xray.yaml"), qc=QualityThresholds(min_label_coverage=0.9)
    )
    frame = _frame()
    frame.loc[0:1, "mkb10_code"] = None
    section, problems = level2(spec, frame)
    assert section["label_coverage"]["mkb10_code"] == 0.75
    assert problems == ["label mkb10_code: 75.0% of rows labelled < qc.min_label_coverage 90%"]
    assert section["agreement"]["available"] is False


def test_level_1_reports_failed_expectations_and_blocks_only_when_required():
    from ozero.quality.levels import level1

    validation = {
        "available": True,
        "success": False,
        "tables": {"gold.x": {"success": False, "failed": 2, "expectations": 9}},
    }
    reported = level1(validation, required=False)
    assert reported["passed"] and "gold.x (2)" in reported["reason"]
    assert not level1(validation, required=True)["passed"]
    assert level1({"success": True}, required=True)["passed"]


def test_a_required_validation_that_failed_blocks_the_guard_once():
    from ozero.release.guard import GuardReport

    report = GuardReport("chest-xray", "1.0.0", "now", 5, 2, [])
    report.qc = {"passed": True, "levels": {"1": {"name": "technical", "passed": True}}}
    failed = {"success": False, "tables": {"gold.x": {"success": False, "failed": 1}}}
    report.add_validation(failed, required=True)
    assert report.problems == [
        "level 1: failed expectations: gold.x (1) (their rows are in quarantine, not in the release)"
    ]
    assert not report.passed and report.qc["passed"] is False
    assert report.qc["levels"]["1"]["passed"] is False
