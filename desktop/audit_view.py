"""File > Audit a Folder…: the coding audit of a batch output folder, in a window.

The figures are the ones ``srscheck audit OUT`` writes to ``audit.json`` (:func:`compute_audit` of
:func:`load_results`), computed in a worker thread. The window shows the totals and the
per-requirement gap table, saves the audit PDF (atomically) and opens it in a page view. A folder
without batch results can be filled first: the batch runs on a chosen folder of charts, in a worker
thread, while the window stays responsive. Every failure is one sentence in a dialog.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any, Callable, Mapping

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from srscheck.api import parse_claims
from srscheck.batch import SUMMARY_JSON, compute_audit, load_results, run_batch
from srscheck.batch.progress import ProgressLike
from srscheck.core.labels import category_label
from srscheck.core.messages import SrsError

from .pdf_view import PageView

log = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLAIMS_CSV = "claims.csv"
BATCH_WORKERS = 2  # worker processes for a batch started from the app (the reader is not shared)

# (key in audit["totals"], label) in the order the window shows them
TOTALS = (
    ("courses", "Courses"),
    ("charts", "Charts"),
    ("not_checked", "Charts not checked"),
    ("codes_claimed", "Codes claimed"),
    ("codes_supported", "Codes supported"),
    ("codes_with_gaps", "Codes with gaps"),
    ("codes_contradicted", "Codes contradicted"),
    ("courses_with_gaps", "Courses with gaps"),
    ("courses_needing_review", "Courses needing review"),
    ("queries_raised", "Queries raised"),
    ("requirement_checks", "Requirement checks"),
    ("gaps", "Gaps"),
    ("gap_rate", "Gap rate"),
)
# (key in each audit["requirements"] row, column title)
REQUIREMENT_COLUMNS = (
    ("label", "Requirement"),
    ("category", "Category"),
    ("checks", "Checks"),
    ("gaps", "Gaps"),
    ("missing", "Missing"),
    ("partial", "Partial"),
    ("gap_rate", "Gap rate"),
)


def pct(rate: float) -> str:
    return f"{rate * 100:.0f}%"


def shown(key: str, value: Any) -> str:
    """A figure as the window writes it."""
    if key == "gap_rate":
        return pct(value)
    return category_label(value) if key == "category" else str(value)


def has_results(folder: str | Path) -> bool:
    """True when ``folder`` is the output folder of a batch (it holds the batch's summary)."""
    return (Path(folder) / SUMMARY_JSON).is_file()


def folder_audit(folder: str | Path) -> dict[str, Any]:
    """The audit of a batch output folder (the figures of ``audit.json``); writes nothing."""
    return compute_audit(load_results(folder))


class Task(QThread):
    """One call off the GUI thread; ``done`` carries its value, ``failed`` one sentence."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs

    def run(self) -> None:
        try:
            value = self._fn(*self._args, **self._kwargs)
        except SrsError as e:
            self.failed.emit(str(e))
        except Exception as e:  # noqa: BLE001 — a bug must not take the window down
            log.error("audit task failed:\n%s", traceback.format_exc())
            self.failed.emit(f"Internal error ({type(e).__name__}: {e}).")
        else:
            self.done.emit(value)


class _BatchProgress(QObject, ProgressLike):
    """The batch's progress, from its thread to the progress dialog (queued signals)."""

    started = Signal(int, int)
    advanced = Signal(str)

    def start(self, total: int, already: int = 0) -> None:
        self.started.emit(total, already)

    def advance(self, row: Mapping[str, Any]) -> None:
        self.advanced.emit(str(row.get("chart", "")))

    def stop(self) -> None:
        pass


class AuditWindow(QDialog):
    """The audit of one batch: totals, the per-requirement gap table, Save PDF and Open PDF."""

    saved = Signal(object)  # the PDF's path

    def __init__(self, audit: Mapping[str, Any], folder: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.folder = Path(folder)
        self.pdf_path: Path | None = None
        self._tasks: list[Task] = []
        self.page_window: QDialog | None = None
        self.setWindowTitle(f"Audit — {audit['batch']}")
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        period = audit.get("period") or {}
        span = f"{period['first']} to {period['last']}" if period.get("first") else "no treatment dates"
        self.heading = QLabel(f"<b>Batch {audit['batch']}</b> — {span}")
        layout.addWidget(self.heading)

        form = QFormLayout()
        self.total_labels: dict[str, QLabel] = {}
        totals = audit["totals"]
        for key, title in TOTALS:
            label = QLabel(shown(key, totals[key]))
            label.setObjectName(f"total_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.total_labels[key] = label
            form.addRow(f"{title}:", label)
        layout.addLayout(form)

        layout.addWidget(QLabel("<b>Gaps by requirement</b> (worst first)"))
        self.model = QStandardItemModel(0, len(REQUIREMENT_COLUMNS), self)
        self.model.setHorizontalHeaderLabels([title for _, title in REQUIREMENT_COLUMNS])
        self.model.setSortRole(SORT_ROLE)
        for req in audit["requirements"]:
            row = []
            for key, _ in REQUIREMENT_COLUMNS:
                item = QStandardItem(shown(key, req[key]))
                item.setData(req[key], SORT_ROLE)
                item.setEditable(False)
                if key == "label":
                    item.setToolTip(req["id"])
                if isinstance(req[key], (int, float)):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.append(item)
            self.model.appendRow(row)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # audit order first
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)

        self.status = QLabel("")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton("&Save Audit PDF…")
        self.open_button = QPushButton("&Open Audit PDF")
        self.open_button.setEnabled(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.open_button.clicked.connect(lambda: self.open_pdf())
        layout.addWidget(buttons)

    def shown_requirements(self) -> list[list[str]]:
        """The gap table as the coder sees it (text of every cell, row by row)."""
        return [[self.model.item(r, c).text() for c in range(self.model.columnCount())]
                for r in range(self.model.rowCount())]

    def save_pdf(self, path: str | Path | None = None) -> bool:
        """Ask where (unless ``path``), then render and write the PDF in a worker thread."""
        if any(not t.isFinished() for t in self._tasks):
            return False
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "Save audit PDF", str(self.folder / "audit.pdf"),
                                                  "PDF files (*.pdf)")
            if not name:
                return False
            path = name
        path = Path(path) if Path(path).suffix.lower() == ".pdf" else Path(f"{path}.pdf")
        from srscheck.batch.audit_pdf import write_audit_pdf  # deferred: reportlab only when the audit PDF is written

        self.save_button.setEnabled(False)
        self.status.setText("Writing the audit PDF…")
        task = Task(write_audit_pdf, self.audit, path)
        task.done.connect(lambda _v: self._on_saved(path))
        task.failed.connect(self._on_save_failed)
        task.finished.connect(lambda: self.save_button.setEnabled(True))
        self._tasks.append(task)
        task.start()
        return True

    def _on_saved(self, path: Path) -> None:
        self.pdf_path = path
        self.open_button.setEnabled(True)
        self.status.setText(f"Audit saved to {path}")
        self.saved.emit(path)

    def _on_save_failed(self, message: str) -> None:
        self.status.setText("")
        QMessageBox.warning(self, "Audit not saved", message)

    def open_pdf(self) -> QDialog | None:
        """The saved PDF in a page view (its own window)."""
        if self.pdf_path is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(f"Audit PDF — {self.pdf_path.name}")
        dialog.resize(760, 900)
        view = PageView(dialog)
        chart_pages = getattr(getattr(self.parent(), "chart_view", None), "pages", None)
        if chart_pages is not None:  # pdfium is not thread-safe: paint only when the app's reader lets go
            view.set_render_gate(lambda: chart_pages.may_render)
        QVBoxLayout(dialog).addWidget(view)
        try:
            view.load(self.pdf_path)
        except Exception as e:  # noqa: BLE001 — one sentence, no traceback
            QMessageBox.warning(self, "Audit not opened", f"{self.pdf_path} cannot be shown ({type(e).__name__}).")
            return None
        dialog.page_view = view  # type: ignore[attr-defined]
        dialog.show()
        self.page_window = dialog
        return dialog

    def closeEvent(self, event) -> None:
        for task in self._tasks:
            task.wait()
        super().closeEvent(event)


class AuditFlow(QObject):
    """Ask for the folder, run the batch if it holds no results, compute the audit, show the window."""

    shown = Signal(object)  # the AuditWindow
    failed = Signal(str)

    def __init__(self, parent: QWidget, workers: int | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.workers = workers
        self.window: AuditWindow | None = None
        self.tasks: list[Task] = []  # kept until the flow goes: a QThread must outlive its signals
        self.progress: QProgressDialog | None = None
        self._bar: _BatchProgress | None = None

    def busy(self) -> bool:
        return any(not t.isFinished() for t in self.tasks)

    def start(self, folder: str | Path | None = None) -> None:
        if self.busy():
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.parent_widget, "Audit a batch output folder")
            if not folder:
                return
        if has_results(folder):
            self.audit(folder)
            return
        answer = QMessageBox.question(
            self.parent_widget, "No batch results",
            f"{folder} holds no batch results; check a folder of charts into it and audit them?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        charts = QFileDialog.getExistingDirectory(self.parent_widget, "Folder of charts to check")
        if not charts:
            return
        text, ok = QInputDialog.getText(
            self.parent_widget, "Claimed codes",
            f"Codes claimed for every chart (e.g. 77372, 77432); a {CLAIMS_CSV} in the chart folder wins:")
        if not ok:
            return
        try:
            codes = tuple(c.format() for c in parse_claims(text.strip() or None))
        except SrsError as e:
            QMessageBox.warning(self.parent_widget, "Codes not understood", str(e))
            return
        out = QFileDialog.getExistingDirectory(self.parent_widget, "Folder for the batch results", str(folder))
        if not out:
            return
        self.run_batch(charts, out, codes)

    def run_batch(self, charts: str | Path, out: str | Path, codes: tuple[str, ...] = ()) -> None:
        """``srscheck batch CHARTS --out OUT --codes CODES`` (``--claims CHARTS/claims.csv`` when there)."""
        claims = Path(charts) / CLAIMS_CSV
        self._bar = _BatchProgress()
        self.progress = QProgressDialog("Checking the charts…", "", 0, 0, self.parent_widget)
        self.progress.setWindowTitle("Batch")
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(0)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self._bar.started.connect(lambda total, already: (self.progress.setMaximum(total),
                                                          self.progress.setValue(already)))
        self._bar.advanced.connect(self._advance)
        self.progress.show()
        self._run(Task(run_batch, [str(charts)], str(out), codes=codes,
                       claims_file=claims if claims.is_file() else None,
                       workers=self.workers or BATCH_WORKERS, progress=self._bar),
                  lambda outcome: self._batch_done(out))

    def _advance(self, chart: str) -> None:
        if self.progress is not None:
            self.progress.setValue(self.progress.value() + 1)
            self.progress.setLabelText(f"Checked {chart}")

    def _batch_done(self, out: str | Path) -> None:
        self._close_progress()
        self.audit(out)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def audit(self, folder: str | Path) -> None:
        self._run(Task(folder_audit, str(folder)), lambda audit: self._show(audit, folder))

    def _run(self, task: Task, then: Callable[[Any], None]) -> None:
        self.tasks.append(task)
        task.done.connect(then)
        task.failed.connect(self._fail)
        task.start()

    def _show(self, audit: Mapping[str, Any], folder: str | Path) -> None:
        self.window = AuditWindow(audit, folder, self.parent_widget)
        self.window.show()
        self.shown.emit(self.window)

    def _fail(self, message: str) -> None:
        self._close_progress()
        QMessageBox.warning(self.parent_widget, "Audit not made", message)
        self.failed.emit(message)

    def wait(self) -> None:
        for task in list(self.tasks):
            task.wait()
