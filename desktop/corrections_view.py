"""The coder's corrections: a table of the lesions (edit one, add one the reader missed, strike one it
invented) and the list of corrections saved for the chart (who, when; remove one by one).

The widgets only make :class:`srscheck.core.corrections.Correction` objects and say so through signals;
the main window saves them in the per-chart store (:mod:`srscheck.corrections`) and re-checks in the worker.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srscheck.core.corrections import COMPLEXITIES, Correction, make
from srscheck.core.messages import SrsError
from srscheck.core.model import SITES, Lesion
from srscheck.core.units import dose_gy

LESION_COLUMNS = ("#", "Lesion", "Site", "Class", "Reason", "Dose (Gy)", "Fx", "Page")
REF_ROLE = Qt.ItemDataRole.UserRole + 11


def lesion_ref(lesion: Lesion, number: int) -> str:
    """How corrections name a lesion: the reader's number ("2") or "+1" for one the coder added."""
    return getattr(lesion, "ref", "") or str(number)


def _page_of(lesion: Lesion) -> int | None:
    page = getattr(lesion, "page", None)
    if page:
        return page
    return lesion.evidence[0].page if lesion.evidence else None


class DoseBox(QDoubleSpinBox):
    """A dose in Gy that the coder may also type in any unit the reader knows ("1800 cGy", "18 Gy(RBE)",
    "1800 rads"; :mod:`srscheck.core.units`): shown and kept in Gy, read when the typing is done ("18" is no dose
    while "18 mGy" is being typed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setKeyboardTracking(False)

    def typed(self, text: str) -> float | None:
        """The dose ``text`` says in Gy (with or without the box's own " Gy" after it), else None."""
        t = text.strip()
        if t == self.specialValueText():
            return self.minimum()
        suffix = self.suffix().strip()
        for candidate in (t, t[:-len(suffix)] if suffix and t.endswith(suffix) else None):
            if candidate:
                try:
                    return dose_gy(candidate)
                except ValueError:
                    pass
        return None

    def validate(self, text: str, pos: int) -> object:
        value = self.typed(text)
        ok = value is not None and self.minimum() <= value <= self.maximum()
        return QValidator.State.Acceptable if ok else QValidator.State.Intermediate

    def valueFromText(self, text: str) -> float:
        value = self.typed(text)
        return self.value() if value is None else round(value, self.decimals())


class LesionDialog(QDialog):
    """Edit one lesion (name, site, class with its reason, dose, fractions) or add one (with its page)."""

    def __init__(self, lesion: Lesion | None = None, pages: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adding = lesion is None
        self.setWindowTitle("Add a lesion" if self.adding else f"Correct lesion: {lesion.name}")
        form = QFormLayout()
        self.name = QLineEdit(lesion.name if lesion else "", self)
        self.name.setPlaceholderText("e.g. Left frontal metastasis")
        form.addRow("&Name:", self.name)
        self.site = QComboBox(self)
        self.site.addItem("not stated", None)
        for s in SITES:
            self.site.addItem(s, s)
        self.site.setCurrentIndex(max(0, self.site.findData(lesion.site if lesion else None)))
        form.addRow("&Site:", self.site)
        self.complexity = QComboBox(self)
        self.complexity.addItem("not stated", None)
        for c in COMPLEXITIES:
            self.complexity.addItem(c, c)
        self.complexity.setCurrentIndex(max(0, self.complexity.findData(lesion.complexity if lesion else None)))
        self.complexity.setToolTip("Cranial lesions only: complex when it needs more than one isocenter, "
                                   "is near a critical structure, ...; give the reason")
        form.addRow("&Class:", self.complexity)
        self.reason = QLineEdit("; ".join(lesion.complexity_reasons) if lesion else "", self)
        self.reason.setPlaceholderText("why this class (e.g. abuts the brainstem)")
        form.addRow("&Reason:", self.reason)
        self.dose = DoseBox(self)
        self.dose.setRange(0, 200)
        self.dose.setDecimals(2)
        self.dose.setSuffix(" Gy")
        self.dose.setSpecialValueText("not stated")
        self.dose.setToolTip("In Gy, or type the dose with its unit: 1800 cGy, 18 Gy(RBE), 1800 rads")
        self.dose.setValue(lesion.dose_gy if lesion and lesion.dose_gy else 0)
        form.addRow("&Delivered dose:", self.dose)
        self.fractions = QSpinBox(self)
        self.fractions.setRange(0, 99)
        self.fractions.setSpecialValueText("not stated")
        self.fractions.setValue(lesion.fractions if lesion and lesion.fractions else 0)
        form.addRow("&Fractions:", self.fractions)
        self.page = QSpinBox(self)
        self.page.setRange(1, max(1, pages or 9999))
        self.page.setToolTip("The page of the chart the lesion is on")
        if self.adding:
            form.addRow("&Page:", self.page)
        else:
            self.page.hide()
        self.error = QLabel("", self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel("The lesion the chart documents; the chart's facts follow from the lesions and the checks "
                       "run again at once. Your correction is saved for this chart with your name.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._lesion = lesion
        self._ref = ""

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "site": self.site.currentData(),
            "complexity": self.complexity.currentData(),
            "reason": self.reason.text().strip() or None,
            "dose_gy": self.dose.value() or None,
            "fractions": self.fractions.value() or None,
        }

    def corrections(self, ref: str = "") -> list[Correction]:
        """What the coder changed, as corrections of lesion ``ref`` (or one lesion added)."""
        v = self.values()
        if self.adding:
            fields = {k: x for k, x in v.items() if x is not None}
            fields["page"] = self.page.value()
            return [make("lesions.+", fields)]
        les = self._lesion
        old = {"name": les.name, "site": les.site, "complexity": les.complexity,
               "reason": "; ".join(les.complexity_reasons) or None, "dose_gy": les.dose_gy,
               "fractions": les.fractions}
        out = []
        for key, value in v.items():
            before = old[key]
            same = (before == value or (isinstance(before, float) and isinstance(value, float)
                                        and abs(before - value) < 0.005))
            if not same:
                empty = "" if key in ("name", "reason") else "none"
                out.append(make(f"lesions.{ref}.{key}", value if value is not None else empty))
        return out

    def accept(self) -> None:
        try:
            self.corrections(self._ref or "1")
        except SrsError as e:
            self.error.setText(str(e))
            self.error.show()
            return
        super().accept()

    def set_ref(self, ref: str) -> None:
        self._ref = ref


class LesionsPanel(QWidget):
    """The lesions as the checks use them: the reader's, corrected by the coder; struck ones greyed."""

    corrections_made = Signal(list)  # [Correction]
    evidence_selected = Signal(object)  # tuple[Evidence, ...]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(LESION_COLUMNS), self)
        self.table.setHorizontalHeaderLabels(list(LESION_COLUMNS))
        self.table.setAccessibleName("Lesions")
        self.table.setAccessibleDescription("The course's lesions; F2 or double-click corrects one.")
        self.table.setToolTip("Double-click (or F2) a lesion to correct it")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(len(LESION_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.edit_button = QPushButton("&Edit lesion…", self)
        self.add_button = QPushButton("&Add lesion…", self)
        self.add_button.setToolTip("Add a lesion the reader missed, with the page it is on")
        self.strike_button = QPushButton("&Strike", self)
        self.strike_button.setToolTip("Strike out a lesion the reader invented")
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.edit_button, self.add_button, self.strike_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._lesions: list[tuple[str, Lesion, bool]] = []  # (ref, lesion, struck)
        self._pages = 0
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.edit_button.clicked.connect(self.edit_current)
        self.add_button.clicked.connect(self.add_lesion)
        self.strike_button.clicked.connect(self.strike_current)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        self.add_button.setEnabled(enabled)
        self._on_selection()
        if not enabled:
            self.edit_button.setEnabled(False)
            self.strike_button.setEnabled(False)

    def show_facts(self, facts, pages: int) -> None:
        self._pages = pages
        self._lesions = [(lesion_ref(les, n), les, False) for n, les in enumerate(facts.lesions, 1)]
        self._lesions += [(lesion_ref(les, 0), les, True) for les, _mark in getattr(facts, "struck", ())]
        self.table.setRowCount(0)
        for ref, les, struck in self._lesions:
            self._add_row(ref, les, struck)
        self.set_enabled(True)

    def clear(self) -> None:
        self._lesions = []
        self.table.setRowCount(0)
        self.set_enabled(False)

    def _add_row(self, ref: str, les: Lesion, struck: bool) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        marks = {f for f, _m in getattr(les, "marks", ())}
        added = getattr(les, "added", False)
        page = _page_of(les)
        cells = (ref, les.name, les.site or "—", les.complexity or "—", "; ".join(les.complexity_reasons) or "—",
                 f"{les.dose_gy:g}" if les.dose_gy is not None else "—", str(les.fractions or "—"),
                 str(page) if page else "—")
        fields = (None, "name", "site", "complexity", "reason", "dose_gy", "fractions", "page")
        for col, (text, fld) in enumerate(zip(cells, fields)):
            item = QTableWidgetItem(text)
            item.setData(REF_ROLE, ref)
            tip = text
            if struck:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor("#9aa5b1"))
                tip = f"Struck out by the coder: {text}"
            elif added or (fld in marks) or (fld == "reason" and "complexity" in marks):
                item.setForeground(Qt.GlobalColor.darkMagenta)
                tip = f"{text} (set by the coder)"
            item.setToolTip(tip)
            self.table.setItem(r, col, item)

    @property
    def row_count(self) -> int:
        return self.table.rowCount()

    def current(self) -> tuple[str, Lesion, bool] | None:
        row = self.table.currentRow()
        return self._lesions[row] if 0 <= row < len(self._lesions) else None

    def select_ref(self, ref: str) -> bool:
        for row, (r, _les, _s) in enumerate(self._lesions):
            if r == ref:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 1)
                return True
        return False

    def _on_selection(self) -> None:
        cur = self.current()
        self.edit_button.setEnabled(cur is not None and not cur[2])
        self.strike_button.setEnabled(cur is not None and not cur[2])
        if cur is not None:
            self.evidence_selected.emit(tuple(cur[1].evidence))

    def edit_dialog(self) -> LesionDialog | None:
        cur = self.current()
        if cur is None or cur[2]:
            return None
        dialog = LesionDialog(cur[1], self._pages, self)
        dialog.set_ref(cur[0])
        return dialog

    def edit_current(self) -> None:
        dialog = self.edit_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            todo = dialog.corrections(dialog._ref)
            if todo:
                self.corrections_made.emit(todo)

    def add_dialog(self) -> LesionDialog:
        return LesionDialog(None, self._pages, self)

    def add_lesion(self) -> None:
        dialog = self.add_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.corrections_made.emit(dialog.corrections())

    def strike_current(self) -> None:
        cur = self.current()
        if cur is None or cur[2]:
            return
        self.corrections_made.emit([make(f"lesions.{cur[0]}", None)])


class CorrectionsPanel(QWidget):
    """The corrections saved for this chart: what, the reader's value, who and when; remove one."""

    remove_requested = Signal(list)  # [target]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(["Correction", "Reader's value", "By", "When"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName("Corrections saved for this chart")
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel("", self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.remove_button = QPushButton("&Remove correction", self)
        self.remove_button.setToolTip("Back to the reader's value for the selected correction")
        self.remove_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(lambda cur, _p: self.remove_button.setEnabled(cur is not None))
        self.remove_button.clicked.connect(self._remove)

    def show_applied(self, applied: Sequence[Any]) -> None:
        self.tree.clear()
        for a in applied:
            c = a.correction
            when = (c.set_at or "").replace("T", " ")[:16]
            text = c.describe() + ("" if a.applied else f" — not applied: {a.note}")
            original = a.original
            if isinstance(original, (list, tuple)):
                original = ", ".join(map(str, original)) or "none"
            item = QTreeWidgetItem([text, "—" if original is None else str(original), c.set_by or "—", when or "—"])
            item.setData(0, Qt.ItemDataRole.UserRole, c.target)
            item.setToolTip(0, html.escape(text))
            if not a.applied:
                item.setForeground(0, QColor("#b71c1c"))
            self.tree.addTopLevelItem(item)
        n = len(applied)
        self.hint.setText(f"{n} correction{'s' if n != 1 else ''} saved for this chart; they come back "
                          "whenever it is opened or checked." if n else
                          "No corrections: the checks use the reader's values.")
        self.remove_button.setEnabled(False)

    def clear(self) -> None:
        self.tree.clear()
        self.hint.setText("")

    def targets(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.tree.topLevelItemCount())]

    def select_target(self, target: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == target:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _remove(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.remove_requested.emit([item.data(0, Qt.ItemDataRole.UserRole)])
