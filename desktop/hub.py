"""One signal hub that widgets connect to instead of calling each other (as in novelWriter)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SignalHub(QObject):
    """Application-wide signals; every widget gets the same hub from :class:`MainWindow`."""

    chart_opening = Signal(str)  # path of the chart being opened
    result_ready = Signal(object)  # srscheck.api.Result of the open chart (after every re-check)
    analysis_failed = Signal(str)  # one clear sentence (with its message code)
    busy_changed = Signal(bool)
    evidence_selected = Signal(object)  # tuple[nlp.model.Evidence, ...] to show on the page
    override_requested = Signal(str)  # fact name the coder wants to correct
    codes_changed = Signal(tuple)  # claimed codes the coder typed
    templates_changed = Signal()  # a template was saved or reset
    status_message = Signal(str)
