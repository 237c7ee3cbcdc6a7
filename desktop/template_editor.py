"""The template editor: the checklist templates (bundled and the coder's own) as a form and as YAML.

The YAML text is the single source of truth. The form edits the round-trip document
(:func:`checklists.schema.parse_yaml`), so comments and key order survive, and writes it back as text.
Every change is validated at once (:meth:`TemplateStore.validate_text`, messages with a line number);
Save writes the user copy atomically and only when the text is valid; Revert removes the user copy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QFont, QKeySequence, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from srscheck.checklists.schema import parse_yaml
from srscheck.checklists.templates import TemplateStore, default_store, dump_document

from srscheck.core.messages import SrsError
from srscheck.core.model import MODALITIES, SITES

from .hub import SignalHub
from .icons import icon
from .settings import AppSettings

SUGGEST = ("never", "when_applies", "when_met")
REQ_COLUMNS = ("id", "category", "label", "query")
REQ_HEADERS = ("ID", "Category", "Label", "Physician query")


def _flow(value: Any) -> str:
    """One alternative as a line of YAML flow mapping text: ``concept: TARGET_VOLUME``."""
    parts = []
    for key, val in value.items():
        if isinstance(val, (list, tuple)):
            parts.append(f"{key}: [{', '.join(str(v) for v in val)}]")
        elif isinstance(val, bool):
            parts.append(f"{key}: {'true' if val else 'false'}")
        elif isinstance(val, str) and key == "pattern":
            parts.append(f"{key}: '{val.replace(chr(39), chr(39) * 2)}'")
        else:
            parts.append(f"{key}: {val}")
    return ", ".join(parts)


def parse_alternatives(text: str) -> tuple[CommentedSeq | None, str]:
    """Lines of ``key: value, key: value`` as a list of mappings, or None and what is wrong."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    out = CommentedSeq()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = YAML(typ="rt").load("{" + line.strip() + "}")
        except YAMLError as e:
            return None, f"evidence line {n}: not valid ({str(e).splitlines()[0]})"
        if not isinstance(value, dict) or not value:
            return None, f"evidence line {n}: write it as 'concept: NAME' or 'pattern: REGEX'"
        out.append(value)
    if not out:
        return None, "give at least one way to find the evidence (concept, pattern or fact)"
    return out, ""


