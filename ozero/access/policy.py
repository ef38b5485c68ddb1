"""Grants as input for storage policies: the access model enforced outside Ozero too.

`release_grants()` lists the active grants as rows Terraform turns into bucket-policy
statements on the releases bucket (`infra/terraform/access.tf`): a team's service accounts
may GET only `<dataset>/` (or `<dataset>/<version>/`) prefixes they hold grants for, until
the grant's end. Revocations and new grants reach the bucket on the next `terraform apply`;
expiry does not wait for it (the statement carries its own end time).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from ozero.access import grants


def release_grants(at: datetime | None = None) -> list[dict[str, Any]]:
    """Active grants as `{team, dataset, versions ([] = all), expires}` rows, sorted."""
    rows = []
    for row in grants.list_grants(at=at):
        if row["status"] != grants.ACTIVE:
            continue
        end = date.fromisoformat(row["until"]) + timedelta(days=1)  # `until` is inclusive
        rows.append(
            {
                "team": row["team"],
                "dataset": row["dataset"],
                "versions": row["versions"] or [],
                "expires": f"{end.isoformat()}T00:00:00Z",
            }
        )
    return sorted(rows, key=lambda r: (r["team"], r["dataset"], r["versions"], r["expires"]))


def tfvars(at: datetime | None = None) -> dict[str, Any]:
    """The content of `access.auto.tfvars.json` for `infra/terraform`."""
    return {"release_grants": release_grants(at)}
