"""srscheck: a documentation checker for stereotactic radiosurgery and SBRT treatment summaries."""

__version__ = "0.1.0"
