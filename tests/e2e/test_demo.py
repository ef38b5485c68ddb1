"""End to end, as a user runs it: `ozero.demo` (the code behind `make demo`) drives the real
DAGs with `airflow dags test` against the simulator, approves the release, and is safe to
run twice, on a catalogue of one of the shipped datasets, the chest X-rays (images, their
protocols' labels: every registry feeds it; `OZERO_DATASETS_DIR`; `make demo` publishes all
of them). Slow (~15 min on 2 cores); it runs in CI.

The text dataset's release (chest-imaging-protocols: free text, scrubbed) runs under the real
scheduler in `test_release_scheduler.py`, which scans that lake and release for identifiers
as this module does: here it was a second gold task and release DAG run (~3 min of a busy
CI box) proving nothing the image dataset's run does not. Every shipped spec is built on
the shared integration lake (test_datasets.py).

The second run starts at the release step (`--from release`): re-running ingest and curation
costs ~12 min of CI time on 2 cores and is covered where it is cheaper — an ingest rerun is
a no-op in `test_pipeline.py::test_rerun_is_a_no_op`, an unchanged gold table keeps its
Delta version in `test_datasets.py::test_rebuild_changes_nothing` — and it runs the
dataset's release DAG again (each DAG run is a process with its own JVM, ~1.5 min on a busy
CI box): no new candidate, no new release, nothing else in the lake changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.phi import find_leaks, find_leaks_in_text
from tests.release_checks import release_folders, release_problems

pytestmark = [pytest.mark.slow, pytest.mark.spark]

DATASET = "chest-xray"
DEMO_DATASETS = (DATASET,)


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory):
    from ozero.config import REPO_ROOT
    from ozero.infra.ports import free_port

    mp = pytest.MonkeyPatch()
    home = tmp_path_factory.mktemp("demo")
    catalogue = home / "datasets"
    catalogue.mkdir()
    for name in DEMO_DATASETS:
        spec = REPO_ROOT / "datasets" / f"{name}.yaml"
        (catalogue / spec.name).write_bytes(spec.read_bytes())
    mp.setenv("OZERO_DATASETS_DIR", str(catalogue))
    mp.setenv("OZERO_LAKE_URI", str(home / "lake"))
    mp.setenv("AIRFLOW_HOME", str(home / "airflow"))
    mp.setenv("OZERO_PSEUDONYM_KEY_FILE", str(home / "secrets" / "pseudonym.key"))
    # a port of its own: on a fixed one the demo would use (and then lose) a simulator that
    # another test session on this machine started and stops (`ozero.demo.simulator`)
    mp.setenv("OZERO_SIMULATOR_URL", f"http://127.0.0.1:{free_port()}")
    mp.setenv("OZERO_CURATOR", "e2e-curator")
    yield home
    mp.undo()


@pytest.fixture(scope="module")
def first_run(demo_env, capsys_module=None):
    from ozero import demo

    assert demo.main([]) == 0  # not sys.argv: that is pytest's
    return demo_env


def test_demo_publishes_release_1_0_0(first_run):
    from ozero.datasets.registry import all_specs
    from ozero.release.catalog import list_releases
    from ozero.release.publish import verify_release

    releases = [(r["dataset"], r["version"]) for r in list_releases()]
    assert releases == [(spec.name, "1.0.0") for spec in all_specs()]  # every declared dataset
    for name, version in releases:
        assert verify_release(name, version) == []
    manifest = json.loads(
        (first_run / "lake" / "releases" / DATASET / "1.0.0" / "manifest.json").read_text()
    )
    assert manifest["approval"]["approver"] == "e2e-curator"
    assert sum(manifest["row_counts"].values()) > 0
    assert all(len(f["sha256"]) == 64 for f in manifest["files"])
    index = (first_run / "lake" / "catalog" / "index.html").read_text()  # the demo's last step
    assert all(f'data-dataset="{name}"' in index for name, _ in releases)


def test_every_release_is_valid_croissant_with_each_patient_in_one_split(first_run, tmp_path):
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq

    lake = first_run / "lake"
    assert [p.parent.name for p in release_folders(lake)] == sorted(DEMO_DATASETS)
    assert release_problems(lake) == []
    # the check can fail: one image moved to another split than its study's row
    copy = tmp_path / "lake"
    shutil.copytree(lake / "releases", copy / "releases")
    index = next((copy / "releases/chest-xray/1.0.0/data/chest_xray_images").glob("*.parquet"))
    index.chmod(0o644)
    table = pq.read_table(index)
    splits = table.column("split").to_pylist()
    splits[0] = "test" if splits[0] != "test" else "train"
    pq.write_table(
        table.set_column(table.column_names.index("split"), "split", pa.array(splits)), index
    )
    (problem,) = release_problems(copy)
    assert "gold.chest_xray_images: 1 row(s) in another split than their row" in problem


def test_no_identifier_in_silver_gold_or_release(first_run):
    from ozero.simulator.world import build_world

    assert find_leaks(build_world(), Path(first_run / "lake")) == []


def test_no_identifier_in_pipeline_logs(first_run, tmp_path):
    """Every log the demo's DAG runs wrote (task logs, `dags test` output, Spark's): no
    SNILS, ENP, phone or surname of the simulated people. The simulator's own log is the
    registry's, not Ozero's, and is left out."""
    from ozero.simulator.world import build_world

    world = build_world()
    logs = [
        p
        for p in (first_run / "airflow").rglob("*.log")
        if p.is_file() and p.name != "simulator.log"
    ]
    assert len(logs) >= 6, logs  # one per DAG at least
    planted = tmp_path / "planted.log"  # the scan itself must see a leak
    planted.write_text(f"INFO parsed {world.persons[0].surname} {world.persons[0].snils}\n")
    assert find_leaks_in_text(world, [planted]) == [
        "snils in planted.log:1",
        "surname in planted.log:1",
    ]
    assert find_leaks_in_text(world, logs) == []


def test_accounting_balances(first_run, spark):
    from ozero.summary import accounting

    acc = accounting(spark)
    assert all(entry["balanced"] for entry in acc.values()), acc
    from ozero.simulator.world import build_world

    assert acc["remd"]["bronze"] == len(build_world().remd_feed)  # 174 + 186 + v2
    assert acc["oms"]["bronze"] == 4
    from ozero.simulator.pacs import build_archive

    assert acc["pacs"]["bronze"] == build_archive(build_world()).instance_count
    (pacs,) = acc["pacs"]["balances"]
    assert pacs["parts"]["imaging_instances"] > 0


def test_second_run_is_safe(first_run):
    from ozero import demo, lakeview
    from ozero.release.candidate import list_candidates
    from ozero.release.catalog import list_releases

    # the Delta logs' figures (as `ozero lake tables`; equal to Spark's, test_cli_json.py)
    before = {t.name: t.rows for t in lakeview.list_tables()}
    gold = [name for name in before if name.startswith("gold.")]
    versions = {t.name: t.version for t in lakeview.list_tables() if t.name in gold}
    candidates = {spec.name: len(list_candidates(spec.name)) for spec in _specs()}
    assert demo.release_dag_ids() == ["release_chest_xray"]  # the demo's catalogue
    assert demo.main(["--from", "release"]) == 0
    after = {t.name: t.rows for t in lakeview.list_tables()}
    for zone in ("bronze.", "silver.", "gold.", "quarantine."):
        for name, rows in before.items():
            if name.startswith(zone):
                assert after[name] == rows, name
    assert {t.name: t.version for t in lakeview.list_tables() if t.name in gold} == versions
    assert {spec.name: len(list_candidates(spec.name)) for spec in _specs()} == candidates
    releases = [(r["dataset"], r["version"]) for r in list_releases()]
    assert releases == [(spec.name, "1.0.0") for spec in _specs()]  # nothing new published


def test_a_labelling_round_publishes_a_dataset_version_from_its_annotations(
    first_run, spark, capsys, monkeypatch
):
    """Issue 15 end to end on the demo's lake: Label Studio (real, on PostgreSQL) gets the
    published chest-xray 1.0.0 as classify tasks; two readers answer through its REST API as
    the UI does and disagree on two studies; the answers are pulled into the lake, agreement
    is measured, an expert settles the two, the labels are resolved; then the shipped spec
    `datasets/labelled/chest-xray-read.yaml` is built, guarded, approved and published as
    chest-xray-read 1.0.0, whose `pathology_read` is the readers' or the expert's label for
    every study, with its provenance, and whose manifest says so."""
    import shutil

    import pyarrow.parquet as pq

    from ozero.config import REPO_ROOT
    from ozero.labels.client import Client
    from ozero.labels.push import accounts
    from ozero.release.publish import verify_release
    from tests.label_server import choice, label_server, ozero_json

    lake = first_run / "lake"
    monkeypatch.setenv("OZERO_TEAM", "data-office")
    monkeypatch.setenv("OZERO_USER", "e2e-curator")
    monkeypatch.setenv("OZERO_ACCESS_INTERNAL_TEAMS", "data-office")
    released = {
        study: "pathology" if sick else "normal"
        for part in (lake / "releases/chest-xray/1.0.0/data/chest_xray").glob("*.parquet")
        for study, sick in zip(
            *pq.read_table(part, columns=["study_pid", "pathology"]).to_pydict().values(),
            strict=True,
        )
    }
    assert len(released) >= 10
    with label_server() as server:
        pushed = ozero_json(capsys, "label", "push", "chest-xray", "1.0.0", "--task", "classify")
        assert pushed["tasks"] == len(released)
        project = pushed["project"]
        stored = {t["data"]["item_id"]: t["id"] for t in Client.of(server).tasks(project)}
        assert set(stored) == set(released)
        readers = accounts(["reader-1", "reader-2"], server)
        items = sorted(stored)
        disputed = items[:2]
        flip = {"normal": "pathology", "pathology": "normal"}
        for item in items:  # reader-1 reads as the protocol did; reader-2 differs on two
            readers["reader-1"].annotate(stored[item], choice(released[item]))
            second = flip[released[item]] if item in disputed else released[item]
            readers["reader-2"].annotate(stored[item], choice(second))
        assert ozero_json(capsys, "label", "pull", str(project))["new_rows"] == 2 * len(items)
        figures = ozero_json(capsys, "label", "agreement", str(project))
        assert figures["disagreements"] == disputed
        assert 0 < figures["cohen_kappa"] < 1
        expert_project = ozero_json(capsys, "label", "adjudicate", str(project))["project"]
        expert = accounts(["expert-1"], server)["expert-1"]
        settled = {}
        for task in Client.of(server).tasks(expert_project):  # the expert sides with reader-2
            item = task["data"]["item_id"]
            settled[item] = expert.annotate(task["id"], choice(flip[released[item]]))
        ozero_json(capsys, "label", "pull", str(expert_project))
        resolved = ozero_json(capsys, "label", "resolve", str(project))
        assert resolved["resolved"] == len(items) and resolved["pending"] == 0

        # the curator adds the labelled dataset to the catalogue and releases it
        catalogue = first_run / "datasets"
        spec = REPO_ROOT / "datasets" / "labelled" / "chest-xray-read.yaml"
        shutil.copyfile(spec, catalogue / spec.name)
        ozero_json(capsys, "run", "dataset", "chest-xray-read")
        ozero_json(capsys, "run", "candidate", "chest-xray-read")
        ozero_json(capsys, "release", "approve", "chest-xray-read", "1.0.0", "--note", "round 1")
        ozero_json(capsys, "release", "publish", "chest-xray-read", "1.0.0")
        assert verify_release("chest-xray-read", "1.0.0") == []

        # the expert changes his mind on one study: one new resolved label (that a corrected
        # value makes a patch version is `test_release_changes.py`'s; rebuilding the dataset
        # and its candidate here cost ~70 s of CI for it)
        changed = disputed[0]
        expert.call("PATCH", f"/api/annotations/{settled[changed]}",
                    json={"result": choice(released[changed])})  # fmt: skip
        ozero_json(capsys, "label", "pull", str(expert_project))
        assert ozero_json(capsys, "label", "resolve", str(project))["new_rows"] == 1

    folder = lake / "releases" / "chest-xray-read" / "1.0.0"
    rows = [
        row
        for part in (folder / "data" / "chest_xray_read").glob("*.parquet")
        for row in pq.read_table(part).to_pylist()
    ]
    expected = {item: flip[released[item]] if item in disputed else released[item]
                for item in items}  # fmt: skip
    assert {r["study_pid"] for r in rows} == set(items)  # every labelled study, none else
    for row in rows:
        assert ("pathology" if row["pathology_read"] else "normal") == expected[row["study_pid"]]
        assert row["label_source"] == ("adjudication" if row["study_pid"] in disputed
                                       else "agreement")  # fmt: skip
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["approval"]["approver"] == "e2e-curator"
    assert list((folder / "data" / "chest_xray_read_images").glob("*.parquet"))
    level2 = manifest["quality_control"]["levels"]["2"]
    assert level2["passed"] and level2["label_coverage"]["pathology_read"] == 1.0
    labelling = level2["agreement"]  # QC level 2: the round behind the rows, from the lake
    (measured,) = labelling["rounds"]
    assert (measured["project_id"], measured["readers"], measured["experts"]) == (project, 2, 1)
    assert measured["agreement"] == pytest.approx(figures["cohen_kappa"], abs=1e-3)
    assert labelling["share_adjudicated"] == pytest.approx(len(disputed) / len(items), abs=1e-5)
    datasheet = (folder / "datasheet.md").read_text()
    assert "pathology_read" in datasheet and "Labelling" in datasheet
    assert "2 readers and 1 expert" in datasheet
    assert not any(name in datasheet for name in ("reader-1", "reader-2", "expert-1"))


def _specs():
    from ozero.datasets.registry import all_specs

    return all_specs()


def lake_rows(spark, table: str) -> list:
    """(enp, family, given, patronymic) of every row of the patients' names table."""
    from ozero import lake

    columns = ("enp", "family", "given", "patronymic")
    return [tuple(r) for r in lake.read(spark, table).select(*columns).collect()]


