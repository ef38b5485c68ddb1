"""Data folders beside a module are real folders, also when the code is imported from a zip
(spark-submit --py-files): extracted once per archive, with every file of the folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ozero.package_data import data_dir


def _archive(tmp_path: Path) -> Path:
    archive = tmp_path / "ozero.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("ozero/formats/semd.py", "")
        zf.writestr("ozero/formats/xsd/semd174/CDA.xsd", "<schema/>")
        zf.writestr("ozero/formats/xsd/semd174/coreschemas/datatypes.xsd", "<types/>")
        zf.writestr("ozero/formats/other/ignored.txt", "not asked for")
    return archive


def test_a_folder_on_disk_is_returned_as_it_is(tmp_path):
    (tmp_path / "xsd").mkdir()
    assert data_dir(str(tmp_path / "semd.py"), "xsd") == tmp_path / "xsd"


def test_a_folder_inside_a_zip_is_extracted_whole_and_once(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    module = str(_archive(tmp_path) / "ozero" / "formats" / "semd.py")
    folder = data_dir(module, "xsd")
    assert (folder / "semd174" / "CDA.xsd").read_text() == "<schema/>"
    assert (folder / "semd174" / "coreschemas" / "datatypes.xsd").read_text() == "<types/>"
    assert not (folder.parent / "other").exists()  # only what was asked for
    (folder / "semd174" / "marker").write_text("kept")
    assert data_dir(module, "xsd") == folder  # the second call reuses the extraction
    assert (folder / "semd174" / "marker").exists()


def test_a_folder_that_is_nowhere_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="neither a folder nor inside a zip"):
        data_dir(str(tmp_path / "semd.py"), "xsd")
    module = str(_archive(tmp_path) / "ozero" / "formats" / "semd.py")
    with pytest.raises(FileNotFoundError, match="holds no ozero/formats/missing/"):
        data_dir(module, "missing")
