"""A real Label Studio (its own venv, on PostgreSQL) for tests, in a fresh folder, and the
answers its UI would send: the labelling round test and the demo's end-to-end round share it.

Each test gets a fresh home, copied from a migrated one kept outside the clone
(`$OZERO_TEST_CACHE`, default ~/.cache/ozero): an empty home's first start runs initdb and
Label Studio's ~300 Django migrations, ~50 s of CPU on 2 cores, where a migrated home starts
in ~5 s. The copy is keyed by the Label Studio and PostgreSQL versions and by the code that
starts them, so a change to either migrates afresh; the tests then run on the copy exactly as
on a home `make label` made.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ozero.cli import main
from ozero.infra import label_studio, pg_server
from ozero.labels import configs


def skip_without_tools() -> None:
    try:
        label_studio.executable()
        pg_server.bin_dir()
    except (Exception, pg_server.PostgresMissingError) as exc:  # noqa: BLE001
        pytest.skip(f"Label Studio or PostgreSQL not installed ({exc}); `make label-venv`")


def _fresh_home() -> Path:
    # under root PostgreSQL runs as `postgres`, which cannot enter pytest's 0700 folders
    home = Path(tempfile.mkdtemp(prefix="ozero-label-", dir="/tmp"))
    home.chmod(0o755)
    return home


def _template_key() -> str:
    """What a migrated home depends on: the two servers' versions and the code starting them."""
    code = hashlib.sha1()
    for module in (label_studio, pg_server):
        code.update(Path(str(module.__file__)).read_bytes())
    pg = pg_server.bin_dir().parent.name
    return f"{label_studio.installed_version()}-pg{pg}-{code.hexdigest()[:12]}"


def _copy(source: Path, target: Path) -> None:
    """`cp -a`: the cluster's files stay owned by the account PostgreSQL runs as."""
    subprocess.run(["cp", "-a", f"{source}/.", str(target)], check=True)


def migrate_into(home: Path) -> None:
    """Fill an empty home with a migrated, stopped Label Studio (PostgreSQL data, admin)."""
    cache = Path(os.environ.get("OZERO_TEST_CACHE") or Path.home() / ".cache" / "ozero")
    template = cache / "label-studio-home" / _template_key()
    template.parent.mkdir(parents=True, exist_ok=True)
    with open(template.parent / "lock", "w") as lock:  # the two xdist workers take turns
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not template.is_dir():  # a whole copy or none: it is renamed into place
            with label_studio.running(folder=home):
                pass  # started once: database created, migrations run, admin made
            (home / "server.log").unlink(missing_ok=True)
            staging = Path(tempfile.mkdtemp(dir=template.parent))
            _copy(home, staging)
            staging.rename(template)
            return
    _copy(template, home)


@contextmanager
def label_server() -> Iterator[label_studio.Connection]:
    """Label Studio in a throwaway home, as `make label` runs it; `ozero label` commands
    find it through the connection file in that home (OZERO_LABEL_STUDIO_HOME)."""
    skip_without_tools()
    home = _fresh_home()
    mp = pytest.MonkeyPatch()
    mp.setenv("OZERO_LABEL_STUDIO_HOME", str(home))
    for name in ("OZERO_LABEL_STUDIO_URL", "OZERO_LABEL_STUDIO_TOKEN"):
        mp.delenv(name, raising=False)
    started = time.monotonic()
    try:
        migrate_into(home)
        with label_studio.running(folder=home) as connection:
            print(f"Label Studio started in {time.monotonic() - started:.0f}s")
            yield connection
    finally:
        mp.undo()
        shutil.rmtree(home, ignore_errors=True)


def choice(value: str) -> list[dict]:
    """A classify answer as the labelling screen submits it."""
    return [
        {
            "from_name": configs.CLASS_CONTROL,
            "to_name": configs.IMAGE_OBJECT,
            "type": "choices",
            "value": {"choices": [value]},
        }
    ]


def ozero_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    """`ozero ARGS --json` in-process: it must succeed, and stdout must be its JSON alone."""
    capsys.readouterr()
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)
