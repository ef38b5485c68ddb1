"""A released DICOM image as a PNG for a reader's screen: only the pixels cross into the
annotation tool (no header, no UID, no burned-in text check is needed beyond the release's).

CT is shown in a lung window (level -600 HU, width 1500) after the modality rescale, which is
how chest CT is read; radiographs and mammograms as they are (their VOI window if the file
has one, else the full range), MONOCHROME1 inverted so bone is white.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

LUNG_WINDOW = (-600.0, 1500.0)  # level, width (HU)


def window(pixels: np.ndarray, level: float, width: float) -> np.ndarray:
    """Linear window to 0..255 (values outside the window clip)."""
    low = level - width / 2.0
    scaled = (pixels.astype(np.float64) - low) / width
    return (np.clip(scaled, 0.0, 1.0) * 255.0).round().astype(np.uint8)


def _full_range(pixels: np.ndarray) -> np.ndarray:
    low, high = float(pixels.min()), float(pixels.max())
    if high <= low:
        return np.zeros(pixels.shape, dtype=np.uint8)
    return window(pixels, (low + high) / 2.0, high - low)


def to_display(dataset) -> np.ndarray:  # noqa: ANN001 - a pydicom Dataset
    """8-bit greyscale pixels of the first frame, windowed for the modality."""
    from pydicom.pixels import apply_modality_lut, apply_voi_lut

    pixels = dataset.pixel_array
    if pixels.ndim == 3 and "SamplesPerPixel" in dataset and dataset.SamplesPerPixel == 1:
        pixels = pixels[0]
    modality = str(dataset.get("Modality", ""))
    if modality == "CT":
        return window(apply_modality_lut(pixels, dataset), *LUNG_WINDOW)
    if "WindowCenter" in dataset or "VOILUTSequence" in dataset:
        shown = _full_range(apply_voi_lut(apply_modality_lut(pixels, dataset), dataset))
    else:
        shown = _full_range(apply_modality_lut(pixels, dataset))
    if str(dataset.get("PhotometricInterpretation", "")) == "MONOCHROME1":
        shown = 255 - shown
    return shown


def png_of(path: str | Path) -> bytes:
    """The PNG bytes of one released DICOM file (no metadata chunks)."""
    import pydicom
    from PIL import Image

    dataset = pydicom.dcmread(str(path))
    out = io.BytesIO()
    Image.fromarray(to_display(dataset), mode="L").save(out, format="PNG")
    return out.getvalue()
