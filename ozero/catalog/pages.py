"""The catalog's pages as HTML strings (pure: releases in, text out).

Every value that comes from a release file goes through `html.escape` (or `_attr` for
attributes); links are built from the store's checked dataset and version names only.
Layout of the site (relative links, so it works from file:// and any static web server):

    index.html                                the list, with search and filters
    datasets/<dataset>/index.html             one page per dataset
    datasets/<dataset>/<version>/index.html   one page per version (+ its documents)
"""

from __future__ import annotations

import json
from html import escape
from typing import Any
from urllib.parse import quote

from ozero.catalog import assets, charts, sheet
from ozero.catalog.sources import Release

SIZE_BUCKETS = ((1_000, "small", "under 1 000 rows"), (100_000, "medium", "1 000 – 99 999 rows"))
LARGE = ("large", "100 000 rows or more")
DESCRIPTION_CHARS = 320


def _dict(value: Any) -> dict[str, Any]:
    """`value` when it is a JSON object, else {} (manifests are read as untrusted JSON)."""
    return value if isinstance(value, dict) else {}


def _attr(value: Any) -> str:
    return escape(str(value), quote=True)


def _num(value: Any) -> str:
    return f"{value:,}".replace(",", "\u2009") if isinstance(value, int) else escape(str(value))


def _bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def size_bucket(rows: int) -> tuple[str, str]:
    """(filter value, label) of a dataset's size by published rows."""
    for limit, key, label in SIZE_BUCKETS:
        if rows < limit:
            return key, label
    return LARGE


def dataset_href(dataset: str) -> str:
    return f"datasets/{quote(dataset)}/index.html"


def version_href(dataset: str, version: str) -> str:
    return f"datasets/{quote(dataset)}/{quote(version)}/index.html"


def _page(title: str, body: str, root: str, crumbs: list[tuple[str, str]]) -> str:
    trail = "".join(
        f' › <a href="{_attr(root + href)}">{escape(text)}</a>' for text, href in crumbs
    )
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{assets.STYLE}</style></head>\n<body>"
        f'<header><a href="{_attr(root)}index.html">Ozero dataset catalog</a>'
        f'<span class="crumbs">{trail}</span></header>\n<main>\n{body}\n</main>'
        f"<script>{assets.SCRIPT}</script></body></html>\n"
    )


