"""De-identify a directory tree of DICOM files into a new tree, with a JSON report.

Layout: output files are named by their *new* UIDs, ``OUTPUT/<study>/<series>/<instance>.dcm``,
because input folder and file names are often patient names or accession numbers. The input
path appears only in the report, which therefore belongs with the input, not the release.

``OUTPUT/_quarantine/`` holds byte-for-byte copies of originals that could not be cleared
(burned-in text unchecked or remaining) with a ``.reason.txt`` beside each: it is PHI-bearing
and must stay inside the trust zone of the input. Nothing else of the original is copied.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset

from ozero.deid.dicom.burned_in import tesseract_ocr
from ozero.deid.dicom.deidentify import DeidConfig, deidentify, quiet_pydicom
from ozero.deid.dicom.profile import ProfileOptions
from ozero.deid.dicom.uids import UidMapper
from ozero.deid.keys import load_key

QUARANTINE_DIR = "_quarantine"
DICOMDIR_CLASS = "1.2.840.10008.1.3.10"
# At least one of these must be present for a file to count as a DICOM dataset.
_INSTANCE_TAGS = (0x00080016, 0x00080018, 0x00100010, 0x00100020, 0x0020000D, 0x7FE00010)


@dataclass
class TreeReport:
    """Per-file entries plus totals by status; JSON-ready via :meth:`as_dict`."""

    key_id: str
    options: ProfileOptions
    ocr_available: bool
    files: list[dict[str, object]] = field(default_factory=list)
    seconds: float = 0.0

    def totals(self) -> dict[str, int]:
        return dict(Counter(str(f["status"]) for f in self.files))

    def as_dict(self) -> dict[str, object]:
        opts = self.options
        return {
            "key_id": self.key_id,
            "layout": "<new StudyInstanceUID>/<new SeriesInstanceUID>/<new SOPInstanceUID>.dcm",
            "options": {
                "retain_modified_dates": opts.retain_modified_dates,
                "retain_patient_characteristics": opts.retain_patient_characteristics,
                "retain_device_identity": opts.retain_device_identity,
                "clean_descriptors": opts.clean_descriptors,
                "safe_private": sorted(f"{c}:{e:02X}" for c, e in opts.safe_private),
            },
            "ocr_available": self.ocr_available,
            "seconds": round(self.seconds, 3),
            "totals": self.totals(),
            "files": self.files,
        }


def _input_files(root: Path) -> list[Path]:
    """Every regular file under root, sorted (deterministic names on collisions)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        out.extend(Path(dirpath) / name for name in sorted(filenames))
    return out


