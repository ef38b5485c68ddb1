"""Connectors: one per registry. They fetch, page, retry and record; they never parse documents."""
