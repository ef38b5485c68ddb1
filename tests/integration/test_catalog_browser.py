"""The catalog in a real browser: headless Chromium (Debian's `chromium`, installed by
`make setup`) opens the built site from file:// URLs, runs its inline script, and we check
the rendered DOM it dumps. One screenshot per page is kept under the test's tmp folder
(the paths are printed; `pytest -s` shows them).

Offline by construction: the pages are opened from disk and any network request would
fail; the list page's search runs from `index.html?q=…` (its script reads the query string).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ozero.catalog.build import build
from tests.browser import CHROMIUM, NO_CHROMIUM
from tests.browser import render as _render
from tests.catalog_releases import IMAGING as FILMS
from tests.catalog_releases import IMAGING_TITLE, TABULAR_TITLE, publish_fake_releases
from tests.catalog_releases import TABULAR as PANELS

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)


def _visible_cards(dom: str) -> list[str]:
    """Dataset names of the list's cards that the script left visible."""
    cards = re.findall(r'<li class="card"([^>]*)>', dom)
    return [
        re.search(r'data-dataset="([^"]+)"', c).group(1)  # type: ignore[union-attr]
        for c in cards
        if not re.search(r"\bhidden\b", c)
    ]


@pytest.fixture()
def site(lake: Path) -> Path:
    publish_fake_releases()
    return Path(build().out)


def test_catalog_pages_render_search_and_navigate_in_chromium(site: Path, tmp_path: Path) -> None:
    shots, profile = tmp_path / "screenshots", tmp_path / "chromium-profile"
    shots.mkdir()
    index = (site / "index.html").as_uri()

    listing = _render(index, shots / "list.png", profile)
    assert TABULAR_TITLE in listing and IMAGING_TITLE in listing
    assert sorted(_visible_cards(listing)) == [FILMS, PANELS]
    assert "2 of 2 datasets shown" in listing  # written by the page's script

    searched = _render(f"{index}?q=radiograph", shots / "list-search.png", profile)
    assert _visible_cards(searched) == [FILMS]
    assert "1 of 2 datasets shown" in searched

    filtered = _render(f"{index}?modality=tabular", shots / "list-filter.png", profile)
    assert _visible_cards(filtered) == [PANELS]

    dataset = _render(
        (site / "datasets" / PANELS / "index.html").as_uri(), shots / "dataset.png", profile
    )
    assert f"<h1>{TABULAR_TITLE}</h1>" in dataset
    assert "since 1.0.0: +7" in dataset and "<svg" in dataset
    assert "<script>alert" not in dataset  # the hostile description stayed text

    films = _render(
        (site / "datasets" / FILMS / "index.html").as_uri(), shots / "films.png", profile
    )
    assert films.count('<figure class="sample"><img src="samples/') == 2

    version = _render(
        (site / "datasets" / FILMS / "1.0.0" / "index.html").as_uri(),
        shots / "version.png",
        profile,
    )
    assert f"<h1>{IMAGING_TITLE} 1.0.0</h1>" in version
    assert 'href="croissant.json"' in version and ".dcm" in version
    assert len(list(shots.glob("*.png"))) == 6