def _table(head: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    thead = "".join(f"<th>{escape(str(h))}</th>" for h in head)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{_num(c)}</td>' if i in numeric else f"<td>{escape(_cell(c))}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{thead}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "—"
    return str(value)


def _tags(release: Release) -> str:
    access_class = "tag restricted" if release.access == "restricted" else "tag"
    parts = [f'<span class="tag">{escape(release.modality)}</span>']
    parts += [f'<span class="tag">{escape(r)}</span>' for r in release.registries]
    parts.append(f'<span class="{access_class}">access: {escape(release.access)}</span>')
    parts += [f'<span class="tag">label: {escape(lb)}</span>' for lb in release.labels]
    return "".join(parts)


# --- the list page ------------------------------------------------------------------------


def _options(name: str, label: str, values: list[tuple[str, str]]) -> str:
    options = '<option value="">any</option>' + "".join(
        f'<option value="{_attr(v)}">{escape(text)}</option>' for v, text in values
    )
    return f'<label>{escape(label)}<select name="{name}">{options}</select></label>'


def _card(latest: Release, versions: list[Release]) -> str:
    size_key, _ = size_bucket(latest.rows)
    description = latest.description
    if len(description) > DESCRIPTION_CHARS:
        description = description[: DESCRIPTION_CHARS - 1] + "…"
    search = " ".join(
        [latest.dataset, latest.title, latest.title_ru or "", latest.description,
         *latest.labels, *latest.registries, latest.modality, latest.access]
    ).lower()  # fmt: skip
    data = {
        "dataset": latest.dataset,
        "search": search,
        "modality": latest.modality,
        "registries": "|".join(latest.registries),
        "labels": "|".join(latest.labels),
        "access": latest.access,
        "size": size_key,
    }
    attributes = " ".join(f'data-{k}="{_attr(v)}"' for k, v in data.items())
    ru = f'<p class="sub">{escape(latest.title_ru)}</p>' if latest.title_ru else ""
    return (
        f'<li class="card" {attributes}>'
        f'<h2><a href="{_attr(dataset_href(latest.dataset))}">{escape(latest.title)}</a></h2>'
        f"{ru}<p><code>{escape(latest.dataset)}</code></p>"
        f"<p>{escape(description)}</p><p>{_tags(latest)}</p>"
        f'<p class="facts">latest <a href="{_attr(version_href(latest.dataset, latest.version))}">'
        f"{escape(latest.version)}</a> published {escape(latest.published_at or '—')} · "
        f"{len(versions)} version{'s' if len(versions) != 1 else ''} · "
        f"{_num(latest.rows)} rows · {_bytes(latest.bytes)}</p></li>"
    )


def index_page(datasets: dict[str, list[Release]]) -> str:
    """The list of every dataset (its latest release), with search and filters."""
    latest = [versions[-1] for _, versions in sorted(datasets.items())]
    modalities = sorted({r.modality for r in latest})
    registries = sorted({g for r in latest for g in r.registries})
    labels = sorted({lb for r in latest for lb in r.labels})
    levels = sorted({r.access for r in latest})
    sizes = [(k, text) for _, k, text in SIZE_BUCKETS] + [LARGE]
    filters = (
        '<form id="filters" class="filters" role="search">'
        '<label>Search<input type="search" name="q" placeholder="title, label, description…" '
        'autocomplete="off"></label>'
        + _options("modality", "Modality", [(m, m) for m in modalities])
        + _options("registry", "Source registry", [(g, g) for g in registries])
        + _options("label", "Label", [(lb, lb) for lb in labels])
        + _options("access", "Access level", [(a, a) for a in levels])
        + _options("size", "Size", sizes)
        + "</form>"
    )
    if latest:
        cards = '<ul class="cards">' + "".join(_card(v[-1], v) for _, v in sorted(datasets.items()))
        cards += "</ul>"
    else:
        cards = (
            "<p>No dataset has been published yet: see <code>ozero release list --all</code>.</p>"
        )
    versions = sum(len(v) for v in datasets.values())
    body = (
        "<h1>Datasets</h1>"
        f'<p class="sub">{len(latest)} published datasets, {versions} versions. Built from the '
        "releases' own manifests, datasheets and Croissant files.</p>"
        f'{filters}<p id="shown" aria-live="polite">{len(latest)} of {len(latest)} datasets '
        f"shown</p>{cards}"
    )
    return _page("Ozero dataset catalog", body, "", [])


# --- a dataset's page ---------------------------------------------------------------------


def changes_text(changes: Any) -> str:
    """What changed since the previous release, in one line (from the manifest's `changes`)."""
    since = _dict(_dict(changes).get("since_release"))
    if not since:
        return "first release"
    rows = _dict(since.get("rows"))
    text = (
        f"since {since.get('against')}: +{rows.get('added', 0)} / −{rows.get('removed', 0)} rows, "
        f"{rows.get('changed', 0)} corrected ({since.get('bump', '?')})"
    )
    extra = [str(since["reason"])] if since.get("reason") else []
    if since.get("schema_changed"):
        extra.append("schema changed")
    if since.get("key_rotated"):
        extra.append("pseudonymisation key rotated")
    return text + (f"; {'; '.join(extra)}" if extra else "")


def _versions_table(releases: list[Release], root: str) -> str:
    rows = []
    for r in reversed(releases):
        approval = _dict(r.manifest.get("approval"))
        rows.append(
            f'<tr><td><a href="{_attr(root + version_href(r.dataset, r.version))}">'
            f"{escape(r.version)}</a></td><td>{escape(r.published_at or '—')}</td>"
            f'<td class="num">{_num(r.rows)}</td><td>{escape(str(approval.get("approver") or "—"))}'
            f"</td><td>{escape(changes_text(r.manifest.get('changes')))}</td></tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("version", "published", "rows", "approved by",
                                            "what changed"))  # fmt: skip
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _distribution_charts(release: Release) -> str:
    parts = []
    splits_table = sheet.table_after(release.blocks, "2. Composition")
    if splits_table:
        parts.append("<h3>Rows per split</h3>" + _table(*splits_table))
    for column, (head, rows) in sheet.label_distributions(release.blocks).items():
        series = head[1:-1] if len(head) > 2 else head[1:]
        data = [(row[0], [sheet.as_int(c) for c in row[1 : 1 + len(series)]]) for row in rows]
        parts.append(
            f"<h3>Label distribution: <code>{escape(column)}</code></h3>"
            + charts.stacked_bars(f"{column} by split", series, data)
        )
    demographics = sheet.demographics(release.blocks)
    if demographics:
        head, rows = demographics
        series = head[1:-1]
        data = [(row[0], [sheet.as_int(c) for c in row[1 : 1 + len(series)]]) for row in rows]
        parts.append(
            "<h3>Demographics: rows by age band and sex</h3>"
            + charts.stacked_bars("rows by age band and sex", series, data)
        )
    if not parts:
        return "<p>The datasheet of this release has no distribution tables.</p>"
    return "".join(parts)


