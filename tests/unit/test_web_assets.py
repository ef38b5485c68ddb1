"""Data Docs pages pointed at a copy of their CDN files inside the site."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from ozero.infra.web_assets import ASSETS, LOGO_IN_SITE, OFFLINE_FOLDER, TREES, localise

JQUERY = next(a for a in ASSETS if a.package == "jquery")
FONTS = next(a for a in ASSETS if a.package == "@fortawesome/fontawesome-free")
LOGO_URL = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=1"


def _assets(root: Path) -> Path:
    for asset in ASSETS:
        (root / asset.local).parent.mkdir(parents=True, exist_ok=True)
        (root / asset.local).write_text(f"/* {asset.package} {asset.version} */")
    for (package, version), trees in TREES.items():
        for tree in trees:
            folder = root / f"{package.replace('/', '__')}@{version}" / tree
            folder.mkdir(parents=True)
            (folder / "fa-solid-900.woff2").write_bytes(b"font")
    return root


def _page(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<script src="{JQUERY.url}"></script><link href="{FONTS.url}" rel="stylesheet">'
        f'<img src="{LOGO_URL}"><a href="https://greatexpectations.io">GX</a>'
    )
    return path


def _loads(page: Path) -> list[str]:
    return re.findall(r'<(?:script|link|img)\b[^>]*(?:src|href)="([^"]+)"', page.read_text())


def test_every_page_loads_the_sites_copies_at_any_depth(tmp_path: Path):
    site = tmp_path / "site"
    (site / "static" / "images").mkdir(parents=True)
    (site / LOGO_IN_SITE).write_bytes(b"png")
    pages = [_page(site / "index.html"), _page(site / "validations/a/b/c/t.html")]
    assert localise(site, _assets(tmp_path / "assets")) == 2
    for page in pages:
        loads = _loads(page)
        assert len(loads) == 3 and not [u for u in loads if "://" in u], loads
        assert all((page.parent / u).resolve().is_file() for u in loads), loads
        assert 'href="https://greatexpectations.io"' in page.read_text()  # a link, not a load
    fonts = site / OFFLINE_FOLDER / FONTS.folder / "webfonts" / "fa-solid-900.woff2"
    assert fonts.is_file()  # all.min.css reaches ../webfonts/
    assert localise(site, tmp_path / "assets") == 0  # already local: nothing to rewrite


def test_without_fetched_assets_the_site_is_left_as_gx_wrote_it(tmp_path: Path, caplog):
    page = _page(tmp_path / "site" / "index.html")
    before = page.read_text()
    with caplog.at_level(logging.WARNING):
        assert localise(tmp_path / "site", tmp_path / "nothing-here") == 0
    assert page.read_text() == before
    assert "make setup" in caplog.text


def test_each_pinned_url_names_its_version():
    for asset in ASSETS:
        major = asset.version.split(".")[0]
        assert f"{asset.version}" in asset.url or asset.url.endswith(f"@{major}"), asset
    assert len({a.url for a in ASSETS}) == len(ASSETS)
    assert not os.path.isabs(OFFLINE_FOLDER)
