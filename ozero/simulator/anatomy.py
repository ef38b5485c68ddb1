"""Synthetic anatomy: each simulated study draws its own images from its seed.

One phantom for every patient made every film look alike: unrelated studies were 5-24 bits
apart in a 64-bit perceptual hash, so the release's near-duplicate check
(`ozero.quality.near_duplicates`) would have seen leaks between splits that were not there.
Here a study's seed decides its body outline, organ shapes, positions and sizes and a tissue
texture, per modality — an axial CT slice of the chest or head, a chest radiograph (PA or
lateral), a mammogram (CC or MLO, either side) — so two studies look like two patients,
while the slices of one CT series change slowly from one to the next (one study, one
split). Everything is numpy on small frames: drawing a study costs well under a millisecond
per image.

Values are stored 12-bit numbers as the PACS files carry them: CT in HU + 1024 (the files
say RescaleIntercept -1024), radiographs and mammograms as MONOCHROME2 (dense is bright).
"""

from __future__ import annotations

import numpy as np

MAX_VALUE = 4095  # 12 bits stored


def smooth_field(gen: np.random.Generator, size: int, cells: int) -> np.ndarray:
    """A random field in about [-1, 1] that varies over `cells` steps across the frame:
    a coarse random grid, bilinearly interpolated (tissue texture, exposure non-uniformity)."""
    coarse = gen.uniform(-1.0, 1.0, (cells + 1, cells + 1))
    weights = _interpolation(cells + 1, size)
    return weights @ coarse @ weights.T


def _interpolation(points: int, size: int) -> np.ndarray:
    """The (size × points) matrix that linearly interpolates `points` samples to `size`."""
    position = np.linspace(0, points - 1, size)
    low = np.clip(np.floor(position).astype(int), 0, points - 2)
    frac = position - low
    weights = np.zeros((size, points))
    weights[np.arange(size), low] = 1 - frac
    weights[np.arange(size), low + 1] = frac
    return weights


class _Frame:
    """Normalised coordinates of a square frame: x, y in [-1, 1] (y grows downwards)."""

    def __init__(self, size: int) -> None:
        axis = np.linspace(-1.0, 1.0, size)
        self.size = size
        self.y, self.x = np.meshgrid(axis, axis, indexing="ij")

    def ellipse(
        self,
        cx: float,
        cy: float,
        ax: float,
        ay: float,
        angle: float = 0.0,
        wobble: np.ndarray | None = None,
    ) -> np.ndarray:
        """Inside an ellipse; `wobble` (harmonic amplitudes and phases) bends its outline."""
        cos, sin = np.cos(angle), np.sin(angle)
        u = ((self.x - cx) * cos + (self.y - cy) * sin) / ax
        v = (-(self.x - cx) * sin + (self.y - cy) * cos) / ay
        radius = np.hypot(u, v)
        limit = 1.0
        if wobble is not None:
            theta = np.arctan2(v, u)
            for k, (amplitude, phase) in enumerate(wobble, start=2):
                limit = limit + amplitude * np.sin(k * theta + phase)
        return radius < limit


def _wobble(gen: np.random.Generator, harmonics: int = 3, scale: float = 0.08) -> np.ndarray:
    return np.stack(
        [gen.uniform(0, scale, harmonics), gen.uniform(0, 2 * np.pi, harmonics)], axis=1
    )


