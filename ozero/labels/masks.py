"""Masks of `segment` tasks: Label Studio's brush RLE in, Ozero's compact RLE out.

Label Studio stores a brush region as `value.rle`: the bytes of a bit-packed run-length code
(thi.ng's rle-pack, as `label_studio_converter.brush` reads it) over the region's RGBA
canvas, row-major, four values per pixel; the mask is the alpha channel. The stream is,
most significant bit first:

    32 bits  number of values (height * width * 4)
     5 bits  word size - 1 (8: values are bytes)
    4 x 4 bits  the four run-length field sizes - 1 (the tool and its converter use 3, 4, 8, 16)
    then chunks until every value is filled:
      1 bit  repeat flag
      2 bits which run-length field size follows
      n bits run length - 1
      repeat: one word, filled over the run; else: one word per value of the run

Ozero decodes that here (no Label Studio package in Ozero's venv) and keeps the mask in
`silver.annotations` as COCO's *uncompressed* RLE: `{"size": [height, width], "counts":
[...]}` over the image grid in **column-major** (Fortran) order, the first count being the
run of background pixels (0 when the mask starts at the top-left pixel) and runs then
alternating mask / background. That is what `pycocotools.mask.frPyObjects` reads, it needs
no image file, and a typical finding is a few hundred integers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ozero.errors import OzeroError

RLE_SIZES = (3, 4, 8, 16)  # run-length field sizes, as the tool and its converter write them
WORD_SIZE = 8
CHANNELS = 4  # RGBA


class BadBrushMask(OzeroError, ValueError):
    """A brush region the pull cannot read (not RLE, or not the size of its image)."""

    fix = "check the region in the tool (a brush on the task's image) and pull again"


def _bits(data: Sequence[int]) -> str:
    """The stream's bits as a '0'/'1' string, most significant bit of each byte first."""
    try:
        raw = bytes(data)
    except (TypeError, ValueError) as exc:
        raise BadBrushMask(f"brush RLE is not a list of bytes ({exc})") from exc
    if not raw:
        return ""
    return bin(int.from_bytes(raw, "big"))[2:].zfill(len(raw) * 8)


class _Reader:
    """Reads unsigned fields off the bit string (positions only move forward)."""

    def __init__(self, bits: str) -> None:
        self.bits = bits
        self.at = 0

    def read(self, size: int) -> int:
        end = self.at + size
        if end > len(self.bits):
            raise BadBrushMask("brush RLE ends before its values do")
        value = int(self.bits[self.at : end], 2)
        self.at = end
        return value


def decode_ls_rle(rle: Sequence[int], expected: int | None = None) -> np.ndarray:
    """The flat values a Label Studio brush RLE encodes (RGBA bytes, row-major). With
    `expected`, a stream declaring another count is refused before anything is allocated
    (a broken header must not ask for gigabytes)."""
    stream = _Reader(_bits(rle))
    count = stream.read(32)
    if expected is not None and count != expected:
        raise BadBrushMask(f"brush RLE has {count} values, its image needs {expected}")
    word = stream.read(5) + 1
    sizes = [stream.read(4) + 1 for _ in range(4)]
    out = np.zeros(count, dtype=np.uint32 if word > 16 else np.uint16 if word > 8 else np.uint8)
    i = 0
    while i < count:
        repeat = stream.read(1)
        end = min(i + 1 + stream.read(sizes[stream.read(2)]), count)
        if repeat:
            out[i:end] = stream.read(word)
        else:
            out[i:end] = [stream.read(word) for _ in range(end - i)]
        i = end
    return out


def _runs(values: np.ndarray) -> list[tuple[int, int]]:
    """(value, length) of each run of equal values."""
    if values.size == 0:
        return []
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    lengths = np.diff(np.r_[starts, values.size])
    return [(int(values[s]), int(n)) for s, n in zip(starts, lengths, strict=True)]


def encode_ls_rle(values: np.ndarray, sizes: Sequence[int] = RLE_SIZES) -> list[int]:
    """Label Studio's brush RLE of flat byte values, each run in the smallest length field
    it fits and a lone value as a one-word literal — the chunks `label_studio_converter`'s
    encoder writes (it then pads with a whole zero byte where this pads with none)."""
    flat = np.asarray(values).ravel()
    if flat.size and (flat.min() < 0 or flat.max() > 255):
        raise ValueError("brush values are bytes (0..255)")
    parts = [f"{flat.size:032b}", f"{WORD_SIZE - 1:05b}", *(f"{s - 1:04b}" for s in sizes)]
    longest = 2 ** sizes[-1]
    for value, length in _runs(flat):
        while length:
            run = min(length, longest)
            index = next(k for k, s in enumerate(sizes) if run <= 2**s)
            repeat = "1" if run > 1 else "0"  # a lone value as a one-word literal
            parts.append(f"{repeat}{index:02b}{run - 1:0{sizes[index]}b}{value:0{WORD_SIZE}b}")
            length -= run
    bits = "".join(parts)
    bits += "0" * (-len(bits) % 8)
    return list(int(bits, 2).to_bytes(len(bits) // 8, "big")) if bits else []


def ls_mask(rle: Sequence[int], width: int, height: int) -> np.ndarray:
    """A brush region as a boolean (height, width) mask: its alpha channel, non-zero."""
    values = decode_ls_rle(rle, expected=width * height * CHANNELS)
    return values.reshape(height, width, CHANNELS)[:, :, 3] > 0


def ls_rle_of(mask: np.ndarray) -> list[int]:
    """A boolean (height, width) mask as the tool's brush RLE (white, opaque pixels)."""
    return encode_ls_rle(np.repeat(np.asarray(mask, dtype=bool).ravel() * 255, CHANNELS))


def coco_rle(mask: np.ndarray) -> dict[str, Any]:
    """COCO uncompressed RLE of a (height, width) mask: column-major counts, background
    first."""
    flat = np.asarray(mask, dtype=bool).ravel(order="F")
    counts = [length for _, length in _runs(flat.astype(np.uint8))]
    if flat.size and flat[0]:
        counts.insert(0, 0)
    return {"size": [int(mask.shape[0]), int(mask.shape[1])], "counts": counts}


def from_coco_rle(rle: dict[str, Any]) -> np.ndarray:
    """The boolean (height, width) mask of a `coco_rle` dict."""
    height, width = (int(n) for n in rle["size"])
    counts = [int(n) for n in rle["counts"]]
    if sum(counts) != height * width:
        raise BadBrushMask(f"mask counts sum to {sum(counts)}, not {height}x{width}")
    values = np.arange(len(counts)) % 2 == 1  # background, mask, background, …
    return np.repeat(values, counts).reshape((height, width), order="F")
