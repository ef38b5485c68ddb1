"""The simulator's image size setting: realistic matrices for volume benches, small by default
so the demo and the tests stay fast."""

from __future__ import annotations

from io import BytesIO

import numpy as np
import pydicom
import pytest

from ozero.simulator import anatomy, pacs
from ozero.simulator.world import build_world


@pytest.fixture(scope="module")
def world():
    return build_world(seed=11, patients=20, documents=40)


def _first(archive: pacs.Archive, modalities: set[str]):
    """The first ordinary (whole, not burned-in) instance of one of `modalities`."""
    for study in archive.studies:
        for series in study.series:
            for inst in series.instances:
                if series.modality in modalities and not inst.truncated:
                    return study, series, inst
    raise AssertionError(f"no {modalities} instance in the world")


def _rendered(archive: pacs.Archive, modalities: set[str]) -> tuple[pydicom.Dataset, int]:
    body = archive.render(*_first(archive, modalities))
    return pydicom.dcmread(BytesIO(body)), len(body)


def test_default_stays_small(world, monkeypatch) -> None:
    monkeypatch.delenv(pacs.SIZE_ENV, raising=False)
    archive = pacs.build_archive(world)
    assert archive.image_size == "small"
    ds, size = _rendered(archive, {"CR", "DX"})
    assert (ds.Rows, ds.Columns) == (64, 64) and size < 100_000
    ct = [se for st in archive.studies for se in st.series if se.body_part == "CHEST"]
    slices = [len(se.instances) for se in ct if se.modality == "CT"]
    assert slices and max(slices) <= pacs.CHEST_CT_SLICES[1]


@pytest.mark.parametrize(
    ("modalities", "shape", "low_mb"),
    [({"CT"}, (512, 512), 0.5), ({"CR", "DX"}, (2500, 2000), 10.0), ({"MG"}, (4096, 3328), 27.0)],
)
def test_realistic_matrices(world, monkeypatch, modalities, shape, low_mb) -> None:
    monkeypatch.setenv(pacs.SIZE_ENV, "realistic")
    ds, size = _rendered(pacs.build_archive(world), modalities)
    assert (ds.Rows, ds.Columns) == shape and ds.BitsAllocated == 16
    assert low_mb * 1e6 <= size < low_mb * 1e6 * 1.1
    pixels = ds.pixel_array
    assert pixels.shape == shape and int(pixels.max()) <= anatomy.MAX_VALUE
    assert len(np.unique(pixels[:256, :256])) > 50  # noise: not a flat blown-up block


def test_realistic_ct_is_thin_sliced_and_geometry_agrees(world) -> None:
    archive = pacs.build_archive(world, "realistic")
    chest = [
        (st, se)
        for st in archive.studies
        for se in st.series
        if se.modality == "CT" and se.body_part == "CHEST"
    ]
    low, high = pacs.REALISTIC_CHEST_CT[0]
    assert chest and all(low <= len(se.instances) <= high for _, se in chest)
    study, series = chest[0]
    ds = pydicom.dcmread(BytesIO(archive.render(study, series, series.instances[0])))
    assert float(ds.PixelSpacing[0]) * ds.Rows == pacs.CT_FIELD_OF_VIEW_MM
    assert ds.SliceThickness == pacs.REALISTIC_CHEST_CT[1] and "1.25 мм" in ds.SeriesDescription


def test_a_bad_setting_is_an_error(world, monkeypatch) -> None:
    monkeypatch.setenv(pacs.SIZE_ENV, "huge")
    with pytest.raises(ValueError, match="OZERO_SIM_IMAGE_SIZE"):
        pacs.image_size_setting()
    with pytest.raises(ValueError, match="image_size"):
        pacs.build_archive(world, "huge")


def test_upscale_repeats_and_crops() -> None:
    small = np.arange(4, dtype=float).reshape(2, 2)
    big = anatomy.upscale(small, 5, 3)
    assert big.shape == (5, 3)
    assert big[0, 0] == 0 and big[0, 2] == 1 and big[4, 0] == 2
