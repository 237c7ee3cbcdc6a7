"""The core layer: model types, check results, coded messages, file I/O and display labels.

Nothing here imports any other part of srscheck; every other layer may import it
(enforced by the import-linter contracts in ``pyproject.toml``).
"""
