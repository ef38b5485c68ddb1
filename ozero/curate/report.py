"""What a curation step did, in numbers: the figures run accounting and summaries read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class TableReport:
    """One landing into one table: rows in, written, quarantined at validation."""

    table: str
    rows: int = 0
    written: int = 0
    quarantined_validation: int = 0
    changed: bool | None = None  # replace-if-changed writes (gold): was a new version made
    deid: dict[str, Any] = field(default_factory=dict)
    validation: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class CurateReport:
    """One source's curation run. Counts are in the source's records (`bronze_new`) and in
    rows of its main table (`parsed`, `written`, quarantine); every table landed is listed
    under `tables`."""

    table: str
    run_id: str
    bronze_new: int = 0
    parsed: int = 0
    quarantined_parse: int = 0
    quarantined_validation: int = 0
    written: int = 0
    deid: dict[str, Any] = field(default_factory=dict)
    validation: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def add(self, landed: TableReport, main: bool = True) -> None:
        """Take a landing's numbers: into the totals when it is (part of) the main table."""
        self.tables[landed.table] = landed.as_dict()
        if main:
            self.parsed += landed.rows
            self.written += landed.written
            self.quarantined_validation += landed.quarantined_validation
            self.deid = self.deid or landed.deid
            self.validation = self.validation or landed.validation

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)