class TemplateForm(QWidget):
    """The template document as a form; ``changed`` after every edit of the document."""

    changed = Signal()
    problem = Signal(str)  # an edit the form could not apply (shown by the editor)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: CommentedMap | None = None
        self._loading = False
        self._build()

    # -- widgets -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.version = QLineEdit(self)
        self.sites = {s: QCheckBox(s, self) for s in SITES}
        self.modalities = {m: QCheckBox(m.replace("_", " "), self) for m in MODALITIES}
        self.fractions_min = QSpinBox(self)
        self.fractions_max = QSpinBox(self)
        for spin in (self.fractions_min, self.fractions_max):
            spin.setRange(0, 99)
            spin.setSpecialValueText("any")
        self.suggest = QComboBox(self)
        self.suggest.addItems(SUGGEST)

        applies = QGroupBox("Applies when", self)
        form = QFormLayout(applies)
        form.addRow("&Title:", self.title)
        form.addRow("&Version:", self.version)
        form.addRow("Sites:", _row(self, *self.sites.values(), stretch=True))
        form.addRow("Delivery units:", _row(self, *self.modalities.values(), stretch=True))
        form.addRow("Fractions:", _row(self, QLabel("from", self), self.fractions_min, QLabel("to", self),
                                       self.fractions_max, stretch=True))
        form.addRow("&Suggest:", _row(self, self.suggest, stretch=True))
        for spin in (self.fractions_min, self.fractions_max):
            spin.setMinimumWidth(80)
        self.suggest.setMinimumWidth(160)

        self.requirements = QTableWidget(0, len(REQ_COLUMNS), self)
        self.requirements.setHorizontalHeaderLabels(list(REQ_HEADERS))
        self.requirements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requirements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requirements.verticalHeader().setVisible(False)
        header = self.requirements.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton("&Add", self)
        self.remove_button = QPushButton("Re&move", self)
        self.up_button = QPushButton("Move &Up", self)
        self.down_button = QPushButton("Move &Down", self)
        reqs = QGroupBox("Requirements", self)
        lay = QVBoxLayout(reqs)
        lay.addWidget(self.requirements)
        lay.addWidget(_row(self, self.add_button, self.remove_button, self.up_button, self.down_button,
                           stretch=True))

        self.elements = QTableWidget(0, 2, self)
        self.elements.setHorizontalHeaderLabels(["Element", "Required"])
        self.elements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.elements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.elements.verticalHeader().setVisible(False)
        self.elements.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.elements.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_element_button = QPushButton("Add &Element", self)
        self.remove_element_button = QPushButton("Remove E&lement", self)
        self.alternatives = QPlainTextEdit(self)
        self.alternatives.setObjectName("yaml")
        self.alternatives.setFont(QFont("DejaVu Sans Mono", 9))
        self.alternatives.setPlaceholderText("One per line: concept: TARGET_VOLUME  |  pattern: '(?i)\\bfused\\b'"
                                             "  |  fact: imaging, includes_any: [CT, MRI]")
        self.alternatives.setToolTip("Any one of these lines found in the chart counts as evidence")
        evidence = QGroupBox("Evidence for the selected requirement", self)
        ev = QHBoxLayout(evidence)
        left = QVBoxLayout()
        left.addWidget(self.elements)
        left.addWidget(_row(self, self.add_element_button, self.remove_element_button, stretch=True))
        ev.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel("Found by any of:", self))
        right.addWidget(self.alternatives)
        ev.addLayout(right, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(applies)
        layout.addWidget(reqs, 3)
        layout.addWidget(evidence, 2)

        self.title.textEdited.connect(lambda t: self._set(("title",), t))
        self.version.textEdited.connect(lambda t: self._set(("version",), t))
        for box in self.sites.values():
            box.toggled.connect(self._applies_changed)
        for box in self.modalities.values():
            box.toggled.connect(self._applies_changed)
        self.fractions_min.valueChanged.connect(self._applies_changed)
        self.fractions_max.valueChanged.connect(self._applies_changed)
        self.suggest.currentTextChanged.connect(self._applies_changed)
        self.requirements.itemChanged.connect(self._requirement_edited)
        self.requirements.currentCellChanged.connect(lambda *_: self._show_elements())
        self.add_button.clicked.connect(self.add_requirement)
        self.remove_button.clicked.connect(self.remove_requirement)
        self.up_button.clicked.connect(lambda: self.move_requirement(-1))
        self.down_button.clicked.connect(lambda: self.move_requirement(1))
        self.elements.itemChanged.connect(self._element_edited)
        self.elements.currentCellChanged.connect(lambda *_: self._show_alternatives())
        self.add_element_button.clicked.connect(self.add_element)
        self.remove_element_button.clicked.connect(self.remove_element)
        self.alternatives.textChanged.connect(self._alternatives_edited)

    # -- loading the document -------------------------------------------------------------------
    def set_document(self, doc: CommentedMap | None) -> None:
        self._loading = True
        try:
            self.doc = doc
            self.setEnabled(doc is not None)
            doc = doc if doc is not None else CommentedMap()
            applies = doc.get("applies") or {}
            self.title.setText(str(doc.get("title", "")))
            self.version.setText(str(doc.get("version", "")))
            for s, box in self.sites.items():
                box.setChecked(s in (applies.get("sites") or ()))
            for m, box in self.modalities.items():
                box.setChecked(m in (applies.get("modalities") or ()))
            fractions = applies.get("fractions") or {}
            self.fractions_min.setValue(int(fractions.get("min") or 0))
            self.fractions_max.setValue(int(fractions.get("max") or 0))
            self.suggest.setCurrentText(str(applies.get("suggest", "never")))
            self._fill_requirements(self.requirements.currentRow())
        finally:
            self._loading = False

    def _reqs(self) -> list:
        reqs = self.doc.get("requirements") if self.doc is not None else None
        return reqs if isinstance(reqs, list) else []

    def _fill_requirements(self, select: int = 0) -> None:
        was = self._loading
        self._loading = True
        reqs = self._reqs()
        self.requirements.setRowCount(len(reqs))
        for row, req in enumerate(reqs):
            for col, key in enumerate(REQ_COLUMNS):
                value = req.get(key, "") if isinstance(req, dict) else ""
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                self.requirements.setItem(row, col, item)
        if reqs:
            self.requirements.setCurrentCell(max(0, min(select, len(reqs) - 1)), 0)
        self._loading = was
        self._show_elements()

    def _current_requirement(self) -> CommentedMap | None:
        row = self.requirements.currentRow()
        reqs = self._reqs()
        return reqs[row] if 0 <= row < len(reqs) and isinstance(reqs[row], dict) else None

    def _elements_of(self, req: CommentedMap | None) -> list:
        els = req.get("elements") if req is not None else None
        return els if isinstance(els, list) else []

    def _show_elements(self) -> None:
        was = self._loading
        self._loading = True
        els = self._elements_of(self._current_requirement())
        self.elements.setRowCount(len(els))
        for row, el in enumerate(els):
            el = el if isinstance(el, dict) else {}
            self.elements.setItem(row, 0, QTableWidgetItem(str(el.get("label", ""))))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if el.get("required", True) else Qt.CheckState.Unchecked)
            self.elements.setItem(row, 1, check)
        if els:
            self.elements.setCurrentCell(0, 0)
        self._loading = was
        self._show_alternatives()

    def _current_element(self) -> CommentedMap | None:
        els = self._elements_of(self._current_requirement())
        row = self.elements.currentRow()
        return els[row] if 0 <= row < len(els) and isinstance(els[row], dict) else None

    def _show_alternatives(self) -> None:
        was = self._loading
        self._loading = True
        el = self._current_element()
        alts = el.get("any_of") if el is not None else None
        lines = [_flow(a) for a in alts if isinstance(a, dict)] if isinstance(alts, list) else []
        self.alternatives.setPlainText("\n".join(lines))
        self.alternatives.setEnabled(el is not None)
        self._loading = was

    # -- editing --------------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _set(self, path: tuple[str, ...], value: Any) -> None:
        if self._loading or self.doc is None:
            return
        node = self.doc
        for key in path[:-1]:
            if not isinstance(node.get(key), dict):
                node[key] = CommentedMap()
            node = node[key]
        node[path[-1]] = value
        self._edited()

    def _applies_changed(self, *_: object) -> None:
        if self._loading or self.doc is None:
            return
        applies = self.doc.get("applies")
        if not isinstance(applies, dict):
            applies = self.doc["applies"] = CommentedMap()
        for key, boxes in (("sites", self.sites), ("modalities", self.modalities)):
            chosen = [k for k, box in boxes.items() if box.isChecked()]
            if chosen:
                seq = CommentedSeq(chosen)
                seq.fa.set_flow_style()
                applies[key] = seq
            else:
                applies.pop(key, None)
        fractions = CommentedMap()
        if self.fractions_min.value():
            fractions["min"] = self.fractions_min.value()
        if self.fractions_max.value():
            fractions["max"] = self.fractions_max.value()
        if fractions:
            fractions.fa.set_flow_style()
            applies["fractions"] = fractions
        else:
            applies.pop("fractions", None)
        applies["suggest"] = self.suggest.currentText()
        self._edited()

    def _requirement_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        reqs = self._reqs()
        if 0 <= item.row() < len(reqs) and isinstance(reqs[item.row()], dict):
            reqs[item.row()][REQ_COLUMNS[item.column()]] = item.text()
            self._edited()

    def add_requirement(self) -> None:
        if self.doc is None:
            return
        if not isinstance(self.doc.get("requirements"), list):
            self.doc["requirements"] = CommentedSeq()
        category = self._current_requirement().get("category", "plan") if self._current_requirement() else "plan"
        req = CommentedMap()
        req["id"] = f"{category}.new_requirement_{len(self._reqs()) + 1}"
        req["category"] = category
        req["label"] = "New requirement"
        element = CommentedMap()
        element["label"] = "What the chart must say"
        element["any_of"] = CommentedSeq([CommentedMap([("pattern", r"(?i)\bexample\b")])])
        req["elements"] = CommentedSeq([element])
        req["query"] = "Please document ..."
        self.doc["requirements"].append(req)
        self._fill_requirements(len(self._reqs()) - 1)
        self._edited()
        self.requirements.setFocus()

    def remove_requirement(self) -> None:
        row = self.requirements.currentRow()
        reqs = self._reqs()
        if 0 <= row < len(reqs):
            del reqs[row]
            self._fill_requirements(row)
            self._edited()

    def move_requirement(self, step: int) -> None:
        row = self.requirements.currentRow()
        reqs = self._reqs()
        other = row + step
        if 0 <= row < len(reqs) and 0 <= other < len(reqs):
            reqs[row], reqs[other] = reqs[other], reqs[row]
            self._fill_requirements(other)
            self._edited()

    def _element_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        els = self._elements_of(self._current_requirement())
        if not 0 <= item.row() < len(els) or not isinstance(els[item.row()], dict):
            return
        el = els[item.row()]
        if item.column() == 0:
            el["label"] = item.text()
        elif item.checkState() == Qt.CheckState.Checked:
            el.pop("required", None)
        else:
            el["required"] = False
        self._edited()

    def add_element(self) -> None:
        req = self._current_requirement()
        if req is None:
            return
        if not isinstance(req.get("elements"), list):
            req["elements"] = CommentedSeq()
        element = CommentedMap()
        element["label"] = "New element"
        element["any_of"] = CommentedSeq([CommentedMap([("pattern", r"(?i)\bexample\b")])])
        req["elements"].append(element)
        self._show_elements()
        self.elements.setCurrentCell(len(req["elements"]) - 1, 0)
        self._edited()

    def remove_element(self) -> None:
        els = self._elements_of(self._current_requirement())
        row = self.elements.currentRow()
        if 0 <= row < len(els):
            del els[row]
            self._show_elements()
            self._edited()

    def _alternatives_edited(self) -> None:
        if self._loading:
            return
        el = self._current_element()
        if el is None:
            return
        alts, why = parse_alternatives(self.alternatives.toPlainText())
        if alts is None:
            self.problem.emit(why)
            return
        el["any_of"] = alts
        self._edited()