def _schema(release: Release) -> str:
    schema = release.manifest.get("schema")
    if not isinstance(schema, dict) or not schema:
        return "<p>The manifest has no schema.</p>"
    parts = []
    for table, columns in schema.items():
        rows = [
            [c.get("name"), c.get("type"), c.get("privacy"), c.get("description")]
            for c in columns or []
            if isinstance(c, dict)
        ]
        folder = release.tables.get(table, "")
        parts.append(
            f"<h3><code>{escape(str(table))}</code> <small>({escape(folder)})</small></h3>"
            + _table(["column", "type", "privacy", "description"], rows)
        )
    return "".join(parts)


def validation_section(manifest: dict[str, Any]) -> str:
    """The Great Expectations figures the manifest records per table."""
    validation = _dict(manifest.get("validation"))
    if not validation or validation.get("available") is False:
        reason = validation.get("reason") or "none"
        return f"<p>No validation results recorded ({escape(str(reason))}).</p>"
    rows: list[list[Any]] = []
    for table, value in _dict(validation.get("tables")).items():
        stats = _dict(value)
        if stats.get("validated") is False:
            rows.append([table, "not validated", "—", "—", "—"])
            continue
        failed = stats.get("failed")
        result = "passed" if stats.get("success") or failed == 0 else "FAILED"
        rows.append([table, stats.get("expectations"), failed, result, stats.get("validated_at")])
    return _table(["table", "expectations", "failed", "result", "validated at"], rows, {1, 2})


def privacy_section(manifest: dict[str, Any]) -> str:
    """k-anonymity, l-diversity, suppression and the residual-PHI scan, as the manifest has them."""
    deid = manifest.get("deidentification")
    if not isinstance(deid, dict):
        return "<p>The manifest has no de-identification figures.</p>"
    kanon = _dict(deid.get("k_anonymity"))
    guard = _dict(deid.get("guard"))
    phi = _dict(deid.get("phi_scan"))
    k_required = kanon.get("k_required", deid.get("k_anonymity_required"))
    l_required = kanon.get("l_required", deid.get("l_diversity_required"))
    sensitive = kanon.get("sensitive", deid.get("sensitive")) or []
    passed = guard.get("passed")
    verdict = (
        '<span class="ok">passed</span>' if passed is True
        else '<span class="bad">blocked</span>' if passed is False else "not recorded"
    )  # fmt: skip
    items = [
        f"k-anonymity required: k = {escape(str(k_required))}; l-diversity l = "
        f"{escape(str(l_required))} over {escape(_cell(sensitive))}",
        f"release guard: {verdict} (checked {escape(str(guard.get('checked_at') or '—'))})",
        f"pseudonymisation key id(s): {escape(_cell(deid.get('key_ids')))}",
    ]
    items += [f"warning: {escape(str(w))}" for w in guard.get("warnings") or []]
    rows: list[list[Any]] = []
    tables = _dict(kanon.get("tables"))
    for table in sorted(set(tables) | set(phi)):
        risk = _dict(tables.get(table))
        before = _dict(risk.get("before"))
        after = _dict(risk.get("after"))
        scan = _dict(phi.get(table))
        hits = [h for h in scan.get("hits") or [] if isinstance(h, dict)]
        rows.append([
            table, risk.get("quasi_identifiers"),
            f"{before.get('k_min', '—')} → {after.get('k_min', '—')}", after.get("l_min"),
            risk.get("rows_suppressed"), after.get("sample_unique_share"),
            scan.get("scanned_rows"), sum(int(h.get("rows", 1)) for h in hits),
        ])  # fmt: skip
    head = ["table", "quasi-identifiers", "k (min group) before → after", "l (min)",
            "rows suppressed", "sample uniques", "rows PHI-scanned", "PHI hits"]  # fmt: skip
    return (
        "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" + _table(head, rows, {4, 6, 7})
    )


