"""The dataset catalog: a static HTML site about every published release (`ozero catalog build`).

Built only from the releases' own files (manifest.json, datasheet.md / .html, croissant.json),
read through `ozero.release.store`, and written through `ozero.objects`, so it works on a
local lake and on an ``s3a://`` one. Modules, one job each:

- `sources` reads the releases and derives their facets (modality, registries, labels, access);
- `sheet` reads a datasheet's Markdown (its tables) and renders it as escaped HTML;
- `charts` draws inline SVG bar charts;
- `assets` holds the inline CSS and JavaScript (no CDN, no fonts, works offline);
- `pages` renders the list, dataset and version pages;
- `build` writes the site; `cli` is the `ozero catalog` command group.
"""