def _row(parent: QWidget, *widgets: QWidget, stretch: bool = False) -> QWidget:
    box = QWidget(parent)
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    if stretch:
        lay.addStretch(1)
    return box


class TemplateEditor(QMainWindow):
    """List of templates on the left; the selected one as a form and as YAML on the right."""

    def __init__(self, hub: SignalHub, settings: AppSettings, parent: QWidget | None = None,
                 store: TemplateStore | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle("Checklist templates — srscheck")
        self.setWindowIcon(icon("app"))
        self.hub = hub
        self.settings = settings
        self.store = store or default_store()
        self.code: str | None = None
        self._saved_text = ""
        self._form_stale = False
        self._updating_text = False
        self.problems: list = []
        self._build()
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(250)
        self._validate_timer.timeout.connect(self.validate)
        self.refresh_list()
        geometry = settings.geometry("template_editor")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 820)

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setMinimumWidth(300)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.form = TemplateForm(self)
        self.yaml = QPlainTextEdit(self)
        self.yaml.setObjectName("yaml")
        self.yaml.setFont(QFont("DejaVu Sans Mono", 10))
        self.yaml.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, "&Form")
        self.tabs.addTab(self.yaml, "&YAML")
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin = QLabel("", self)
        self.origin.setObjectName("hint")
        self.save_button = QPushButton(icon("status-met"), "&Save", self)
        self.save_button.setToolTip("Save your copy of this template (Ctrl+S); only a valid template is saved")
        self.revert_button = QPushButton("&Revert to Bundled", self)
        self.revert_button.setToolTip("Delete your copy and use the template shipped with srscheck")
        self.close_button = QPushButton("Close", self)

        right = QWidget(self)
        lay = QVBoxLayout(right)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.origin)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.message)
        lay.addWidget(_row(right, self.save_button, self.revert_button, stretch=True))
        lay.itemAt(lay.count() - 1).widget().layout().addWidget(self.close_button)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(6, 6, 0, 6)
        title = QLabel("Templates", left)
        title.setObjectName("section")
        ll.addWidget(title)
        ll.addWidget(self.list)
        legend = QLabel("✎ = your own copy (overrides the bundled template)", left)
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        ll.addWidget(legend)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 940])
        self.setCentralWidget(splitter)

        save = QAction("Save", self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)
        close = QAction("Close", self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

        self.list.currentItemChanged.connect(self._on_list_current)
        self.yaml.textChanged.connect(self._on_yaml_changed)
        self.form.changed.connect(self._on_form_changed)
        self.form.problem.connect(self._show_form_problem)
        self.tabs.currentChanged.connect(self._on_tab)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.close_button.clicked.connect(self.close)
        self.setTabOrder(self.list, self.tabs)

    # -- the list -------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        current = self.code
        self.list.blockSignals(True)
        self.list.clear()
        for info in self.store.list():
            mine = info.origin == "user"
            text = f"{info.code}  ·  {info.title}" + ("  ✎" if mine else "")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, info.code)
            item.setToolTip(f"{'Your copy' if mine else 'Bundled'}: {info.path}"
                            + (f"\n{info.problems[0]}" if info.problems else ""))
            if mine:
                item.setForeground(QBrush(QColor("#1a56a6")))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if not info.valid:
                item.setIcon(icon("problem"))
        self.list.blockSignals(False)
        if current is not None:
            self._select_in_list(current)
        elif self.list.count():
            self.list.setCurrentRow(0)

    def _select_in_list(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                return

    def _on_list_current(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        if code == self.code:
            return
        if not self.maybe_save():
            self._select_in_list(self.code or "")
            return
        self.load(code)

    # -- loading and validating -----------------------------------------------------------------
    def load(self, code: str) -> None:
        self.code = code
        text = self.store.load_text(code)
        self._saved_text = text
        self._set_yaml(text)
        self._rebuild_form()
        mine = self.store.has_user_copy(code)
        self.origin.setText(f"<b>{code}</b> — " + ("your copy (overrides the bundled template)" if mine
                                                    else "bundled template (Save makes your own copy)"))
        self.revert_button.setEnabled(mine)
        self._select_in_list(code)
        self.validate()

    def text(self) -> str:
        return self.yaml.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the YAML (as if typed); the form follows."""
        self.yaml.setPlainText(text)
        self._rebuild_form()
        self.validate()

    def _set_yaml(self, text: str) -> None:
        self._updating_text = True
        self.yaml.setPlainText(text)
        self._updating_text = False

    def _rebuild_form(self) -> None:
        doc, _problems = parse_yaml(self.text(), f"{self.code}.yaml")
        self.form.set_document(doc)
        self._form_stale = False

    def _on_yaml_changed(self) -> None:
        if self._updating_text:
            return
        self._form_stale = True
        self._update_dirty()
        self._validate_timer.start()

    def _on_form_changed(self) -> None:
        if self.form.doc is None:
            return
        self._set_yaml(dump_document(self.form.doc))
        self._update_dirty()
        self.validate()

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.form and self._form_stale:
            self._rebuild_form()

    def validate(self) -> list:
        """Check the text now; the message names the first problem and its line."""
        self._validate_timer.stop()
        if self.code is None:
            return []
        self.problems = self.store.validate_text(self.text(), self.code, f"{self.code}.yaml")
        self._show_problems()
        return self.problems

    def _show_problems(self) -> None:
        if self.problems:
            first = self.problems[0]
            more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
            self.message.setText(f"✖ Line {first.line}: {first.what}{more}")
            self.message.setObjectName("error")
            self._mark_line(first.line)
        else:
            self.message.setText("✔ Valid." + (" Unsaved changes: press Ctrl+S to save your copy."
                                               if self.dirty else ""))
            self.message.setObjectName("ok")
            self.yaml.setExtraSelections([])
        self.message.setStyleSheet(
            "color:#b71c1c;background:#fdecea;border:1px solid #f5c6cb;border-radius:3px;padding:4px;"
            if self.problems else
            "color:#1b5e20;background:#e8f5e9;border:1px solid #c8e6c9;border-radius:3px;padding:4px;")
        self.save_button.setEnabled(not self.problems and self.dirty)

    def _show_form_problem(self, what: str) -> None:
        self.message.setText(f"✖ {what}")
        self.message.setStyleSheet("color:#b71c1c;background:#fdecea;border:1px solid #f5c6cb;"
                                   "border-radius:3px;padding:4px;")
        self.save_button.setEnabled(False)

    def _mark_line(self, line: int) -> None:
        block = self.yaml.document().findBlockByNumber(max(0, line - 1))
        sel = QTextEdit.ExtraSelection()
        sel.format.setBackground(QColor("#fdecea"))
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(block)
        sel.cursor = cursor
        self.yaml.setExtraSelections([sel])

    @property
    def dirty(self) -> bool:
        return self.code is not None and self.text() != self._saved_text

    def _update_dirty(self) -> None:
        self.setWindowTitle(f"Checklist templates — {self.code}{' *' if self.dirty else ''} — srscheck")

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.code is None:
            return False
        if self.validate():
            self.tabs.setCurrentWidget(self.yaml)
            return False
        try:
            path = self.store.save_text(self.code, self.text())
        except SrsError as e:
            QMessageBox.warning(self, "Template not saved", str(e))
            return False
        self._saved_text = self.text()
        self.hub.status_message.emit(f"Template {self.code} saved to {path}")
        self.statusBar().showMessage(f"Saved to {path}", 6000)
        self._after_change()
        return True

    def revert(self) -> bool:
        if self.code is None or not self.store.has_user_copy(self.code):
            return False
        answer = QMessageBox.question(
            self, "Revert to bundled template",
            f"Delete your copy of {self.code} and use the template shipped with srscheck?")
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.store.reset(self.code)
        except SrsError as e:
            QMessageBox.warning(self, "Template not reverted", str(e))
            return False
        self._saved_text = ""
        self.hub.status_message.emit(f"Template {self.code} is the bundled version again")
        self._after_change()
        return True

    def _after_change(self) -> None:
        code = self.code
        self.code = None
        self.refresh_list()
        if code is not None:
            self.load(code)
        self._update_dirty()
        self.hub.templates_changed.emit()

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the coder cancels."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, "Unsaved changes", f"Save your changes to template {self.code}?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.dirty:  # discarded: show the saved text (and its own verdict, not the edit's) next time
            self._set_yaml(self._saved_text)
            self._rebuild_form()
            self.validate()
            self._update_dirty()
        self.settings.set_geometry("template_editor", self.saveGeometry())
        event.accept()
