"""Data folders shipped inside the `ozero` package (SEMD XSDs, Schematron), as real folders.

On a Spark cluster the code reaches the executors as an archive (`spark-submit --py-files
ozero.zip`): Python imports from it, but lxml needs the schemas on disk, and the XSDs include
one another by relative path. A folder inside an archive is extracted once per archive (its
path, size and time name the cache), atomically, so concurrent Python workers on one host
share it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path, PurePosixPath


def data_dir(module_file: str, name: str) -> Path:
    """The folder `name` beside the module whose `__file__` is `module_file`."""
    beside = Path(module_file).parent / name
    if beside.is_dir():
        return beside
    archive, inner = _inside_archive(beside)
    if archive is None:
        raise FileNotFoundError(f"{beside} is neither a folder nor inside a zip archive")
    stat = archive.stat()
    key = hashlib.sha256(f"{archive.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    cache = Path(tempfile.gettempdir()) / f"ozero-package-data-{key.hexdigest()[:16]}"
    target = cache / inner
    if not target.is_dir():
        _extract(archive, inner, cache)
    return target


def _inside_archive(path: Path) -> tuple[Path | None, PurePosixPath]:
    """The zip file holding `path` and the path inside it (None when there is none)."""
    for parent in path.parents:
        if parent.is_file() and zipfile.is_zipfile(parent):
            return parent, PurePosixPath(path.relative_to(parent).as_posix())
    return None, PurePosixPath()


def _extract(archive: Path, inner: PurePosixPath, cache: Path) -> None:
    """Extract the members under `inner` into `cache`, all or nothing (rename into place)."""
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=cache, prefix=".staging-"))
    try:
        with zipfile.ZipFile(archive) as zf:
            members = [m for m in zf.namelist() if m.startswith(f"{inner}/")]
            if not members:
                raise FileNotFoundError(f"{archive} holds no {inner}/")
            zf.extractall(staging, members)
        (cache / inner).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.rename(staging / inner, cache / inner)
        except OSError:
            if not (cache / inner).is_dir():  # not a lost race with another worker
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
