"""DICOM de-identification: throughput vs dicognito, deid and a plain read+write floor, and a
leak check of Ozero's output, on pydicom's bundled test files (one run, same file set).

Reproduce: ``.venv/bin/python bench/dicom_deid.py`` (prints a table, writes
``bench/results/dicom_deid.json``). Tools run interleaved, ``--reps`` times each (medians),
because the machine is shared; ``uptime`` is recorded before and after. Uses a throwaway
key; nothing leaves the temp folder. Exits 1 if any leak check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pydicom

from ozero.deid.dicom import (
    DeidConfig,
    ProfileOptions,
    deidentify,
    deidentify_tree,
    profile_options,
    tesseract_ocr,
)
from ozero.deid.dicom.burned_in import at_risk_reason
from ozero.deid.dicom.deidentify import quiet_pydicom
from ozero.deid.dicom.leaks import find_leaks, originals
from ozero.deid.dicom.tree import save
from ozero.deid.keys import PseudonymKey

RESULTS = Path(__file__).parent / "results" / "dicom_deid.json"
KEY = PseudonymKey("bench", b"b" * 32)
ALL_OPTIONS = ProfileOptions(
    True, True, True, True, clean_structured_content=True, clean_graphics=True
)


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


def not_at_risk(files: list[Path]) -> list[Path]:
    """The files Ozero rewrites without a burned-in text check (the rest need OCR)."""
    with quiet_pydicom():
        return [p for p in files if at_risk_reason(pydicom.dcmread(p, force=True)) is None]


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


def leak_check(
    src: Path, dst: Path, report: dict, options: ProfileOptions, sources: dict[str, str]
) -> dict:
    """Leaks in the written output tree (``ozero.deid.dicom.leaks``: any depth, any UID).
    ``sources`` maps the report's pseudonymous file ids to input paths."""
    leaks, checked = [], 0
    with quiet_pydicom():
        for entry in report["files"]:
            if entry["status"] != "deidentified":
                continue
            before = originals(pydicom.dcmread(src / sources[entry["id"]], force=True))
            out = pydicom.dcmread(dst / entry["output"], force=True)
            checked += 1
            leaks += find_leaks(before, out, options)
    return {"files_checked": checked, "leaks": len(leaks), "leaked_tags": sorted(set(leaks))}


