"""The imaging datasets built from one simulated world, on real Spark + Delta + pydicom: REMD
and PACS ingested and curated, then chest-xray, ct-chest-series and mammography built
from their specs. Rows exist, every image index row points at an existing de-identified DICOM
file with the recorded hash, no patient is in two splits, the labels are the ones the world's
radiologist wrote (checked against the simulator, not against silver), mammography has its
four views, and `publish_images` copies the index into a release by content hash."""

from __future__ import annotations

import hashlib
import io
from collections import defaultdict

import pytest

from tests.integration.shared_lake import IMAGING_DOCUMENTS as DOCUMENTS
from tests.integration.shared_lake import IMAGING_KEY_HEX as KEY_HEX
from tests.integration.shared_lake import IMAGING_KEY_ID as KEY_ID
from tests.integration.shared_lake import IMAGING_PATIENTS as PATIENTS
from tests.integration.shared_lake import IMAGING_SEED as SEED

# the shared imaging lake (conftest.py): two ingests + two curations with OCR, once a session
pytestmark = [pytest.mark.spark, pytest.mark.slow]

DATASETS = {
    "chest-xray": ({"chest_xray", "fluorography"}, {"CR", "DX"}),
    "ct-chest-series": ({"chest_ct"}, {"CT"}),
    "mammography": ({"mammography"}, {"MG"}),
}


@pytest.fixture(scope="module")
def world():
    from ozero.simulator.world import build_world

    return build_world(seed=SEED, patients=PATIENTS, documents=DOCUMENTS)


@pytest.fixture(scope="module")
def key():
    from ozero.deid.keys import PseudonymKey

    return PseudonymKey(KEY_ID, bytes.fromhex(KEY_HEX))


@pytest.fixture(scope="module")
def built(imaging_lake):
    """The shared imaging lake (tests/integration/conftest.py), the three datasets built on it."""
    mp = pytest.MonkeyPatch()
    for name, value in imaging_lake.env().items():
        mp.setenv(name, value)
    from ozero import pipeline

    yield {name: pipeline.build_dataset(name) for name in DATASETS}
    mp.undo()


def _rows(spark, table: str) -> list:
    from ozero import lake

    return lake.read(spark, table).collect()


def _documents(world, key) -> dict:
    from ozero.deid.pseudonym import pseudonymise

    return {pseudonymise(d.document_id, key, "remd-document"): d for d in world.documents}


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_rows_carry_the_labels_the_radiologist_wrote(built, world, key, spark, name) -> None:
    from ozero.datasets.registry import get_spec

    spec = get_spec(name)
    kinds, _ = DATASETS[name]
    rows = _rows(spark, spec.table)
    assert rows and built[name]["tables"][spec.table]["rows"] == len(rows)
    docs = _documents(world, key)
    for row in rows:
        doc = docs[row["study_pid"]]
        assert doc.kind in kinds and not doc.is_malformed
        assert row["mkb10_code"] == doc.mkb10_code
        assert list(row["finding_codes"]) == list(doc.finding_codes)
        assert row["pathology"] is bool(doc.finding_codes)
        if name == "mammography":
            assert row["assessment_category"] == doc.assessment_category
    with_images = _silver_with_images(spark)
    expected = {
        pid
        for pid, d in docs.items()
        if d.kind in kinds and not d.is_malformed and pid in with_images
    }
    got = {r["study_pid"] for r in rows}
    if name == "mammography":  # only complete four-view studies
        assert got <= expected
    else:
        assert got == expected
    if name == "chest-xray":  # chest CT of this world is all pathology
        assert {r["pathology"] for r in rows} == {True, False}, "both labels occur"


def _silver_with_images(spark) -> set[str]:
    studies = {r["accession_pid"] for r in _rows(spark, "silver.imaging_studies")}
    return {
        r["document_pid"]
        for r in _rows(spark, "silver.remd_protocols")
        if r["accession_pid"] in studies
    }


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_every_image_points_at_its_deidentified_dicom(built, spark, name) -> None:
    import pydicom

    from ozero import objects
    from ozero.datasets.registry import get_spec

    spec = get_spec(name)
    _, modalities = DATASETS[name]
    rows = {r["study_pid"]: r for r in _rows(spark, spec.table)}
    index = _rows(spark, spec.images_table)
    assert index and built[name]["tables"][spec.images_table]["rows"] == len(index)
    assert {r["study_pid"] for r in index} == set(rows)  # every row has its images
    for image in index:
        row = rows[image["study_pid"]]
        assert image["modality"] in modalities
        assert image["split"] == row["split"]
        assert image["pathology"] == row["pathology"]
        data = objects.get(image["object_uri"])
        assert hashlib.sha256(data).hexdigest() == image["deid_sha256"]
        assert len(data) == image["size_bytes"]
        ds = pydicom.dcmread(io.BytesIO(data))
        assert ds.SOPInstanceUID == image["sop_instance_uid"]
        assert ds.PatientID == row["patient_pid"]  # the lake-wide pseudonym, not the ENP
    if name == "chest-xray":
        assert {r["view_position"] for r in index} <= {"PA", "LL", "RL"}
    if name == "ct-chest-series":
        by_series = defaultdict(list)
        for r in index:
            by_series[r["series_instance_uid"]].append(
                (r["instance_number"], r["slice_position_z"])
            )
        for slices in by_series.values():
            z = [pos for _, pos in sorted(slices)]
            assert all(isinstance(p, float) for p in z) and z == sorted(z, reverse=True)
    if name == "mammography":
        views = defaultdict(set)
        for r in index:
            views[r["study_pid"]].add(f"{r['image_laterality']}-{r['view_position']}")
        assert all(v == {"R-CC", "L-CC", "R-MLO", "L-MLO"} for v in views.values())


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_no_patient_is_in_two_splits(built, spark, name) -> None:
    from ozero.datasets.registry import get_spec

    spec = get_spec(name)
    splits = defaultdict(set)
    for row in _rows(spark, spec.table):
        splits[row["patient_pid"]].add(row["split"])
    assert splits and all(len(s) == 1 for s in splits.values())


