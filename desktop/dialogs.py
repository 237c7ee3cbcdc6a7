"""Small modal dialogs: correcting a fact, and the preferences."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from srscheck.core.labels import FACT_LABELS, VALUE_LABELS
from srscheck.core.model import COURSE_STATUSES, IMAGING, MODALITIES, POSITIONING, SITES, Fact

from .panels import format_value
from .settings import AppSettings

_CHOICES = {"sites": SITES, "imaging": IMAGING, "positioning": POSITIONING}
RESTORE = object()  # FactDialog.value() when the coder goes back to the reader's value


class FactDialog(QDialog):
    """Set one fact by hand. ``value()`` is the new value (or :data:`RESTORE`)."""

    def __init__(self, name: str, fact: Fact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(f"Correct fact: {FACT_LABELS[name]}")
        self._restore = False
        layout = QVBoxLayout(self)
        reader_value = fact.original if fact.overridden else fact.value
        intro = QLabel(f"The reader found <b>{format_value(reader_value)}</b>. Set the value the chart "
                       "documents; the checks run again at once and the report marks it as yours.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._editor = self._make_editor(name, fact.value)
        layout.addWidget(self._editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        if fact.overridden:
            restore = buttons.addButton("Use the reader's value", QDialogButtonBox.ButtonRole.ResetRole)
            restore.clicked.connect(self._on_restore)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _make_editor(self, name: str, value: Any) -> QWidget:
        if name in ("lesion_count", "fractions"):
            spin = QSpinBox(self)
            spin.setRange(0, 999)
            spin.setSpecialValueText("not stated")
            spin.setValue(int(value) if isinstance(value, int) else 0)
            self._get = lambda: spin.value() or None
            self._set = lambda v: spin.setValue(int(v or 0))
            return spin
        if name in ("modality", "course_status"):
            combo = QComboBox(self)
            if name == "modality":
                combo.addItem("not stated", None)
            for m in MODALITIES if name == "modality" else COURSE_STATUSES:
                combo.addItem(VALUE_LABELS.get(m, m), m)
            combo.setAccessibleName(FACT_LABELS[name])
            combo.setCurrentIndex(max(0, combo.findData(value)))
            self._get = lambda: combo.currentData()
            self._set = lambda v: combo.setCurrentIndex(max(0, combo.findData(v)))
            return combo
        box = QWidget(self)
        row = QHBoxLayout(box)
        checks = {}
        for choice in _CHOICES[name]:
            check = QCheckBox(choice.replace("_", " "), box)
            check.setChecked(choice in (value or ()))
            row.addWidget(check)
            checks[choice] = check
        self._get = lambda: sorted(c for c, w in checks.items() if w.isChecked())
        self._set = lambda v: [w.setChecked(c in (v or ())) for c, w in checks.items()]
        return box

    def set_value(self, value: Any) -> None:
        self._set(value)

    def value(self) -> Any:
        return RESTORE if self._restore else self._get()

    def _on_restore(self) -> None:
        self._restore = True
        self.accept()


class PreferencesDialog(QDialog):
    """The coder's name (printed on reports) and the folder reports are saved to."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._settings = settings
        form = QFormLayout()
        self.coder = QLineEdit(settings.coder_name(), self)
        self.coder.setPlaceholderText("Your name, printed on every report")
        form.addRow("&Coder name:", self.coder)
        self.folder = QLineEdit(settings.report_folder(), self)
        self.folder.setPlaceholderText("Folder the Export dialog opens in")
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow("&Report folder:", row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Report folder", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        self._settings.set_coder_name(self.coder.text())
        self._settings.set_report_folder(self.folder.text().strip())
        super().accept()
