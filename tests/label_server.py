"""A real Label Studio (its own venv, on PostgreSQL) for tests, in a fresh folder, and the
answers its UI would send: the labelling round test and the demo's end-to-end round share it."""

from __future__ import annotations

import json
import shutil
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


@contextmanager
def label_server() -> Iterator[label_studio.Connection]:
    """Label Studio in a throwaway home, as `make label` runs it; `ozero label` commands
    find it through the connection file in that home (OZERO_LABEL_STUDIO_HOME)."""
    skip_without_tools()
    # under root PostgreSQL runs as `postgres`, which cannot enter pytest's 0700 folders
    home = Path(tempfile.mkdtemp(prefix="ozero-label-", dir="/tmp"))
    home.chmod(0o755)
    mp = pytest.MonkeyPatch()
    mp.setenv("OZERO_LABEL_STUDIO_HOME", str(home))
    for name in ("OZERO_LABEL_STUDIO_URL", "OZERO_LABEL_STUDIO_TOKEN"):
        mp.delenv(name, raising=False)
    started = time.monotonic()
    try:
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
