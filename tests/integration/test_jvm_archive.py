"""The class archive `make setup` writes is what a new process's session maps; one that does
not fit is ignored by the JVM, quietly for a command's stdout."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from ozero import jvm_archive
from ozero.config import REPO_ROOT, get_settings
from ozero.spark import SMALL_JVM_OPTIONS

# a new process's session; it prints (as JSON, alone on stdout) what the JVM says it mapped
SESSION = """
import json, os, subprocess
from ozero.spark import get_spark

spark = get_spark()
assert spark.range(3).count() == 3
pid = spark.sparkContext._jvm.ProcessHandle.current().pid()
jcmd = os.path.join(os.environ["JAVA_HOME"], "bin", "jcmd")
info = subprocess.run([jcmd, str(pid), "VM.info"], capture_output=True, text=True).stdout
mapped = [line for line in info.splitlines() if line.startswith("CDS archive(s) mapped at")]
print(json.dumps({"mapped": mapped}))
"""


def _session(env: dict[str, str]) -> tuple[list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", SESSION],
        cwd=REPO_ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)["mapped"], done.stderr  # stdout: the JSON and nothing else


def _mapped_bytes(mapped: list[str]) -> int:
    if not mapped:
        return 0  # sharing off: the JVM loads every class from its jars
    size = re.search(r"size (\d+)", mapped[0])
    assert size, mapped
    return int(size.group(1))


def test_a_new_process_session_maps_the_archive_make_setup_wrote():
    path = jvm_archive.archive_path(get_settings(), SMALL_JVM_OPTIONS)
    assert path is not None and path.is_file(), f"{path}: run `make setup`"
    mapped, _ = _session({})
    # the JDK's own archive is ~15 MB; the mapping holds ours (~190 MB) on top of it
    assert _mapped_bytes(mapped) > path.stat().st_size


def test_an_archive_that_does_not_fit_is_ignored(tmp_path: Path, monkeypatch):
    jars = tmp_path / "jars"
    jars.mkdir()
    for jar in get_settings().jars_dir.glob("*.jar"):
        (jars / jar.name).symlink_to(jar)
    monkeypatch.setenv("OZERO_JARS_DIR", str(jars))
    path = jvm_archive.archive_path(get_settings(), SMALL_JVM_OPTIONS)
    assert path is not None and path.parent.parent == jars
    path.parent.mkdir()
    path.write_bytes(b"\0" * 4096)  # a truncated copy, or another machine's file
    mapped, _ = _session({})
    # the session started, printed its answer alone on stdout (parsed above), and mapped
    # at most the JDK's own archive (a top archive that fails to load can turn sharing off)
    assert _mapped_bytes(mapped) < 64 * 2**20
