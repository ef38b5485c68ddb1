"""Dataset specs: every shipped one loads; a bad one fails before Spark with file, line, fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from ozero.datasets.registry import all_specs
from ozero.datasets.spec import SpecError, load_spec

GOOD = """\
name: toy
title: {en: Toy}
description: A toy dataset.
intended_use: Tests.
license: {id: test}
access: {level: restricted}
cohort:
  from: {table: silver.remd_protocols, as: p}
  where:
    - p.mkb10_code IS NOT NULL
columns:
  - {name: study_pid, expr: p.document_pid, privacy: direct_identifier, action: pseudonymise, key: true}
  - {name: patient_pid, expr: p.patient_pid, privacy: direct_identifier, action: pseudonymise}
  - {name: mkb10_code, expr: p.mkb10_code, privacy: sensitive}
  - {name: patient_age_band, expr: p.patient_age_band, privacy: quasi_identifier, ladder: age_band}
labels:
  - {column: mkb10_code, source: protocol_mkb10}
split: {unit: patient_pid, train: 80, validation: 10, test: 10}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "toy.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _error(tmp_path: Path, text: str) -> str:
    with pytest.raises(SpecError) as caught:
        load_spec(_write(tmp_path, text))
    return str(caught.value)


def test_shipped_specs_load_and_name_their_gold_tables() -> None:
    specs = {s.name: s for s in all_specs()}
    assert "chest-imaging-protocols" in specs
    chest = specs["chest-imaging-protocols"]
    assert chest.table == "gold.chest_imaging_protocols"
    assert chest.key_columns == ("study_pid",)
    assert {lb.source for lb in chest.labels} == {"protocol_mkb10", "oms_outcome"}


def test_a_good_spec_loads(tmp_path: Path) -> None:
    spec = load_spec(_write(tmp_path, GOOD))
    assert spec.split.shares == {"train": 80, "validation": 10, "test": 10}
    assert spec.lineage == (
        ("silver.remd_protocols", "CAST(p.document_pid AS STRING) || '/' || "
         "CAST(p.document_version AS STRING)"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "line", "says"),
    [
        ("silver.remd_protocols, as: p", "silver.remd_protocolz, as: p", 8, "unknown table"),
        ("p.mkb10_code IS NOT NULL", "p.mkb11_code IS NOT NULL", 10, "no column 'mkb11_code'"),
        ("{column: mkb10_code, source: protocol_mkb10}", "{column: mkb10_code}", 17, "provenance"),
        ("privacy: quasi_identifier, ladder: age_band}", "privacy: quasi_identifier}", 15, "ladder"),
        ("privacy: direct_identifier, action: pseudonymise}", "privacy: direct_identifier}", 13,
         "direct identifier"),
        ("source: protocol_mkb10}", "source: hearsay}", 17, "label source 'hearsay'"),
        ("train: 80, validation: 10", "train: 80, validation: 20", 18, "sum to 110"),
    ],
)  # fmt: skip
def test_a_bad_spec_names_file_line_and_fix(tmp_path: Path, old, new, line, says) -> None:
    assert old in GOOD
    message = _error(tmp_path, GOOD.replace(old, new))
    assert f"toy.yaml:{line}: " in message and says in message, message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace("p.mkb10_code IS NOT NULL", "p.nope IS NOT NULL").replace(
        "{column: mkb10_code, source: protocol_mkb10}", "{column: mkb10_code}"
    )
    message = _error(tmp_path, text)
    assert "toy.yaml:10:" in message and "toy.yaml:17:" in message


def test_the_cli_error_is_one_line_with_the_fix(tmp_path: Path) -> None:
    from ozero.errors import OzeroError

    with pytest.raises(OzeroError) as caught:
        load_spec(_write(tmp_path, GOOD.replace("silver.remd_protocols", "bronze.remd_documents")))
    line = caught.value.one_line()
    assert "\n" not in line and "toy.yaml:8" in line and "docs/datasets.md" in line


def test_a_deployment_can_name_its_own_catalogue(tmp_path: Path, monkeypatch) -> None:
    from ozero.datasets.registry import DATASETS_DIR, all_specs

    shipped = DATASETS_DIR / "laboratory-results.yaml"
    (tmp_path / shipped.name).write_bytes(shipped.read_bytes())
    monkeypatch.setenv("OZERO_DATASETS_DIR", str(tmp_path))
    assert [s.name for s in all_specs()] == ["laboratory-results"]
    monkeypatch.delenv("OZERO_DATASETS_DIR")
    assert len(all_specs()) == len(list(DATASETS_DIR.glob("*.yaml"))) > 1


def test_a_catalogue_folder_that_is_not_there_is_an_error(tmp_path: Path, monkeypatch) -> None:
    from ozero.datasets.registry import all_specs
    from ozero.errors import OzeroError

    for setting in ("OZERO_DATASETS_DIR", "OZERO_DATASET_DIRS"):
        monkeypatch.setenv(setting, str(tmp_path / "no-such-folder"))
        with pytest.raises(OzeroError) as caught:
            all_specs()
        line = caught.value.one_line()
        assert setting in line and "no-such-folder" in line and "not a folder" in line
        monkeypatch.delenv(setting)


