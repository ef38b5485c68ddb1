"""The dataset factory: datasets declared in spec files, built into gold by one builder."""
