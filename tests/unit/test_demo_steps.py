"""`python -m ozero.demo --from STEP`: which DAGs a partial run starts, and a clear refusal."""

from __future__ import annotations

import pytest

from ozero import demo


def test_the_whole_pipeline_by_default() -> None:
    args = demo.parse_args([])
    assert demo.dag_ids_from(args.start) == [
        "ingest_nsi",
        "ingest_remd",
        "ingest_oms",
        "ingest_pacs",
        "curate",
    ]


def test_from_curate_and_from_release_skip_what_comes_before() -> None:
    assert demo.dag_ids_from(demo.parse_args(["--from", "curate"]).start) == ["curate"]
    assert demo.dag_ids_from(demo.parse_args(["--from", "release"]).start) == []


def test_an_unknown_step_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        demo.parse_args(["--from", "gold"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'gold'" in err and "{ingest,curate,release}" in err
