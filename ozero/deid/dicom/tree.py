"""De-identify a directory tree of DICOM files into a new tree: nothing identifying under OUT.

Layout: output files are named by their *new* UIDs, ``OUT/<study>/<series>/<instance>.dcm``,
because input folder and file names are often patient names or accession numbers.
``OUT/deid-report.json`` says what happened to each input file under a pseudonymous file id
(a keyed hash of its input path), with reasons and tag names only: OUT can be copied whole.

Everything that can identify stays in the input's trust zone, in the quarantine directory
(``--quarantine``; default ``<IN>.quarantine`` beside the input, never under OUT): byte
copies of originals that could not be cleared (burned-in text unchecked or remaining), each
with a ``.reason.txt``, and ``deid-sources.json``, which maps file ids back to input paths.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pydicom
from pydicom.dataset import Dataset

from ozero.deid.dicom.burned_in import tesseract_ocr
from ozero.deid.dicom.deidentify import DeidConfig, deidentify, quiet_pydicom
from ozero.deid.dicom.profile import ProfileOptions
from ozero.deid.dicom.profiles import profile_options, with_flags
from ozero.deid.dicom.uids import UidMapper
from ozero.deid.keys import PseudonymKey, load_key
from ozero.deid.pseudonym import hmac_hex

QUARANTINE_SUFFIX = ".quarantine"  # default quarantine: <IN>.quarantine, beside the input
REPORT_NAME = "deid-report.json"  # under OUT: pseudonymous ids, statuses, reasons, tag names
SOURCES_NAME = "deid-sources.json"  # in the quarantine: file id → input path (identifying)
DICOMDIR_CLASS = "1.2.840.10008.1.3.10"
# At least one of these must be present for a file to count as a DICOM dataset.
_INSTANCE_TAGS = (0x00080016, 0x00080018, 0x00100010, 0x00100020, 0x0020000D, 0x7FE00010)


class QuarantinePlacementError(ValueError):
    """The quarantine directory would sit under OUT or IN (the message names the fix)."""


def default_quarantine(input_dir: Path) -> Path:
    """``<IN>.quarantine`` beside the input: originals stay in the input's trust zone."""
    resolved = Path(input_dir).resolve()
    return resolved.with_name(resolved.name + QUARANTINE_SUFFIX)


def file_id(key: PseudonymKey, relative_path: str) -> str:
    """A pseudonymous id for an input file: its path may be a patient's name, its id not."""
    return "f-" + hmac_hex(key, f"dicom-file:{relative_path}")[:20]


def _inside(path: Path, root: Path) -> bool:
    path, root = path.resolve(), root.resolve()
    return path == root or root in path.parents


@dataclass
class TreeReport:
    """Per-file entries plus totals by status; :meth:`as_dict` is the report for OUT (no
    identifying value), :meth:`source_map` the id → input path map for the quarantine."""

    key_id: str
    options: ProfileOptions
    ocr_available: bool
    files: list[dict[str, object]] = field(default_factory=list)
    seconds: float = 0.0
    profile: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # file id → input path: PHI
    copies: dict[str, str] = field(default_factory=dict)  # file id → quarantined copy: PHI
    quarantine_dir: Path | None = None

    def totals(self) -> dict[str, int]:
        return dict(Counter(str(f["status"]) for f in self.files))

    def source_map(self) -> dict[str, object]:
        """What only the trust zone may hold: which input each file id came from."""
        return {
            "key_id": self.key_id,
            "files": [
                {"id": f["id"], "source": self.sources[str(f["id"])], "status": f["status"],
                 "quarantined_copy": self.copies.get(str(f["id"]))}
                for f in self.files
            ],
        }  # fmt: skip

    def as_dict(self) -> dict[str, object]:
        return {
            "key_id": self.key_id,
            "layout": "<new StudyInstanceUID>/<new SeriesInstanceUID>/<new SOPInstanceUID>.dcm",
            "profile": self.profile,
            "options": self.options.as_dict(),
            "method_codes": [code for code, _meaning in self.options.codes()],
            "ocr_available": self.ocr_available,
            "seconds": round(self.seconds, 3),
            "totals": self.totals(),
            "files": self.files,
        }


