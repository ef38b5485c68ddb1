"""Deterministic simulator of the federal registries (FNSI, REMD, GIS OMS) for offline tests."""
