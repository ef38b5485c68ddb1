"""`ozero catalog build` on small releases written without Spark (tests/catalog_releases.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ozero import cli
from ozero.catalog import charts, sheet
from ozero.catalog.build import build
from ozero.catalog.sources import IMAGING, TABULAR, read_all
from ozero.release import store
from tests.catalog_releases import (
    HOSTILE,
    IMAGING_TITLE,
    PLANTED_NAME,
    TABULAR_TITLE,
    publish_fake_releases,
)
from tests.catalog_releases import IMAGING as FILMS
from tests.catalog_releases import TABULAR as PANELS


@pytest.fixture()
def published(lake: Path) -> dict[str, list[dict]]:
    return publish_fake_releases()


def _read(lake: Path, relative: str) -> str:
    return (lake / "catalog" / relative).read_text(encoding="utf-8")


def test_build_writes_a_list_page_a_page_per_dataset_and_per_version(lake: Path, published):
    result = build()
    written = {Path(p).relative_to(lake / "catalog").as_posix() for p in result.pages}
    assert {
        "index.html",
        f"datasets/{PANELS}/index.html",
        f"datasets/{PANELS}/1.0.0/index.html",
        f"datasets/{PANELS}/1.1.0/index.html",
        f"datasets/{FILMS}/index.html",
        f"datasets/{FILMS}/1.0.0/index.html",
    } <= written
    assert (result.datasets, result.versions, result.skipped) == (2, 3, [])
    index = _read(lake, "index.html")
    assert TABULAR_TITLE in index and IMAGING_TITLE in index
    assert f'href="datasets/{PANELS}/index.html"' in index
    assert "3 versions" in index


def test_every_page_escapes_release_text(lake: Path, published):
    result = build()
    escaped = "&lt;script&gt;alert(&quot;catalog&quot;)&lt;/script&gt;"
    seen_escaped = False
    for page in result.pages:
        text = Path(page).read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<img src=x" not in text, page
        seen_escaped |= escaped in text
    assert seen_escaped  # the hostile description is shown, as text
    assert HOSTILE not in _read(lake, f"datasets/{PANELS}/index.html")


def test_list_page_offers_the_facets_of_the_releases(lake: Path, published):
    build()
    index = _read(lake, "index.html")
    cards = re.findall(r'<li class="card" ([^>]*)>', index)
    assert len(cards) == 2
    films = next(c for c in cards if f'data-dataset="{FILMS}"' in c)
    assert f'data-modality="{IMAGING}"' in films
    assert "PACS (DICOMweb)" in films and "NSI / FNSI (directories)" in films
    assert 'data-labels="finding"' in films and 'data-access="restricted"' in films
    panels = next(c for c in cards if f'data-dataset="{PANELS}"' in c)
    assert f'data-modality="{TABULAR}"' in panels and "GIS OMS (claims)" in panels
    for name in ("modality", "registry", "label", "access", "size"):
        assert f'<select name="{name}">' in index
    assert '<option value="abnormal_flag">' in index


def test_dataset_page_has_versions_changes_charts_figures_and_loading(lake: Path, published):
    build()
    page = _read(lake, f"datasets/{PANELS}/index.html")
    assert page.index("1.1.0</a>") < page.index("1.0.0</a>")  # newest first
    assert "since 1.0.0: +7 / −0 rows, 0 corrected (minor)" in page
    assert "first release" in page
    # label distribution N: 2 train, H: 1 train, L: 1 test — one bar per (value, split)
    counts = re.findall(r'<rect class="bar"[^>]*data-count="(\d+)"', page)
    assert counts[:3] == ["2", "1", "1"]
    assert "Demographics: rows by age band and sex" in page and "female / жен." in page
    assert "load_release(&quot;lab-panels&quot;, &quot;1.1.0&quot;)" in page
    assert "3 → 6" in page and ">passed<" in page  # privacy and validation figures
    assert "gold.lab_panels" in page and "abnormal_flag" in page  # schema


def test_version_page_lists_every_file_with_its_checksum(lake: Path, published):
    build()
    manifest = published[FILMS][0]
    page = _read(lake, f"datasets/{FILMS}/1.0.0/index.html")
    for entry in manifest["files"]:
        assert entry["sha256"] in page and entry["path"] in page
    assert 'href="croissant.json"' in page and "SHA-256 matches the manifest" in page
    copied = json.loads(_read(lake, f"datasets/{FILMS}/1.0.0/croissant.json"))
    original = json.loads((lake / "releases" / FILMS / "1.0.0" / "croissant.json").read_bytes())
    assert copied == original
    sheet_page = _read(lake, f"datasets/{FILMS}/1.0.0/datasheet.html")
    assert "Label distribution per split: finding" in sheet_page


def test_an_imaging_dataset_shows_sample_films_pixels_only(
    lake: Path, published, monkeypatch, caplog
):
    from PIL import Image

    monkeypatch.delenv("OZERO_CATALOG_SAMPLES", raising=False)
    build()
    page = _read(lake, f"datasets/{FILMS}/index.html")
    shown = re.findall(r'<img src="(samples/[0-9a-f]{16}\.png)" alt="CR, 400×300"', page)
    assert len(shown) == 2  # two real films; the third does not render and is left out
    assert "not rendered" in caplog.text
    for href in shown:
        with Image.open(lake / "catalog" / "datasets" / FILMS / href) as png:
            assert png.size == (256, 192) and png.mode == "L"  # a thumbnail, nothing more
    every_file = b"".join(f.read_bytes() for f in (lake / "catalog").rglob("*") if f.is_file())
    assert PLANTED_NAME.encode() not in every_file  # no header field reaches the catalog
    assert "<img" not in _read(lake, f"datasets/{PANELS}/index.html")  # not an imaging dataset

    monkeypatch.setenv("OZERO_CATALOG_SAMPLES", "0")
    build()
    assert "Sample images" not in _read(lake, f"datasets/{FILMS}/index.html")


def test_a_tampered_document_is_flagged_against_the_manifest(lake: Path, published):
    target = lake / "releases" / FILMS / "1.0.0" / "croissant.json"
    document = json.loads(target.read_bytes())
    document["description"] = "edited after publishing"
    target.chmod(0o644)
    target.write_text(json.dumps(document), encoding="utf-8")
    build()
    page = _read(lake, f"datasets/{FILMS}/1.0.0/index.html")
    assert "SHA-256 DIFFERS from the manifest" in page


def test_an_unreadable_manifest_is_skipped_with_its_reason(lake: Path, published):
    broken = lake / "releases" / PANELS / "1.1.0" / store.MANIFEST_FILE
    broken.chmod(0o644)
    broken.write_text("{not json", encoding="utf-8")
    result = build()
    assert [(s.dataset, s.version) for s in result.skipped] == [(PANELS, "1.1.0")]
    assert "not JSON" in result.skipped[0].reason
    page = _read(lake, f"datasets/{PANELS}/index.html")
    assert "1.0.0</a>" in page and "1.1.0</a>" not in page


def test_facets_are_read_from_the_release_files(lake: Path, published):
    datasets, _ = read_all()
    films, panels = datasets[FILMS][-1], datasets[PANELS][-1]
    assert (films.modality, panels.modality) == (IMAGING, TABULAR)
    assert films.labels == ["finding"] and panels.labels == ["abnormal_flag"]
    assert panels.registries == ["REMD (SEMD documents)", "GIS OMS (claims)"]
    assert (panels.access, panels.title) == ("restricted", TABULAR_TITLE)


def test_an_empty_lake_gives_a_list_that_says_so(lake: Path):
    result = build()
    assert result.datasets == 0
    assert "No dataset has been published yet" in _read(lake, "index.html")


def test_cli_json_prints_only_json_and_progress_goes_to_stderr(lake: Path, published, capsys):
    out = lake.parent / "site"
    assert cli.main(["catalog", "build", "--out", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    answer = json.loads(captured.out)
    assert answer["datasets"] == 2 and answer["index"] == str(out / "index.html")
    assert all(Path(p).is_file() for p in answer["pages"] + answer["files"])
    assert "[ozero catalog]" in captured.err


def test_cli_unwritable_output_is_one_line_and_exit_2(lake: Path, published, capsys):
    blocker = lake.parent / "a-file"
    blocker.write_text("not a folder")
    assert cli.main(["catalog", "build", "--out", str(blocker / "site")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("ozero catalog build: cannot write the catalog")
    assert "Traceback" not in "\n".join(err)


def test_chart_escapes_categories_and_scales_bars():
    svg = charts.stacked_bars("t", ["a", "b"], [("<x>", [4, 0]), ("y", [1, 1])])
    assert "&lt;x&gt;" in svg and "<x>" not in svg
    widths = [float(w) for w in re.findall(r'class="bar"[^>]*width="([\d.]+)"', svg)]
    assert widths == [charts.BAR_WIDTH, charts.BAR_WIDTH / 4, charts.BAR_WIDTH / 4]


def test_datasheet_tables_keep_escaped_pipes():
    blocks = sheet.parse("## T\n\n| a | b |\n|---|---|\n| x \\| y | 2 |\n")
    assert blocks == [("h2", "T"), ("table", ["a", "b"], [["x | y", "2"]])]


def test_missing_or_odd_figures_read_as_not_recorded_never_crash():
    from ozero.catalog.pages import privacy_section, validation_section

    none = validation_section({"validation": {"available": False, "reason": "<b>no GX</b>"}})
    assert "No validation results recorded (&lt;b&gt;no GX&lt;/b&gt;)" in none
    failed = validation_section(
        {"validation": {"tables": {"gold.t": {"expectations": 3, "failed": 1, "success": False}}}}
    )
    assert "FAILED" in failed
    blocked = privacy_section(
        {"deidentification": {"guard": {"passed": False}, "k_anonymity": "not a dict"}}
    )
    assert '<span class="bad">blocked</span>' in blocked
    assert "no de-identification figures" in privacy_section({"deidentification": None})


def test_cli_prints_where_to_open_the_catalog(lake: Path, published, capsys):
    assert cli.main(["catalog", "build"]) == 0
    out = capsys.readouterr().out
    assert (lake / "catalog" / "index.html").resolve().as_uri() in out


def test_serve_answers_the_pages_over_http_and_nothing_outside(lake: Path, published):
    import threading
    import urllib.error
    import urllib.request

    from ozero.catalog.serve import catalog_server, url_of

    build()
    (lake / "outside.txt").write_text("not for the web")
    server = catalog_server(lake / "catalog")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = url_of(server)
        with urllib.request.urlopen(base, timeout=10) as answer:
            assert answer.status == 200
            assert f'data-dataset="{PANELS}"' in answer.read().decode("utf-8")
        with urllib.request.urlopen(f"{base}datasets/{FILMS}/1.0.0/index.html", timeout=10) as a:
            assert a.status == 200 and IMAGING_TITLE in a.read().decode("utf-8")
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(f"{base}../outside.txt", timeout=10)
        assert caught.value.code == 404
    finally:
        server.shutdown()
        server.server_close()


def test_serve_on_a_busy_port_is_one_line_and_exit_2(lake: Path, published, capsys):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert cli.main(["catalog", "serve", "--port", str(port)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"ozero catalog serve: cannot listen on 127.0.0.1:{port}")
    assert "--port" in err[-1] and "Traceback" not in "\n".join(err)


def test_serve_needs_a_built_catalog(tmp_path: Path):
    from ozero.catalog.serve import CatalogServeError, catalog_server

    with pytest.raises(CatalogServeError, match="index.html missing"):
        catalog_server(tmp_path)


def test_a_publication_refreshes_the_catalog_and_a_failure_only_warns(
    lake: Path, published, monkeypatch, caplog
):
    from ozero.catalog.build import refresh_after_publish

    refresh_after_publish()
    assert f'data-dataset="{FILMS}"' in _read(lake, "index.html")
    blocker = lake.parent / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("OZERO_ZONE_ROOTS", f"catalog={blocker / 'site'}")
    with caplog.at_level("WARNING", logger="ozero.catalog.build"):
        refresh_after_publish()  # the release stands; the catalog says how to rebuild it
    assert "`ozero catalog build` rebuilds it" in caplog.text


def test_a_release_published_during_the_refresh_is_in_the_catalog(
    lake: Path, published, monkeypatch
):
    """Two DAGs publishing at once: the build that read the list first must not leave the
    index without the other's release (it re-reads the list after writing)."""
    import ozero.catalog.build as catalog_build
    from tests.catalog_releases import TABULAR_SPEC, fake_stats, write_release

    def _panel_stats():
        return fake_stats("abnormal_flag", {"N": {"train": 2}}, False)

    real_read_all, reads = catalog_build.read_all, []

    def read_then_another_publication_lands():
        found = real_read_all()
        if not reads:
            write_release(TABULAR_SPEC, "2.0.0", _panel_stats())
        reads.append(1)
        return found

    monkeypatch.setattr(catalog_build, "read_all", read_then_another_publication_lands)
    catalog_build.refresh_after_publish()
    assert len(reads) == 2  # built again once the missing release was seen
    assert (lake / "catalog" / "datasets" / PANELS / "2.0.0" / "index.html").is_file()


def test_the_stack_serves_the_catalog_or_says_why_not(lake: Path, published):
    import socket
    import urllib.request

    from ozero.catalog.serve import catalog_in_background

    said: list[str] = []
    with catalog_in_background(0, said.append) as url:
        assert url is not None
        with urllib.request.urlopen(url, timeout=10) as answer:
            assert f'data-dataset="{FILMS}"' in answer.read().decode("utf-8")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with catalog_in_background(busy.getsockname()[1], said.append) as url:
            assert url is None
    assert said[-1].startswith("dataset catalog not served: cannot listen")
    assert "OZERO_CATALOG_PORT" in said[-1]


def test_a_version_page_links_the_lakes_data_docs_when_it_can_reach_them(lake: Path, published):
    page = f"datasets/{PANELS}/1.0.0/index.html"
    build()
    assert "Data Docs" not in _read(lake, page)  # none rendered in this lake yet
    docs = lake / "ops" / "data_docs" / "index.html"
    docs.parent.mkdir(parents=True)
    docs.write_text("<html>GX</html>")
    build()
    href = re.search(r'<a href="([^"]+)">Every validation in full', _read(lake, page))
    assert href and (lake / "catalog" / page).parent.joinpath(href.group(1)).resolve() == docs
