"""`ozero catalog build [--out DIR] [--json]`: write the static dataset catalog;
`ozero catalog serve [--port N] [--host H]`: rebuild it and serve it over HTTP.

Progress goes to stderr; with `--json`, stdout carries only the JSON of what was written
(pages, files, counts, skipped releases). An expected failure (an unwritable output folder,
an unreachable object store) is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys

USAGE_ERROR = 2


def _say(message: str) -> None:
    print(f"[ozero catalog] {message}", file=sys.stderr, flush=True)


def run_build(args: argparse.Namespace) -> int:
    from ozero.catalog.build import build, location

    try:
        result = build(args.out, say=_say)
    except (OSError, ValueError) as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(
            f"ozero catalog build: cannot write the catalog ({message}); check --out "
            "(a writable folder or s3a:// prefix) and the lake settings (OZERO_LAKE_URI)",
            file=sys.stderr,
        )
        return USAGE_ERROR
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(f"catalog written: {len(result.pages)} pages for {result.datasets} datasets")
        print(f"open {location(result.index)}")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from ozero import objects
    from ozero.catalog.build import build
    from ozero.catalog.serve import CatalogServeError, serve
    from ozero.lake import local_path

    try:
        result = build(None, say=_say)
    except (OSError, ValueError) as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(f"ozero catalog serve: cannot build the catalog ({message})", file=sys.stderr)
        return USAGE_ERROR
    if not objects.is_local(result.out):
        print(
            f"ozero catalog serve: the catalog is on an object store ({result.out}); "
            "serve it as a bucket website, or set OZERO_LAKE_URI to a local lake",
            file=sys.stderr,
        )
        return USAGE_ERROR
    try:
        serve(local_path(result.out), args.host, args.port)
    except CatalogServeError as exc:
        print(f"ozero catalog serve: {exc}; {exc.fix}", file=sys.stderr)
        return USAGE_ERROR
    return 0


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `catalog` command group to a top-level argparse CLI (dispatch: args.func)."""
    catalog = subparsers.add_parser("catalog", help="the static dataset catalog (HTML)")
    commands = catalog.add_subparsers(dest="catalog_command", required=True)
    build = commands.add_parser(
        "build", help="write the catalog of every published release (default <lake>/catalog)"
    )
    build.add_argument("--out", default=None, help="folder or s3a:// prefix for the site")
    build.add_argument("--json", action="store_true", help="print JSON only")
    build.set_defaults(func=run_build)
    serve = commands.add_parser("serve", help="rebuild the catalog and serve it over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8090, help="port (default 8090)")
    serve.set_defaults(func=run_serve)
    return catalog
