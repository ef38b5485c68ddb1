"""`ozero label` expected failures: one line on stderr naming the fix, exit 2, nothing on
stdout even with --json (tests/unit/test_cli_errors.py's rule), checked before any server
or Spark is needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ozero.cli import main


@pytest.fixture(autouse=True)
def no_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OZERO_LABEL_STUDIO_HOME", str(tmp_path / "label-studio"))
    monkeypatch.delenv("OZERO_LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("OZERO_LABEL_STUDIO_TOKEN", raising=False)


def _fails(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["label", *args])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


@pytest.mark.parametrize(
    "args",
    [
        ("push", "chest-xray", "1.0.0", "--task", "classify", "--json"),
        ("pull", "3", "--json"),
        ("adjudicate", "3"),
        ("projects",),
    ],
)
def test_no_server_names_make_label(capsys: pytest.CaptureFixture[str], args: tuple) -> None:
    assert "make label" in _fails(capsys, *args)


def test_bad_task_kind_is_refused_before_the_server(capsys: pytest.CaptureFixture[str]) -> None:
    err = _fails(capsys, "push", "chest-xray", "1.0.0", "--task", "keypoints", "--json")
    assert "keypoints" in err and "--task classify|bbox|segment|text-entities" in err


def test_agreement_before_pull_names_the_pull(
    lake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _fails(capsys, "agreement", "7", "--json")
    assert "ozero label pull 7" in err


def test_server_address_from_settings_that_does_not_answer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ozero.infra.ports import free_port

    monkeypatch.setenv("OZERO_LABEL_STUDIO_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("OZERO_LABEL_STUDIO_TOKEN", "x" * 40)
    assert "does not answer" in _fails(capsys, "pull", "3")


def test_a_data_folder_postgres_cannot_enter_is_refused_up_front(tmp_path: Path) -> None:
    import os

    from ozero.errors import SetupError
    from ozero.infra.label_studio import _check_reachable

    if os.geteuid() != 0:
        pytest.skip("PostgreSQL runs as another account only when we are root")
    closed = tmp_path / "closed"
    (closed / "home").mkdir(parents=True)
    closed.chmod(0o700)
    with pytest.raises(SetupError, match="cannot enter .*closed \\(") as caught:
        _check_reachable(closed / "home" / ".label-studio")
    assert "OZERO_LABEL_STUDIO_HOME" in caught.value.one_line()
