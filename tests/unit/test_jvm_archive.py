"""The driver JVM's class archive: which options a session gets, and when it gets none."""

from __future__ import annotations

from pathlib import Path

import pytest

from ozero import jvm_archive
from ozero.config import Settings
from ozero.spark import SMALL_JVM_OPTIONS


@pytest.fixture
def settings(tmp_path: Path, monkeypatch) -> Settings:
    monkeypatch.delenv(jvm_archive.DUMP_ENV, raising=False)
    monkeypatch.setenv("OZERO_JARS_DIR", str(tmp_path / "jars"))
    return Settings()


def test_no_archive_means_no_options(settings):
    assert jvm_archive.java_options(settings, SMALL_JVM_OPTIONS) == ""


def test_an_archive_at_the_keyed_path_is_mapped_and_the_jvm_warns_on_stderr(settings):
    path = jvm_archive.archive_path(settings, SMALL_JVM_OPTIONS)
    assert path is not None and path.parent == settings.jars_dir / "jvm"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"archive")
    options = jvm_archive.java_options(settings, SMALL_JVM_OPTIONS).split()
    assert f"-XX:SharedArchiveFile={path}" in options
    # the JVM's own log writes warnings to stdout by default: a command's answer
    assert options[-2:] == ["-Xlog:disable", "-Xlog:all=warning:stderr"]


def test_the_key_changes_with_the_jvm_options_and_the_jdk(settings, monkeypatch, tmp_path):
    small = jvm_archive.archive_key(SMALL_JVM_OPTIONS)
    assert small and small == jvm_archive.archive_key(SMALL_JVM_OPTIONS)
    assert jvm_archive.archive_key(SMALL_JVM_OPTIONS + " -Xss4m") != small
    other_jdk = tmp_path / "jdk" / "bin"
    other_jdk.mkdir(parents=True)
    (other_jdk / "java").write_text("")
    monkeypatch.setenv("JAVA_HOME", str(other_jdk.parent))
    assert jvm_archive.archive_key(SMALL_JVM_OPTIONS) not in (None, small)


def test_without_java_there_is_no_archive(settings, monkeypatch):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", "")
    assert jvm_archive.archive_path(settings, SMALL_JVM_OPTIONS) is None
    assert jvm_archive.java_options(settings, SMALL_JVM_OPTIONS) == ""


def test_the_writing_process_dumps_instead_of_mapping(settings, monkeypatch, tmp_path):
    monkeypatch.setenv(jvm_archive.DUMP_ENV, str(tmp_path / "out.partial"))
    options = jvm_archive.java_options(settings, SMALL_JVM_OPTIONS).split()
    assert options[0] == f"-XX:ArchiveClassesAtExit={tmp_path / 'out.partial'}"
