"""The main window: the chart on the left; facts, claimed codes and results on the right."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from srscheck.checklists.templates import default_store
from srscheck.nlp.overrides import coerce

from srscheck import __version__
from srscheck.api import parse_codes
from srscheck.core.fileio import write_bytes_atomic
from srscheck.core.messages import SrsError
from srscheck.core.model import Evidence

from . import workers
from .dialogs import RESTORE, FactDialog, PreferencesDialog
from .hub import SignalHub
from .icons import icon
from .panels import KEY_ROLE, KIND_ROLE, CodesBar, DetailsBox, FactsPanel, ResultsPanel
from .pdf_view import ChartView
from .printing import print_pdf
from .settings import AppSettings
from .template_editor import TemplateEditor

log = logging.getLogger(__name__)

CHART_SUFFIXES = (".pdf", ".txt")
CHART_FILTER = "Charts (*.pdf *.txt);;PDF files (*.pdf);;Text files (*.txt);;All files (*)"
APP_TITLE = "srscheck"


def _section(title: str, parent: QWidget) -> QLabel:
    label = QLabel(title, parent)
    label.setObjectName("section")
    return label


class MainWindow(QMainWindow):
    """One chart at a time; every check goes through ``srscheck.api`` in a worker thread."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.hub = SignalHub(self)
        self.settings = settings or AppSettings()
        self.runner = workers.JobRunner(self)
        self.result = None  # srscheck.api.Result of the open chart
        self.path: Path | None = None
        self._base_reading = None  # the reading without the coder's corrections
        self._overrides: dict[str, Any] = {}
        self._claimed: tuple[str, ...] = ()
        self._template_editor = None
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self._restore_state()
        self._update_actions()
        self._load_template_codes()

    # ------------------------------------------------------------------------------------------
    # Building
    # ------------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.chart_view = ChartView(self)
        side = QWidget(self)
        side.setObjectName("side")
        self.file_label = QLabel("No chart open. Open one with Ctrl+O or drop a PDF here.", side)
        self.file_label.setObjectName("file")
        self.file_label.setWordWrap(True)
        self.codes_bar = CodesBar(side)
        self.facts_panel = FactsPanel(self.hub, side)
        self.results_panel = ResultsPanel(self.hub, side)
        self.details = DetailsBox(side)

        facts_box, results_box, details_box = QWidget(side), QWidget(side), QWidget(side)
        for box, title, body in ((facts_box, "Facts found in the chart", self.facts_panel),
                                 (results_box, "Checks", self.results_panel),
                                 (details_box, "Details", self.details)):
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 6, 0, 0)
            lay.setSpacing(4)
            lay.addWidget(_section(title, box))
            lay.addWidget(body)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical, side)
        self.side_splitter.setObjectName("side_splitter")
        for box in (facts_box, results_box, details_box):
            self.side_splitter.addWidget(box)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 5)
        self.side_splitter.setStretchFactor(2, 2)
        self.side_splitter.setChildrenCollapsible(False)
        self.side_splitter.setSizes([265, 400, 165])

        layout = QVBoxLayout(side)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addWidget(self.file_label)
        layout.addWidget(self.codes_bar)
        layout.addWidget(self.side_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 560])
        self.setCentralWidget(self.splitter)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.page_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.page_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.setTabOrder(self.codes_bar.edit, self.codes_bar.check_button)
        self.setTabOrder(self.codes_bar.check_button, self.facts_panel.tree)
        self.setTabOrder(self.facts_panel.tree, self.facts_panel.correct_button)
        self.setTabOrder(self.facts_panel.correct_button, self.results_panel.tree)
        self.setTabOrder(self.results_panel.tree, self.details)
        self.setTabOrder(self.details, self.chart_view.pages)

    def _action(self, text: str, slot, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.open_action = self._action("&Open Chart…", self.open_dialog, std.Open, "Open a chart (PDF or .txt)")
        self.export_action = self._action("&Export Report…", self.export_report, "Ctrl+E",
                                          "Save the PDF gap report")
        self.print_action = self._action("&Print Report…", self.print_report, std.Print, "Print the gap report")
        self.recheck_action = self._action("&Re-check", self.recheck, "F5", "Run the checks again")
        self.correct_action = self._action("&Correct Fact…", self.facts_panel.request_correction, "F2",
                                           "Set the selected fact by hand")
        self.prefs_action = self._action("&Preferences…", self.show_preferences, std.Preferences,
                                         "Your name and the report folder")
        if self.prefs_action.shortcut().isEmpty():
            self.prefs_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action("&Quit", self.close, std.Quit)
        self.templates_action = self._action("&Templates…", self.show_template_editor, "Ctrl+T",
                                             "Edit the checklist templates")
        self.zoom_in_action = self._action("Zoom &In", self.chart_view.pages.zoom_in, std.ZoomIn)
        self.zoom_out_action = self._action("Zoom &Out", self.chart_view.pages.zoom_out, std.ZoomOut)
        self.fit_action = self._action("&Fit Width", self.chart_view.pages.fit_width, "Ctrl+0")
        self.focus_codes_action = self._action("Edit Claimed &Codes", self._focus_codes, "Ctrl+L")
        self.about_action = self._action("&About srscheck", self.show_about)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.prefs_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        check_menu = bar.addMenu("&Check")
        check_menu.addAction(self.focus_codes_action)
        check_menu.addAction(self.recheck_action)
        check_menu.addAction(self.correct_action)
        view_menu = bar.addMenu("&View")
        for a in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(a)
        tools_menu = bar.addMenu("&Tools")
        tools_menu.addAction(self.templates_action)
        bar.addMenu("&Help").addAction(self.about_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.open_action, self.export_action, self.print_action, None, self.recheck_action,
                  self.correct_action, None, self.zoom_out_action, self.zoom_in_action, self.fit_action,
                  None, self.templates_action):
            toolbar.addSeparator() if a is None else toolbar.addAction(a)

    def _connect(self) -> None:
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)
        self.runner.busy_changed.connect(self._on_busy)
        self.runner.job_done.connect(self._on_job_done)
        self.hub.evidence_selected.connect(self._on_evidence)
        self.hub.override_requested.connect(self.correct_fact)
        self.hub.templates_changed.connect(self._on_templates_changed)
        self.hub.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.codes_bar.submitted.connect(self.set_codes_text)
        self.facts_panel.tree.item_chosen.connect(self.details.show_item)
        self.results_panel.tree.item_chosen.connect(self.details.show_item)
        self.chart_view.pages.verticalScrollBar().valueChanged.connect(self._update_page_label)
        # reading a chart may use pdfium (OCR); pages are then drawn from the images rendered at open
        self.chart_view.pages.set_render_gate(lambda: not self.runner.pending("open"))

    # ------------------------------------------------------------------------------------------
    # Opening charts
    # ------------------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        start = self.settings.open_folder() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open chart", start, CHART_FILTER)
        if path:
            self.settings.set_open_folder(Path(path).parent)
            self.open_chart(path)

    def open_chart(self, path: str | Path) -> None:
        """Show the chart and read it in the worker; a chart opened meanwhile makes this one stale."""
        path = Path(path)
        self.path = path
        self.result = None
        self._base_reading = None
        self._overrides = {}
        self._show_pages(path)
        self.facts_panel.tree.reset_rows()
        self.results_panel.tree.reset_rows()
        self.details.clear()
        self.codes_bar.set_codes((), "")
        self.file_label.setText(f"<b>{path.name}</b> — reading…")
        self.setWindowTitle(f"{path.name} — {APP_TITLE}")
        self.hub.chart_opening.emit(str(path))
        self.hub.status_message.emit(f"Reading {path.name}…")
        self.runner.submit("open", workers.open_chart, path, self.settings.codes_lookup())
        self._update_actions()

    def _show_pages(self, path: Path) -> None:
        """The chart's pages right away (the reading follows); a file pdfium cannot open shows nothing."""
        try:
            if path.suffix.lower() == ".txt":
                self.chart_view.load_text(path.read_text(encoding="utf-8", errors="replace"))
            else:
                self.chart_view.load_pdf(path)
        except Exception:  # noqa: BLE001 — the reader will say, in one sentence, why the file cannot be read
            self.chart_view.clear()
        self._update_page_label()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_chart(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if _dropped_chart(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_chart(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_chart(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for n, name in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{n % 10}  {Path(name).name}")
            action.setStatusTip(name)
            action.triggered.connect(functools.partial(self._open_recent, name))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("&Clear List", self.settings.clear_recent_files)
        else:
            self.recent_menu.addAction("No recent charts").setEnabled(False)

    def _open_recent(self, name: str) -> None:
        if not Path(name).is_file():
            self.settings.remove_recent_file(name)
            self._error("Cannot open chart", f"{name} was not found; it is removed from the recent charts.")
            return
        self.open_chart(name)

    # ------------------------------------------------------------------------------------------
    # Checking
    # ------------------------------------------------------------------------------------------
    def set_codes_text(self, text: str) -> bool:
        """The claimed codes the coder typed: remembered for this chart, and checked at once."""
        try:
            codes = parse_codes(text)
        except SrsError as e:
            self.codes_bar.show_error(str(e))
            return False
        self.codes_bar.show_error("")
        self.codes_bar.edit.setText(", ".join(codes))
        self._claimed = codes
        if self._base_reading is not None:
            self.settings.set_codes_for(self._base_reading.document.sha256, codes)
            self.codes_bar.origin.setText("Codes entered by you for this chart.")
            self.recheck()
        return True

    def set_override(self, name: str, value: Any) -> bool:
        """The coder's value for a fact (or :data:`RESTORE` for the reader's); checks run again."""
        if value is RESTORE:
            self._overrides.pop(name, None)
        else:
            try:
                self._overrides[name] = coerce(name, value)
            except SrsError as e:
                self._error("Cannot set the fact", str(e))
                return False
        self.hub.status_message.emit(f"{name.replace('_', ' ').capitalize()} "
                                     + ("set by you; checking again…" if value is not RESTORE
                                        else "back to the reader's value; checking again…"))
        self.recheck()
        return True

    def correct_fact(self, name: str) -> None:
        if self.result is None:
            return
        dialog = FactDialog(name, self.result.facts.get(name), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_override(name, dialog.value())

    def recheck(self) -> None:
        if self._base_reading is None:
            return
        self.runner.submit("check", workers.recheck, self._base_reading, self._claimed, dict(self._overrides))

    @Slot(str, object)
    def _on_job_finished(self, kind: str, value: Any) -> None:
        if kind == "open":
            opened: workers.OpenedChart = value
            self._base_reading = opened.result.reading
            self._claimed = opened.result.claimed
            origin = ("Your codes for this chart, saved earlier." if opened.codes_origin == "saved"
                      else "Suggested from the documentation; edit and press Enter to check yours.")
            self.codes_bar.set_codes(self._claimed, origin)
            if not self.chart_view.pdf_mode:
                self.chart_view.load_text(opened.result.reading.document.text)
            self.settings.add_recent_file(opened.path)
            self.show_result(opened.result)
            self.hub.status_message.emit(f"{opened.path.name} checked.")
        else:
            self.show_result(value)
            self.hub.status_message.emit("Checks updated.")

    @Slot(str, str)
    def _on_job_failed(self, kind: str, message: str) -> None:
        if kind == "open":
            self._close_chart()
            self._error("Cannot open chart", message)
        else:
            self.codes_bar.show_error(message)
            self.hub.status_message.emit(message)

    def _close_chart(self) -> None:
        self.path = None
        self.result = None
        self._base_reading = None
        self.chart_view.clear()
        self.file_label.setText("No chart open. Open one with Ctrl+O or drop a PDF here.")
        self.setWindowTitle(APP_TITLE)
        self._update_actions()

    def show_result(self, result) -> None:
        """Show a result in every panel, keeping the selected fact or requirement selected."""
        keep = self._selection()
        self.result = result
        doc = result.reading.document
        facts = result.facts
        extra = f"; {len(facts.overridden)} fact(s) set by you" if facts.overridden else ""
        self.file_label.setText(f"<b>{Path(doc.file).name}</b> — {len(doc.pages)} page(s)"
                                + (", read by OCR" if doc.ocr else "") + extra)
        self.facts_panel.show_facts(facts)
        self.results_panel.show_result(result)
        self._restore_selection(keep)
        self._update_actions()
        self.hub.result_ready.emit(result)

    def _selection(self) -> tuple[str, str, str] | None:
        for tree in (self.results_panel.tree, self.facts_panel.tree):
            if tree.hasFocus() or tree.currentIndex().isValid():
                index = tree.currentIndex()
                if index.isValid():
                    item = tree.model_.itemFromIndex(index.siblingAtColumn(0))
                    parent = item.parent()
                    owner = parent.parent() if parent is not None and parent.parent() is not None else None
                    return (item.data(KIND_ROLE), item.data(KEY_ROLE),
                            owner.data(KEY_ROLE) if owner is not None else "")
        return None

    def _restore_selection(self, keep: tuple[str, str, str] | None) -> None:
        if keep is None:
            return
        kind, key, owner = keep
        if kind == "requirement":
            self.results_panel.select_requirement(key, owner or None)
        elif kind == "fact":
            self.facts_panel.select_fact(key)

    # ------------------------------------------------------------------------------------------
    # The report
    # ------------------------------------------------------------------------------------------
    def _report_bytes(self) -> bytes:
        from srscheck.report import render_report

        return render_report(self.result, coder=self.settings.coder_name() or None)

    def export_report(self) -> Path | None:
        if self.result is None:
            return None
        folder = Path(self.settings.report_folder() or (self.path.parent if self.path else Path.home()))
        stem = Path(self.result.reading.document.file).stem
        name, _ = QFileDialog.getSaveFileName(self, "Export report", str(folder / f"{stem}-report.pdf"),
                                              "PDF files (*.pdf)")
        if not name:
            return None
        path = Path(name) if Path(name).suffix.lower() == ".pdf" else Path(name + ".pdf")
        try:
            write_bytes_atomic(path, self._report_bytes())
        except SrsError as e:
            self._error("Report not saved", str(e))
            return None
        self.settings.set_report_folder(path.parent)
        self.hub.status_message.emit(f"Report saved to {path}")
        return path

    def print_report(self) -> int:
        if self.result is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"srscheck report — {self.result.reading.document.file}")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print report")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        try:
            pages = print_pdf(self._report_bytes(), dialog.printer())
        except (OSError, SrsError) as e:
            self._error("Report not printed", f"The report could not be printed: {e}.")
            return 0
        self.hub.status_message.emit(f"Report sent to the printer ({pages} page(s)).")
        return pages

    # ------------------------------------------------------------------------------------------
    # Other windows
    # ------------------------------------------------------------------------------------------
    def show_preferences(self) -> None:
        PreferencesDialog(self.settings, self).exec()

    def show_template_editor(self):
        if self._template_editor is None:
            self._template_editor = TemplateEditor(self.hub, self.settings, self)
        self._template_editor.show()
        self._template_editor.raise_()
        self._template_editor.activateWindow()
        return self._template_editor

    def show_about(self) -> None:
        QMessageBox.about(self, "About srscheck",
                          f"<h3>srscheck {__version__}</h3><p>Checks stereotactic radiosurgery and SBRT "
                          "treatment summaries against the claimed codes. Runs offline; no chart leaves "
                          "this computer.</p>")

    def _on_templates_changed(self) -> None:
        self._load_template_codes()
        self.recheck()

    def _load_template_codes(self) -> None:
        try:
            self.codes_bar.set_template_codes(default_store().codes())
        except Exception as e:  # noqa: BLE001 — the completer is a help, never a reason to fail
            log.warning("template codes not available: %s", e)

    # ------------------------------------------------------------------------------------------
    # Small things
    # ------------------------------------------------------------------------------------------
    def warm_up_reader(self) -> None:
        """Load spaCy and the pipeline in the worker once the window is on screen."""
        self.runner.background(workers.warm_up)

    def _focus_codes(self) -> None:
        self.codes_bar.edit.setFocus()
        self.codes_bar.edit.selectAll()

    def _on_evidence(self, evidence: tuple[Evidence, ...]) -> None:
        self.chart_view.show_evidence(evidence)
        if evidence:
            pages = sorted({e.page for e in evidence})
            self.hub.status_message.emit("Evidence on page " + ", ".join(map(str, pages)))
        QTimer.singleShot(0, self._update_page_label)

    def _on_job_done(self, kind: str) -> None:
        if kind == "open":
            self.chart_view.pages.pdfium_free()
            self._update_page_label()

    def _on_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.chart_view.pages.viewport().update()
        self.hub.busy_changed.emit(busy)
        self._update_actions()

    def _update_actions(self) -> None:
        has_result = self.result is not None
        for action in (self.export_action, self.print_action, self.correct_action):
            action.setEnabled(has_result)
        self.recheck_action.setEnabled(self._base_reading is not None)
        self.codes_bar.check_button.setEnabled(self._base_reading is not None)

    def _update_page_label(self) -> None:
        pages = self.chart_view.pages
        if self.chart_view.pdf_mode and pages.page_count:
            self.page_label.setText(f"Page {pages.current_page()} of {pages.page_count}")
        else:
            self.page_label.setText("")

    def _error(self, title: str, message: str) -> None:
        self.hub.status_message.emit(message)
        QMessageBox.warning(self, title, message)

    def _restore_state(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        for name, splitter in (("main_splitter", self.splitter), ("side_splitter", self.side_splitter)):
            state = self.settings.geometry(name)
            if state is not None:
                splitter.restoreState(state)

    def save_state(self) -> None:
        self.settings.set_geometry("geometry", QByteArray(self.saveGeometry()))
        self.settings.set_geometry("main_splitter", QByteArray(self.splitter.saveState()))
        self.settings.set_geometry("side_splitter", QByteArray(self.side_splitter.saveState()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._template_editor is not None and not self._template_editor.close():
            event.ignore()
            return
        self.save_state()
        self.runner.wait(3000)
        if not self.runner.pending("open"):
            self.chart_view.clear()
        event.accept()


def _dropped_chart(mime: QMimeData) -> str | None:
    """The first local chart file in a drag, if any."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in CHART_SUFFIXES:
            return url.toLocalFile()
    return None

