"""Sample images of an imaging release for its catalog page: a few of its de-identified
films, rendered as small PNGs (CT in a lung window, radiographs and mammograms as they are:
`ozero.labels.render`, the labelling screen's rendering).

Only pixels leave the DICOM: no header field reaches the page, and a thumbnail of at most
`THUMBNAIL_PX` pixels a side. The films are released ones (their burned-in text was checked
on the way to silver). Which films: the first `count` by content hash — a fixed choice no
curator makes, so the samples are not a showcase; `OZERO_CATALOG_SAMPLES` sets how many
(default 4, 0 for none). A file that does not render is left out and logged with its hash.
"""

from __future__ import annotations

import io
import logging
import os
from dataclasses import dataclass

from ozero import objects
from ozero.catalog.sources import Release
from ozero.release import store

SAMPLES_ENV = "OZERO_CATALOG_SAMPLES"
DEFAULT_SAMPLES = 4
THUMBNAIL_PX = 256
IMAGE_PREFIX = "images/"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sample:
    name: str  # the PNG's file name: the film's content hash (16 hex), nothing else
    png: bytes
    caption: str  # modality and size, read from the file (no identifying field)


def sample_count() -> int:
    text = os.environ.get(SAMPLES_ENV, "").strip()
    try:
        return max(0, int(text)) if text else DEFAULT_SAMPLES
    except ValueError:
        log.warning("%s=%r is not a number; showing %d samples", SAMPLES_ENV, text, DEFAULT_SAMPLES)
        return DEFAULT_SAMPLES


def films(release: Release) -> list[dict]:
    """The release's DICOM files as its manifest lists them, by content hash."""
    entries = [
        f
        for f in release.files
        if str(f.get("path", "")).startswith(IMAGE_PREFIX) and str(f["path"]).endswith(".dcm")
    ]
    return sorted(entries, key=lambda f: str(f.get("sha256") or f["path"]))


def thumbnail(data: bytes) -> tuple[bytes, str]:
    """A PNG of the film's first frame, at most THUMBNAIL_PX a side, and its caption."""
    import pydicom
    from PIL import Image

    from ozero.labels.render import to_display

    dataset = pydicom.dcmread(io.BytesIO(data))
    image = Image.fromarray(to_display(dataset), mode="L")
    caption = f"{dataset.get('Modality', '?')}, {image.width}×{image.height}"
    image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue(), caption


def samples(release: Release, count: int | None = None) -> list[Sample]:
    """Up to `count` rendered films of the release (fewer when some do not render)."""
    count = sample_count() if count is None else count
    chosen: list[Sample] = []
    for entry in films(release):
        if len(chosen) >= count:
            break
        name = str(entry.get("sha256") or entry["path"].rsplit("/", 1)[-1])[:16]
        try:
            data = objects.get(store.release_uri(release.dataset, release.version, entry["path"]))
            png, caption = thumbnail(data)
        except Exception as exc:  # noqa: BLE001 - a bad film costs its sample, not the catalog
            log.warning("%s %s: film %s not rendered (%s)", release.dataset, release.version,
                        name, type(exc).__name__)  # fmt: skip
            continue
        chosen.append(Sample(f"{name}.png", png, caption))
    return chosen
