"""The capacity model's arithmetic on hand-counted inputs, its CLI, and that the Terraform
variables in the repo are the model's current figures (they cannot drift apart)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import capacity

TFVARS = Path(__file__).resolve().parents[2] / "infra" / "terraform" / "capacity.auto.tfvars.json"


def test_cores_are_the_days_items_over_the_windows_core_seconds():
    a = capacity.ASSUMPTIONS | {"window_hours": 10.0, "utilisation": 0.5, "peak_factor": 2.0}
    # 1,000 items/s/core × 36,000 s × 0.5 = 18,000,000 items per core in the window; ×2 peak
    assert capacity._cores(18e6, 1000.0, a) == pytest.approx(2.0)


def test_imaging_mix_gives_instances_and_bytes_per_day(monkeypatch):
    monkeypatch.setattr(
        capacity,
        "IMAGING_MIX",
        {
            "ct": {"share": 0.5, "instances": 100, "mb_per_instance": 0.5},
            "xray": {"share": 0.5, "instances": 2, "mb_per_instance": 10.0},
        },
    )
    a = capacity.ASSUMPTIONS | {"imaging_studies_per_month": 365.0, "imaging_regions": 2}
    instances, size = capacity.imaging_per_day(a)
    studies = 365 * 2 * 12 / 365  # 24 a day
    assert instances == pytest.approx(studies * (50 + 1))
    assert size == pytest.approx(studies * (25 + 10) * 1024**2)


def test_storage_puts_bronze_in_restricted_and_silver_in_the_lake(monkeypatch):
    monkeypatch.setattr(capacity, "IMAGING_MIX", {})
    a = capacity.ASSUMPTIONS | {
        "oms_cases_per_year": 1000.0,
        "remd_documents_per_day": 0.0,
        "delta_overhead": 1.0,
        "release_share": 0.5,
    }
    storage = capacity.storage_per_year(a)
    assert storage["restricted"] == pytest.approx(1000 * capacity.SIZES["oms_bronze_per_case"][0])
    assert storage["lake"] == pytest.approx(1000 * capacity.SIZES["oms_silver_per_case"][0])
    assert storage["releases"] == pytest.approx(storage["lake"] / 2)


def test_a_stage_doubles_its_cores_when_its_volume_doubles():
    base = {s.name: s.cores for s in capacity.stages(capacity.ASSUMPTIONS)}
    doubled = capacity.ASSUMPTIONS | {"remd_documents_per_day": 2 * 3e6}
    after = {s.name: s.cores for s in capacity.stages(doubled)}
    assert after["SEMD validation"] == pytest.approx(2 * base["SEMD validation"])
    assert after["claims → silver"] == pytest.approx(base["claims → silver"])


def test_the_terraform_variables_in_the_repo_are_the_models_figures():
    expected = capacity.tfvars(capacity.plan(capacity.ASSUMPTIONS))
    assert json.loads(TFVARS.read_text()) == expected, (
        "regenerate: .venv/bin/python -m bench.capacity --tfvars " + str(TFVARS)
    )


def test_json_is_all_stdout_says_and_a_bad_override_is_one_line_exit_2(capsys):
    assert capacity.main(["--json", "--set", "window_hours=20"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["assumptions"]["window_hours"] == 20.0
    assert out["cores"] >= 1
    assert capacity.main(["--set", "windowhours=20"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "window_hours" in err