def test_publish_images_copies_the_index_by_content_hash(built, spark, tmp_path) -> None:
    import pydicom

    from ozero import lake
    from ozero.release.images import publish_images

    index = lake.read(spark, "gold.mammography_images").toPandas()
    raw = index[["sop_instance_uid", "study_instance_uid", "object_uri"]].copy()
    release = tmp_path / "release"
    entries = publish_images(index, str(release))
    assert len(entries) == len(set(raw["object_uri"]))  # each distinct file once
    files = sorted(p for p in release.rglob("*") if p.is_file())
    assert [f.relative_to(release).as_posix() for f in files] == sorted(e["path"] for e in entries)
    for entry in entries:
        data = (release / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["bytes"]
        assert entry["path"] == f"images/{entry['sha256'][:2]}/{entry['sha256']}.dcm"
    for (_, image), (_, before) in zip(index.iterrows(), raw.iterrows(), strict=True):
        path = release / image["object_uri"]
        assert path.is_file() and image["object_uri"].startswith("images/")
        ds = pydicom.dcmread(path)
        assert ds.SOPInstanceUID == before["sop_instance_uid"]
        assert before["sop_instance_uid"] not in image["object_uri"]
        assert before["study_instance_uid"] not in image["object_uri"]
    assert not (release / "images" / ".staging").exists()


def _release_from_gold(spark, name: str, version: str = "1.0.0") -> dict:
    """Lay the built gold tables out as a release (Parquet tables, content-addressed images,
    manifest) the way `ozero.release.publish` lays one out. The guard / approval steps are
    the release flow's; this only gives the notebook a real imaging release to read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ozero import lake, objects
    from ozero.datasets.registry import get_spec
    from ozero.release import store
    from ozero.release.images import publish_images

    spec = get_spec(name)
    root = objects.local_path(store.release_uri(name, version))
    index = lake.read(spark, spec.images_table).toPandas()
    files = publish_images(index, str(root))
    tables = {}
    for table, frame in (
        (spec.table, lake.read(spark, spec.table).drop("lineage").toPandas()),
        (spec.images_table, index),
    ):
        folder = f"data/{table.partition('.')[2]}"
        path = f"{folder}/part-00000.parquet"
        (root / folder).mkdir(parents=True)
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), root / path)
        files.append({"path": path, "bytes": (root / path).stat().st_size, "sha256": "-"})
        tables[table] = folder
    manifest = {"dataset": name, "version": version, "tables": tables, "files": files}
    store.commit_manifest(manifest)
    return manifest


@pytest.mark.parametrize("name", ["mammography", "chest-xray"])
def test_the_imaging_notebook_runs_on_a_release(built, spark, tmp_path, monkeypatch, name) -> None:
    nbclient = pytest.importorskip("nbclient")
    nbformat = pytest.importorskip("nbformat")
    from pathlib import Path

    from ozero import analyst
    from tests.fixtures.access import grant_reader

    manifest = _release_from_gold(spark, name)
    grant_reader(monkeypatch, name)  # the notebook's kernel inherits OZERO_TEAM
    frame = analyst.load_release(name)
    from ozero import lake
    from ozero.datasets.registry import get_spec

    assert len(frame) == lake.read(spark, get_spec(name).images_table).count()  # one per image
    released = {f["path"] for f in manifest["files"] if f["path"].startswith("images/")}
    assert set(frame["object_uri"]) == released
    assert frame["image_path"].map(lambda p: Path(p).is_file()).all()

    notebook = Path(__file__).resolve().parents[2] / "notebooks" / "imaging_release.ipynb"
    nb = nbformat.read(notebook, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), (
        "commit the notebook without outputs"
    )
    out = tmp_path / "nb-out"
    monkeypatch.setenv("OZERO_NOTEBOOK_OUT", str(out))
    monkeypatch.setenv("OZERO_DATASET", name)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    text = "\n".join(
        o.get("text", "") or o.get("data", {}).get("text/plain", "")
        for c in nb.cells
        for o in c.get("outputs", [])
    )
    assert "raw identifiers found: none" in text and "each in one split" in text
    for figure in (f"{name}_images.png", f"{name}_labels_per_split.png"):
        assert (out / figure).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