def _read(path: Path) -> tuple[Dataset | None, str]:
    """The dataset, or None and a reason (exception type only: messages may echo values)."""
    try:
        ds = pydicom.dcmread(path, force=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is reported and skipped
        return None, f"unreadable ({type(exc).__name__})"
    meta = getattr(ds, "file_meta", None)
    if meta is not None and str(meta.get("MediaStorageSOPClassUID", "")) == DICOMDIR_CLASS:
        return None, "DICOMDIR media index (rebuild it from the output tree)"
    if len(ds) == 0 or not any(tag in ds for tag in _INSTANCE_TAGS):
        return None, "not a DICOM dataset (no patient, study, instance or pixel attributes)"
    return ds, ""


def _output_path(ds: Dataset, out_root: Path, taken: set[Path]) -> Path:
    parts = [
        str(ds.get("StudyInstanceUID", "") or "no-study"),
        str(ds.get("SeriesInstanceUID", "") or "no-series"),
    ]
    stem = str(ds.get("SOPInstanceUID", "") or "no-instance")
    path = out_root.joinpath(*parts, f"{stem}.dcm")
    n = 1
    while path in taken:  # same instance in several files (e.g. one image, two syntaxes)
        path = out_root.joinpath(*parts, f"{stem}_{n}.dcm")
        n += 1
    taken.add(path)
    return path


def _write(ds: Dataset, path: Path) -> None:
    """Write via a temporary name so a failure never leaves a partial file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        try:
            ds.save_as(tmp, enforce_file_format=False)
        except (TypeError, ValueError):
            _decode_all(ds)  # raw elements whose VR the file never stated: decode, retry
            ds.save_as(tmp, enforce_file_format=False)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _decode_all(ds: Dataset) -> None:
    """Replace every raw element by its decoded form (VR resolved), sequences included."""
    for tag in list(ds.keys()):
        elem = ds[tag]
        if elem.VR == "SQ":
            for item in elem.value or ():
                _decode_all(item)


def _quarantine(src: Path, rel: Path, out_root: Path, reason: str) -> Path:
    target = out_root / QUARANTINE_DIR / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, target)
    target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")
    return target


def deidentify_tree(input_dir: Path, output_dir: Path, config: DeidConfig) -> TreeReport:
    """De-identify every file under ``input_dir`` into ``output_dir``; never raises per file."""
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    report = TreeReport(config.key.key_id, config.options, config.ocr is not None)
    uids = UidMapper(config.key)
    taken: set[Path] = set()
    start = time.perf_counter()
    with quiet_pydicom():
        for src in _input_files(input_dir):
            report.files.append(_one_file(src, input_dir, output_dir, config, uids, taken))
    report.seconds = time.perf_counter() - start
    return report


def _one_file(
    src: Path,
    input_dir: Path,
    output_dir: Path,
    config: DeidConfig,
    uids: UidMapper,
    taken: set[Path],
) -> dict[str, object]:
    """Read, de-identify and write one file; the report entry says what happened."""
    rel = src.relative_to(input_dir)
    entry: dict[str, object] = {"source": rel.as_posix(), "output": None}
    ds, why = _read(src)
    if ds is None:
        entry.update(status="skipped", reason=why)
        return entry
    try:
        result = deidentify(ds, config, uids)
        entry.update(result.report.as_dict())
        if result.dataset is None:
            target = _quarantine(src, rel, output_dir, result.report.reason)
            entry["output"] = target.relative_to(output_dir).as_posix()
        else:
            target = _output_path(result.dataset, output_dir, taken)
            _write(result.dataset, target)
            entry["output"] = target.relative_to(output_dir).as_posix()
    except Exception as exc:  # noqa: BLE001 - a malformed file must not stop the run
        entry.update(status="error", reason=f"failed ({type(exc).__name__})", output=None)
    return entry


def run_dicom_cli(
    input_dir: str | os.PathLike[str],
    output_dir: str | os.PathLike[str],
    report: str | os.PathLike[str] | None = None,
    *,
    retain_modified_dates: bool = False,
    retain_patient_characteristics: bool = False,
    retain_device_identity: bool = False,
    clean_descriptors: bool = False,
    ocr: bool = True,
) -> int:
    """``ozero deid dicom``: 0 when the run completed (per-file failures are in the report),
    2 when it could not start (missing input directory)."""
    src, dst = Path(input_dir), Path(output_dir)
    if not src.is_dir():
        print("input directory does not exist")
        return 2
    options = ProfileOptions(
        retain_modified_dates=retain_modified_dates,
        retain_patient_characteristics=retain_patient_characteristics,
        retain_device_identity=retain_device_identity,
        clean_descriptors=clean_descriptors,
    )
    engine = tesseract_ocr() if ocr else None
    config = DeidConfig(key=load_key(), options=options, ocr=engine)
    result = deidentify_tree(src, dst, config)
    if report is not None:
        Path(report).parent.mkdir(parents=True, exist_ok=True)
        Path(report).write_text(
            json.dumps(result.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    totals = ", ".join(f"{k}={v}" for k, v in sorted(result.totals().items()))
    ocr_state = "on" if engine else "unavailable: at-risk instances quarantined"
    print(f"{len(result.files)} files in {result.seconds:.1f}s ({totals}); OCR {ocr_state}")
    return 0