def load_snippet(release: Release) -> str:
    name, version = json.dumps(release.dataset), json.dumps(release.version)
    lines = [
        "from ozero.analyst import load_release",
        "",
        f"df = load_release({name}, {version})  # pandas; omit the version for the latest",
        f'train = load_release({name}, {version}, split="train")',
    ]
    if release.modality.startswith("imaging"):
        lines += [
            "# one row per image: df.image_path is the de-identified DICOM file",
            "# (on an S3 lake fetched once into images_dir= and checked against its hash)",
        ]
    cli = f"ozero release show {release.dataset} {release.version}   # the manifest, as JSON with --json"
    return (
        f"<pre><code>{escape(chr(10).join(lines))}</code></pre>"
        f"<p>From a shell:</p><pre><code>{escape(cli)}\n"
        f"ozero release verify {escape(release.dataset)} {escape(release.version)}"
        "   # re-hash every file against the manifest</code></pre>"
    )


def sample_section(version: str, figures: list[tuple[str, str]]) -> str:
    """Sample films (href, caption) of an imaging dataset's latest version."""
    if not figures:
        return ""
    items = "".join(
        f'<figure class="sample"><img src="{_attr(href)}" alt="{_attr(caption)}" loading="lazy">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
        for href, caption in figures
    )
    return (
        f"<h2>Sample images ({escape(version)})</h2>"
        f'<p class="sub">{len(figures)} de-identified films of this release, first by content '
        f'hash (not chosen by hand); pixels only, no header field.</p><div class="samples">{items}</div>'
    )


def dataset_page(releases: list[Release], samples: list[tuple[str, str]] | None = None) -> str:
    latest = releases[-1]
    root = "../../"
    ru = f'<p class="sub">{escape(latest.title_ru)}</p>' if latest.title_ru else ""
    facts = _table(
        ["dataset", "modality", "source registries", "labels", "access", "licence", "latest"],
        [[latest.dataset, latest.modality, latest.registries, latest.labels,
          f"{latest.access} — {latest.access_conditions}".rstrip(" —"), latest.licence,
          f"{latest.version} ({_num(latest.rows)} rows, {_bytes(latest.bytes)})"]],
    )  # fmt: skip
    datasheet = (
        f"<details><summary>Datasheet of {escape(latest.version)} (from its datasheet.md)"
        f"</summary>{sheet.render(latest.blocks)}</details>"
        if latest.blocks
        else "<p>This release has no datasheet.md.</p>"
    )
    body = (
        f"<h1>{escape(latest.title)}</h1>{ru}<p><code>{escape(latest.dataset)}</code> "
        f"{_tags(latest)}</p><p>{escape(latest.description)}</p>{facts}"
        f"<h2>Versions</h2>{_versions_table(releases, root)}"
        f"{sample_section(latest.version, samples or [])}"
        f"<h2>How to load it</h2>{load_snippet(latest)}"
        f"<h2>Labels and demographics ({escape(latest.version)})</h2>"
        f"{_distribution_charts(latest)}"
        f"<h2>Validation ({escape(latest.version)})</h2>{validation_section(latest.manifest)}"
        f"<h2>Privacy ({escape(latest.version)})</h2>{privacy_section(latest.manifest)}"
        f"<h2>Schema ({escape(latest.version)})</h2>{_schema(latest)}"
        f"<h2>Datasheet</h2>{datasheet}"
    )
    return _page(
        f"{latest.title} — Ozero catalog",
        body,
        root,
        [(latest.dataset, dataset_href(latest.dataset))],
    )


