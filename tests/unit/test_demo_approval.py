"""The demo's curator loop: a candidate approved before its Airflow task starts waiting must
still get the task answered (a real hang seen in the e2e test: the approval landed in the
~0.1 s between `build_candidate` and `curator_approval`, and the loop never looked again)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from ozero import demo


@dataclass
class FakeDagRun:
    """A `dags test release` process that ends once its approval task has been answered."""

    waits_for_answer: bool = True
    returncode: int | None = None
    polls: int = 0

    def poll(self) -> int | None:
        self.polls += 1
        if self.polls > 10:  # a hang: fail the test instead of looping forever
            raise AssertionError("release DAG never answered")
        if not self.waits_for_answer:
            self.returncode = 0
        return self.returncode


@dataclass
class FakeCandidate:
    dataset: str
    version: str
    status: str


@dataclass
class Airflow:
    run: FakeDagRun
    task_waiting: bool = False
    answered: list[str] = field(default_factory=list)
    approvers: list[str] = field(default_factory=list)

    def answer(self, dag_id, approve, approver, match) -> int:
        if not self.task_waiting:
            return 0
        self.answered.append(match["version"])
        self.run.waits_for_answer = False
        return 1


@pytest.fixture
def loop(monkeypatch, tmp_path):
    import ozero.release.airflow_hitl as hitl
    import ozero.release.approval as approval
    import ozero.release.candidate as candidate_mod

    run = FakeDagRun()
    airflow = Airflow(run)
    candidates = [FakeCandidate(demo.DATASET, "1.0.0", "pending")]

    def approve(dataset, version, approver, note):
        airflow.approvers.append(approver)
        candidates[0].status = "approved"
        answered = airflow.answer("release", True, approver, {"version": version})

        @dataclass
        class Decision:
            airflow_tasks_answered: int

        # the task starts waiting right after this approval: the race
        airflow.task_waiting = True
        return Decision(answered)

    monkeypatch.setattr(demo, "_dags_test", lambda dag_id, env, log_dir: run)
    monkeypatch.setattr(demo.time, "sleep", lambda s: None)
    monkeypatch.setattr(candidate_mod, "list_candidates", lambda dataset=None: candidates)
    monkeypatch.setattr(approval, "approve", approve)
    monkeypatch.setattr(hitl, "answer_waiting_approval", airflow.answer)
    monkeypatch.setattr(hitl, "release_match", lambda d, v: {"version": v})
    return airflow, candidates


def test_approval_before_the_task_waits_is_still_delivered(loop, tmp_path, monkeypatch):
    airflow, candidates = loop
    monkeypatch.setenv("OZERO_CURATOR", "unit-curator")  # set after import: read per run
    demo.run_release_with_approval({}, tmp_path)
    assert candidates[0].status == "approved"
    assert airflow.answered == ["1.0.0"]  # answered exactly once, on a later poll
    assert airflow.approvers == ["unit-curator"]
