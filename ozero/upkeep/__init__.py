"""Lake upkeep: compaction and VACUUM that never break a pinned version (docs/operations.md)."""
