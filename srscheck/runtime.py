"""Process set-up shared by the command line and batch workers."""

from __future__ import annotations

import logging


def quiet_third_party() -> None:
    """pdfminer and loguru (via medspaCy/PyRuSH) are chatty; the user sees only our messages."""
    for name in ("pdfminer", "pdfplumber", "PyRuSH", "medspacy"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        from loguru import logger

        logger.remove()
    except Exception:
        pass
