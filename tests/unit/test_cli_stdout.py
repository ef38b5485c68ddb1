"""A command's stdout is its answer only: whatever a child process (a JVM) or a C library writes
to file descriptor 1 while the command runs lands on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ozero import cli

REPO = Path(__file__).resolve().parents[2]


def _noisy_command(_args: object) -> int:
    """Like a Spark command: a child inheriting fd 1 and a raw write to fd 1, then the JSON."""
    subprocess.run([sys.executable, "-c", "print('child WARN Your hostname resolves to …')"])
    os.write(1, b"raw fd-1 noise\n")
    cli._print_json([{"zone": "silver", "rows": 3}])
    return 0


def test_child_and_fd1_noise_goes_to_stderr_in_process(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "cmd_lake_tables", _noisy_command)
    assert cli.main(["lake", "tables", "--json"]) == 0
    out, err = capfd.readouterr()
    assert json.loads(out) == [{"zone": "silver", "rows": 3}]
    assert "child WARN" in err and "raw fd-1 noise" in err


def test_child_and_fd1_noise_goes_to_stderr_in_a_real_process() -> None:
    """The same through a real process whose stdout is a pipe, as `ozero … --json | jq`."""
    code = (
        "import sys; from ozero import cli; from tests.unit.test_cli_stdout import _noisy_command;"
        "cli.cmd_lake_tables = _noisy_command; sys.exit(cli.main(['lake', 'tables', '--json']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"zone": "silver", "rows": 3}]
    assert "child WARN" in result.stderr and "raw fd-1 noise" in result.stderr


def test_fd1_is_restored_after_the_command(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "cmd_lake_tables", lambda _args: 0)
    cli.main(["lake", "tables"])
    os.write(1, b"after\n")
    out, _ = capfd.readouterr()
    assert out == "after\n"
