"""Releasing an imaging dataset's DICOM files (`ozero.release.images.publish_images`) against
a plain copy of the same files with hashing (`shutil.copy` + SHA-256), and peak memory at
two dataset sizes (issue 11: at most 1.5× the plain copy, memory flat in the dataset size).

Reproduce: ``.venv/bin/python bench/release_images.py`` (default sizes 2000 and 10000; prints
a table, writes ``bench/results/release_images.json``). Each size runs in its own process
(so its peak RSS is its own); inside it the plain copy and the release run interleaved,
``--reps`` times each, and the medians are reported, because the machine is shared.
The instances are small synthetic CT-like files made with pydicom (64×64 16-bit pixels,
~8.5 KiB), written once into a throwaway lake folder; nothing leaves the temp folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "release_images.json"


def make_instances(folder: Path, count: int) -> list[dict]:
    """`count` distinct small DICOM files under `folder`, as image-index rows."""
    import numpy as np
    from pydicom import Dataset
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

    rng = np.random.default_rng(11)
    rows = []
    for i in range(count):
        ds = Dataset()
        ds.file_meta = FileMetaDataset()
        ds.file_meta.MediaStorageSOPClassUID = CTImageStorage
        sop = generate_uid(prefix="2.25.")
        ds.file_meta.MediaStorageSOPInstanceUID = sop
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, sop
        ds.StudyInstanceUID = ds.SeriesInstanceUID = generate_uid(prefix="2.25.")
        ds.Modality, ds.PatientID, ds.InstanceNumber = "CT", f"P{i:032x}", i
        ds.Rows = ds.Columns = 64
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.PixelData = rng.integers(0, 4096, (64, 64), dtype=np.uint16).tobytes()
        path = folder / sop[5:7] / f"{sop}.dcm"
        path.parent.mkdir(parents=True, exist_ok=True)
        ds.save_as(path, enforce_file_format=True)
        data = path.read_bytes()
        rows.append({"object_uri": str(path), "deid_sha256": hashlib.sha256(data).hexdigest()})
    return rows


def plain_copy(rows: list[dict], target: Path) -> None:
    """The floor: copy each file and hash it (what any release must at least do)."""
    target.mkdir(parents=True)
    for i, row in enumerate(rows):
        shutil.copy(row["object_uri"], target / f"{i}.dcm")
        digest = hashlib.sha256()
        with open(row["object_uri"], "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        row["_check"] = digest.hexdigest()


def release(rows: list[dict], target: Path) -> None:
    from ozero.release.images import publish_images

    index = [dict(r) for r in rows]
    entries = publish_images(index, str(target))
    assert len(entries) == len(rows)


def run_size(count: int, reps: int) -> dict:
    """One size, in this process: interleaved timings and this process's peak RSS."""
    with tempfile.TemporaryDirectory(prefix="ozero-bench-images-") as tmp:
        root = Path(tmp)
        rows = make_instances(root / "lake", count)
        size = sum(Path(r["object_uri"]).stat().st_size for r in rows)
        from ozero.release.images import publish_images  # imported before any timing

        assert publish_images
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        times: dict[str, list[float]] = {"plain": [], "release": []}
        for rep in range(reps):
            for name, fn in (("plain", plain_copy), ("release", release)):
                target = root / f"{name}-{rep}"
                start = time.perf_counter()
                fn(rows, target)
                times[name].append(time.perf_counter() - start)
                shutil.rmtree(target)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    plain, rel = statistics.median(times["plain"]), statistics.median(times["release"])
    return {
        "instances": count,
        "bytes": size,
        "plain_s": round(plain, 3),
        "release_s": round(rel, 3),
        "ratio": round(rel / plain, 3),
        "peak_rss_mib": round(peak / 1024, 1),
        "rss_after_generation_mib": round(rss_before / 1024, 1),
        "times": times,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child: one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, args.reps)))
        return 0
    uptime = [os.getloadavg()]
    results = []
    for count in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(count), "--reps", str(args.reps)],
            check=True,
            capture_output=True,
            text=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    uptime.append(os.getloadavg())
    print(
        f"{'instances':>9} {'MiB':>7} {'plain s':>8} {'release s':>9} {'ratio':>6} {'peak RSS':>9}"
    )
    for r in results:
        print(
            f"{r['instances']:>9} {r['bytes'] / 2**20:>7.1f} {r['plain_s']:>8.2f} "
            f"{r['release_s']:>9.2f} {r['ratio']:>6.2f} {r['peak_rss_mib']:>7.1f}Mi"
        )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps({"loadavg_before_after": uptime, "results": results}, indent=2) + "\n"
    )
    worst = max(r["ratio"] for r in results)
    print(f"target ≤ 1.5× plain copy: {'met' if worst <= 1.5 else 'NOT met'} (worst {worst:.2f}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
