"""`infra/terraform` passes `terraform fmt -check` and checkov, offline, and both checks can
fail: a planted public, unencrypted bucket and a misformatted file are caught.

checkov runs from its own virtualenv (`make checkov`, pinned by
`infra/checkov/requirements.txt`) with `--skip-download` (no Prisma Cloud calls). `terraform
validate` is not run: it needs the Yandex provider from registry.terraform.io, unreachable
here (the README of infra/terraform says so).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

TERRAFORM_DIR = Path(__file__).resolve().parents[2] / "infra" / "terraform"
TERRAFORM = shutil.which("terraform")
CHECKOV_DIR = os.environ.get("OZERO_CHECKOV_DIR", "")
CHECKOV = Path(CHECKOV_DIR, "bin", "checkov") if CHECKOV_DIR else None

needs_checkov = pytest.mark.skipif(
    CHECKOV is None or not CHECKOV.exists(),
    reason="checkov is not installed: run `make checkov` (make test does)",
)
needs_terraform = pytest.mark.skipif(TERRAFORM is None, reason="terraform is not installed")

PLANTED_BUCKET = """
resource "yandex_storage_bucket" "planted_public" {
  bucket = "planted-public"
  acl    = "public-read"
}
"""


def _checkov(folder: Path) -> dict:
    """checkov's JSON report of `folder` (exit code 1 only means failed checks)."""
    run = subprocess.run(
        [str(CHECKOV), "-d", str(folder), "--framework", "terraform", "--skip-download"]
        + ["--output", "json", "--compact"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr[-2000:]
    report = json.loads(run.stdout)
    assert report["summary"]["parsing_errors"] == 0
    return report


def _failed(report: dict) -> list[tuple[str, str]]:
    return [(c["check_id"], c["resource"]) for c in report["results"]["failed_checks"]]


def _copy_module(tmp_path: Path) -> Path:
    folder = tmp_path / "terraform"
    shutil.copytree(
        TERRAFORM_DIR, folder, ignore=shutil.ignore_patterns(".terraform*", "*.tfstate*")
    )
    return folder


@needs_checkov
def test_the_shipped_module_passes_checkov_offline():
    report = _checkov(TERRAFORM_DIR)
    assert _failed(report) == []
    passed = {(c["check_id"], c["resource"]) for c in report["results"]["passed_checks"]}
    for bucket in ("restricted", "lake", "releases"):  # every zone's bucket was examined
        assert ("CKV_YC_3", f"yandex_storage_bucket.{bucket}") in passed  # encrypted
        assert ("CKV_YC_17", f"yandex_storage_bucket.{bucket}") in passed  # not public
    assert ("CKV_YC_9", "yandex_kms_symmetric_key.lake") in passed  # key rotated


@needs_checkov
def test_checkov_catches_a_public_unencrypted_bucket(tmp_path):
    folder = _copy_module(tmp_path)
    (folder / "planted.tf").write_text(PLANTED_BUCKET)
    failed = _failed(_checkov(folder))
    assert ("CKV_YC_17", "yandex_storage_bucket.planted_public") in failed
    assert ("CKV_YC_3", "yandex_storage_bucket.planted_public") in failed
    assert all(resource == "yandex_storage_bucket.planted_public" for _, resource in failed)


@needs_terraform
def test_terraform_fmt_passes_and_catches_a_misformatted_file(tmp_path):
    shipped = subprocess.run(
        [TERRAFORM, "fmt", "-check", "-recursive", str(TERRAFORM_DIR)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shipped.returncode == 0, shipped.stdout
    folder = _copy_module(tmp_path)
    (folder / "planted.tf").write_text(PLANTED_BUCKET.replace("  acl    =", "  acl=     "))
    planted = subprocess.run(
        [TERRAFORM, "fmt", "-check", "-recursive", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert planted.returncode != 0
    assert [Path(line).name for line in planted.stdout.split()] == ["planted.tf"]


@needs_terraform
def test_bucket_quotas_are_the_capacity_models_figures(tmp_path):
    """capacity.tf evaluated by the real Terraform on the committed tfvars: each bucket's
    max_size is the model's GiB figure in bytes (the unit test pins tfvars = the model)."""
    folder = tmp_path / "tf"
    folder.mkdir()
    shutil.copy(TERRAFORM_DIR / "capacity.tf", folder)
    tfvars = TERRAFORM_DIR / "capacity.auto.tfvars.json"
    shutil.copy(tfvars, folder)
    env = {"TF_CLI_CONFIG_FILE": "/dev/null", "TF_IN_AUTOMATION": "1", "PATH": "/usr/bin:/bin"}
    for args, stdin in (
        (["init", "-input=false"], ""),
        (["console"], "jsonencode(local.bucket_max_size_bytes)\n"),
    ):
        done = subprocess.run(
            [TERRAFORM, *args], cwd=folder, input=stdin, capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr
    quotas = json.loads(json.loads(done.stdout))
    gib = json.loads(tfvars.read_text())["bucket_max_size_gb"]
    assert quotas == {zone: gib[zone] * 1024**3 for zone in ("restricted", "lake", "releases")}
    for bucket in ("restricted", "lake", "releases"):  # and every bucket takes its quota
        assert (
            f'max_size   = local.bucket_max_size_bytes["{bucket}"]'
            in (TERRAFORM_DIR / "main.tf").read_text()
        )