def _input_files(root: Path) -> list[Path]:
    """Every regular file under root, sorted (deterministic names on collisions)."""
    out: list[Path] = []
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
    meta = ds.__dict__.get("file_meta")  # no Dataset.__getattr__ keyword lookup per file
    if meta is not None and _uid(meta, 0x00020002) == DICOMDIR_CLASS:
        return None, "DICOMDIR media index (rebuild it from the output tree)"
    elements = ds._dict  # noqa: SLF001 - plain membership tests, no Tag conversion
    if not elements or not any(tag in elements for tag in _INSTANCE_TAGS):
        return None, "not a DICOM dataset (no patient, study, instance or pixel attributes)"
    return ds, ""


def _output_path(ds: Dataset, out_root: Path, taken: set[Path]) -> Path:
    parts = [_uid(ds, 0x0020000D) or "no-study", _uid(ds, 0x0020000E) or "no-series"]
    stem = _uid(ds, 0x00080018) or "no-instance"
    path = out_root.joinpath(*parts, f"{stem}.dcm")
    n = 1
    while path in taken:  # same instance in several files (e.g. one image, two syntaxes)
        path = out_root.joinpath(*parts, f"{stem}_{n}.dcm")
        n += 1
    taken.add(path)
    return path


def _uid(ds: Dataset, tag: int) -> str:
    """A (new) UID for the file name, from raw bytes when undecoded; path-safe characters only."""
    elem = ds.get_item(tag)
    if elem is None:
        return ""
    value = elem.value
    text = value.decode("ascii", "replace") if isinstance(value, bytes) else str(value or "")
    text = text.strip("\x00 ")
    return text if text.replace(".", "").isdigit() else ""


def _write(ds: Dataset, path: Path, made: set[Path] | None = None) -> None:
    """Write via a temporary name so a failure never leaves a partial file behind."""
    if made is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        _ensure_dir(path.parent, made)
    tmp = path.with_name(path.name + ".part")
    try:
        save(ds, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save(ds: Dataset, target: Path | BinaryIO) -> None:
    """Write as read (same transfer syntax, raw elements as raw bytes) where possible."""
    try:
        ds.save_as(target, enforce_file_format=False)
    except (TypeError, ValueError):
        if not isinstance(target, Path):
            target.seek(0)
            target.truncate()
        _decode_all(ds)  # raw elements whose VR the file never stated: decode, retry
        ds.save_as(target, enforce_file_format=False)


def _ensure_dir(folder: Path, made: set[Path]) -> None:
    """mkdir with a memo: one system call per new folder, none for a folder already made."""
    if folder in made:
        return
    if folder.parent not in made and not folder.parent.is_dir():
        _ensure_dir(folder.parent, made)
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder)
    made.add(folder)


def _decode_all(ds: Dataset) -> None:
    """Replace every raw element by its decoded form (VR resolved), sequences included."""
    for tag in list(ds.keys()):
        elem = ds[tag]
        if elem.VR == "SQ":
            for item in elem.value or ():
                _decode_all(item)


def _quarantine(src: Path, rel: Path, quarantine_root: Path, reason: str) -> Path:
    target = quarantine_root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, target)
    target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")
    return target


def check_quarantine(input_dir: Path, output_dir: Path, quarantine_dir: Path) -> None:
    """The quarantine must be outside OUT (which users copy) and outside IN (re-read)."""
    if _inside(quarantine_dir, output_dir):
        raise QuarantinePlacementError(
            "the quarantine directory must be outside the output directory "
            "(omit --quarantine for <input>.quarantine, or name a directory elsewhere)"
        )
    if _inside(quarantine_dir, input_dir):
        raise QuarantinePlacementError(
            "the quarantine directory must be outside the input directory "
            "(it would be read as input on the next run)"
        )


