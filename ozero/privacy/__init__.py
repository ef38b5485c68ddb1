"""Erasure and opt-out: a patient's withdrawal of consent reaches every zone and release."""
