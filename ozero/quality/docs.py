"""Data Docs: GX's own HTML site for the validation results of a run.

Results are stored in a GX file project next to the site (`site_dir.parent / "gx"`), so the
site accumulates history run after run, and GX renders the index (one row per validated
table with Passed/Failed) and a page per validation. The results handed in come from
`validate_dataframe`, which has already stripped row values, so the site shows expectations,
counts and percentages but never data. The pages load their CSS and scripts from a copy
inside the site (`ozero.infra.web_assets`), so they render with no internet access.
"""

from __future__ import annotations

import logging
from pathlib import Path

import great_expectations as gx
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.data_context.context_factory import project_manager
from great_expectations.data_context.store.store import DataDocsSiteConfigTypedDict
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)
from great_expectations.exceptions import DataContextRequiredError

from ozero.infra.web_assets import localise
from ozero.quality.validate import ValidationOutcome

log = logging.getLogger(__name__)

SITE_NAME = "ozero"


def _site_config(site_dir: Path) -> DataDocsSiteConfigTypedDict:
    return {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,  # type: ignore[typeddict-unknown-key]  # GX TypedDict incomplete
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(site_dir.resolve()),
        },
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }


def _current_project() -> object | None:
    try:
        return project_manager.get_current_project()
    except DataContextRequiredError:
        return None


def render_data_docs(outcomes: list[tuple[str, ValidationOutcome]], site_dir: Path) -> Path:
    """Store each (table name, outcome) result and build the site; returns its index.html."""
    site_dir = Path(site_dir)
    site_dir.mkdir(parents=True, exist_ok=True)
    previous = _current_project()  # get_context() replaces GX's process-wide project
    try:
        context = gx.get_context(mode="file", project_root_dir=str(site_dir.parent))
        if SITE_NAME in context.list_data_docs_sites():
            context.update_data_docs_site(SITE_NAME, _site_config(site_dir))
        else:
            context.add_data_docs_site(SITE_NAME, _site_config(site_dir))
        keys = []
        for table_name, outcome in outcomes:
            key = ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=table_name),
                run_id=RunIdentifier(
                    run_name=outcome.run_id or "run", run_time=outcome.validated_at
                ),
                batch_identifier=table_name,
            )
            context.validation_results_store.set(key, outcome.gx_result)
            keys.append(key)
        context.build_data_docs(site_names=[SITE_NAME])
    finally:
        project_manager.set_project(previous)  # type: ignore[arg-type]
    localise(site_dir)  # GX links its CSS/JS on CDNs: a copy in the site renders offline
    log.info("data docs: %d validation results rendered into %s", len(keys), site_dir)
    return site_dir / "index.html"


def publish_data_docs(outcomes: list[tuple[str, ValidationOutcome]]) -> str:
    """Render the run's results into the lake's Data Docs site (`<lake>/ops/data_docs`);
    returns the index's URI.

    GX builds a site on a local disk, so a lake on object storage gets the site rendered in
    a local working folder (which also keeps GX's result history) and copied up through
    `ozero.objects`; a local lake gets it rendered in place.
    """
    import hashlib

    from ozero import lake, objects

    site_uri = objects.object_uri("ops", "data_docs")
    if lake.is_local():
        return str(render_data_docs(outcomes, lake.local_path(site_uri)))
    cache = Path.home() / ".cache" / "ozero" / "data_docs"
    work = cache / hashlib.sha256(site_uri.encode()).hexdigest()[:16] / "data_docs"
    render_data_docs(outcomes, work)
    objects.put_tree(work, site_uri)
    return f"{site_uri}/index.html"
