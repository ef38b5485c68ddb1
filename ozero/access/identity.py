"""Who is reading: the team (`OZERO_TEAM`), the person (`OZERO_USER`, else the OS user) and
the purpose (an argument, else `OZERO_PURPOSE`).

These are declarations, not authentication: a process can claim any team. Ozero records
them faithfully; the boundary against someone who will lie is the storage credentials
(a bucket-prefix policy per team's service account, docs/access.md).
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Reader:
    user: str
    team: str | None
    purpose: str | None


def current_reader(purpose: str | None = None) -> Reader:
    team = os.environ.get("OZERO_TEAM", "").strip() or None
    user = os.environ.get("OZERO_USER", "").strip() or getpass.getuser()
    chosen = (purpose or os.environ.get("OZERO_PURPOSE", "")).strip() or None
    return Reader(user=user, team=team, purpose=chosen)


def current_user() -> str:
    return current_reader().user


def internal_teams() -> set[str]:
    """Teams that read without a grant for internal checks (`OZERO_ACCESS_INTERNAL_TEAMS`,
    comma-separated; empty by default: every read needs a grant). Still audited."""
    text = os.environ.get("OZERO_ACCESS_INTERNAL_TEAMS", "")
    return {t.strip() for t in text.split(",") if t.strip()}
