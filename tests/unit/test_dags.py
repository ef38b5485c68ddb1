"""The DAG folder imports cleanly and wires the pipeline as documented."""

from __future__ import annotations

import pytest

from ozero.config import REPO_ROOT


@pytest.fixture(scope="module")
def dagbag(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("AIRFLOW_HOME", str(tmp_path_factory.mktemp("airflow")))
    mp.setenv("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    from airflow.dag_processing.dagbag import DagBag

    yield DagBag(dag_folder=str(REPO_ROOT / "dags"))
    mp.undo()


def test_dags_import_without_errors(dagbag):
    assert dagbag.import_errors == {}
    from ozero.datasets.registry import all_specs

    releases = [f"release_{spec.name.replace('-', '_')}" for spec in all_specs()]
    assert "release_chest_imaging_protocols" in releases
    assert sorted(dagbag.dag_ids) == sorted(
        ["curate", "ingest_nsi", "ingest_oms", "ingest_pacs", "ingest_remd", "upkeep", *releases]
        + ["access_requests", "access_request"]
    )


def test_access_requests_are_swept_into_one_parked_run_each(dagbag):
    sweep, ask = dagbag.dags["access_requests"], dagbag.dags["access_request"]
    assert sweep.max_active_runs == 1 and not sweep.catchup
    trigger = sweep.get_task("ask_curators")
    assert trigger.upstream_task_ids == {"pending"}
    assert trigger.partial_kwargs["trigger_dag_id"] == "access_request"
    assert trigger.partial_kwargs["skip_when_already_exists"] is True
    assert type(ask.timetable).__name__ == "NullTimetable" and ask.task_ids == ["curator_decision"]


def test_upkeep_looks_after_the_restricted_zone_then_the_lake(dagbag):
    dag = dagbag.dags["upkeep"]
    assert dag.get_task("lake").upstream_task_ids == {"restricted"}
    assert dag.max_active_runs == 1 and not dag.catchup


def test_ingest_dags_cover_data_intervals(dagbag):
    for source in ("nsi", "remd", "oms", "pacs"):
        dag = dagbag.dags[f"ingest_{source}"]
        assert dag.task_ids == [f"land_{source}"]
        assert type(dag.timetable).__name__ == "CronDataIntervalTimetable"


def test_curate_runs_sources_in_registry_order_then_gold(dagbag):
    dag = dagbag.dags["curate"]
    assert dag.get_task("silver_remd").upstream_task_ids == {"silver_nsi"}
    assert dag.get_task("silver_oms").upstream_task_ids == {"silver_remd"}
    assert dag.get_task("silver_pacs").upstream_task_ids == {"silver_oms"}
    assert dag.get_task("gold_chest_imaging_protocols").upstream_task_ids == {"silver_pacs"}


def test_each_dataset_has_a_release_dag_scheduled_on_its_gold_table(dagbag):
    from ozero.datasets.registry import all_specs

    for spec in all_specs():
        dag = dagbag.dags[f"release_{spec.name.replace('-', '_')}"]
        assets = [a.uri for a in dag.timetable.asset_condition.objects]
        assert assets == [f"ozero://gold/{spec.table.partition('.')[2]}"], spec.name
        assert sorted(dag.task_ids) == [
            "build_candidate",
            "curator_decision",
            "publish",
            "rejected",
        ]


def test_release_waits_for_a_curator_before_publishing(dagbag):
    dag = dagbag.dags["release_chest_imaging_protocols"]
    decision = dag.get_task("curator_decision")
    assert decision.task_type == "CuratorDecision"
    assert decision.downstream_task_ids == {"publish", "rejected"}  # a rejection ends apart
    assert decision.template_fields == ()  # the request body is not cut as a rendered field
    assert "curator_decision" in dag.get_task("publish").upstream_task_ids


def test_a_deployment_without_pacs_has_no_pacs_steps(tmp_path, monkeypatch):
    """OZERO_SOURCES names the registries a deployment ingests: the others get no DAG and no
    curate step (and a misspelt one is refused, naming the known ones)."""
    from airflow.dag_processing.dagbag import DagBag

    from ozero.sources.registry import UnknownSourceError, all_sources, registered_sources

    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "airflow"))
    monkeypatch.setenv("OZERO_SOURCES", "nsi, remd,oms")
    monkeypatch.setenv("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    bag = DagBag(dag_folder=str(REPO_ROOT / "dags"))
    assert bag.import_errors == {}
    assert {d for d in bag.dag_ids if d.startswith("ingest_")} == {
        "ingest_nsi", "ingest_remd", "ingest_oms"}  # fmt: skip
    curate = bag.dags["curate"]
    assert "silver_pacs" not in curate.task_ids
    assert curate.get_task("gold_chest_imaging_protocols").upstream_task_ids == {"silver_oms"}
    assert [s.name for s in all_sources()] == ["nsi", "remd", "oms"]
    assert "pacs" in [s.name for s in registered_sources()]  # still known, e.g. to key rotation
    monkeypatch.setenv("OZERO_SOURCES", "nsi,pacx")
    with pytest.raises(UnknownSourceError, match="unknown source.s. pacx; known sources: nsi, "):
        all_sources()