def deidentify_tree(
    input_dir: Path,
    output_dir: Path,
    config: DeidConfig,
    profile: str | None = None,
    quarantine_dir: Path | None = None,
) -> TreeReport:
    """De-identify every file under ``input_dir`` into ``output_dir``; never raises per file.

    Writes ``output_dir/deid-report.json`` (no identifying value) and, in ``quarantine_dir``
    (default ``<input_dir>.quarantine``), the originals that could not be cleared and
    ``deid-sources.json``. Raises ``QuarantinePlacementError`` before any work when the
    quarantine would sit under either tree. ``profile`` is only recorded in the report.
    """
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    quarantine = Path(quarantine_dir) if quarantine_dir else default_quarantine(input_dir)
    check_quarantine(input_dir, output_dir, quarantine)
    report = TreeReport(config.key.key_id, config.options, config.ocr is not None, profile=profile)
    report.quarantine_dir = quarantine
    uids = UidMapper(config.key)
    taken: set[Path] = set()
    made: set[Path] = set()  # output folders already created (one mkdir per series, not file)
    if output_dir.is_dir():
        made.add(output_dir)
    start = time.perf_counter()
    with quiet_pydicom():
        for src in _input_files(input_dir):
            entry, copy = _one_file(
                src, input_dir, output_dir, quarantine, config, uids, taken, made
            )
            report.sources[str(entry["id"])] = src.relative_to(input_dir).as_posix()
            if copy is not None:
                report.copies[str(entry["id"])] = copy
            report.files.append(entry)
    report.seconds = time.perf_counter() - start
    _write_json(output_dir / REPORT_NAME, report.as_dict())
    _write_json(quarantine / SOURCES_NAME, report.source_map())
    return report


def _write_json(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _one_file(
    src: Path,
    input_dir: Path,
    output_dir: Path,
    quarantine_dir: Path,
    config: DeidConfig,
    uids: UidMapper,
    taken: set[Path],
    made: set[Path] | None = None,
) -> tuple[dict[str, object], str | None]:
    """Read, de-identify and write one file. Returns the report entry (what happened, under
    the file's pseudonymous id) and the quarantined copy's path, if one was made (for the
    source map only: it repeats the input path)."""
    rel = src.relative_to(input_dir)
    entry: dict[str, object] = {"id": file_id(config.key, rel.as_posix()), "output": None}
    ds, why = _read(src)
    if ds is None:
        entry.update(status="skipped", reason=why)
        return entry, None
    copy = None
    try:
        result = deidentify(ds, config, uids)
        entry.update(result.report.as_dict())
        if result.dataset is None:
            target = _quarantine(src, rel, quarantine_dir, result.report.reason)
            copy = target.relative_to(quarantine_dir).as_posix()
        else:
            target = _output_path(result.dataset, output_dir, taken)
            _write(result.dataset, target, made)
            entry["output"] = target.relative_to(output_dir).as_posix()
    except Exception as exc:  # noqa: BLE001 - a malformed file must not stop the run
        entry.update(status="error", reason=f"failed ({type(exc).__name__})", output=None)
    return entry, copy


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
    profile: str | None = None,
    clean_structured_content: bool = False,
    clean_graphics: bool = False,
    quarantine: str | os.PathLike[str] | None = None,
) -> int:
    """``ozero deid dicom``: 0 when the run completed (per-file failures are in the report),
    2 when it could not start (missing input directory, unknown profile, a quarantine under
    the input or output directory). ``report`` is an extra copy of ``OUT/deid-report.json``.

    The options are the named ``profile`` (default: the Basic Profile alone) plus every flag.
    """
    src, dst = Path(input_dir), Path(output_dir)
    if not src.is_dir():
        print("input directory does not exist", file=sys.stderr)
        return 2
    held = Path(quarantine) if quarantine else default_quarantine(src)
    try:
        check_quarantine(src, dst, held)
        base = profile_options(profile) if profile else ProfileOptions()
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    options = with_flags(
        base,
        retain_modified_dates=retain_modified_dates,
        retain_patient_characteristics=retain_patient_characteristics,
        retain_device_identity=retain_device_identity,
        clean_descriptors=clean_descriptors,
        clean_structured_content=clean_structured_content,
        clean_graphics=clean_graphics,
    )
    engine = tesseract_ocr() if ocr else None
    config = DeidConfig(key=load_key(), options=options, ocr=engine)
    result = deidentify_tree(src, dst, config, profile=profile or "strict", quarantine_dir=held)
    if report is not None:
        _write_json(Path(report), result.as_dict())
    totals = ", ".join(f"{k}={v}" for k, v in sorted(result.totals().items()))
    ocr_state = "on" if engine else "unavailable: at-risk instances quarantined"
    codes = ",".join(code for code, _meaning in options.codes())
    print(
        f"{len(result.files)} files in {result.seconds:.1f}s ({totals}); "
        f"profile {profile or 'strict'} (codes {codes}); OCR {ocr_state}; "
        f"report {dst / REPORT_NAME}; originals kept back and the source map in {held}"
    )
    return 0