# --- a version's page ---------------------------------------------------------------------

DOCUMENT_NAMES = {"croissant.json", "datasheet.md", "datasheet.html"}


def version_page(
    release: Release, documents: dict[str, str], data_docs_href: str | None = None
) -> str:
    """A version: its manifest's facts, every file with its checksum, and its documents.

    `documents` maps a document written beside this page (``croissant.json`` …) to a note
    on its checksum (verified against the manifest, or why not); `data_docs_href` links the
    validation figures to the lake's Data Docs, when the catalog can reach them."""
    root = "../../../"
    m = release.manifest
    approval = _dict(m.get("approval"))
    facts: list[list[Any]] = [
        ["dataset", release.dataset], ["version", release.version],
        ["candidate version", m.get("candidate_version")], ["candidate created", m.get("created_at")],
        ["published", m.get("published_at")],
        ["approved by", f"{approval.get('approver') or '—'} at {approval.get('approved_at') or '—'}"
                        f" via {approval.get('channel') or '—'}"],
        ["curator's note", approval.get("note")],
        ["pinned gold versions", m.get("source_versions")],
        ["built from lake tables", m.get("lake_sources") or "not recorded"],
        ["rows published", m.get("row_counts")],
        ["schema fingerprint", m.get("schema_fingerprint")],
        ["what changed", changes_text(m.get("changes"))],
    ]  # fmt: skip
    links = "".join(
        f'<li><a href="{_attr(quote(name))}">{escape(name)}</a> — {escape(note)}</li>'
        for name, note in documents.items()
    )
    files = [[f.get("path"), f.get("bytes"), f.get("sha256")] for f in release.files]
    thead = "<tr><th>path</th><th>bytes</th><th>sha256</th></tr>"
    tbody = "".join(
        f'<tr><td>{escape(_cell(p))}</td><td class="num">{_num(b)}</td>'
        f'<td class="hash">{escape(_cell(s))}</td></tr>'
        for p, b, s in files
    )
    manifest_json = json.dumps(m, indent=2, ensure_ascii=False)
    body = (
        f"<h1>{escape(release.title)} {escape(release.version)}</h1>"
        f'<p class="sub"><a href="../index.html">all versions of {escape(release.dataset)}</a></p>'
        f"{_table(['field', 'value'], facts)}"
        f"<h2>Documents</h2><ul>{links}</ul>"
        f"<h2>How to load it</h2>{load_snippet(release)}"
        f"<h2>Files ({len(files)}, {_bytes(release.bytes)})</h2>"
        f"<table><thead>{thead}</thead><tbody>{tbody}</tbody></table>"
        f"<h2>Validation</h2>{validation_section(m)}{_data_docs_link(data_docs_href)}"
        f"<h2>Privacy</h2>{privacy_section(m)}"
        f"<h2>Manifest</h2><details><summary>manifest.json</summary>"
        f"<pre><code>{escape(manifest_json)}</code></pre></details>"
    )
    crumbs = [(release.dataset, dataset_href(release.dataset)),
              (release.version, version_href(release.dataset, release.version))]  # fmt: skip
    return _page(f"{release.dataset} {release.version} — Ozero catalog", body, root, crumbs)


def _data_docs_link(href: str | None) -> str:
    if not href:
        return ""
    return (
        f'<p><a href="{_attr(href)}">Every validation in full: Great Expectations Data Docs</a>'
        " (expectations and counts, never row values; the gold tables' runs are listed there)</p>"
    )


def datasheet_page(release: Release) -> str:
    """The release's datasheet.md rendered by the catalog (escaped), beside its version page."""
    root = "../../../"
    body = f"<h1>Datasheet: {escape(release.title)} {escape(release.version)}</h1>"
    body += sheet.render(release.blocks)
    crumbs = [(release.dataset, dataset_href(release.dataset)),
              (release.version, version_href(release.dataset, release.version))]  # fmt: skip
    return _page(f"Datasheet {release.dataset} {release.version}", body, root, crumbs)
