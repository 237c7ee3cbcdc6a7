"""Process set-up shared by the command line and batch workers."""

from __future__ import annotations

import logging
import sys


def quiet_third_party() -> None:
    """pdfminer and loguru (via medspaCy/PyRuSH) are chatty; the user sees only our messages."""
    for name in ("pdfminer", "pdfplumber", "PyRuSH", "medspacy"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if "loguru" not in sys.modules:  # only PyRuSH uses it, and the reader does not import PyRuSH
        return
    try:
        from loguru import logger

        logger.remove()
    except Exception:
        pass
