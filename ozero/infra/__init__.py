"""Local stand-ins for the servers a deployment runs: an S3-compatible store, PostgreSQL.

They start real servers on localhost (no Docker) for tests and laptops; production points
Ozero at its own S3 and PostgreSQL through environment variables instead.
"""
