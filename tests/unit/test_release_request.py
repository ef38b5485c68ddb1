"""The approval request a curator reads: Markdown, both languages, figures, no raw JSON."""

from __future__ import annotations

import pytest

from ozero.release.candidate import Candidate
from ozero.release.request import render_request

GOLD = "gold.chest_imaging_protocols"


def _guard(hits: int = 0, passed: bool = True) -> dict:
    return {
        "dataset": "chest-imaging-protocols",
        "version": "1.2.0",
        "k_required": 5,
        "l_required": 2,
        "passed": passed,
        "problems": [] if passed else ["gold.chest_imaging_protocols: residual PHI snils"],
        "warnings": [],
        "tables": {
            GOLD: {
                "version": 7,
                "phi_scan": {
                    "scanned_rows": 255,
                    "scanned_columns": ["findings_text", "conclusion_text"],
                    "hits": [{"column": "findings_text", "kind": "snils", "rows": hits}]
                    if hits
                    else [],
                },
                "risk": {
                    "before": {"k_min": 6},
                    "after": {"k_min": 6, "l_min": {"mkb10_code": 3}},
                    "rows_suppressed": 0,
                },
            }
        },
    }


def _candidate(**changes) -> Candidate:
    return Candidate(
        dataset="chest-imaging-protocols",
        version="1.2.0",
        created_at="2026-06-02T10:00:00Z",
        source_versions={GOLD: 7},
        row_counts={GOLD: 255},
        schema={GOLD: []},
        schema_fingerprint="f",
        validation={
            GOLD: {"expectations": 14, "failed": 0},
            "silver.remd_protocols": {"failed": 2},
        },
        key_ids=["key-2026"],
        publish_row_counts={GOLD: 255},
        changes=changes,
    )


@pytest.fixture(autouse=True)
def local_lake(tmp_path, monkeypatch):
    monkeypatch.setenv("OZERO_LAKE_URI", str(tmp_path / "lake"))


def test_request_is_readable_markdown_with_the_figures() -> None:
    since_release = {
        "against": "1.0.0",
        "rows": {"added": 30, "removed": 0, "changed": 2},
        "schema_changed": False,
        "key_rotated": False,
        "bump": "minor",
        "reason": "rows added (30) or removed (0)",
    }
    since_rejected = {
        "against": "1.1.0",
        "rows": {"added": 0, "removed": 0, "changed": 2},
        "rejected_by": "Иванова",
        "rejected_at": "2026-06-01T12:00:00Z",
        "note": "диагнозы не сходятся",
    }
    text = render_request(
        _candidate(since_release=since_release, since_rejected=since_rejected), _guard()
    )
    assert text.startswith(
        "## Выпуск набора данных / Dataset release: `chest-imaging-protocols` 1.2.0"
    )
    for heading in ("Что изменилось / What changed", "Строки / Rows", "Приватность / Privacy",
                    "Проверки качества / Validation", "Где посмотреть / Inspect"):  # fmt: skip
        assert f"### {heading}" in text
    assert "+30 added" in text and "**minor**" in text and "с выпуска **1.0.0**" in text
    assert "отклонённого кандидата **1.1.0**" in text and "Иванова" in text
    assert "диагнозы не сходятся" in text  # Cyrillic as is, never \\u escapes
    assert "\\u04" not in text and "{" not in text  # not a JSON blob
    assert "| `gold.chest_imaging_protocols` | 7 | 255 | 255 |" in text
    assert "| `gold.chest_imaging_protocols` | 14 | 0 | passed / пройдено |" in text
    assert "1 validated, 1 with failed expectations (`silver.remd_protocols`)" in text
    assert "6 → 6" in text and "mkb10_code: 3" in text and "255 rows, 2 columns" in text
    assert "passed / пройдена" in text and "`key-2026`" in text
    assert "ozero release show chest-imaging-protocols 1.2.0" in text
    assert "ozero release approve chest-imaging-protocols 1.2.0" in text
    assert len(text) < 4000


def test_blocked_guard_and_first_release_are_said_plainly() -> None:
    text = render_request(_candidate(), _guard(hits=1, passed=False))
    assert "First release" in text
    assert "**BLOCKED / заблокирована**" in text and "residual PHI snils" in text
    assert render_request(_candidate(), None).count("guard report missing") == 1


def test_request_embeds_the_datasheet_summary_before_where_to_inspect() -> None:
    summary = "### Даташит / Datasheet (summary)\n\n| split | rows |\n|---|---|\n| train | 9 |\n"
    text = render_request(_candidate(), _guard(), summary)
    assert summary in text
    assert text.index("Datasheet (summary)") > text.index("### Приватность / Privacy")
    assert text.index("Datasheet (summary)") < text.index("### Где посмотреть / Inspect")
    assert "datasheet.md, datasheet.html" in text
    assert "Datasheet (summary)" not in render_request(_candidate(), _guard())