class Study:
    """The anatomy of one study: every parameter drawn once from its seed, images on demand."""

    def __init__(self, seed: int, size: int = 64) -> None:
        self.gen = np.random.default_rng(seed)
        self.size = size
        self.frame = _Frame(size)
        g = self.gen
        # the body as placed on the table / detector, and the texture of its tissues
        self.shift = g.uniform(-0.25, 0.25, 2)
        self.angle = g.uniform(-0.35, 0.35)
        self.scale = g.uniform(0.9, 1.25)  # large bodies run off the field of view
        self.outline = _wobble(g, scale=0.12)
        cells = int(g.integers(6, 10))  # the grain of the texture, patient by patient
        self.texture = (smooth_field(g, size, cells), smooth_field(g, size, cells))
        self.fine = smooth_field(g, size, 13)
        self.exposure = smooth_field(g, size, 4)
        self.lung_gap = g.uniform(0.05, 0.3)
        self.lung_tilt = g.uniform(-0.5, 0.5, 2)
        self.lung_drop = g.uniform(-0.2, 0.2, 2)
        self.lungs = g.uniform(0.15, 0.4, 2)  # half-widths, right and left
        self.heart = (g.uniform(0.05, 0.3), g.uniform(0.16, 0.3))  # offset, radius
        self.nodules = [
            (g.uniform(-0.6, 0.6), g.uniform(-0.5, 0.5), g.uniform(0.04, 0.1))
            for _ in range(g.integers(0, 4))
        ]
        self.density = g.uniform(0.2, 0.8)  # share of fibroglandular tissue (mammography)

    def _texture(self, t: float) -> np.ndarray:
        """The study's texture at depth t in [0, 1]: slices of one series drift slowly."""
        return (1 - t) * self.texture[0] + t * self.texture[1]

    def ct_chest(self, t: float) -> np.ndarray:
        """An axial slice at depth t (0: apex … 1: bases), in HU."""
        f, s = self.frame, self.scale
        cx, cy = self.shift
        body = f.ellipse(cx, cy, 0.9 * s, 0.72 * s, self.angle, self.outline)
        inner = f.ellipse(cx, cy, 0.8 * s, 0.62 * s, self.angle, self.outline)
        hu = np.full(f.x.shape, -1000.0)
        hu[body] = -100.0 + 80 * self._texture(1 - t)[body]  # subcutaneous fat
        hu[inner] = 40.0 + 250 * self._texture(t)[inner]  # muscle and mediastinum
        grow = np.sin(np.pi * (0.25 + 0.65 * t))  # lungs widest in the middle of the chest
        for side, half, tilt, drop in zip(
            (-1, 1), self.lungs, self.lung_tilt, self.lung_drop, strict=True
        ):
            lx = cx + side * (self.lung_gap + half) * s
            lung = f.ellipse(lx, cy + drop, half * s * grow, 0.45 * s * grow, tilt, self.outline)
            hu[lung & inner] = (-750.0 + 250 * self._texture(t) + 60 * self.fine)[lung & inner]
        grown = max(t, 0.2)  # the heart appears as the slices go down
        heart = f.ellipse(
            cx + self.heart[0] * s, cy - 0.05, self.heart[1] * s * grown, 0.25 * s * grown
        )
        hu[heart & inner] = 45.0 + 100 * self._texture(t)[heart & inner]
        spine = f.ellipse(cx, cy + 0.38 * s, 0.12 * s, 0.1 * s)
        hu[spine] = 700.0
        for nx, ny, r in self.nodules:
            nodule = f.ellipse(cx + nx * s, cy + ny * s, r * (1 - abs(t - 0.5)), r)
            hu[nodule & inner] = 30.0
        return hu + 300 * self.exposure

    def ct_head(self, t: float) -> np.ndarray:
        """An axial slice of the head at depth t (0: vertex … 1: skull base), in HU."""
        f, s = self.frame, self.scale * (0.95 - 0.2 * abs(t - 0.5))
        cx, cy = self.shift
        skull = f.ellipse(cx, cy, 0.75 * s, 0.9 * s, self.angle, self.outline)
        brain = f.ellipse(cx, cy, 0.67 * s, 0.82 * s, self.angle, self.outline)
        hu = np.full(f.x.shape, -1000.0)
        hu[skull] = 900.0
        hu[brain] = (33.0 + 150 * self._texture(t) + 10 * self.fine)[brain]
        for side in (-1, 1):
            vx = cx + side * (0.06 + 0.1 * self.lungs[0]) * s
            ventricle = f.ellipse(vx, cy - 0.1, 0.07 * s, 0.3 * s * self.lungs[1] * 3, self.angle)
            hu[ventricle & brain] = 8.0
        return hu + 300 * self.exposure

    def radiograph(self, view: str) -> np.ndarray:
        """A chest radiograph, PA or lateral (RL/LL), as exposure-independent density."""
        f, s = self.frame, self.scale
        cx, cy = self.shift
        density = 0.12 + 0.1 * self.exposure  # direct exposure: nearly black
        body = f.ellipse(cx, cy + 0.1, 1.0 * s, 1.2 * s, self.angle, self.outline)
        density = np.where(body, 0.55 + 0.25 * self._texture(0.5), density)
        if view == "PA":
            for side, half in zip((-1, 1), self.lungs, strict=True):
                lx = cx + side * (self.lung_gap + half) * s
                lung = f.ellipse(lx, cy - 0.05, half * s, 0.62 * s, self.angle, self.outline)
                density = np.where(
                    lung & body, 0.3 + 0.22 * self._texture(0.2) + 0.04 * self.fine, density
                )
            heart = f.ellipse(cx + self.heart[0] * s, cy + 0.25, self.heart[1] * 1.6 * s, 0.3 * s)
        else:  # lateral: one lung field, the spine behind it, the heart in front
            lung = f.ellipse(cx, cy - 0.05, 0.55 * s, 0.62 * s, self.angle, self.outline)
            density = np.where(
                lung & body, 0.35 + 0.22 * self._texture(0.2) + 0.04 * self.fine, density
            )
            spine = np.abs(f.x - (cx + (0.6 if view == "RL" else -0.6) * s)) < 0.1 * s
            density = np.where(spine & body, 0.85, density)
            heart = f.ellipse(cx - 0.2 * s * (1 if view == "RL" else -1), cy + 0.25,
                              self.heart[1] * s, 0.3 * s)  # fmt: skip
        density = np.where(heart & body, 0.7 + 0.2 * self._texture(0.8), density)
        ribs = 0.5 + 0.5 * np.sin((f.y - cy) * (10 + 3 * self.lung_gap * 10) + 2 * f.x**2)
        density = density + np.where(body, 0.06 * ribs, 0.0)
        for nx, ny, r in self.nodules:
            density = np.where(f.ellipse(cx + nx * s, cy + ny * s, r, r) & body, 0.6, density)
        return density * 3000

    def mammogram(self, laterality: str, view: str) -> np.ndarray:
        """A mammogram: the breast against the chest wall (left edge for R, right for L)."""
        f, s = self.frame, self.scale
        wall = -1.0 if laterality == "R" else 1.0
        cy = self.shift[1]
        depth = 1.5 * s * (1.1 if view == "MLO" else 1.0)
        breast = f.ellipse(wall, cy, depth, 1.0 * s, 0.0, self.outline)
        density = 0.08 + 0.06 * self.exposure  # background: the heel effect, nothing else
        tissue = self._texture(0.3 if view == "CC" else 0.7) + 0.5 * self.fine
        glandular = tissue > (1 - 2 * self.density)
        density = np.where(breast, 0.4 + 0.2 * tissue, density)
        density = np.where(breast & glandular, 0.6 + 0.2 * tissue, density)
        if view == "MLO":  # the pectoral muscle: a triangle in the upper chest-wall corner
            muscle = (f.y + 1) < 0.8 * s * (1 - np.abs(f.x - wall) / (0.9 * s))
            density = np.where(muscle & breast, 0.75, density)
        for nx, ny, r in self.nodules[:1]:
            mass = f.ellipse(wall - wall * abs(nx), cy + ny, r, r)
            density = np.where(mass & breast, 0.85, density)
        return density * 3000


