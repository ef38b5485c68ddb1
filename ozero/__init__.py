"""Ozero: the AI data lake of a national health system."""

__version__ = "0.1.0"