def test_an_erased_patient_is_nowhere_in_the_lake_or_its_served_releases(
    first_run, spark, tmp_path, capsys
):
    """Last in the module: it changes the demo's lake. A patient of the chest X-ray release
    asks for erasure by his SNILS alone (his documents and claims link him by ENP): after
    `ozero privacy erase`, no file of any zone — current and old table versions, Delta logs,
    bronze objects, candidates, served releases — holds his SNILS, ENP or pseudonyms; the
    releases that held him are withdrawn and refused by the loaders; patch candidates
    without him wait for the curator."""
    import pyarrow.parquet as pq

    from ozero.cli import main
    from ozero.deid.keys import load_key
    from ozero.deid.pseudonym import pseudonymise
    from ozero.identifiers import digits_only, format_snils
    from ozero.release.catalog import ReleaseWithdrawnError, list_releases, load_release
    from ozero.simulator.world import build_world
    from tests.erasure_scan import find_person

    lake = first_run / "lake"
    key = load_key()
    in_release = {
        pid
        for part in (lake / "releases/chest-xray/1.0.0/data/chest_xray").glob("*.parquet")
        for pid in pq.read_table(part).column("patient_pid").to_pylist()
    }
    person = next(
        p
        for p in build_world().persons
        if p.snils and p.enp and pseudonymise(p.enp, key, "enp") in in_release
    )
    snils = digits_only(person.snils)
    needles = {
        "snils": snils,
        "snils as printed": format_snils(snils),
        "enp": person.enp,
        "enp pseudonym": pseudonymise(person.enp, key, "enp"),
        "snils pseudonym": pseudonymise(person.snils, key, "snils"),
    }
    assert find_person(lake, needles)  # he is there before, and the scan sees him
    names = (person.surname, person.given_name, person.patronymic)
    known = {tuple(r) for r in lake_rows(spark, "bronze.remd_patient_names")}
    assert (person.enp, *names) in known  # his names, kept for OMS comment scrubbing
    request = tmp_path / "erase.txt"
    request.write_text(f"# court order 1\n{format_snils(snils)}\n")
    capsys.readouterr()

    assert main(["privacy", "erase", "--patient-file", str(request), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)

    assert "chest-xray 1.0.0" in report["releases_withdrawn"]
    assert report["deleted_rows"]["bronze.remd_documents"] >= 1
    assert report["deleted_rows"]["silver.oms_cases"] >= 1  # reached through his ENP
    assert {p.split()[0] for p in report["patch_candidates"]} == {
        r.split()[0] for r in report["releases_withdrawn"]
    }
    assert find_person(lake, needles) == []
    assert report["deleted_rows"]["bronze.remd_patient_names"] == 1
    known = lake_rows(spark, "bronze.remd_patient_names")
    assert not [r for r in known if r[0] == person.enp or tuple(r[1:]) == names]
    status = {(r["dataset"], r["version"]): r["status"] for r in list_releases()}
    assert status[("chest-xray", "1.0.0")] == "withdrawn"
    with pytest.raises(ReleaseWithdrawnError, match="withdrawn"):
        load_release("chest-xray", "1.0.0", table="gold.chest_xray")
    assert main(["privacy", "erasures", "--json"]) == 0
    (done,) = json.loads(capsys.readouterr().out)
    assert done["request_id"] == report["request_id"]
    assert done["releases_withdrawn"] == report["releases_withdrawn"]
    assert snils not in json.dumps(done) and person.enp not in json.dumps(done)
