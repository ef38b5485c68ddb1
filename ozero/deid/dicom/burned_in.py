"""Burned-in text: which instances are at risk, and OCR-driven redaction of their pixels.

Header de-identification cannot see a name typed into the pixels by an ultrasound machine or
a scanner. For instances where that is common, the pixels are read with Tesseract (Russian +
English), detected word boxes are painted black, and a second OCR pass must find no text;
anything that cannot be checked this way is quarantined, never passed unchecked.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from pydicom.dataset import Dataset
from pydicom.tag import BaseTag

REASON_OCR_UNAVAILABLE = "burned-in text check unavailable"
REASON_UNDECODABLE = "pixel data could not be decoded for the burned-in text check"
REASON_TOO_MANY_FRAMES = "too many frames for the burned-in text check"
REASON_TEXT_REMAINS = "text still detected after redaction"
REASON_ENCAPSULATED = "encapsulated document cannot be checked for identifying text"

_SC = "1.2.840.10008.5.1.4.1.1.7"
AT_RISK_SOP_CLASSES = {
    _SC: "secondary capture",
    _SC + ".1": "secondary capture",
    _SC + ".2": "secondary capture",
    _SC + ".3": "secondary capture",
    _SC + ".4": "secondary capture",
    "1.2.840.10008.5.1.4.1.1.6.1": "ultrasound",
    "1.2.840.10008.5.1.4.1.1.6.2": "ultrasound",
    "1.2.840.10008.5.1.4.1.1.3.1": "ultrasound",
    "1.2.840.10008.5.1.4.1.1.6": "ultrasound",
    "1.2.840.10008.5.1.4.1.1.3": "ultrasound",
    "1.2.840.10008.5.1.4.1.1.77.1.1.1": "video endoscopic",
    "1.2.840.10008.5.1.4.1.1.77.1.4": "photographic",
}
ENCAPSULATED_SOP_CLASSES = frozenset(
    {"1.2.840.10008.5.1.4.1.1.104.1", "1.2.840.10008.5.1.4.1.1.104.2"}
)
AT_RISK_MODALITIES = {"US": "ultrasound", "OT": "modality OT", "DOC": "scanned document"}
SCANNED_CONVERSION_TYPES = frozenset({"SD", "SI"})


def at_risk_reason(ds: Dataset) -> str | None:
    """Why this instance may carry burned-in text (a category, never a value), or None."""
    if _code(ds, 0x00280301).upper() == "YES":  # Burned In Annotation
        return "burned in annotation YES"
    sop_class = _code(ds, 0x00080016)
    if sop_class in ENCAPSULATED_SOP_CLASSES:
        return "encapsulated document"
    if sop_class in AT_RISK_SOP_CLASSES:
        return AT_RISK_SOP_CLASSES[sop_class]
    if _code(ds, 0x00080064).upper() in SCANNED_CONVERSION_TYPES:  # Conversion Type
        return "scanned document"
    return AT_RISK_MODALITIES.get(_code(ds, 0x00080060).upper())  # Modality


def _code(ds: Dataset, tag: int) -> str:
    """A CS or UI value read from the raw bytes when still undecoded (every file, hot path)."""
    elem = ds._dict.get(BaseTag(tag))  # noqa: SLF001
    if elem is None:
        return ""
    value = elem.value
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").strip("\x00 ")
    return str(value if value is not None else "").strip()


@dataclass(frozen=True)
class WordBox:
    """One OCR word box in pixel coordinates of the frame it was found in."""

    left: int
    top: int
    width: int
    height: int
    confidence: float


class OcrEngine(Protocol):
    """Finds word boxes in one 8-bit greyscale image (what tests and other engines fake)."""

    def words(self, image: np.ndarray) -> list[WordBox]: ...


@dataclass(frozen=True)
class TesseractOcr:
    """Tesseract via pytesseract; sparse-text mode, since burned-in text is scattered labels."""

    languages: str = "rus+eng"
    min_confidence: float = 30.0
    config: str = "--psm 11"

    def words(self, image: np.ndarray) -> list[WordBox]:
        import pytesseract

        data = pytesseract.image_to_data(
            image, lang=self.languages, config=self.config, output_type=pytesseract.Output.DICT
        )
        boxes = []
        for i, text in enumerate(data["text"]):
            conf = float(data["conf"][i])
            if conf >= self.min_confidence and any(ch.isalnum() for ch in text):
                boxes.append(
                    WordBox(
                        data["left"][i], data["top"][i], data["width"][i], data["height"][i], conf
                    )
                )
        return boxes


def tesseract_ocr() -> TesseractOcr | None:
    """A Tesseract engine if the binary, pytesseract and both languages are present."""
    if shutil.which("tesseract") is None:
        return None
    try:
        import pytesseract

        languages = set(pytesseract.get_languages(config=""))
    except Exception:  # noqa: BLE001 - any failure means "unavailable", reported as such
        return None
    return TesseractOcr() if {"rus", "eng"} <= languages else None


@dataclass
class BurnedInResult:
    """Outcome of the check: ``clean``, ``redacted`` or ``quarantine`` (with a reason)."""

    status: str
    reason: str = ""
    boxes: int = 0
    frames: int = 0
    notes: list[str] = field(default_factory=list)


def _to_grey8(frame: np.ndarray) -> np.ndarray:
    """Min-max scale one frame to uint8 grey with dark text on a light background."""
    data = frame.astype(np.float32)
    if data.ndim == 3:
        data = data.mean(axis=2)
    low, high = float(data.min()), float(data.max())
    scaled = (data - low) * (255.0 / (high - low)) if high > low else np.zeros_like(data)
    grey = scaled.astype(np.uint8)
    return 255 - grey if grey.mean() < 128 else grey


def _frames(pixels: np.ndarray, ds: Dataset) -> np.ndarray:
    """Pixels as (frames, rows, cols[, samples])."""
    n_frames = int(ds.get("NumberOfFrames", 1) or 1)
    return pixels if n_frames > 1 else pixels[np.newaxis, ...]


def _scan(ocr: OcrEngine, frame: np.ndarray, upscale: int) -> list[WordBox]:
    grey = _to_grey8(frame)
    if upscale > 1:
        grey = np.repeat(np.repeat(grey, upscale, axis=0), upscale, axis=1)
    return [
        WordBox(
            b.left // upscale,
            b.top // upscale,
            -(-b.width // upscale),
            -(-b.height // upscale),
            b.confidence,
        )
        for b in ocr.words(grey)
    ]


def check_and_redact(
    ds: Dataset, ocr: OcrEngine | None, max_frames: int = 64, pad: int = 2
) -> BurnedInResult:
    """OCR every frame, black out word boxes, re-OCR; rewrite pixels only if text was found."""
    if str(ds.get("SOPClassUID", "")) in ENCAPSULATED_SOP_CLASSES:
        return BurnedInResult("quarantine", REASON_ENCAPSULATED)
    if "PixelData" not in ds:
        return BurnedInResult("clean", notes=["no pixel data"])
    if ocr is None:
        return BurnedInResult("quarantine", REASON_OCR_UNAVAILABLE)
    if int(ds.get("NumberOfFrames", 1) or 1) > max_frames:
        return BurnedInResult("quarantine", REASON_TOO_MANY_FRAMES)
    try:
        pixels = np.array(ds.pixel_array)  # a writable copy, already RGB for YBR sources
    except Exception:  # noqa: BLE001 - decoder errors vary by plugin; only the fact matters
        return BurnedInResult("quarantine", REASON_UNDECODABLE)
    frames = _frames(pixels, ds)
    upscale = 2 if frames.shape[2] < 400 else 1  # small text in small images needs it
    black = frames.max() if str(ds.get("PhotometricInterpretation", "")) == "MONOCHROME1" else 0
    total = 0
    touched = []
    for frame in frames:
        boxes = _scan(ocr, frame, upscale)
        for b in boxes:
            frame[max(b.top - pad, 0) : b.top + b.height + pad,
                  max(b.left - pad, 0) : b.left + b.width + pad] = black  # fmt: skip
        if boxes:
            touched.append(frame)
        total += len(boxes)
    if total == 0:
        return BurnedInResult("clean", frames=len(frames))
    if any(_scan(ocr, frame, upscale) for frame in touched):  # frames without text stay so
        return BurnedInResult("quarantine", REASON_TEXT_REMAINS, boxes=total, frames=len(frames))
    _write_pixels(ds, pixels)
    return BurnedInResult("redacted", boxes=total, frames=len(frames))


def _write_pixels(ds: Dataset, pixels: np.ndarray) -> None:
    """Store redacted pixels uncompressed (decoded colour is RGB whatever the source was)."""
    samples = int(ds.get("SamplesPerPixel", 1) or 1)
    photometric = "RGB" if samples == 3 else str(ds.PhotometricInterpretation)
    # the instance keeps its UID (remapped with the key like any other): a new random one
    # would make the file disagree with its silver row and differ from run to run
    ds.set_pixel_data(pixels, photometric, int(ds.BitsStored), generate_instance_uid=False)
    ds.BurnedInAnnotation = "NO"
