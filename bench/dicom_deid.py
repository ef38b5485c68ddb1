"""DICOM de-identification: throughput vs dicognito, deid and a plain read+write floor, and a
leak check of Ozero's output, on pydicom's bundled test files (one run, same file set).

Reproduce: ``.venv/bin/python bench/dicom_deid.py`` (prints a table, writes
``bench/results/dicom_deid.json``). Uses a throwaway key; nothing leaves the temp folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pydicom

from ozero.deid.dicom import DeidConfig, ProfileOptions, deidentify_tree, tesseract_ocr
from ozero.deid.dicom.deidentify import leak_pairs, quiet_pydicom
from ozero.deid.dicom.profile import action_table, basic_actions
from ozero.deid.dicom.uids import KEEP_UID_KEYWORDS
from ozero.deid.keys import PseudonymKey

RESULTS = Path(__file__).parent / "results" / "dicom_deid.json"
KEY = PseudonymKey("bench", b"b" * 32)
ALL_OPTIONS = ProfileOptions(True, True, True, True)


def bundled_files() -> list[Path]:
    """pydicom's bundled test files that pydicom reads as DICOM instances (no DICOMDIRs)."""
    root = Path(pydicom.__file__).parent / "data" / "test_files"
    keep = []
    with quiet_pydicom():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            try:
                ds = pydicom.dcmread(path)
            except Exception:  # noqa: BLE001 - not DICOM
                continue
            if "SOPInstanceUID" in ds and "DirectoryRecordSequence" not in ds:
                keep.append(path)
    return keep


def stage(files: list[Path], root: Path) -> Path:
    root.mkdir(parents=True)
    for i, path in enumerate(files):
        shutil.copyfile(path, root / f"{i:03d}_{path.name}")
    return root


def per_file(fn: Callable[[Path, Path], None], src: Path, dst: Path) -> tuple[float, int, int]:
    dst.mkdir(parents=True)
    ok = failed = 0
    start = time.perf_counter()
    for path in sorted(src.iterdir()):
        try:
            fn(path, dst / path.name)
            ok += 1
        except Exception:  # noqa: BLE001 - a peer failing on a file is counted, not fatal
            failed += 1
    return time.perf_counter() - start, ok, failed


def floor(path: Path, out: Path) -> None:
    pydicom.dcmread(path).save_as(out)


def dicognito_one() -> Callable[[Path, Path], None]:
    from dicognito.anonymizer import Anonymizer

    anonymizer = Anonymizer(seed="bench")

    def run(path: Path, out: Path) -> None:
        ds = pydicom.dcmread(path)
        anonymizer.anonymize(ds)
        ds.save_as(out)

    return run


def deid_one() -> Callable[[Path, Path], None]:
    from deid.dicom import replace_identifiers

    def run(path: Path, out: Path) -> None:
        replace_identifiers(
            [str(path)], save=True, output_folder=str(out.parent), overwrite=True,
            remove_private=True,
        )  # fmt: skip

    return run


def leak_check(src: Path, dst: Path, report: dict, options: ProfileOptions) -> dict:
    """Tags whose Basic-Profile-removed value survives, and surviving original UIDs."""
    basic, retained = basic_actions(), {t for t, a in action_table(options).items() if a in "KC"}
    leaks, checked = [], 0
    with quiet_pydicom():
        for entry in report["files"]:
            if entry["status"] != "deidentified":
                continue
            before = {
                p for p in leak_pairs(pydicom.dcmread(src / entry["source"]), basic) if p[1].strip()
            }
            out = pydicom.dcmread(dst / entry["output"])
            after = {(e.tag, str(e.value)) for e in out.iterall() if e.VR != "SQ"}
            old_uids = {v for t, v in before if _uid(t)}
            checked += 1
            leaks += [f"{t:08X}" for t, v in before & after if t not in retained]
            leaks += ["uid" for _, v in after if v in old_uids]
    return {"files_checked": checked, "leaks": len(leaks), "leaked_tags": sorted(set(leaks))}


def _uid(tag: int) -> bool:
    try:
        kw = pydicom.datadict.keyword_for_tag(tag)
        return pydicom.datadict.dictionary_VR(tag) == "UI" and kw not in KEEP_UID_KEYWORDS
    except KeyError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-peers", action="store_true", help="skip dicognito and deid")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    files = bundled_files()
    rows, leak = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        src = stage(files, base / "in")
        n = len(files)

        def add(tool: str, seconds: float, ok: int, failed: int, note: str = "") -> None:
            rows.append({"tool": tool, "files": n, "ok": ok, "failed": failed,
                         "seconds": round(seconds, 3), "instances_per_s": round(n / seconds, 1),
                         "note": note})  # fmt: skip

        with quiet_pydicom():
            add("floor: pydicom read+write", *per_file(floor, src, base / "floor"))
        for name, ocr, options in (
            ("ozero basic, OCR off (at-risk quarantined)", None, ProfileOptions()),
            ("ozero all options, OCR off", None, ALL_OPTIONS),
            ("ozero basic, OCR on (tesseract rus+eng)", tesseract_ocr(), ProfileOptions()),
        ):
            out = base / name.split(",")[0].replace(" ", "_") / str(len(rows))
            report = deidentify_tree(src, out, DeidConfig(KEY, options, ocr=ocr)).as_dict()
            totals = report["totals"]
            note = ", ".join(f"{k}={v}" for k, v in sorted(totals.items()))
            add(name, report["seconds"], totals.get("deidentified", 0) + totals.get("quarantined", 0),
                totals.get("error", 0) + totals.get("skipped", 0), note)  # fmt: skip
            leak[name] = leak_check(src, out, report, options)
        if not args.no_peers:
            add("dicognito 0.19.0", *per_file(dicognito_one(), src, base / "dicognito"))
            add("deid 0.4.13 (default recipe)", *per_file(deid_one(), src, base / "deid"))
    width = max(len(r["tool"]) for r in rows)
    print(f"{'tool':<{width}}  files  ok  fail  seconds  inst/s  note")
    for r in rows:
        print(f"{r['tool']:<{width}}  {r['files']:>5}  {r['ok']:>3}  {r['failed']:>4}  "
              f"{r['seconds']:>7.2f}  {r['instances_per_s']:>6.1f}  {r['note']}")  # fmt: skip
    for name, result in leak.items():
        print(f"leak check [{name}]: {result}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    RESULTS.write_text(
        json.dumps({"load_avg_1m": load, "rows": rows, "leak_check": leak}, indent=1)
    )
    print(f"load average (1 min) {load:.1f}; written {RESULTS}")
    return 0 if all(r["leaks"] == 0 for r in leak.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