def combination_leaks(src: Path) -> dict:
    """All 64 combinations of the six options, in memory (written to bytes and read back)."""
    flags = [f for f in ProfileOptions.__dataclass_fields__ if f != "safe_private"]
    corpus = []
    with quiet_pydicom():
        for path in sorted(src.iterdir()):
            data = path.read_bytes()
            corpus.append((data, originals(pydicom.dcmread(BytesIO(data), force=True))))
        worst, total = 0, 0
        failing = []
        for n in range(2 ** len(flags)):
            options = ProfileOptions(**{f: bool(n >> i & 1) for i, f in enumerate(flags)})
            config = DeidConfig(KEY, options)
            found = 0
            for data, before in corpus:
                result = deidentify(pydicom.dcmread(BytesIO(data), force=True), config)
                if result.dataset is None:
                    continue
                buffer = BytesIO()
                save(result.dataset, buffer)
                after = pydicom.dcmread(BytesIO(buffer.getvalue()), force=True)
                found += len(find_leaks(before, after, options))
                total += 1
            worst = max(worst, found)
            if found:
                failing.append("+".join(f for f in flags if getattr(options, f)) or "basic")
    return {"combinations": 2 ** len(flags), "outputs_checked": total, "leaks": worst,
            "failing": failing}  # fmt: skip


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"load average {os.getloadavg()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-peers", action="store_true", help="skip dicognito and deid")
    parser.add_argument("--reps", type=int, default=5, help="interleaved repetitions (median)")
    parser.add_argument("--no-ocr-run", action="store_true", help="skip the one Tesseract run")
    parser.add_argument("--no-combinations", action="store_true", help="skip the 64-combo check")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    files = bundled_files()
    header_files = not_at_risk(files)
    n = len(files)
    times: dict[str, list[float]] = {}
    outcome: dict[str, tuple[int, int, str]] = {}
    leak: dict[str, dict] = {}
    runs: list[tuple[str, Callable[[Path], tuple[float, int, int, str]]]] = []

    def tree_run(options: ProfileOptions, ocr: object = None, check: bool = False, sub: str = "in"):
        def run(dst: Path) -> tuple[float, int, int, str]:
            src = base / sub
            tree = deidentify_tree(src, dst, DeidConfig(KEY, options, ocr=ocr))
            report = tree.as_dict()
            totals = report["totals"]
            if check and name_of[id(run)] not in leak:  # once: the output is the same
                leak[name_of[id(run)]] = leak_check(src, dst, report, options, tree.sources)
            note = ", ".join(f"{k}={v}" for k, v in sorted(totals.items()))
            ok = totals.get("deidentified", 0) + totals.get("quarantined", 0)
            return report["seconds"], ok, totals.get("error", 0) + totals.get("skipped", 0), note

        return run

    def file_run(fn: Callable[[Path, Path], None], sub: str = "in"):
        def run(dst: Path) -> tuple[float, int, int, str]:
            with quiet_pydicom():
                return (*per_file(fn, base / sub, dst), "")

        return run

    name_of: dict[int, str] = {}
    plan = [
        ("floor: pydicom read+write", file_run(floor)),
        ("ozero strict (basic), OCR off", tree_run(ProfileOptions(), check=True)),
        ("ozero research-imaging, OCR off", tree_run(profile_options("research-imaging"), check=True)),
        ("ozero all six options, OCR off", tree_run(ALL_OPTIONS, check=True)),
    ]  # fmt: skip
    plan += [  # like for like: the instances without burned-in text risk, all rewritten
        ("floor, header-only subset", file_run(floor, "header")),
        ("ozero strict, header-only subset", tree_run(ProfileOptions(), sub="header")),
        ("ozero research-imaging, header-only subset",
         tree_run(profile_options("research-imaging"), sub="header")),
    ]  # fmt: skip
    if not args.no_peers:
        plan += [("dicognito 0.19.0", file_run(dicognito_one())),
                 ("deid 0.4.13 (default recipe)", file_run(deid_one()))]  # fmt: skip
    for name, run in plan:
        name_of[id(run)] = name
        runs.append((name, run))
    load_before = uptime()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        src = stage(files, base / "in")
        stage(header_files, base / "header")
        for rep in range(args.reps):  # interleaved: each repetition runs every tool once
            for i, (name, run) in enumerate(runs):
                dst = base / f"r{rep}_{i}"
                seconds, ok, failed, note = run(dst)
                times.setdefault(name, []).append(seconds)
                outcome[name] = (ok, failed, note)
                shutil.rmtree(dst, ignore_errors=True)
        if not args.no_ocr_run:
            name = "ozero strict, OCR on (tesseract rus+eng), 1 run"
            run = tree_run(ProfileOptions(), ocr=tesseract_ocr(), check=True)
            name_of[id(run)] = name
            seconds, ok, failed, note = run(base / "ocr")
            times[name], outcome[name] = [seconds], (ok, failed, note)
        combos = None if args.no_combinations else combination_leaks(src)
    load_after = uptime()
    floors = {"in": statistics.median(times["floor: pydicom read+write"]),
              "header": statistics.median(times["floor, header-only subset"])}  # fmt: skip
    counts = {"in": n, "header": len(header_files)}
    rows = []
    for name, secs in times.items():
        sub = "header" if "header-only" in name else "in"
        floor_s, n_files = floors[sub], counts[sub]
        med = statistics.median(secs)
        ok, failed, note = outcome[name]
        rows.append({"tool": name, "files": n_files, "ok": ok, "failed": failed, "reps": len(secs),
                     "median_seconds": round(med, 3), "instances_per_s": round(n_files / med, 1),
                     "x_floor": round(med / floor_s, 2), "note": note})  # fmt: skip
    width = max(len(r["tool"]) for r in rows)
    print(f"{'tool':<{width}}  files  ok  fail  reps  median_s  inst/s  x_floor  note")
    for r in rows:
        print(f"{r['tool']:<{width}}  {r['files']:>5}  {r['ok']:>3}  {r['failed']:>4}  "
              f"{r['reps']:>4}  {r['median_seconds']:>8.3f}  {r['instances_per_s']:>6.1f}  "
              f"{r['x_floor']:>7.2f}  {r['note']}")  # fmt: skip
    for name, result in leak.items():
        print(f"leak check [{name}]: {result}")
    if combos is not None:
        print(f"leak check [all option combinations, in memory]: {combos}")
    print(f"uptime before: {load_before}\nuptime after:  {load_after}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"uptime_before": load_before, "uptime_after": load_after,
                                   "rows": rows, "leak_check": leak,
                                   "combinations": combos}, indent=1))  # fmt: skip
    print(f"written {RESULTS}")
    ok = all(r["leaks"] == 0 for r in leak.values()) and (combos is None or combos["leaks"] == 0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
