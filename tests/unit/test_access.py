"""Grant logic on a local temp lake (no Spark): versions, expiry, revocation, the request
queue, the audit, append-only storage, and the `ozero access` CLI."""

from __future__ import annotations

import ast
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ozero import objects
from ozero.access import audit, events, grants, requests
from ozero.access.enforce import AccessDeniedError, audited_read, decide
from ozero.access.identity import current_reader
from ozero.cli import main

DATASET = "chest-imaging-protocols"
LATER = date.today() + timedelta(days=30)
ACCESS_PACKAGE = Path(__file__).resolve().parents[2] / "ozero" / "access"


@pytest.fixture()
def reader(lake: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A lake and a reader of team `ml-lab` (person `dev.one`), no purpose named."""
    monkeypatch.setenv("OZERO_TEAM", "ml-lab")
    monkeypatch.setenv("OZERO_USER", "dev.one")
    monkeypatch.delenv("OZERO_PURPOSE", raising=False)
    monkeypatch.delenv("OZERO_ACCESS_INTERNAL_TEAMS", raising=False)
    return lake


def _decision(version: str = "1.0.0", purpose: str | None = None) -> str:
    return decide(DATASET, version, current_reader(purpose)).decision


def test_no_grant_is_denied(reader: Path) -> None:
    assert _decision() == audit.DENIED


def test_a_grant_allows_its_team_only(reader: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    grants.grant(DATASET, "ml-lab", "pneumonia model", LATER, by="dr.who")
    assert _decision() == "allowed"
    monkeypatch.setenv("OZERO_TEAM", "other-lab")
    assert _decision() == audit.DENIED


def test_a_grant_limited_to_versions_covers_only_those(reader: Path) -> None:
    grants.grant(DATASET, "ml-lab", "pneumonia model", LATER, by="dr.who", versions=["1.0.0"])
    assert _decision("1.0.0") == "allowed"
    verdict = decide(DATASET, "1.1.0", current_reader())
    assert verdict.decision == audit.DENIED and "version 1.1.0" in verdict.reason


def test_a_grant_expires_after_its_last_day(reader: Path) -> None:
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    grants.grant(DATASET, "ml-lab", "p", "2020-06-30", by="dr.who", at=long_ago)
    [row] = grants.list_grants(DATASET)
    assert row["status"] == grants.EXPIRED
    assert grants.list_grants(DATASET, at=datetime(2020, 6, 30, 23, tzinfo=UTC))[0]["status"] == (
        grants.ACTIVE  # the `until` day itself is still inside the grant
    )
    verdict = decide(DATASET, "1.0.0", current_reader())
    assert verdict.decision == audit.DENIED and "expired" in verdict.reason


def test_until_in_the_past_is_refused(reader: Path) -> None:
    with pytest.raises(ValueError, match="in the past"):
        grants.grant(DATASET, "ml-lab", "p", date.today() - timedelta(days=1), by="dr.who")


def test_revoke_is_a_new_event_and_a_later_grant_counts_again(reader: Path) -> None:
    granted = grants.grant(DATASET, "ml-lab", "p", LATER, by="dr.who")
    grants.revoke(DATASET, "ml-lab", by="dr.who", note="project ended")
    assert _decision() == audit.DENIED
    kinds = [e["kind"] for e in events.read_all(grants.GRANTS, DATASET)]
    assert kinds == ["grant", "revoke"]  # the grant itself is untouched
    assert events.read_all(grants.GRANTS, DATASET)[0]["id"] == granted.id
    grants.grant(DATASET, "ml-lab", "p", LATER, by="dr.who")
    assert _decision() == "allowed"
    statuses = [r["status"] for r in grants.list_grants(DATASET)]
    assert statuses == [grants.REVOKED, grants.ACTIVE]


def test_revoking_one_purpose_keeps_the_other(reader: Path) -> None:
    grants.grant(DATASET, "ml-lab", "model A", LATER, by="dr.who")
    grants.grant(DATASET, "ml-lab", "model B", LATER, by="dr.who")
    assert _decision() == audit.DENIED  # two purposes: the reader must name one
    with (
        pytest.raises(AccessDeniedError, match="OZERO_PURPOSE"),
        audited_read(DATASET, "1.0.0", loader="t"),
    ):
        pass
    assert _decision(purpose="model A") == "allowed"
    grants.revoke(DATASET, "ml-lab", by="dr.who", purpose="model A")
    assert _decision(purpose="model A") == audit.DENIED
    assert _decision(purpose="model B") == "allowed"
    assert _decision() == "allowed"  # one purpose left


def test_revoking_a_team_without_grants_says_so(reader: Path) -> None:
    with pytest.raises(LookupError, match="no grant"):
        grants.revoke(DATASET, "nobody", by="dr.who")


def test_unknown_dataset_or_bad_names_are_refused(reader: Path) -> None:
    with pytest.raises(LookupError, match="no dataset"):
        grants.grant("no-such-set", "ml-lab", "p", LATER, by="dr.who")
    with pytest.raises(ValueError, match="team"):
        grants.grant(DATASET, "../etc", "p", LATER, by="dr.who")


def test_request_approve_creates_the_grant_once(reader: Path) -> None:
    asked = requests.request(DATASET, "ml-lab", "pneumonia model", LATER, by="dev.one",
                             versions=["1.0.0"])  # fmt: skip
    assert [r["id"] for r in requests.list_requests()] == [asked["id"]]
    assert _decision() == audit.DENIED  # a request alone grants nothing
    with pytest.raises(requests.DecidedError, match="another person"):
        requests.approve(asked["id"], by="dev.one")
    decided = requests.approve(asked["id"], by="dr.who", note="ethics ok")
    [granted] = grants.list_grants(DATASET)
    assert granted["id"] == decided["grant_id"] and granted["request_id"] == asked["id"]
    assert granted["versions"] == ["1.0.0"] and granted["by"] == "dr.who"
    assert _decision() == "allowed"
    with pytest.raises(requests.DecidedError):
        requests.reject(asked["id"], by="dr.other")
    assert requests.list_requests() == []
    [row] = requests.list_requests(include_decided=True)
    assert row["status"] == requests.APPROVED and row["decided_by"] == "dr.who"


def test_a_rejected_request_grants_nothing(reader: Path) -> None:
    asked = requests.request(DATASET, "ml-lab", "p", LATER, by="dev.one")
    requests.reject(asked["id"], by="dr.who", note="no ethics approval")
    assert grants.list_grants(DATASET) == [] and _decision() == audit.DENIED
    with pytest.raises(requests.DecidedError):
        requests.approve(asked["id"], by="dr.who")


def test_an_event_is_never_overwritten(reader: Path) -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    name = events.file_name(at, "g-fixed")
    events.write({"kind": "grant", "value": 1}, "grants", DATASET, name)
    with pytest.raises(events.EventExistsError):
        events.write({"kind": "grant", "value": 2}, "grants", DATASET, name)
    assert events.read_one("grants", DATASET, name) == {"kind": "grant", "value": 1}


# Calls into ozero.objects that could replace or remove a stored object.
REWRITING = {"put", "put_file", "put_tree", "delete", "delete_tree", "move", "make_read_only"}


def test_no_access_code_can_rewrite_or_delete_an_event() -> None:
    """Append-only by construction: the package only creates objects if absent."""
    offending = []
    for path in sorted(ACCESS_PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name.startswith(
                ("update", "delete", "remove", "rewrite", "edit")
            ):
                offending.append(f"{path.name}: def {node.name}")
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "objects"):
                continue
            if node.func.attr in REWRITING:
                offending.append(f"{path.name}:{node.lineno} objects.{node.func.attr}")
            if node.func.attr == "write_json":
                flags = {k.arg: k.value for k in node.keywords}
                if not (
                    isinstance(flags.get("if_absent"), ast.Constant) and flags["if_absent"].value
                ):
                    offending.append(f"{path.name}:{node.lineno} write_json without if_absent")
    assert offending == []


def test_a_denied_read_is_audited_and_names_the_request(reader: Path) -> None:
    denied = pytest.raises(AccessDeniedError)
    with denied as caught, audited_read(DATASET, "1.0.0", loader="test", purpose="model A"):
        pytest.fail("the body of a denied read must not run")
    line = caught.value.one_line()
    assert "\n" not in line
    assert f"ozero access request {DATASET} --team ml-lab --purpose 'model A'" in line
    [row] = audit.history()
    assert row["status"] == audit.DENIED and row["user"] == "dev.one" and row["team"] == "ml-lab"


def test_without_a_team_the_error_says_to_set_it(lake: Path, monkeypatch) -> None:
    monkeypatch.delenv("OZERO_TEAM", raising=False)
    denied = pytest.raises(AccessDeniedError, match="OZERO_TEAM")
    with denied as caught, audited_read(DATASET, "1.0.0", loader="test"):
        pass
    assert "OZERO_TEAM" in caught.value.one_line()


def test_an_allowed_read_records_attempt_then_outcome(reader: Path) -> None:
    grants.grant(DATASET, "ml-lab", "p", LATER, by="dr.who")
    with audited_read(DATASET, "1.0.0", loader="test", split="train") as read:
        [attempt] = audit.entries()  # recorded before any byte is read
        assert attempt["kind"] == "attempt" and attempt["decision"] == "allowed"
        read.add("data/x/part-0.parquet", 1234)
        read.rows = 7
    [row] = audit.history(DATASET)
    assert (row["status"], row["bytes"], row["rows"], row["split"]) == (audit.OK, 1234, 7, "train")
    assert row["granted_by"] == "dr.who" and row["purpose"] == "p"


def test_a_read_that_fails_is_audited_as_failed_without_the_message(reader: Path) -> None:
    grants.grant(DATASET, "ml-lab", "p", LATER, by="dr.who")
    with pytest.raises(OSError), audited_read(DATASET, "1.0.0", loader="test"):
        raise OSError("SNILS 123-456-789 01 in a message")
    [row] = audit.history()
    assert row["status"] == audit.FAILED
    assert "123-456" not in json.dumps(audit.entries(), ensure_ascii=False)


def test_internal_teams_read_without_a_grant_and_are_audited(reader: Path, monkeypatch) -> None:
    monkeypatch.setenv("OZERO_ACCESS_INTERNAL_TEAMS", "data-office, qa")
    monkeypatch.setenv("OZERO_TEAM", "data-office")
    with audited_read(DATASET, "1.0.0", loader="verify"):
        pass
    [row] = audit.history()
    assert row["decision"] == "internal" and row["status"] == audit.OK


def test_monthly_summary_counts_reads_denials_and_incomplete(reader: Path) -> None:
    grants.grant(DATASET, "ml-lab", "p", LATER, by="dr.who")
    for nbytes in (100, 50):
        with audited_read(DATASET, "1.0.0", loader="test") as read:
            read.add("f", nbytes)
    audit.record_attempt(  # a reader killed mid-read: the attempt without an outcome
        {"user": "dev.two", "team": "ml-lab", "dataset": DATASET, "version": "1.0.0",
         "decision": "allowed"}
    )  # fmt: skip
    with pytest.raises(AccessDeniedError), audited_read(DATASET, "1.0.0", loader="t", purpose="x"):
        pass
    [month] = audit.monthly(audit.history(DATASET))
    assert month["team"] == "ml-lab" and month["month"] == date.today().strftime("%Y-%m")
    assert (month["reads"], month["denied"], month["incomplete"], month["bytes"]) == (3, 1, 1, 150)
    assert month["users"] == 2


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_grant_list_revoke_and_audit_as_json(reader: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("OZERO_CURATOR", "dr.who")
    code, out, _ = _cli(capsys, "access", "grant", DATASET, "--to", "ml-lab", "--purpose",
                        "pneumonia model", "--until", LATER.isoformat(), "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["by"] == "dr.who"
    code, out, _ = _cli(capsys, "access", "list", "--json")
    assert code == 0 and [g["team"] for g in json.loads(out)] == ["ml-lab"]
    code, out, _ = _cli(capsys, "access", "revoke", DATASET, "--to", "ml-lab", "--json")
    assert code == 0 and json.loads(out)["kind"] == "revoke"
    code, out, _ = _cli(capsys, "access", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = _cli(capsys, "access", "list", "--all", "--json")
    assert [g["status"] for g in json.loads(out)] == [grants.REVOKED]
    code, out, _ = _cli(capsys, "access", "audit", DATASET, "--json")
    assert code == 0 and json.loads(out) == {"reads": [], "monthly": []}


def test_cli_request_queue(reader: Path, capsys, monkeypatch) -> None:
    code, out, _ = _cli(capsys, "access", "request", DATASET, "--team", "ml-lab", "--purpose",
                        "p", "--until", LATER.isoformat(), "--json")  # fmt: skip
    request_id = json.loads(out)["id"]
    assert json.loads(out)["by"] == "dev.one"
    code, out, _ = _cli(capsys, "access", "requests", "--json")
    assert [r["id"] for r in json.loads(out)] == [request_id]
    code, out, _ = _cli(capsys, "access", "approve", request_id, "--by", "dr.who", "--json")
    assert code == 0 and json.loads(out)["outcome"] == "approved"
    code, out, err = _cli(capsys, "access", "reject", request_id, "--by", "dr.who")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "decided already" in err


def test_cli_errors_are_one_line_with_exit_code_2(reader: Path, capsys) -> None:
    code, out, err = _cli(capsys, "access", "grant", "no-such-set", "--to", "ml-lab",
                          "--purpose", "p", "--until", LATER.isoformat())  # fmt: skip
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    code, out, err = _cli(capsys, "access", "grant", DATASET, "--to", "ml-lab",
                          "--purpose", "p", "--until", "31.12.2026")  # fmt: skip
    assert code == 2 and "YYYY-MM-DD" in err and len(err.strip().splitlines()) == 1


def test_events_live_in_the_ops_zone(reader: Path) -> None:
    grants.grant(DATASET, "ml-lab", "p", LATER, by="dr.who")
    [stored] = objects.list_files(str(reader / "ops" / "access" / "grants" / DATASET))
    assert stored.endswith(".json")


def test_the_demo_grants_its_team_once(reader: Path, monkeypatch) -> None:
    from ozero import demo
    from ozero.release import store

    monkeypatch.delenv("OZERO_TEAM", raising=False)
    assert store.commit_manifest({"dataset": DATASET, "version": "1.0.0", "files": []})
    demo.grant_demo_team("demo-curator")
    demo.grant_demo_team("demo-curator")  # a re-run of the demo adds nothing
    [granted] = grants.list_grants()
    assert (granted["team"], granted["by"], granted["status"]) == ("demo", "demo-curator", "active")
    monkeypatch.setenv("OZERO_TEAM", "demo")
    assert _decision() == "allowed"


def test_the_airflow_sweep_asks_once_per_pending_request(reader: Path) -> None:
    from ozero.access.airflow_answer import pending_runs

    first = requests.request(DATASET, "ml-lab", "p", LATER, by="dev.one")
    second = requests.request(DATASET, "ml-lab", "q", LATER, by="dev.one")
    requests.reject(second["id"], by="dr.who")
    assert pending_runs() == [
        {"trigger_run_id": f"access-{first['id']}", "conf": {"request_id": first["id"]}}
    ]


def test_a_cli_decision_stands_when_airflow_refuses_the_curator(reader: Path, monkeypatch, capsys):
    from ozero.release.airflow_hitl import AirflowAuthError

    def refuse(*_args, **_kwargs):
        raise AirflowAuthError("Airflow refused 'dr.who'")

    monkeypatch.setattr("ozero.access.airflow_answer.answer_waiting", refuse)
    asked = requests.request(DATASET, "ml-lab", "p", LATER, by="dev.one")
    assert main(["access", "approve", asked["id"], "--by", "dr.who"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"approved {asked['id']} by dr.who")
    assert err.strip() == "warning: the Airflow run was not answered (Airflow refused 'dr.who')"
    assert requests.decision(asked["id"])["outcome"] == requests.APPROVED
