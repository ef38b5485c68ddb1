"""A released DICOM image as a PNG for a reader's screen: only the pixels cross into the
annotation tool (no header, no UID, no burned-in text check is needed beyond the release's).

CT is shown after the modality rescale (Hounsfield units) in the window its body part is
read in (`ct_window`): a head — BodyPartExamined HEAD, BRAIN or SKULL, or a study or series
description naming the head or brain (head, brain, голов…, мозг…) — in a brain window (level
40 HU, width 80); a chest — CHEST, THORAX, LUNG, or chest, thorax, lung, груд…, лёгк…/легк…
in a description — in a lung window (level -600, width 1500); any other CT in a soft-tissue
window (level 40, width 400). BodyPartExamined decides first (the de-identified release
keeps it; the descriptions may be cleaned). Radiographs and mammograms are shown as they
are (their VOI window if the file has one, else the full range), MONOCHROME1 inverted so
bone is white.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

LUNG_WINDOW = (-600.0, 1500.0)  # level, width (HU)
BRAIN_WINDOW = (40.0, 80.0)
SOFT_TISSUE_WINDOW = (40.0, 400.0)
HEAD_PARTS = frozenset({"HEAD", "BRAIN", "SKULL"})
CHEST_PARTS = frozenset({"CHEST", "THORAX", "LUNG"})
HEAD_WORDS = ("head", "brain", "голов", "мозг")
CHEST_WORDS = ("chest", "thorax", "lung", "груд", "легк", "лёгк")


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


def ct_window(dataset) -> tuple[float, float]:  # noqa: ANN001 - a pydicom Dataset
    """(level, width) in HU for a CT image: by BodyPartExamined, else by its descriptions."""
    part = str(dataset.get("BodyPartExamined", "") or "").strip().upper()
    if part in HEAD_PARTS:
        return BRAIN_WINDOW
    if part in CHEST_PARTS:
        return LUNG_WINDOW
    described = " ".join(
        str(dataset.get(name, "") or "") for name in ("StudyDescription", "SeriesDescription")
    ).lower()
    if any(word in described for word in HEAD_WORDS):
        return BRAIN_WINDOW
    if any(word in described for word in CHEST_WORDS):
        return LUNG_WINDOW
    return SOFT_TISSUE_WINDOW


def to_display(dataset) -> np.ndarray:  # noqa: ANN001 - a pydicom Dataset
    """8-bit greyscale pixels of the first frame, windowed for the modality."""
    from pydicom.pixels import apply_modality_lut, apply_voi_lut

    pixels = dataset.pixel_array
    if pixels.ndim == 3 and "SamplesPerPixel" in dataset and dataset.SamplesPerPixel == 1:
        pixels = pixels[0]
    modality = str(dataset.get("Modality", ""))
    if modality == "CT":
        return window(apply_modality_lut(pixels, dataset), *ct_window(dataset))
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