def ct_stored(hu: np.ndarray) -> np.ndarray:
    """HU → stored values under RescaleIntercept -1024 (clipped to 12 bits)."""
    return hu + 1024


def to_pixels(values: np.ndarray, gen: np.random.Generator, noise: float) -> np.ndarray:
    """Stored 12-bit pixels with the acquisition's own quantum noise."""
    noisy = values + gen.normal(0.0, noise, values.shape)
    return np.clip(np.rint(noisy), 0, MAX_VALUE).astype(np.uint16)


NOISE_TILE = 256  # side of the noise patch a full-size frame repeats


def upscale(values: np.ndarray, rows: int, columns: int) -> np.ndarray:
    """The small drawing blown up to a full detector matrix by repeating pixels (np.repeat,
    then cropped): full-size files for volume benches at the cost of a copy, where drawing
    every pixel of a 3328×4096 mammogram would cost ~3,000× the 64×64 frame."""
    height, width = values.shape
    by_row, by_column = -(-rows // height), -(-columns // width)
    big = np.repeat(np.repeat(values.astype(np.float32), by_row, axis=0), by_column, axis=1)
    return big[:rows, :columns]


def to_pixels_large(
    values: np.ndarray, gen: np.random.Generator, noise: float, rows: int, columns: int
) -> np.ndarray:
    """`to_pixels` at a full detector matrix: the upscaled drawing plus one
    NOISE_TILE² patch of quantum noise tiled over it from a random offset. Why a tile: the
    normal draws of 13.6 M pixels would dominate generation; a file's bytes still vary
    pixel by pixel, which is what a volume bench needs (no one reads the noise)."""
    big = upscale(values, rows, columns)
    patch = gen.normal(0.0, noise, (NOISE_TILE, NOISE_TILE)).astype(np.float32)
    dy, dx = (int(v) for v in gen.integers(0, NOISE_TILE, 2))
    reps = (-(-(rows + dy) // NOISE_TILE), -(-(columns + dx) // NOISE_TILE))
    big += np.tile(patch, reps)[dy : dy + rows, dx : dx + columns]
    np.rint(big, out=big)
    np.clip(big, 0, MAX_VALUE, out=big)
    return big.astype(np.uint16)
