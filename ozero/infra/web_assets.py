"""Great Expectations' Data Docs without the internet: its pages load Bootstrap, jQuery,
bootstrap-table, Font Awesome and Vega from public CDNs, and render as a blank list where
those are unreachable (a hospital network, this machine). The same files, pinned to the
versions GX asks for, come from the npm registry once (`make setup` runs `fetch`, into the
git-ignored `.web-assets/`), and every rendered site gets a copy under
`static/offline/` with each page's links rewritten to it (`localise`).

    python -m ozero.infra.web_assets fetch    # idempotent; needs `npm`
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ozero.config import REPO_ROOT

log = logging.getLogger(__name__)

OFFLINE_FOLDER = "static/offline"  # inside a Data Docs site


@dataclass(frozen=True)
class Asset:
    url: str  # exactly as GX writes it
    package: str  # npm package
    version: str  # pinned: the version the URL names (the newest of its major when it names one)
    path: str  # inside the package

    @property
    def folder(self) -> str:
        return f"{self.package.replace('/', '__')}@{self.version}"

    @property
    def local(self) -> str:
        return f"{self.folder}/{self.path}"


ASSETS: tuple[Asset, ...] = (
    Asset("https://code.jquery.com/jquery-3.7.1.min.js", "jquery", "3.7.1", "dist/jquery.min.js"),
    Asset("https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css",
          "bootstrap", "4.3.1", "dist/css/bootstrap.min.css"),
    Asset("https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js",
          "bootstrap", "4.3.1", "dist/js/bootstrap.min.js"),
    Asset("https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js",
          "popper.js", "1.12.9", "dist/umd/popper.min.js"),
    Asset("https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css",
          "bootstrap-table", "1.19.1", "dist/bootstrap-table.min.css"),
    Asset("https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js",
          "bootstrap-table", "1.19.1", "dist/bootstrap-table.min.js"),
    Asset("https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js",
          "bootstrap-table", "1.19.1", "dist/extensions/filter-control/bootstrap-table-filter-control.min.js"),
    Asset("https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css",
          "bootstrap-table", "1.19.0", "dist/extensions/filter-control/bootstrap-table-filter-control.css"),
    Asset("https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
          "bootstrap-table", "1.19.0", "dist/extensions/filter-control/bootstrap-table-filter-control.min.css"),
    Asset("https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css",
          "bootstrap-datepicker", "1.9.0", "dist/css/bootstrap-datepicker.min.css"),
    Asset("https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js",
          "bootstrap-datepicker", "1.9.0", "dist/js/bootstrap-datepicker.min.js"),
    Asset("https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css",
          "@fortawesome/fontawesome-free", "6.6.0", "css/all.min.css"),
    Asset("https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css",
          "@forevolve/bootstrap-dark", "1.1.0", "dist/css/bootstrap-prefers-dark.css"),
    Asset("https://cdn.jsdelivr.net/npm/vega@5", "vega", "5.33.1", "build/vega.min.js"),
    Asset("https://cdn.jsdelivr.net/npm/vega-lite@5", "vega-lite", "5.23.0", "build/vega-lite.min.js"),
    Asset("https://cdn.jsdelivr.net/npm/vega-embed@6", "vega-embed", "6.29.0", "build/vega-embed.min.js"),
)  # fmt: skip

# folders a stylesheet reaches by relative URL (Font Awesome's ../webfonts/*.woff2)
TREES = {("@fortawesome/fontawesome-free", "6.6.0"): ("webfonts",)}

# GX's logo comes from its S3 bucket with a per-build query string; the site has a copy
LOGO = re.compile(r"https://great-expectations-web-assets\.s3[^\"']*/logo-long\.png[^\"']*")
LOGO_IN_SITE = "static/images/logo-long.png"


def assets_dir() -> Path:
    return Path(os.environ.get("OZERO_WEB_ASSETS_DIR") or REPO_ROOT / ".web-assets")


def _packages() -> dict[tuple[str, str], list[str]]:
    wanted: dict[tuple[str, str], list[str]] = {}
    for asset in ASSETS:
        wanted.setdefault((asset.package, asset.version), []).append(asset.path)
    return wanted


def fetch(dest: Path | None = None) -> int:
    """Download what is missing with `npm pack`; returns the number of packages fetched."""
    dest = dest or assets_dir()
    fetched = 0
    for (package, version), paths in sorted(_packages().items()):
        folder = dest / f"{package.replace('/', '__')}@{version}"
        trees = TREES.get((package, version), ())
        if all((folder / p).is_file() for p in paths) and all((folder / t).is_dir() for t in trees):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                ["npm", "pack", f"{package}@{version}", "--pack-destination", tmp, "--silent"],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            (tarball,) = Path(tmp).glob("*.tgz")
            _extract(tarball, folder, paths, trees)
        fetched += 1
    return fetched


def _extract(tarball: Path, folder: Path, paths: list[str], trees: tuple[str, ...]) -> None:
    with tarfile.open(tarball) as tar:
        for member in tar.getmembers():
            inner = member.name.removeprefix("package/")
            if member.isfile() and (inner in paths or inner.split("/", 1)[0] in trees):
                target = folder / inner
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                assert source is not None  # a regular file member
                target.write_bytes(source.read())
    missing = [p for p in paths if not (folder / p).is_file()]
    if missing:
        raise FileNotFoundError(f"{tarball.name} has no {', '.join(missing)}")


def localise(site_dir: Path, source: Path | None = None) -> int:
    """Copy the assets into the site and point its pages at them; returns pages rewritten.
    Without fetched assets the site keeps its CDN links (and a warning names the fix)."""
    source = source or assets_dir()
    if not all((source / a.local).is_file() for a in ASSETS):
        log.warning(
            "Data Docs keep their CDN links (blank offline): no web assets in %s; "
            "run `make setup` (python -m ozero.infra.web_assets fetch)",
            source,
        )
        return 0
    offline = site_dir / OFFLINE_FOLDER
    for asset in ASSETS:
        target = offline / asset.local
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / asset.local, target)
    for (package, version), trees in TREES.items():
        folder = f"{package.replace('/', '__')}@{version}"
        for tree in trees:
            if not (offline / folder / tree).is_dir():
                shutil.copytree(source / folder / tree, offline / folder / tree)
    rewritten = 0
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        up = os.path.relpath(site_dir, page.parent).replace(os.sep, "/")
        new = html
        for asset in ASSETS:
            new = new.replace(f'"{asset.url}"', f'"{up}/{OFFLINE_FOLDER}/{asset.local}"')
        new = LOGO.sub(f"{up}/{LOGO_IN_SITE}", new)
        if new != html:
            page.write_text(new, encoding="utf-8")
            rewritten += 1
    return rewritten


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["fetch"]:
        print("usage: python -m ozero.infra.web_assets fetch", file=sys.stderr)
        return 2
    try:
        count = fetch()
    except (OSError, subprocess.CalledProcessError) as exc:
        print(
            f"web_assets: cannot fetch the Data Docs assets ({exc}); "
            "install npm and check that the npm registry is reachable",
            file=sys.stderr,
        )
        return 2
    print(f"[ozero] Data Docs web assets: {count} packages fetched into {assets_dir()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
