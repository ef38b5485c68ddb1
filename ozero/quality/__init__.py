"""Data quality: GX suites from contracts, row-level quarantine and Data Docs."""

from ozero.quality.docs import render_data_docs
from ozero.quality.suites import SuiteError, build_suite
from ozero.quality.validate import (
    ExpectationOutcome,
    ValidationOutcome,
    results_rows,
    validate_dataframe,
)

__all__ = [
    "ExpectationOutcome",
    "SuiteError",
    "ValidationOutcome",
    "build_suite",
    "render_data_docs",
    "results_rows",
    "validate_dataframe",
]
