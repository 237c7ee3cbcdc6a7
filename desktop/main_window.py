"""The main window: the chart on the left; facts, claimed codes and results on the right."""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from srscheck import __version__
from srscheck.core.claims import parse_claimed as parse_claims
from srscheck.core.corrections import make as make_correction
from srscheck.core.fileio import write_bytes_atomic
from srscheck.core.formats import IMAGE_SUFFIXES, PDF_SUFFIXES, READ_SUFFIXES, TEXT_SUFFIXES
from srscheck.core.messages import SrsError
from srscheck.core.model import Evidence

from . import workers
from .corrections_view import CorrectionsPanel, LesionsPanel
from .dialogs import RESTORE, FactDialog, PreferencesDialog
from .engine import Engine
from .hub import SignalHub
from .icons import icon
from .panels import (
    KEY_ROLE,
    KIND_ROLE,
    CodesBar,
    DetailsBox,
    FactsPanel,
    QueriesPanel,
    ResultsPanel,
    set_document_names,
    stage_blocked,
)
from .pdf_view import ChartView
from .settings import AppSettings

log = logging.getLogger(__name__)

STALE_CANCEL_SECONDS = 1.0  # a reading running longer than this is stopped when another chart is opened


def _patterns(suffixes: Sequence[str]) -> str:
    return " ".join(f"*{s}" for s in suffixes)


# every file type the reader accepts (core.formats.READ_SUFFIXES), then each kind on its own
CHART_FILTER = (f"Charts ({_patterns(READ_SUFFIXES)});;PDF files ({_patterns(PDF_SUFFIXES)});;"
                f"Text files and CSV exports ({_patterns(TEXT_SUFFIXES)});;"
                f"Scans and faxes ({_patterns(IMAGE_SUFFIXES)});;All files (*)")
APP_TITLE = "srscheck"


def _section(title: str, parent: QWidget) -> QLabel:
    label = QLabel(title, parent)
    label.setObjectName("section")
    return label


