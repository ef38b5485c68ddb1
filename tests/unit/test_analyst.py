"""The analyst helpers that need no Spark: release listing and the raw-identifier check."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ozero import analyst
from ozero.release.catalog import ReleaseNotFoundError

PID = "P" + "0123456789abcdef" * 2


def test_releases_is_an_empty_frame_on_a_fresh_lake(lake: Path) -> None:
    frame = analyst.releases()
    assert frame.empty and list(frame.columns) == analyst.RELEASE_COLUMNS


def test_load_release_without_a_release_says_so(lake: Path) -> None:
    with pytest.raises(ReleaseNotFoundError, match="no published release"):
        analyst.load_release("chest-imaging-protocols")


def test_clean_frame_has_no_findings() -> None:
    df = pd.DataFrame(
        {
            "patient_pid": [PID, None],
            "mkb10_code": ["J18.9", "Z01.8"],
            "findings_text": ["Узел 18 мм в S6", "Без очаговых изменений"],
            "study_date": pd.to_datetime(["2024-01-08", "2024-02-01"]),
            "followup_90d": [True, False],
        }
    )
    assert analyst.raw_identifier_findings(df) == []


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("patient_pid", "p0001", "not pseudonyms"),
        ("patient_pid", PID.upper(), "not pseudonyms"),
        ("conclusion_text", "СНИЛС 112-233-445 95, норма", "SNILS"),
        ("conclusion_text", "пациент 11223344595", "SNILS"),
        ("service_name", "полис 7700000000000012", "ENP"),
        ("findings_text", "ИНН 500100732259", "INN"),
    ],
)
def test_raw_identifiers_are_reported(column: str, value: str, expected: str) -> None:
    problems = analyst.raw_identifier_findings(pd.DataFrame({column: [value]}))
    assert len(problems) == 1 and column in problems[0] and expected in problems[0]
