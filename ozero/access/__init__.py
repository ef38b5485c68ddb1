"""Regulated access to published releases: grants, a request queue, and an audit of every read.

Every grant, revocation, request, decision and audit entry is a write-once JSON object in
the lake's `ops` zone (`events.py`); nothing in Ozero updates or deletes one, so the state
of a grant is derived from its history (a revocation is a later event, never an edit).
`enforce.audited_read` is the one gate Ozero's release loaders pass through.
"""