def test_two_specs_writing_one_gold_table_are_refused(tmp_path: Path, monkeypatch) -> None:
    """`chest-xray` (imaging) owns gold.chest_xray_images; a spec named `chest-xray-images`
    would overwrite that index."""
    from ozero.datasets.registry import DATASETS_DIR, all_specs
    from ozero.errors import OzeroError

    shipped = (DATASETS_DIR / "chest-xray.yaml").read_text()
    (tmp_path / "chest-xray.yaml").write_text(shipped)
    (tmp_path / "chest-xray-images.yaml").write_text(
        shipped.replace("name: chest-xray", "name: chest-xray-images", 1)
    )
    monkeypatch.setenv("OZERO_DATASETS_DIR", str(tmp_path))
    with pytest.raises(OzeroError) as caught:
        all_specs()
    line = caught.value.one_line()
    assert "gold.chest_xray_images" in line and "chest-xray-images.yaml:" in line, line
    assert "rename one of the two datasets" in line


def test_a_dataset_declares_its_risk_threshold_and_the_guard_blocks_above_it(tmp_path) -> None:
    from ozero.deid.kanon import RiskReport
    from ozero.release.guard import risk_problems

    spec = load_spec(_write(tmp_path, GOOD + "privacy: {k: 5, max_average_risk: 0.1}\n"))
    assert spec.max_average_risk == 0.1 and spec.max_journalist_risk is None
    assert load_spec(_write(tmp_path, GOOD)).max_average_risk is None  # not declared: not checked
    assert "max_average_risk is a share" in _error(
        tmp_path, GOOD + "privacy: {k: 5, max_average_risk: 3}\n"
    )
    safe = RiskReport(k=5, l=1, rows=100, k_min=5, groups=10, rows_in_small_groups=0)
    risky = RiskReport(k=5, l=1, rows=100, k_min=5, groups=20, rows_in_small_groups=0)
    assert risk_problems("gold.toy", safe, spec) == []
    (problem,) = risk_problems("gold.toy", risky, spec)
    assert "average prosecutor risk 0.200 > 0.1" in problem and "20 groups over 100 rows" in problem
    assert risk_problems("gold.toy", risky, load_spec(_write(tmp_path, GOOD))) == []
    # the remedy is asked for only when over the limit, and ends the line
    asked = []

    def remedy() -> str:
        asked.append(True)
        return "privacy.k: 8 would bring it to 0.090"

    assert risk_problems("gold.toy", safe, spec, remedy=remedy) == [] and not asked
    (problem,) = risk_problems("gold.toy", risky, spec, remedy=remedy)
    assert problem.endswith("raise privacy.k; privacy.k: 8 would bring it to 0.090")
    assert asked == [True]  # asked once


@pytest.mark.parametrize("bad", ["0", "1.5", "-0.1", "high", "true"])
def test_the_journalist_threshold_is_a_share_checked_at_its_line(tmp_path, bad) -> None:
    text = GOOD + f"privacy:\n  k: 5\n  max_journalist_risk: {bad}\n"
    message = _error(tmp_path, text)
    # GOOD has 18 lines: privacy is line 19, k 20, the threshold 21
    assert "toy.yaml:21: privacy.max_journalist_risk is a share in (0, 1]" in message, message
    good = load_spec(_write(tmp_path, GOOD + "privacy: {k: 5, max_journalist_risk: 0.05}\n"))
    assert good.max_journalist_risk == 0.05 and good.max_average_risk is None


def test_the_journalist_threshold_blocks_above_it_and_when_it_cannot_be_measured(tmp_path) -> None:
    from ozero.deid.kanon import RiskReport
    from ozero.deid.population import JournalistRisk
    from ozero.release.guard import risk_problems

    spec = load_spec(_write(tmp_path, GOOD + "privacy: {k: 5, max_journalist_risk: 0.05}\n"))
    after = RiskReport(k=5, l=1, rows=100, k_min=5, groups=10, rows_in_small_groups=0)
    low = JournalistRisk("a table", rows=100, smallest_class=40, risk_max=1 / 40)
    high = JournalistRisk("a table", rows=100, smallest_class=10, risk_max=0.1,
                          rows_in_small_classes=0)  # fmt: skip
    assert risk_problems("gold.toy", after, spec, low, lambda: "never asked") == []
    (problem,) = risk_problems("gold.toy", after, spec, high, lambda: "generalising x brings …")
    assert problem.startswith("gold.toy: journalist risk 0.100 > 0.05 (smallest population "
                              "class 10 people")  # fmt: skip
    assert problem.endswith("; generalising x brings …")
    absent = JournalistRisk("a table", "quasi-identifier study_date has no population dimension")
    (problem,) = risk_problems("gold.toy", after, spec, absent, lambda: "never asked")
    assert "cannot be measured: quasi-identifier study_date" in problem
    assert "never asked" not in problem
    # no journalist threshold declared: the figures are recorded, nothing blocks
    plain = load_spec(_write(tmp_path, GOOD))
    assert risk_problems("gold.toy", after, plain, high) == []
    assert risk_problems("gold.toy", after, plain, absent) == []