class MainWindow(QMainWindow):
    """One chart at a time; every reading and check runs in the bounded analysis worker
    (:mod:`srscheck.desktop.engine`), waited for in a job thread.

    ``engine``: the worker to use (the launcher's, already reading the chart of the command line);
    by default the window starts its own. ``own_engine`` (default: when the window started it):
    closing the window ends the worker.
    """

    print_done = Signal(int)  # pages printed (0 when printing failed)

    def __init__(self, settings: AppSettings | None = None, engine: Engine | None = None,
                 own_engine: bool | None = None) -> None:
        super().__init__()
        self.hub = SignalHub(self)
        self.settings = settings or AppSettings()
        self.engine = engine if engine is not None else Engine()
        self._owns_engine = engine is None if own_engine is None else own_engine
        self.runner = workers.JobRunner(self)
        self.result = None  # srscheck.api.Result of the open chart
        self.path: Path | None = None
        self._base_reading = None  # the reading without the coder's corrections
        self._claimed: tuple[str, ...] = ()
        self._typed_codes: tuple[str, ...] | None = None  # entered while the chart was being read
        self._paths: tuple[Path, ...] = ()
        self._previous: _OpenChart | None = None  # the chart open before the one being read
        self._template_editor = None
        self._printer = None
        self._shortcuts_dialog = None
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self._restore_state()
        self._update_actions()

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
        self.lesions_panel = LesionsPanel(side)
        self.corrections_panel = CorrectionsPanel(side)
        self.fact_tabs = QTabWidget(side)
        self.fact_tabs.setDocumentMode(True)
        self.fact_tabs.addTab(self.facts_panel, "&Facts")
        self.fact_tabs.addTab(self.lesions_panel, "&Lesions")
        self.fact_tabs.addTab(self.corrections_panel, "Co&rrections")
        self.results_panel = ResultsPanel(self.hub, side)
        self.queries_panel = QueriesPanel(self.hub, side)
        self.check_tabs = QTabWidget(side)
        self.check_tabs.setDocumentMode(True)
        self.check_tabs.addTab(self.results_panel, "Chec&ks")
        self.check_tabs.addTab(self.queries_panel, "&Queries")
        self.details = DetailsBox(side)

        facts_box, results_box, details_box = QWidget(side), QWidget(side), QWidget(side)
        for box, title, body in ((facts_box, "Facts found in the chart", self.fact_tabs),
                                 (results_box, "Checks and queries", self.check_tabs),
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
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop reading or checking the chart (Ctrl+.)")
        self.cancel_button.setAccessibleName("Cancel reading")
        self.cancel_button.hide()
        self.page_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.page_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.setTabOrder(self.codes_bar.edit, self.codes_bar.check_button)
        self.setTabOrder(self.codes_bar.check_button, self.facts_panel.tree)
        self.setTabOrder(self.facts_panel.tree, self.facts_panel.correct_button)
        self.setTabOrder(self.facts_panel.correct_button, self.results_panel.tree)
        self.setTabOrder(self.results_panel.tree, self.details)
        self.setTabOrder(self.details, self.chart_view.pages)
        self._last_tree = self.facts_panel.tree  # the tree F2 acts on: the one last used

    def _action(self, text: str, slot, shortcut: Any = None, tip: str = "", *more: Any) -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(k) for k in ((shortcut,) if shortcut is not None else ()) + more]
        keys = [k for k in keys if not k.isEmpty()]
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.open_action = self._action("&Open Chart…", self.open_dialog, std.Open,
                                        "Open a chart (PDF, .txt, or a scan or fax: TIFF, PNG, JPEG); select several "
                                        "files to read them as one course")
        self.export_action = self._action("&Export Report…", self.export_report, "Ctrl+E",
                                          "Save the PDF gap report")
        self.print_action = self._action("&Print Report…", self.print_report, std.Print, "Print the gap report")
        self.audit_action = self._action("&Audit a Folder…", self.audit_folder, "Ctrl+Shift+A",
                                         "The coding audit of a batch output folder")
        self.recheck_action = self._action("&Re-check", self.recheck, "F5", "Run the checks again")
        self.cancel_action = self._action("C&ancel Reading", self.cancel_analysis, "Ctrl+.",
                                          "Stop reading or checking the chart")
        self.correct_action = self._action("&Correct Fact…", self.correct_selected, "F2",
                                           "Set the selected fact by hand")
        self.prefs_action = self._action("&Preferences…", self.show_preferences, std.Preferences,
                                         "Your name and the report folder")
        if self.prefs_action.shortcut().isEmpty():
            self.prefs_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action("&Quit", self.close, std.Quit)
        self.templates_action = self._action("&Templates…", self.show_template_editor, "Ctrl+T",
                                             "Edit the checklist templates")
        pages = self.chart_view.pages
        self.zoom_in_action = self._action("Zoom &In", pages.zoom_in, std.ZoomIn, "Larger pages", "Ctrl+=")
        self.zoom_out_action = self._action("Zoom &Out", pages.zoom_out, std.ZoomOut, "Smaller pages")
        self.fit_action = self._action("Fit &Width", pages.fit_width, "Ctrl+0", "Pages as wide as the view")
        self.fit_page_action = self._action("Fit &Page", pages.fit_page, "Ctrl+9", "A whole page in view")
        self.actual_size_action = self._action("&Actual Size", pages.actual_size, "Ctrl+1", "Zoom 100%")
        self.find_action = self._action("&Find…", self.chart_view.open_find, std.Find, "Find words in the chart")
        self.find_next_action = self._action("Find &Next", lambda: self._find_step(1), std.FindNext)
        self.find_previous_action = self._action("Find Pre&vious", lambda: self._find_step(-1), std.FindPrevious)
        self.goto_action = self._action("&Go to Page…", self.chart_view.focus_page_box, "Ctrl+G",
                                        "Type a page number")
        self.focus_codes_action = self._action("Edit Claimed &Codes", self._focus_codes, "Ctrl+L")
        self.shortcuts_action = self._action("&Keyboard Shortcuts", self.show_shortcuts, std.HelpContents,
                                             "Every keyboard shortcut", "Ctrl+/")
        self.about_action = self._action("&About srscheck", self.show_about)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.audit_action)
        file_menu.addSeparator()
        file_menu.addAction(self.prefs_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        check_menu = bar.addMenu("&Check")
        check_menu.addAction(self.focus_codes_action)
        check_menu.addAction(self.recheck_action)
        check_menu.addAction(self.cancel_action)
        check_menu.addAction(self.correct_action)
        view_menu = bar.addMenu("&View")
        for a in (self.find_action, self.find_next_action, self.find_previous_action, None, self.goto_action,
                  None, self.zoom_in_action, self.zoom_out_action, self.actual_size_action, self.fit_action,
                  self.fit_page_action):
            view_menu.addSeparator() if a is None else view_menu.addAction(a)
        tools_menu = bar.addMenu("&Tools")
        tools_menu.addAction(self.templates_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self.recent_menu.setToolTipsVisible(True)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.open_action, self.export_action, self.print_action, None, self.recheck_action,
                  self.correct_action, None, self.find_action, self.zoom_out_action, self.zoom_in_action,
                  self.fit_action, self.fit_page_action, None, self.templates_action):
            toolbar.addSeparator() if a is None else toolbar.addAction(a)

    def _connect(self) -> None:
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)
        self.runner.cancelled.connect(self._on_job_cancelled)
        self.cancel_button.clicked.connect(self.cancel_analysis)
        self.runner.busy_changed.connect(self._on_busy)
        self.runner.job_done.connect(self._on_job_done)
        self.hub.evidence_selected.connect(self._on_evidence)
        self.hub.override_requested.connect(self.correct_fact)
        self.hub.templates_changed.connect(self._on_templates_changed)
        self.hub.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.codes_bar.submitted.connect(self.set_codes_text)
        self.facts_panel.tree.item_chosen.connect(self.details.show_item)
        self.results_panel.tree.item_chosen.connect(self.details.show_item)
        self.queries_panel.tree.item_chosen.connect(self.details.show_item)
        self.facts_panel.tree.item_chosen.connect(lambda _i: self._set_last_tree(self.facts_panel.tree))
        self.results_panel.tree.item_chosen.connect(lambda _i: self._set_last_tree(self.results_panel.tree))
        self.lesions_panel.evidence_selected.connect(self._on_lesion_chosen)
        self.lesions_panel.corrections_made.connect(self.apply_corrections)
        self.corrections_panel.remove_requested.connect(self.remove_corrections)
        self.chart_view.pages.page_changed.connect(self._update_page_label)
        self.chart_view.document_changed.connect(lambda _n: self._update_page_label())
        # printing renders the report with pdfium in the job thread; pages are then drawn from the
        # images rendered before (charts are read in the worker process, which has its own pdfium)
        self.chart_view.pages.set_render_gate(lambda: not self.runner.pending("print"))

    # ------------------------------------------------------------------------------------------
    # Opening charts
    # ------------------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        start = self.settings.open_folder() or str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, "Open chart (select several files for one course)",
                                                start, CHART_FILTER)
        if paths:
            self.settings.set_open_folder(Path(paths[0]).parent)
            self.open_chart(paths if len(paths) > 1 else paths[0])

    @property
    def paths(self) -> tuple[Path, ...]:
        """The open course's files (one for a single chart)."""
        return self._paths

    def open_chart(self, path: str | Path | Sequence[str | Path]) -> None:
        """Read the chart in the worker, then show it; a chart opened meanwhile makes this one stale.

        ``path`` may be several files: they are read as one course. If the new chart cannot be read,
        the chart that was open stays open. The pages are drawn only once the worker has read the
        chart within the bounds (a hostile PDF never reaches this process's pdfium).
        """
        paths = tuple(Path(p) for p in ([path] if isinstance(path, (str, Path)) else path))
        if not paths:
            return
        if self.result is not None and self._base_reading is not None:
            self._previous = _OpenChart(self._paths, self.result, self._base_reading,
                                        self._claimed, self.codes_bar.origin.text())
        self._paths = paths
        self.path = paths[0]
        self.result = None
        self._base_reading = None
        if self.runner.pending("open") and self.engine.running_for() > STALE_CANCEL_SECONDS:
            self.engine.cancel()  # a long reading nobody wants any more: stop it rather than wait
        self.chart_view.clear()
        self._update_page_label()
        self.facts_panel.tree.reset_rows()
        self.lesions_panel.clear()
        self.corrections_panel.clear()
        self.results_panel.tree.reset_rows()
        self.queries_panel.tree.reset_rows()
        self.check_tabs.setTabText(1, "&Queries")
        self.details.clear()
        self.codes_bar.set_codes((), "")
        self.codes_bar.edit.setModified(False)
        self.statusBar().clearMessage()
        title = _course_title(paths)
        self.file_label.setText(f"<b>{html.escape(title)}</b> — reading…")
        self.setWindowTitle(f"{title} — {APP_TITLE}")
        self.hub.chart_opening.emit(str(paths[0]))
        self.hub.status_message.emit(f"Reading {title}…")
        self.runner.submit("open", workers.open_chart, self.engine, paths if len(paths) > 1 else paths[0],
                           self.settings.codes_lookup())
        self._update_actions()

    def _show_pages(self, paths: Sequence[Path]) -> None:
        """The chart's pages right away (the reading follows); a file pdfium cannot open shows nothing."""
        try:
            self.chart_view.load_course(paths)
        except Exception:  # noqa: BLE001 — the reader will say, in one sentence, why the file cannot be read
            self.chart_view.clear()
        self._update_page_label()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_charts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if _dropped_charts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_charts(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.open_chart(paths if len(paths) > 1 else paths[0])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for n, entry in enumerate(files, 1):
            paths = [Path(p) for p in entry.split("\n") if p]
            action = self.recent_menu.addAction(f"&{n % 10}  {_recent_label(paths)}")
            full = "\n".join(str(p) for p in paths)
            action.setToolTip(full)
            action.setStatusTip(full.replace("\n", "; "))
            action.triggered.connect(functools.partial(self._open_recent, entry))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("&Clear List", self.settings.clear_recent_files)
        else:
            self.recent_menu.addAction("No recent charts").setEnabled(False)

    def _open_recent(self, entry: str) -> None:
        paths = [p for p in entry.split("\n") if p]
        gone = [p for p in paths if not Path(p).is_file()]
        if gone:
            self.settings.remove_recent_file(entry)
            self._error("Cannot open chart", f"{gone[0]} was not found; it is removed from the recent charts.")
            return
        self.open_chart(paths if len(paths) > 1 else paths[0])

    # ------------------------------------------------------------------------------------------
    # Checking
    # ------------------------------------------------------------------------------------------
    def set_codes_text(self, text: str) -> bool:
        """The claimed codes the coder typed: remembered for this chart, and checked at once."""
        try:
            claims = parse_claims(text)
        except SrsError as e:
            self.codes_bar.show_error(str(e))
            return False
        self.codes_bar.show_error("")
        codes = tuple(str(c) for c in claims)  # as typed: units and modifiers kept
        self.codes_bar.edit.setText(", ".join(codes))
        self._claimed = codes
        self.codes_bar.origin.setText("Codes entered by you for this chart.")
        if self._base_reading is not None:
            self.settings.set_codes_for(self._base_reading.document.sha256, codes)
            self.recheck()
        else:  # still reading: these codes are the ones checked when the reading is done
            self._typed_codes = codes
        return True

    def set_override(self, name: str, value: Any) -> bool:
        """The coder's value for a fact (or :data:`RESTORE` for the reader's): saved for this chart as a
        correction; checks run again."""
        if value is RESTORE:
            return self.remove_corrections([name])
        try:
            correction = make_correction(name, value)
        except SrsError as e:
            self._error("Cannot set the fact", str(e))
            return False
        return self.apply_corrections([correction])

    def apply_corrections(self, corrections: Sequence[Any]) -> bool:
        """Save the coder's corrections for this chart (their name, the time) and check again at once."""
        if self._base_reading is None or not corrections:
            return False
        self.hub.status_message.emit(f"Correction{'s' if len(corrections) > 1 else ''} saved: "
                                     + "; ".join(c.describe() for c in corrections) + ". Checking again…")
        self.runner.submit("check", workers.correct, self.engine, self._base_reading, list(corrections),
                           self.settings.coder_name() or None, self._claimed)
        return True

    def remove_corrections(self, targets: Sequence[str]) -> bool:
        """Remove saved corrections by target (back to the reader's value) and check again."""
        if self._base_reading is None:
            return False
        saved = {a.correction.target for a in getattr(self.result, "corrections", ())} if self.result else set()
        targets = [t for t in targets if t in saved]
        if not targets:
            self.hub.status_message.emit("Nothing to remove: that value follows from the lesions; correct or "
                                         "remove the lesion corrections instead.")
            return False
        self.hub.status_message.emit("Back to the reader's value: " + ", ".join(targets) + ". Checking again…")
        self.runner.submit("check", workers.uncorrect, self.engine, self._base_reading, list(targets), self._claimed)
        return True

    def correct_selected(self) -> None:
        """F2: correct what is selected in the tree last used — a fact, or the fact a check rests on."""
        if self.result is None:
            return
        if self._last_tree is self.lesions_panel.table:
            self.lesions_panel.edit_current()
            return
        if self._last_tree is self.facts_panel.tree and self.facts_panel.current_lesion():
            if self.lesions_panel.select_ref(self.facts_panel.current_lesion()):
                self.lesions_panel.edit_current()
            return
        if self._last_tree is self.results_panel.tree:
            name = self.results_panel.current_fact()
            if name is None:
                self.hub.status_message.emit("This check rests on the chart's words, not on one fact: "
                                             "select a fact under “Facts found in the chart” to correct it.")
                return
            self.correct_fact(name)
        else:
            self.facts_panel.request_correction()

    def _set_last_tree(self, tree) -> None:
        self._last_tree = tree

    def _on_lesion_chosen(self, evidence) -> None:
        self._last_tree = self.lesions_panel.table
        self.hub.evidence_selected.emit(evidence)

    def correct_fact(self, name: str) -> None:
        if self.result is None:
            return
        dialog = FactDialog(name, self.result.facts.get(name), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_override(name, dialog.value())

    def recheck(self) -> None:
        if self._base_reading is None:
            return
        self.runner.submit("check", workers.recheck, self.engine, self._base_reading, self._claimed)

    @Slot(str, object)
    def _on_job_finished(self, kind: str, value: Any) -> None:
        if kind == "print":
            self._on_printed(value)
        elif kind == "open":
            opened: workers.OpenedChart = value
            self._previous = None
            if opened.template_codes:
                self.codes_bar.set_template_codes(list(opened.template_codes))
            self._base_reading = opened.reading or opened.result.reading
            self._show_pages(self._paths)
            self.chart_view.set_document(opened.result.reading.document)
            self.settings.add_recent_file(*self._paths)
            typed, self._typed_codes = self._typed_codes, None
            if typed is not None:  # the coder entered codes while the chart was read: they are checked
                self._claimed = typed
                self.settings.set_codes_for(self._base_reading.document.sha256, typed)
                self.codes_bar.origin.setText("Codes entered by you for this chart.")
                self.recheck()
                return
            if self.codes_bar.edit.isModified():  # typing, not entered yet: never replaced
                self._claimed = ()
                self.codes_bar.origin.setText("Press Enter to check the codes you typed. Suggested: "
                                              + (", ".join(opened.result.suggested_codes) or "none") + ".")
                self.recheck()
                return
            self._claimed = opened.result.claimed
            origin = ("Your codes for this chart, saved earlier." if opened.codes_origin == "saved"
                      else "Suggested from the documentation; edit and press Enter to check yours.")
            self.codes_bar.set_codes(self._claimed, origin)
            self.show_result(opened.result)
            self.hub.status_message.emit(f"{_course_title(self._paths)} checked.")
        else:
            self.show_result(value)
            self.hub.status_message.emit("Checks updated.")

    @Slot(str, str)
    def _on_job_cancelled(self, kind: str, message: str) -> None:
        """The coder stopped the reading (or check): back to the chart that was open; no dialog."""
        if kind == "open":
            self._back_to_previous()
        self.hub.status_message.emit(message.split(": ", 1)[-1])

    @Slot(str, str)
    def _on_job_failed(self, kind: str, message: str) -> None:
        if kind == "print":
            self._on_printed(None, message)
        elif kind == "open":
            self._back_to_previous()
            self._error("Cannot open chart", message)
        else:
            self.codes_bar.show_error(message)
            self.hub.status_message.emit(message)

    def _back_to_previous(self) -> None:
        """An opening that did not finish: the chart that was open before comes back (or none)."""
        self._typed_codes = None
        previous, self._previous = self._previous, None
        if previous is not None:
            self._reopen(previous)
        else:
            self._close_chart()

    def _reopen(self, chart: "_OpenChart") -> None:
        """The chart that was open before a failed open, as it was (pages, result, corrections, codes)."""
        self._paths = chart.paths
        self.path = chart.paths[0]
        self._base_reading = chart.base_reading
        self._claimed = chart.claimed
        self._show_pages(chart.paths)
        self.chart_view.set_document(chart.base_reading.document)
        self.codes_bar.set_codes(chart.claimed, chart.origin)
        self.setWindowTitle(f"{_course_title(chart.paths)} — {APP_TITLE}")
        self.show_result(chart.result)

    def _close_chart(self) -> None:
        self.path = None
        self._paths = ()
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
        name = _course_title(self._paths) if len(self._paths) > 1 else Path(doc.file).name
        self.file_label.setText(f"<b>{html.escape(name)}</b> — {len(doc.pages)} page(s)"
                                + (", read by OCR" if doc.ocr else "") + extra)
        set_document_names([Path(p.file).name for p in doc.parts])
        self.facts_panel.show_facts(facts, stage_blocked(result))
        self.lesions_panel.show_facts(facts, len(doc.pages))
        applied = tuple(getattr(result, "corrections", ()))
        self.corrections_panel.show_applied(applied)
        self.fact_tabs.setTabText(1, f"&Lesions ({len(facts.lesions)})")
        self.fact_tabs.setTabText(2, f"Co&rrections ({len(applied)})")
        self.results_panel.show_result(result)
        self.queries_panel.show_result(result)
        self.check_tabs.setTabText(1, f"&Queries ({len(result.queries)})")
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
        from srscheck.report import render_report  # deferred: reportlab only when a report is written

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

    def print_report(self) -> bool:
        """Ask for a printer, then render and print the report in the worker (the window stays free).
        True when a print job was started; ``print_done`` tells how it ended."""
        if self.result is None or self.runner.pending("print"):
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"srscheck report — {self.result.reading.document.file}")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print report")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._printer = dialog.printer()  # kept alive until the worker is done with it
        self.print_action.setEnabled(False)
        self.hub.status_message.emit("Printing the report…")
        self.runner.side("print", workers.print_report, self.result, self.settings.coder_name() or None,
                         self._printer)
        return True

    def _on_printed(self, pages: int | None, message: str = "") -> None:
        self._printer = None
        self._update_actions()
        if pages is None:
            self._error("Report not printed", f"The report could not be printed: {message.rstrip('.')}.")
        else:
            self.hub.status_message.emit(f"Report sent to the printer ({pages} page(s)).")
        self.print_done.emit(pages or 0)

    # ------------------------------------------------------------------------------------------
    # Other windows
    # ------------------------------------------------------------------------------------------
    def audit_folder(self):
        """File > Audit a Folder…: the audit of a batch output folder (desktop/audit_view.py)."""
        from .audit_view import AuditFlow  # deferred: the audit view on first use

        if getattr(self, "_audit_flow", None) is None:
            self._audit_flow = AuditFlow(self)
        self._audit_flow.start()
        return self._audit_flow

    def show_preferences(self) -> None:
        PreferencesDialog(self.settings, self).exec()

    def show_template_editor(self):
        from .template_editor import TemplateEditor  # deferred: the template editor (ruamel.yaml) on first use

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
        """The codes that have a template, for the codes box to complete (the worker sends them with
        every chart it reads; after an edit in the template editor, which has loaded the templates)."""
        # deferred: the app's process loads no templates until the editor needs them
        from srscheck.checklists.templates import default_store

        try:
            self.codes_bar.set_template_codes(default_store().codes())
        except Exception as e:  # noqa: BLE001 — the completer is a help, never a reason to fail
            log.warning("template codes not available: %s", e)

    # ------------------------------------------------------------------------------------------
    # Small things
    # ------------------------------------------------------------------------------------------
    def warm_up_reader(self) -> None:
        """Start the worker (it loads spaCy and the pipeline) if it is not running yet, and import what
        its answers are made of meanwhile."""
        self.engine.start()
        self.runner.background(workers.preload)

    def cancel_analysis(self) -> bool:
        """Stop the reading or check under way (the worker is restarted); the open chart stays."""
        if not self.runner.busy:
            return False
        return self.engine.cancel()

    def _focus_codes(self) -> None:
        self.codes_bar.edit.setFocus()
        self.codes_bar.edit.selectAll()

    def _on_evidence(self, evidence: tuple[Evidence, ...]) -> None:
        self.chart_view.show_evidence(evidence)
        if evidence:
            pages = sorted({e.page for e in evidence})
            where = "Evidence on page" + ("s " if len(pages) > 1 else " ") + ", ".join(map(str, pages))
            if len(self._paths) > 1:
                where += f" of {self.chart_view.sources[self.chart_view.current_document].name}"
            self.statusBar().showMessage(where)
        else:  # nothing to point at: no old page number left standing
            self.statusBar().clearMessage()
        QTimer.singleShot(0, self._update_page_label)

    def _on_job_done(self, kind: str) -> None:
        if kind in ("open", "print"):
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
        if self.runner.pending("print"):
            self.print_action.setEnabled(False)
        self.recheck_action.setEnabled(self._base_reading is not None)
        self.cancel_action.setEnabled(self.runner.busy)
        self.cancel_button.setVisible(self.runner.busy)
        self.codes_bar.check_button.setEnabled(self._base_reading is not None)

    def _update_page_label(self, *_: object) -> None:
        pages = self.chart_view.pages
        if self.chart_view.pdf_mode and pages.page_count:
            self.page_label.setText(f"Page {pages.current_page()} of {pages.page_count}")
        else:
            self.page_label.setText("")

    def _find_step(self, step: int) -> None:
        if not self.chart_view.find_bar.isVisible():
            self.chart_view.open_find()
        else:
            self.chart_view.find_step(step)

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every shortcut of the window and of the page view."""
        rows = []
        for action in self.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys:
                rows.append((" or ".join(keys), action.text().replace("&", "").rstrip("…")))
        rows += [(keys, what) for keys, what in PAGE_KEYS]
        return rows

    def show_shortcuts(self) -> QDialog:
        dialog = ShortcutsDialog(self.shortcut_list(), self)
        dialog.show()
        self._shortcuts_dialog = dialog
        return dialog

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
        if self._owns_engine:
            self.engine.close()  # kills the worker: a job waiting for it ends at once
        self.runner.wait(3000)
        self.chart_view.clear()
        event.accept()


def _dropped_charts(mime: QMimeData) -> list[str]:
    """The local chart files in a drag (several make one course)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in READ_SUFFIXES]


