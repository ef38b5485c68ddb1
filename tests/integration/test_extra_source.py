"""Adding a registry is one module (connector + curate step + SOURCE) and its contracts:
declared here in a test, it gets its ingest DAG, its place in the curate DAG, its CLI
command, run accounting and the lake summary without any other file being edited."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ozero.config import REPO_ROOT

pytestmark = pytest.mark.spark

ENPS = ["7700000000000011", "7700000000000029", "7700000000000037"]
REPORTS = {
    f"r{i}": json.dumps(
        {
            "report_id": f"r{i}",
            "patient_enp": enp,
            "patient_family": "Шипилова",
            "diagnosis": "C34.1",
            "stage": "II",
            "reported_on": "2026-05-30",
        },
        ensure_ascii=False,
    ).encode()
    for i, enp in enumerate(ENPS)
}
REPORTS["r9"] = b"{not json"  # a broken report: quarantine, with a reason


class _Vimis(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path.split("?")[0]
        if path == "/vimis/reports":
            items = [
                {
                    "id": rid,
                    "href": f"/vimis/reports/{rid}",
                    "registered_at": "2026-05-30T10:00:00Z",
                }
                for rid in REPORTS
            ]
            body = json.dumps({"items": items}).encode()
        elif path.removeprefix("/vimis/reports/") in REPORTS:
            body = REPORTS[path.removeprefix("/vimis/reports/")]
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def vimis(tmp_path_factory):
    """The VIMIS module registered, its contracts on the schema path, its server running."""
    from ozero.contracts import load_contract
    from ozero.sources.registry import register, unregister
    from tests.fixtures import vimis_source

    schemas = tmp_path_factory.mktemp("schemas")
    for relative, text in vimis_source.CONTRACTS.items():
        (schemas / relative).parent.mkdir(parents=True, exist_ok=True)
        (schemas / relative).write_text(text, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Vimis)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    mp = pytest.MonkeyPatch()
    mp.setenv("OZERO_SCHEMA_DIRS", str(schemas))
    mp.setenv("OZERO_VIMIS_URL", f"http://127.0.0.1:{server.server_address[1]}")
    load_contract.cache_clear()
    register(vimis_source.SOURCE)
    yield vimis_source
    unregister("vimis")
    mp.undo()
    load_contract.cache_clear()
    server.shutdown()


def test_it_gets_its_dags(vimis, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "airflow"))
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    bag = DagBag(dag_folder=str(REPO_ROOT / "dags"))
    assert bag.import_errors == {}
    assert bag.dags["ingest_vimis"].task_ids == ["land_vimis"]
    curate = bag.dags["curate"]
    assert curate.get_task("silver_vimis").upstream_task_ids == {"silver_oms"}  # order 35
    assert curate.get_task("silver_pacs").upstream_task_ids == {"silver_vimis"}
    assets = {a.uri for a in bag.dags["ingest_vimis"].get_task("land_vimis").outlets}
    assert assets == {"ozero://bronze/vimis_reports"}


def test_its_cli_command_curation_and_accounting(
    vimis, lake: Path, pseudonym_key, spark, capsys
) -> None:
    from ozero import cli, pipeline, runs, summary
    from ozero import lake as ozero_lake

    code = cli.main(["run", "ingest", "vimis", "--end", "2026-06-01T00:00:00Z"])
    assert code == 0
    landed = json.loads(capsys.readouterr().out)
    assert (landed["received"], landed["landed_new"]) == (4, 4)

    report = pipeline.curate_source("vimis")
    assert (report["bronze_new"], report["written"], report["quarantined_parse"]) == (4, 3, 1)

    accounting = summary.accounting(spark, {"vimis": vimis.served(vimis.SOURCE.url(), _until())})
    entry = accounting["vimis"]
    assert entry["balanced"] and entry["bronze"] == 4
    assert [(b["total"], b["parts"]) for b in entry["balances"]] == [
        (4, {"bronze": 4}),
        (4, {"vimis_reports": 3, "quarantine": 1}),
    ]
    latest = {r["step"]: r for r in reversed(runs.load(spark, limit=10))}
    assert latest["ingest:vimis"]["received_ok"] is True
    assert latest["curate:vimis"]["bronze_ok"] is True

    silver = ozero_lake.read(spark, "silver.vimis_reports").collect()
    assert len(silver) == 3
    text = json.dumps([r.asDict() for r in silver], default=str, ensure_ascii=False)
    assert not any(enp in text for enp in ENPS) and "Шипилов" not in text
    known = ozero_lake.read(spark, "ops.known_identifiers").where(
        "source_table = 'bronze.vimis_reports'"
    )
    assert {r["kind"] for r in known.collect()} == {"enp", "surname"}


def _until():
    from datetime import UTC, datetime

    return datetime(2026, 6, 1, tzinfo=UTC)
