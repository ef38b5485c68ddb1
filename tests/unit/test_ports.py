"""Free ports: one handed to a server is not handed to another before the first can bind it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from ozero.infra import ports


@pytest.fixture
def registry(tmp_path, monkeypatch):
    path = tmp_path / "ports"
    monkeypatch.setattr(ports, "_registry", lambda: path)
    return path


def test_a_port_the_os_offers_twice_is_handed_out_once(registry, monkeypatch):
    offers = iter([40001, 40001, 40001, 40002])
    monkeypatch.setattr(ports, "_os_free_port", lambda: next(offers))

    assert ports.free_port() == 40001
    # the first server has not bound 40001 yet; the OS offers it again
    assert ports.free_port() == 40002


def test_a_reservation_expires(registry, monkeypatch):
    registry.write_text(
        f"40001 {time.time() - ports.RESERVED_S - 1:.3f}\n40003 {time.time():.3f}\n"
    )
    monkeypatch.setattr(ports, "_os_free_port", lambda: 40001)

    assert ports.free_port() == 40001
    # the expired line is dropped, the live one kept: the file does not grow without end
    assert sorted(int(line.split()[0]) for line in registry.read_text().splitlines()) == [
        40001,
        40003,
    ]


def test_a_damaged_registry_line_is_ignored(registry, monkeypatch):
    registry.write_text("not a port\n40001\n")
    monkeypatch.setattr(ports, "_os_free_port", lambda: 40001)

    assert ports.free_port() == 40001


PICK_MANY = """
import sys
from ozero.infra.ports import free_port
print(" ".join(str(free_port()) for _ in range(40)))
"""


def test_two_processes_at_once_never_get_the_same_port(tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # their own registry, not the session's
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", PICK_MANY], env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    picked = [int(p) for proc in procs for p in proc.communicate(timeout=60)[0].split()]

    assert all(proc.returncode == 0 for proc in procs)
    assert len(picked) == 80
    assert len(set(picked)) == 80
    assert len((tmp_path / f"ozero-ports-{os.getuid()}").read_text().splitlines()) == 80