@dataclass(frozen=True)
class _OpenChart:
    """What is on screen for a chart, kept while another one is read (a failed open brings it back)."""

    paths: tuple[Path, ...]
    result: Any
    base_reading: Any
    claimed: tuple[str, ...]
    origin: str


def _course_title(paths: Sequence[Path]) -> str:
    if not paths:
        return ""
    return paths[0].name if len(paths) == 1 else f"{paths[0].name} + {len(paths) - 1} more"


def _recent_label(paths: Sequence[Path]) -> str:
    """A recent chart as the menu shows it: the file name and its folder ("chart.pdf — in clinic/2026")."""
    folder = paths[0].parent
    where = "/".join(folder.parts[-2:]) if len(folder.parts) > 2 else str(folder)
    return f"{_course_title(paths)} — in {where}"


PAGE_KEYS = (
    ("Space or Page Down", "Next screen of the chart"),
    ("Shift+Space or Page Up", "Previous screen of the chart"),
    ("Home / End", "First / last page"),
    ("Ctrl+mouse wheel", "Zoom"),
    ("Enter / Shift+Enter (in Find)", "Next / previous match"),
    ("Escape (in Find)", "Close Find"),
)


class ShortcutsDialog(QDialog):
    """Help > Keyboard Shortcuts: every shortcut, in a table the coder can keep open."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts — srscheck")
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "Does"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]

