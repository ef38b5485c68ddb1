"""Every expected failure of `ozero` is one line on stderr naming the fix, exit code 2, no
traceback; a bug still shows its traceback.

The subprocess tests run the real command (`python -m ozero.cli`) with Java made unreachable
(JAVA_HOME points nowhere, no java on PATH): none of these failures may need a JVM to be said.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ozero import cli
from ozero.infra.ports import free_port


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OZERO_", "AWS_", "SPARK_", "PYSPARK_"))
    }
    no_java = tmp_path / "no-java"
    env.update(
        JAVA_HOME=str(no_java),
        PATH=os.pathsep.join(
            p for p in env.get("PATH", "").split(os.pathsep) if not (Path(p) / "java").exists()
        ),
        OZERO_LAKE_URI=str(tmp_path / "lake"),
        OZERO_PSEUDONYM_KEY_FILE=str(tmp_path / "secrets" / "pseudonym.key"),
        OZERO_SIMULATOR_URL=f"http://127.0.0.1:{free_port()}",  # nothing listens there
    )
    env.update(extra)
    return env


def ozero(tmp_path: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ozero.cli", *argv],
        env=_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str], *fix: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for words in fix:
        assert words in lines[0], lines[0]
    return lines[0]


def test_no_key_says_how_to_make_one(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    key_file = tmp_path / "secrets" / "pseudonym.key"
    result = ozero(tmp_path, "deid", "dicom", str(tmp_path / "in"), str(tmp_path / "out"))
    line = assert_one_line_failure(result, f"ozero deid new-key {key_file}")
    assert line.startswith("ozero deid dicom: ")
    assert "OZERO_PSEUDONYM_KEY_FILE" in line
    assert not (tmp_path / "out").exists()


def test_the_key_the_demo_makes_is_the_one_the_cli_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make demo` writes the key to `Settings.key_file`; with no key variable set, every later
    command must load that same file (the reported bug: `ozero deid dicom` after the demo)."""
    from ozero import config
    from ozero.deid import keys

    for name in (keys.ENV_KEY, keys.ENV_KEY_ID, keys.ENV_KEY_FILE, keys.ENV_KEY_CONN):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(config, "REPO_ROOT", tmp_path)  # a checkout of its own
    with pytest.raises(keys.MissingKeyError):
        keys.load_key()
    made = keys.generate_key_file(config.get_settings().key_file)  # what ozero.demo does
    assert config.get_settings().key_file == tmp_path / ".ozero" / "pseudonym.key"
    assert keys.load_key() == made


def test_a_key_file_path_that_does_not_exist_names_the_command(tmp_path: Path) -> None:
    result = ozero(tmp_path, "deid", "rotate-key", "--new-key-file", str(tmp_path / "new.key"))
    assert_one_line_failure(result, f"ozero deid new-key {tmp_path / 'new.key'}")


def test_new_key_never_overwrites(tmp_path: Path) -> None:
    existing = tmp_path / "k.json"
    existing.write_text("{}")
    assert_one_line_failure(ozero(tmp_path, "deid", "new-key", str(existing)), "choose a new path")
    assert existing.read_text() == "{}"


def test_bad_input_folder(tmp_path: Path) -> None:
    result = ozero(tmp_path, "deid", "dicom", str(tmp_path / "missing"), str(tmp_path / "out"))
    assert_one_line_failure(result, str(tmp_path / "missing"), "does not exist")


def test_unknown_table_lists_the_known_ones(tmp_path: Path) -> None:
    result = ozero(tmp_path, "lake", "tables", "silver.nope", "--json")
    assert_one_line_failure(result, "unknown table 'silver.nope'", "silver.oms_cases")


def test_upkeep_checks_its_arguments_before_spark(tmp_path: Path) -> None:
    result = ozero(tmp_path, "lake", "upkeep", "gold.nope", "--dry-run")
    assert_one_line_failure(result, "unknown table 'gold.nope'", "silver.oms_cases")
    result = ozero(tmp_path, "lake", "upkeep", "--retain-hours", "-1")
    assert_one_line_failure(result, "--retain-hours", "0 or more")


def test_unknown_nsi_directory_says_how_to_land_it(tmp_path: Path) -> None:
    result = ozero(tmp_path, "lake", "nsi-version", "1.2.643.0.0")
    assert_one_line_failure(result, "1.2.643.0.0", "ozero run ingest nsi --oid 1.2.643.0.0")


def test_unknown_dataset_fails_before_spark(tmp_path: Path) -> None:
    result = ozero(tmp_path, "run", "candidate", "no-such-dataset")
    assert_one_line_failure(result, "unknown dataset 'no-such-dataset'", "known datasets")


def test_unknown_release_version(tmp_path: Path) -> None:
    result = ozero(tmp_path, "release", "show", "chest-imaging-protocols", "9.9.9")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert_one_line_failure(result, "no release or candidate 9.9.9", "ozero release list --all")


def test_registry_down_names_the_setting_and_the_simulator(tmp_path: Path) -> None:
    result = ozero(
        tmp_path, "run", "ingest", "remd", "--start", "2026-06-01", "--end", "2026-06-02"
    )
    assert_one_line_failure(result, "does not answer", "OZERO_REMD_URL", "ozero simulator serve")


def test_missing_jars_say_make_jars(tmp_path: Path) -> None:
    (tmp_path / "no-jars").mkdir()
    result = ozero(tmp_path, "lake", "summary", "--json", OZERO_JARS_DIR=str(tmp_path / "no-jars"))
    assert_one_line_failure(result, "make jars")


def test_missing_java_says_install_java(tmp_path: Path) -> None:
    """Spark-needing commands fail in one line when Java is missing (jars are present)."""
    jars = Path(__file__).resolve().parents[2] / ".jars"
    if not any(jars.glob("delta-spark_*.jar")):
        pytest.skip("Delta jars missing: run `make jars`")
    result = ozero(tmp_path, "lake", "summary", "--json", OZERO_JARS_DIR=str(jars))
    assert_one_line_failure(result, "Spark needs Java", "JAVA_HOME=")


@pytest.mark.parametrize(
    "raise_it",
    [
        "from ozero.deid.keys import MissingKeyError as E; raise E('no key; make one')",
        "from ozero.spark import MissingJarsError as E; raise E('no jars; run `make jars`')",
        "from ozero.curate.keyring import KeyMismatchError as E; raise E('ids differ')",
        "from ozero.release.datasets import get_dataset; get_dataset('nope')",
        "from ozero.release.catalog import ReleaseNotFoundError as E; raise E('1.0.0 not published')",
        "from ozero.sources.http import RegistryError as E; raise E('GET /x answered HTTP 503')",
        "from ozero.curate.nsi import NsiVersionError as E; raise E('no version before 2020')",
    ],
)
def test_every_expected_error_class_is_one_line_and_exit_2(
    raise_it: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The errors the pipeline raises for a user to fix all reach `main` as `OzeroError`."""

    def command(_args: object) -> int:
        exec(raise_it)  # noqa: S102 - a fixed line of this test
        return 0

    monkeypatch.setattr(cli, "cmd_lake_tables", command)
    assert cli.main(["lake", "tables"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("ozero lake tables: ")


def test_a_bug_keeps_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def command(_args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "cmd_lake_tables", command)
    with pytest.raises(ZeroDivisionError):
        cli.main(["lake", "tables"])


def test_a_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    result = ozero(tmp_path, "lake", "nsi-version", "1.2.3", "--on", "2026-13-01")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "is not a date (YYYY-MM-DD)" in result.stderr
