"""Grants reach the releases bucket's policy: `ozero access tfvars` feeds
`infra/terraform/access.tf`, evaluated by the real Terraform (`terraform console`, no provider
and no cloud needed): active grants only, a prefix per dataset or per granted version, ending
when the grant ends."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ozero.access import grants
from ozero.cli import main

TERRAFORM = shutil.which("terraform")
ACCESS_TF = Path(__file__).resolve().parents[2] / "infra" / "terraform" / "access.tf"
LATER = date.today() + timedelta(days=30)

pytestmark = pytest.mark.skipif(TERRAFORM is None, reason="terraform is not installed")


def _terraform(folder: Path, *args: str, stdin: str = "") -> str:
    env = {"TF_CLI_CONFIG_FILE": "/dev/null", "TF_IN_AUTOMATION": "1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [TERRAFORM, *args], cwd=folder, input=stdin, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_active_grants_become_prefix_statements(lake: Path, tmp_path: Path, capsys) -> None:
    grants.grant("chest-xray", "ml-lab", "model", LATER, by="dr.who")
    grants.grant("mammography", "ml-lab", "model", LATER, by="dr.who", versions=["1.0.0"])
    grants.grant("ct-chest-series", "ml-lab", "model", LATER, by="dr.who")
    grants.revoke("ct-chest-series", "ml-lab", by="dr.who")
    grants.grant("chest-xray", "ml-lab", "old", "2020-01-31", by="dr.who",
                 at=datetime(2020, 1, 1, tzinfo=UTC))  # fmt: skip
    grants.grant("chest-xray", "no-accounts", "model", LATER, by="dr.who")

    folder = tmp_path / "tf"
    folder.mkdir()
    shutil.copy(ACCESS_TF, folder / "access.tf")
    (folder / "bucket.tf").write_text('locals { releases_bucket = "p-releases" }\n')
    assert main(["access", "tfvars"]) == 0
    (folder / "access.auto.tfvars.json").write_text(capsys.readouterr().out)
    _terraform(folder, "init", "-input=false")
    out = _terraform(folder, "console", "-var", 'team_account_ids={"ml-lab":["aje1"]}',
                     stdin="jsonencode(local.grant_statements)\n")  # fmt: skip
    statements = json.loads(json.loads(out))
    end = f"{(LATER + timedelta(days=1)).isoformat()}T00:00:00Z"
    got = {
        (s["Action"][0], tuple(s["Resource"]), s["Condition"]["DateLessThan"]["aws:CurrentTime"])
        for s in statements
    }
    assert got == {
        ("s3:GetObject", ("arn:aws:s3:::p-releases/chest-xray/*",), end),
        ("s3:ListBucket", ("arn:aws:s3:::p-releases",), end),
        ("s3:GetObject", ("arn:aws:s3:::p-releases/mammography/1.0.0/*",), end),
    }
    assert all(s["Principal"] == {"AWS": ["aje1"]} for s in statements)
    prefixes = sorted(p for s in statements if "StringLike" in s["Condition"]
                      for p in s["Condition"]["StringLike"]["s3:prefix"])  # fmt: skip
    assert prefixes == ["chest-xray/*", "mammography/*"]
